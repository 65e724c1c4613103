import Foundation
import MarsadCore
import MarsadPipeline
import MarsadServer
import MarsadStore
import Testing

@Suite struct IngesterTests {
    @Test func ingestingTwiceAddsNothing() async throws {
        let dir = try ServerFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try SQLiteEventStore(path: dir.appendingPathComponent("s.sqlite").path)
        let ingester = try ServerFixtures.ingester(store)
        let path = ServerFixtures.demoArticles.path
        let first = try await ingester.run(InputEnumerator(paths: [path], options: .init()))
        #expect(first.added == 12 && first.skipped == 0 && first.failures == 0)
        #expect(first.events > 20)
        let before = try await store.stats()
        #expect(before.articles == 12 && before.events == first.events)
        let second = try await ingester.run(InputEnumerator(paths: [path], options: .init()))
        #expect(second.added == 0 && second.skipped == 12 && second.events == 0)
        #expect(try await store.stats() == before)
    }

    @Test func aKilledRunResumesAfterItsLastCommittedBatch() async throws {
        let dir = try ServerFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try SQLiteEventStore(path: dir.appendingPathComponent("s.sqlite").path)
        let lines = try String(contentsOf: ServerFixtures.demoArticles, encoding: .utf8).split(separator: "\n")
        // What a run killed after committing its first batch of 5 had stored.
        let partial = dir.appendingPathComponent("partial.jsonl")
        try (lines.prefix(5).joined(separator: "\n") + "\n").write(to: partial, atomically: true, encoding: .utf8)
        let ingester = try ServerFixtures.ingester(store, batchSize: 5)
        _ = try await ingester.run(InputEnumerator(paths: [partial.path], options: .init()))
        let resumed = try await ingester.run(
            InputEnumerator(paths: [ServerFixtures.demoArticles.path], options: .init()))
        #expect(resumed.skipped == 5 && resumed.added == 7)
        #expect(try await store.stats().articles == 12)
    }

    @Test func theInputsDatelineIsStored() async throws {
        let dir = try ServerFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try SQLiteEventStore(path: dir.appendingPathComponent("s.sqlite").path)
        let input = dir.appendingPathComponent("in.jsonl")
        try """
        {"id":"a","published":"2024-01-02","dateline":"الرياض - واس","text":"زار وزير الخارجية المصري الرياض أمس."}
        {"id":"b","published":"2024-01-02","text":"استقبل الرئيس المصري وزير الخارجية السعودي في القاهرة."}

        """.write(to: input, atomically: true, encoding: .utf8)
        _ = try await ServerFixtures.ingester(store).run(InputEnumerator(paths: [input.path], options: .init()))
        let listed = try await store.articles(EventQuery()).items
        let a = try #require(listed.first { $0.docID == "a" })
        let b = try #require(listed.first { $0.docID == "b" })
        #expect(a.dateline == "الرياض - واس" && b.dateline == nil)
        #expect(try await store.article(id: a.id)?.dateline == "الرياض - واس")
    }

    @Test func aBadLineIsReportedAndTheOthersAreStored() async throws {
        let dir = try ServerFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try SQLiteEventStore(path: dir.appendingPathComponent("s.sqlite").path)
        let input = dir.appendingPathComponent("in.jsonl")
        try """
        {"id":"a","published":"2024-01-02","text":"زار وزير الخارجية المصري الرياض أمس."}
        {"id":"b","text":
        {"id":"c","published":"2024-01-02","text":"استقبل الرئيس المصري وزير الخارجية السعودي في القاهرة."}

        """.write(to: input, atomically: true, encoding: .utf8)
        var errors: [String] = []
        let stats = try await ServerFixtures.ingester(store).run(
            InputEnumerator(paths: [input.path], options: .init()), report: { errors.append($0.description) })
        #expect(stats.added == 2 && stats.failures == 1)
        #expect(errors.count == 1 && errors[0].hasPrefix(input.path + ":2: invalid-input"))
    }

    @Test func reportsOfOneEventFromTwoOutletsFormOneStory() async throws {
        let (store, dir) = try await ServerFixtures.demoStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let stories = try await store.stories(StoryQuery(root: "05", country: "IRN", minArticles: 2))
        let story = try #require(stories.items.first)
        #expect(story.articleCount == 2 && story.sourceCount == 2)
        #expect(story.earliestReport?.docID == "demo-01")
        let strikes = try await store.stories(StoryQuery(country: "LBN", minArticles: 2))
        #expect(strikes.total >= 1)
    }
}

@Suite struct SearchTermsFromPipelineTests {
    @Test func termsFromTheCodedDocumentEqualTermsFromItsText() throws {
        let pipeline = try MarsadPipeline.standard()
        for line in try String(contentsOf: ServerFixtures.demoArticles, encoding: .utf8).split(separator: "\n") {
            var doc = try InputDocument.parse(
                Array(line.utf8), location: "demo", fallbackID: "demo", defaultPublished: nil, language: nil)
            try pipeline.run(&doc)
            #expect(SearchTerms.indexText(document: doc) == SearchTerms.indexText(doc.text), "\(doc.id)")
        }
    }
}
