import Foundation
import Logging
import MarsadCore
import MarsadPipeline
import MarsadServer
import MarsadStore

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The demo articles, a store built from them, and a real server on 127.0.0.1.
enum ServerFixtures {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let demoArticles = repository.appendingPathComponent("Examples/demo/articles.jsonl")

    static func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("marsad-server-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    static func ingester(_ store: any EventStore, batchSize: Int = 4) throws -> Ingester {
        Ingester(
            runner: CodingRunner(pipeline: try MarsadPipeline.standard(), options: .init(jobs: 2)), store: store,
            batchSize: batchSize)
    }

    /// A store holding the demo articles.
    static func demoStore() async throws -> (SQLiteEventStore, URL) {
        let dir = try temporaryDirectory()
        let store = try SQLiteEventStore(path: dir.appendingPathComponent("demo.sqlite").path)
        _ = try await ingester(store).run(InputEnumerator(paths: [demoArticles.path], options: .init()))
        return (store, dir)
    }

    /// Runs `body` against a server on a free port of 127.0.0.1, then stops the server.
    static func withServer(_ store: any EventStore, _ body: (URL) async throws -> Void) async throws {
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        // NB: stopping the server by cancelling its task makes HummingbirdCore log errors; tests do not want them.
        var logger = Logger(label: "marsad-test")
        logger.logLevel = .critical
        let app = buildApplication(store: store, host: "127.0.0.1", port: 0, logger: logger) { channel in
            continuation.yield(channel.localAddress?.port ?? 0)
        }
        let task = Task { try await app.runService(gracefulShutdownSignals: []) }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next(), port > 0 else {
            task.cancel()
            throw MarsadError(.internalFailure, "server did not start")
        }
        do {
            try await body(URL(string: "http://127.0.0.1:\(port)")!)
        } catch {
            task.cancel()
            throw error
        }
        task.cancel()
        _ = try? await task.value
    }

    static func get(_ url: URL) async throws -> (Int, Data, String) {
        let (data, response) = try await URLSession.shared.data(from: url)
        let http = response as? HTTPURLResponse
        return (http?.statusCode ?? 0, data, http?.value(forHTTPHeaderField: "Content-Type") ?? "")
    }
}
