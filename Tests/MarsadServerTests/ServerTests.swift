import Foundation
import MarsadCore
import MarsadServer
import MarsadStore
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

@Suite(.serialized) struct ServerTests {
    static let spec = ServerFixtures.repository.appendingPathComponent("Sources/MarsadServer/Resources/openapi.json")

    @Test func everyDocumentedPathAnswersWithItsSchema() async throws {
        let (store, dir) = try await ServerFixtures.demoStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let validator = try OpenAPIValidator(Data(contentsOf: Self.spec))
        let article = try #require(try await store.articles(EventQuery(limit: 1)).items.first)
        #expect(validator.paths.count >= 7)
        try await ServerFixtures.withServer(store) { base in
            for path in validator.paths.keys.sorted() {
                let concrete = path.replacingOccurrences(of: "{id}", with: String(article.id))
                let (status, data, contentType) = try await ServerFixtures.get(base.appendingPathComponent(concrete))
                #expect(status == 200, "\(path)")
                #expect(contentType.hasPrefix("application/json"), "\(path)")
                let schema = try #require(validator.responseSchema(path), "\(path) has no 200 schema")
                let json = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
                let problems = validator.validate(json, schema)
                #expect(problems.isEmpty, "\(path): \(problems.prefix(5))")
            }
            let (specStatus, served, _) = try await ServerFixtures.get(base.appendingPathComponent("/api/openapi.json"))
            let file = try Data(contentsOf: Self.spec)
            #expect(specStatus == 200 && served == file)
            // Lists are not empty for the demo, so the item schemas were exercised.
            let (_, events, _) = try await ServerFixtures.get(base.appendingPathComponent("/api/events"))
            let page = try JSONDecoder().decode(Page<StoredEvent>.self, from: events)
            #expect(page.total > 20 && !page.items.isEmpty)
        }
    }

