import Foundation
import GRDB
import MarsadCore
import Testing

@testable import MarsadStore

@Suite struct SQLiteEventStoreTests {
    @Test func migrationsAreAppliedOnceAndTheDatabaseIsInWALMode() async throws {
        let (store, dir) = try StoreFixtures.temporaryStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(
            try await store.appliedMigrations() == [
                "v1-articles-events", "v2-actor-summary", "v3-dateline-filter-indexes",
            ])
        let mode = try await store.database.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
        // Reopening runs no migration again and keeps the data.
        try await store.insert([StoreFixtures.article("a", text: "نص")])
        let again = try SQLiteEventStore(path: store.path)
        #expect(
            try await again.appliedMigrations() == [
                "v1-articles-events", "v2-actor-summary", "v3-dateline-filter-indexes",
            ])
        #expect(try await again.stats().articles == 1)
    }

    @Test func migrationV3KeepsAStoreOfV2AndCopiesEachEventsOutlet() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("marsad-v2-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("old.sqlite").path
        do {
            let old = try DatabaseQueue(path: path)
            try StoreMigrations.migrator.migrate(old, upTo: "v2-actor-summary")
            try await old.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO article (id, doc_id, source, text, content_hash) VALUES (1, 'a', 'one.example', 'نص', 'h');
                        INSERT INTO event (article_id, event_id, sentence_index, trigger, trigger_offset, code, root,
                        quad_class, goldstein, source_primary, target_primary, date, date_precision, rule, confidence)
                        VALUES (1, 'a#0.1', 0, 'وقع', 0, '057', '05', 1, 8, 'IRN', 'RUS', '2024-01-02', 'day', 'r', 0.9);
                        """)
            }
        }
        let store = try SQLiteEventStore(path: path)
        #expect(try await store.appliedMigrations().last == "v3-dateline-filter-indexes")
        let page = try await store.events(EventQuery(country: "RUS", source: "one.example"))
        #expect(page.items.map(\.eventID) == ["a#0.1"] && page.total == 1)
        #expect(try await store.article(id: 1)?.dateline == nil)
    }

    @Test func insertingTheSameTextTwiceAddsNothing() async throws {
        let (store, dir) = try StoreFixtures.temporaryStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let records = [
            StoreFixtures.article(
                "a", text: "وقعت إيران وروسيا اتفاقية.", published: "2023-07-01",
                events: [StoreFixtures.event("a#0.1", code: "057", source: "IRNGOV", target: "RUS", date: "2023-07-01")]
            ),
            StoreFixtures.article("b", text: "نص آخر."),
        ]
        #expect(try await store.insert(records) == 2)
        #expect(try await store.insert(records) == 0)
        // Same text under another id is the same article.
        #expect(try await store.insert([StoreFixtures.article("c", text: "نص آخر.")]) == 0)
        let stats = try await store.stats()
        #expect(stats.articles == 2)
        #expect(stats.events == 1)
        let hashes = records.map(\.contentHash) + [ContentHash.of("جديد")]
        #expect(try await store.storedHashes(hashes) == Set(records.map(\.contentHash)))
    }

    @Test func eventsRoundTripWithEveryContractField() async throws {
        let (store, dir) = try StoreFixtures.temporaryStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        var e = StoreFixtures.event(
            "a#0.1", code: "057", source: "IRNCOP", target: "IGOUNO", date: "2023-06-27", place: "RUS")
        e.dateText = "أمس"
        e.ploverMode = "verbal"
        let article = StoreFixtures.article(
            "a", text: "وقعت الشرطة الإيرانية اتفاقية مع الأمم المتحدة.", url: "https://www.Example.com/x",
            published: "2023-06-28", events: [e])
        try await store.insert([article])
        let page = try await store.events(EventQuery())
        #expect(page.total == 1)
        let stored = try #require(page.items.first)
        #expect(stored.eventID == "a#0.1")
        #expect(stored.docID == "a")
        #expect(stored.code == "057" && stored.root == "05" && stored.quadClass == 1)
        #expect(stored.source?.code == "IRNCOP" && stored.source?.country == "IRN" && stored.source?.sector == "COP")
        #expect(stored.target?.code == "IGOUNO" && stored.target?.country == "IGOUNO")
        #expect(stored.date == "2023-06-27" && stored.datePrecision == "day" && stored.dateText == "أمس")
        #expect(stored.location == EventPlace(country: "RUS", name: "RUS"))
        #expect(stored.plover.type == "AGREE" && stored.plover.mode == "verbal")
        #expect(stored.sentence == article.text)
        #expect(stored.articleSource == "example.com")
        let full = try #require(try await store.article(id: stored.articleID))
        #expect(full.provenance == ["test.v1"])
        #expect(full.events?.count == 1)
        #expect(full.sentences?.first?.text == article.text)
    }

    @Test func filtersSelectTheRightEvents() async throws {
        let (store, dir) = try StoreFixtures.temporaryStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        try await store.insert([
            StoreFixtures.article(
                "a", text: "أ", url: "https://one.example/a",
                events: [
                    StoreFixtures.event("a1", code: "057", source: "IRNGOV", target: "RUSGOV", date: "2023-07-01"),
                    StoreFixtures.event(
                        "a2", code: "190", quad: 4, source: "ISRMIL", target: "LBNREB", date: "2023-07-05"),
                ]),
            StoreFixtures.article(
                "b", text: "ب", url: "https://two.example/b",
                events: [
                    StoreFixtures.event("b1", code: "042", source: "USAGOV", target: "IRN", date: "2023-08-01")
                ]),
        ])
        func ids(_ q: EventQuery) async throws -> Set<String> {
            Set(try await store.events(q).items.map(\.eventID))
        }
        #expect(try await ids(EventQuery(country: "IRN")) == ["a1", "b1"])
        #expect(try await ids(EventQuery(actor: "IRNG")) == ["a1"])
        #expect(try await ids(EventQuery(root: "19")) == ["a2"])
        #expect(try await ids(EventQuery(code: "042")) == ["b1"])
        #expect(try await ids(EventQuery(quadClass: 4)) == ["a2"])
        #expect(try await ids(EventQuery(from: "2023-07-02", to: "2023-07-31")) == ["a2"])
        #expect(try await ids(EventQuery(source: "two.example")) == ["b1"])
        #expect(try await ids(EventQuery(actor: "%")) == [])
        let paged = try await store.events(EventQuery(limit: 1, offset: 1))
        #expect(paged.total == 3 && paged.items.count == 1)
        #expect(paged.items[0].eventID == "a2")  // newest first: b1, a2, a1
        let dyads = try await store.dyads(EventQuery())
        #expect(dyads.count == 3 && dyads.allSatisfy { $0.count == 1 })
        try await store.rebuildSummaries(windowDays: 3)
        let actors = try await store.actors(ActorQuery(prefix: "IRN"))
        #expect(actors.items.first { $0.code == "IRNGOV" }?.asSource == 1)
        #expect(actors.items.first { $0.code == "IRN" }?.asTarget == 1)
        #expect(actors.items.first { $0.code == "IRN" }?.name == "الهدف")
        #expect(Set(actors.items.map(\.code)) == ["IRNGOV", "IRN"])
        let timeline = try await store.timeline(EventQuery())
        #expect(timeline.map(\.count).reduce(0, +) == 3)
        #expect(timeline.contains(TimelineBucket(period: "2023-07-05", quadClass: 4, count: 1)))
    }
}

@Suite struct TimelineTests {
    @Test func longRangesAreCountedByMonthShortOnesByDay() async throws {
        let (store, dir) = try StoreFixtures.temporaryStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        try await store.insert([
            StoreFixtures.article(
                "a", text: "أ",
                events: [
                    StoreFixtures.event("a1", code: "057", source: "IRN", target: "RUS", date: "2023-01-05"),
                    StoreFixtures.event("a2", code: "057", source: "IRN", target: "RUS", date: "2023-01-20"),
                    StoreFixtures.event("a3", code: "190", quad: 4, source: "ISR", target: "LBN", date: "2023-01-20"),
                    StoreFixtures.event("a4", code: "057", source: "IRN", target: "RUS", date: "2023-06-01"),
                    StoreFixtures.event("a5", code: "057", source: "IRN", target: "RUS", date: nil),
                ])
        ])
        let months = try await store.timeline(EventQuery())
        #expect(
            months.map { "\($0.period) q\($0.quadClass) \($0.count)" } == [
                "2023-01 q1 2", "2023-01 q4 1", "2023-06 q1 1",
            ])
        let days = try await store.timeline(EventQuery(to: "2023-01-31"))
        #expect(days.map(\.period) == ["2023-01-05", "2023-01-20", "2023-01-20"])
    }
}
