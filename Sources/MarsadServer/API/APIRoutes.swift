import Foundation
import Hummingbird
import MarsadCore
import MarsadStore

/// The JSON API: `/health`, `/api/events`, `/api/stories`, `/api/articles`, `/api/articles/{id}`,
/// `/api/actors`, `/api/stats`, `/api/timeline`, `/api/dyads`, `/api/openapi.json`. Lists are pages:
/// `{"total", "limit", "offset", "items"}`.
struct APIRoutes: Sendable {
    let store: any EventStore

    func add(to router: Router<BasicRequestContext>) {
        router.get("/health") { _, _ in
            JSONResponse.make(.ok, Data(#"{"status":"ok"}"#.utf8))
        }
        router.get("/api/openapi.json") { _, _ in
            guard let url = Bundle.module.url(forResource: "openapi", withExtension: "json", subdirectory: "Resources"),
                let data = try? Data(contentsOf: url)
            else { return JSONResponse.error(.internalServerError, code: "internal", message: "openapi.json missing") }
            return JSONResponse.make(.ok, data)
        }
        router.get("/api/events") { request, _ in
            // NB: written by JSONWriter, not JSONEncoder: the most requested and largest answer (see JSONWriter).
            await respond(request) { q in JSONResponse.ok(writing: try await store.events(q.eventQuery())) }
        }
        router.get("/api/timeline") { request, _ in
            await handle(request) { q in try await store.timeline(q.eventQuery()) }
        }
        router.get("/api/dyads") { request, _ in
            await handle(request) { q in try await store.dyads(q.eventQuery(defaultLimit: 20)) }
        }
        router.get("/api/articles") { request, _ in
            await handle(request) { q in try await store.articles(q.eventQuery()) }
        }
        router.get("/api/articles/:id") { request, context in
            guard let id = context.parameters.get("id", as: Int64.self) else {
                return JSONResponse.error(.badRequest, code: "invalid-input", message: "article id must be an integer")
            }
            return await handle(request) { _ in
                guard let article = try await store.article(id: id) else { throw NotFound(what: "article \(id)") }
                return article
            }
        }
        router.get("/api/stories") { request, _ in
            await handle(request) { q in
                let e = try q.eventQuery()
                let min = try q.int("min_articles", default: 1)
                return try await store.stories(
                    StoryQuery(
                        root: e.root, country: e.country, from: e.from, to: e.to, minArticles: min, limit: e.limit,
                        offset: e.offset))
            }
        }
        router.get("/api/actors") { request, _ in
            await handle(request) { q in
                let e = try q.eventQuery()
                return try await store.actors(ActorQuery(prefix: q["prefix"], limit: e.limit, offset: e.offset))
            }
        }
        router.get("/api/stats") { request, _ in
            await handle(request) { _ in try await store.stats() }
        }
    }

    struct NotFound: Error {
        var what: String
    }

    /// Runs a query and encodes its result; errors become JSON error bodies with the mapped status.
    func handle(
        _ request: Request, _ body: (QueryParameters) async throws -> some Encodable
    ) async -> Response {
        await respond(request) { q in try JSONResponse.ok(try await body(q)) }
    }

    /// Runs a query that makes its own response; errors become JSON error bodies with the mapped status.
    func respond(_ request: Request, _ body: (QueryParameters) async throws -> Response) async -> Response {
        do {
            return try await body(QueryParameters(request.uri.query))
        } catch let e as MarsadError {
            return JSONResponse.error(e)
        } catch let e as NotFound {
            return JSONResponse.error(.notFound, code: "not-found", message: "\(e.what) does not exist")
        } catch {
            return JSONResponse.error(.internalServerError, code: "internal", message: "query failed: \(error)")
        }
    }
}