    @Test func filtersAndSearchOverHTTP() async throws {
        let (store, dir) = try await ServerFixtures.demoStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        try await ServerFixtures.withServer(store) { base in
            func events(_ query: String) async throws -> Page<StoredEvent> {
                let (status, data, _) = try await ServerFixtures.get(
                    URL(string: base.absoluteString + "/api/events?" + query)!)
                #expect(status == 200, "\(query)")
                return try JSONDecoder().decode(Page<StoredEvent>.self, from: data)
            }
            let iran = try await events("country=IRN&limit=100")
            #expect(!iran.items.isEmpty)
            #expect(
                iran.items.allSatisfy {
                    EventRecord.primary($0.source) == "IRN" || EventRecord.primary($0.target) == "IRN"
                })
            let q = "اتفاقية".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
            let search = try await events("q=\(q)&limit=100")
            #expect(Set(search.items.map(\.docID)).contains("demo-01"))
            #expect(!Set(search.items.map(\.docID)).contains("demo-07"))
            let conflict = try await events("quad_class=4&from=2024-03-14&to=2024-03-14")
            #expect(conflict.total >= 2 && conflict.items.allSatisfy { $0.quadClass == 4 && $0.date == "2024-03-14" })
            let paged = try await events("limit=2&offset=2")
            #expect(paged.items.count == 2 && paged.limit == 2 && paged.offset == 2)
            let outlet = try await events("source=sahifa.example&limit=100")
            #expect(!outlet.items.isEmpty && outlet.items.allSatisfy { $0.articleSource == "sahifa.example" })
            // Malformed parameters are 400 with a JSON error; a missing article is 404.
            let (bad, body, _) = try await ServerFixtures.get(
                URL(string: base.absoluteString + "/api/events?from=2024-13-01")!)
            #expect(bad == 400)
            #expect(String(decoding: body, as: UTF8.self).contains("invalid-input"))
            let (missing, _, _) = try await ServerFixtures.get(base.appendingPathComponent("/api/articles/999999"))
            #expect(missing == 404)
        }
    }

    @Test func theUIIsRightToLeftWithChartsAndEscapesUserText() async throws {
        let (store, dir) = try await ServerFixtures.demoStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        var hostile = ArticleRecord(
            docID: "<script>alert(1)</script>", title: "<img src=x onerror=alert(1)>", url: "javascript:alert(1)",
            published: CalendarDate(iso: "2024-03-01"), language: "ar", text: "نص <b>خطر</b>",
            sentences: [.init(text: "نص <b>خطر</b>", start: 0, length: 20)])
        hostile.dateline = "بيروت <i>رويترز</i>"
        try await store.insert([hostile])
        let hostileID = try #require(
            try await store.articles(EventQuery(text: "خطر")).items.first?.id)
        try await ServerFixtures.withServer(store) { base in
            let (status, data, type) = try await ServerFixtures.get(base.appendingPathComponent("/"))
            let page = String(decoding: data, as: UTF8.self)
            #expect(status == 200 && type.hasPrefix("text/html"))
            #expect(page.contains("<html lang=\"ar\" dir=\"rtl\">"))
            #expect(page.components(separatedBy: "class=\"mark q").count - 1 >= 4)
            #expect(page.components(separatedBy: "<circle class=\"node\"").count - 1 >= 4)
            #expect(page.contains("<mark class=\"trigger\">"))
            let (_, articleData, _) = try await ServerFixtures.get(
                base.appendingPathComponent("/articles/\(hostileID)"))
            let articlePage = String(decoding: articleData, as: UTF8.self)
            #expect(!articlePage.contains("<script>alert") && !articlePage.contains("<img src=x"))
            #expect(articlePage.contains("&lt;b&gt;خطر&lt;/b&gt;"))
            #expect(!articlePage.contains("href=\"javascript:"))
            #expect(articlePage.contains("<span class=\"dateline\">بيروت &lt;i&gt;رويترز&lt;/i&gt;</span>"))
            // The API gives the dateline too, as the OpenAPI file documents it.
            let (_, apiData, _) = try await ServerFixtures.get(
                base.appendingPathComponent("/api/articles/\(hostileID)"))
            let json = try #require(try JSONSerialization.jsonObject(with: apiData) as? [String: Any])
            #expect(json["dateline"] as? String == "بيروت <i>رويترز</i>")
            let validator = try OpenAPIValidator(Data(contentsOf: Self.spec))
            let schema = try #require(validator.responseSchema("/api/articles/{id}"))
            #expect(validator.validate(json, schema).isEmpty)
            let q = "اتفاقية".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
            let (_, searchData, _) = try await ServerFixtures.get(URL(string: base.absoluteString + "/?q=" + q)!)
            let results = String(decoding: searchData, as: UTF8.self)
            #expect(results.contains("value=\"اتفاقية\""))
            #expect(!results.contains("قصف"))  // the strikes on Lebanon do not mention an agreement
        }
    }

    /// The dashboard pages through the events with the filters kept, and its codes link to filtered views.
    @Test func theDashboardPagesAndLinksCodesToFilters() async throws {
        let (store, dir) = try await ServerFixtures.demoStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let total = try await store.events(EventQuery()).total
        #expect(total > 10)
        try await ServerFixtures.withServer(store) { base in
            func page(_ query: String) async throws -> String {
                let (status, data, _) = try await ServerFixtures.get(URL(string: base.absoluteString + query)!)
                #expect(status == 200, "\(query)")
                return String(decoding: data, as: UTF8.self)
            }
            let first = try await page("/?limit=5&root=")
            #expect(first.contains("<a rel=\"next\" href=\"/?limit=5&amp;offset=5\">"))
            #expect(!first.contains("rel=\"prev\""))
            #expect(first.contains("<bdi>1–5</bdi> من <bdi>\(total)</bdi>"))
            let second = try await page("/?limit=5&offset=5")
            #expect(second.contains("<a rel=\"prev\" href=\"/?limit=5\">"))
            #expect(second.contains("<bdi>6–10</bdi>"))
            let lastOffset = (total - 1) / 5 * 5
            let last = try await page("/?limit=5&offset=\(lastOffset)")
            #expect(!last.contains("rel=\"next\"") && last.contains("<bdi>\(lastOffset + 1)–\(total)</bdi>"))
            // An actor code of the first event links to the dashboard filtered by it, paging reset.
            let marker = "<a class=\"filter\" href=\"/?actor="
            let start = try #require(second.range(of: marker))
            let href = second[second.index(start.lowerBound, offsetBy: 24)...].prefix { $0 != "\"" }
            #expect(href.hasPrefix("/?actor=") && href.contains("limit=5") && !href.contains("offset"))
            let code = String(href.dropFirst("/?actor=".count).prefix { $0 != "&" })
            let filtered = try await page(String(href).replacingOccurrences(of: "&amp;", with: "&"))
            #expect(filtered.contains("value=\"\(code)\""))
            let count = try await store.events(EventQuery(actor: code)).total
            #expect(filtered.contains("من <bdi>\(count)</bdi>"))
            let none = try await page("/?country=ZZZ")
            #expect(none.contains("لا أحداث مطابقة"))
        }
    }
}
