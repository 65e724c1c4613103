import Foundation
import GRDB
import MarsadCore
import MarsadTesting
import Testing

@testable import MarsadStore

/// The event list's SQL (split role filters, capped counts, merged pages) against a plain Swift filter over
/// the same events.
@Suite struct EventFilterTests {
    /// 300 events with random actors, codes, dates and outlets in 60 articles (seeded: the same every run).
    static func randomStore() async throws -> (SQLiteEventStore, URL, [(EventRecord, String)]) {
        let (store, dir) = try StoreFixtures.temporaryStore()
        var rng = SeededGenerator(seed: 42)
        let actors = ["IRNGOV", "IRNMIL", "IRN", "USAGOV", "RUSGOV", "SAUGOV", "ISRMIL", "LBNREB", nil]
        let codes = ["057", "042", "190", "193", "111", "036"]
        let outlets = ["one.example", "two.example", "three.example"]
        var records: [ArticleRecord] = []
        var all: [(EventRecord, String)] = []
        for a in 0..<60 {
            let outlet = outlets[Int.random(in: 0..<outlets.count, using: &rng)]
            var events: [EventRecord] = []
            for n in 0..<5 {
                let code = codes[Int.random(in: 0..<codes.count, using: &rng)]
                let day = Int.random(in: 1...40, using: &rng)
                let date = day == 40 ? nil : String(format: "2024-%02d-%02d", 1 + day / 28, 1 + day % 28)
                let e = StoreFixtures.event(
                    "d\(a)#\(n)", code: code, quad: code.hasPrefix("19") ? 4 : 1,
                    source: actors[Int.random(in: 0..<actors.count, using: &rng)],
                    target: actors[Int.random(in: 0..<actors.count, using: &rng)], date: date)
                events.append(e)
                all.append((e, outlet))
            }
            records.append(
                StoreFixtures.article("d\(a)", text: "نص \(a)", url: "https://\(outlet)/\(a)", events: events))
        }
        try await store.insert(records)
        return (store, dir, all)
    }

    static func matches(_ e: EventRecord, outlet: String, _ q: EventQuery) -> Bool {
        if let c = q.country, EventRecord.primary(e.source) != c && EventRecord.primary(e.target) != c { return false }
        if let a = q.actor, !(e.source?.code.hasPrefix(a) ?? false) && !(e.target?.code.hasPrefix(a) ?? false) {
            return false
        }
        if let r = q.root, e.root != r { return false }
        if let k = q.quadClass, e.quadClass != k { return false }
        if let from = q.from, (e.date?.description ?? "") < from { return false }
        if let to = q.to, e.date == nil || e.date!.description > to { return false }
        if let s = q.source, outlet != s { return false }
        return true
    }

    @Test func everyFilterCombinationListsExactlyTheMatchingEventsNewestFirst() async throws {
        let (store, dir, all) = try await Self.randomStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        var checked = 0
        for country in [nil, "IRN", "USA", "LBN"] {
            for actor in [nil, "IRN", "IRNGOV", "SAU"] {
                for (root, source) in [(nil, nil), ("19", nil), (nil, "two.example"), ("05", "one.example")] {
                    for (from, to) in [(nil, nil), ("2024-01-10", "2024-02-05")] {
                        let q = EventQuery(
                            actor: actor, country: country, root: root, from: from, to: to, source: source,
                            limit: 7)
                        let expected = all.filter { Self.matches($0.0, outlet: $0.1, q) }.map(\.0.eventID)
                        var got: [StoredEvent] = []
                        var page = q
                        while true {
                            let p = try await store.events(page)
                            #expect(p.total == expected.count && p.totalExact, "\(q)")
                            got += p.items
                            if p.items.count < page.limit { break }
                            page.offset += page.limit
                        }
                        #expect(got.map(\.eventID).sorted() == expected.sorted(), "\(q)")
                        // Newest first (undated last), ties by id, and no event twice.
                        let keys = got.map { ($0.date ?? "", $0.id) }
                        #expect(zip(keys, keys.dropFirst()).allSatisfy { $0 > $1 }, "\(q)")
                        // The plan for a prefix of many codes (tested while walking by date) lists the same.
                        let walked = try await store.database.read { db in
                            let (sql, args) = try EventFilter(q).page(
                                columns: "e.id", joins: "FROM event e", limit: 1000, offset: 0, maxCodes: 0, db)
                            return try Int64.fetchAll(db, sql: sql, arguments: args)
                        }
                        #expect(walked == got.map(\.id), "\(q)")
                        checked += 1
                    }
                }
            }
        }
        #expect(checked == 128)
    }

    @Test func countsStopAtTheCapAndSayTheyAreALowerBound() async throws {
        let (store, dir, all) = try await Self.randomStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let iran = all.filter { Self.matches($0.0, outlet: $0.1, EventQuery(country: "IRN")) }.count
        try await store.database.read { db in
            let exact = try EventFilter(EventQuery(country: "IRN")).count(cap: 1000, statements: StatementBudget(), db)
            #expect(exact.total == iran && exact.exact)
            let capped = try EventFilter(EventQuery(country: "IRN")).count(cap: 10, statements: StatementBudget(), db)
            #expect(!capped.exact && capped.total >= 10 && capped.total <= 20)
            let plain = try EventFilter(EventQuery()).count(cap: 10, statements: StatementBudget(), db)
            #expect(plain.total == 10 && !plain.exact)
            let atCap = try EventFilter(EventQuery()).count(cap: all.count, statements: StatementBudget(), db)
            #expect(atCap.total == all.count && atCap.exact)
        }
    }

    @Test func countsAreRememberedUntilAnEventIsAdded() async throws {
        let cache = CountCache()
        var computed = 0
        func count(_ q: EventQuery, _ generation: Int64) -> Int {
            cache.count(q, generation: generation) {
                computed += 1
                return (computed, true)
            }.total
        }
        #expect(count(EventQuery(country: "IRN", limit: 10), 5) == 1)
        #expect(count(EventQuery(country: "IRN", limit: 20, offset: 40), 5) == 1)  // paging counts once
        #expect(count(EventQuery(country: "IRN"), 6) == 2)  // an event was added
        #expect(count(EventQuery(country: "USA"), 6) == 3)
        #expect(count(EventQuery(storyID: 1), 6) == 4 && count(EventQuery(storyID: 1), 6) == 5)
        // Through the store: a count after an insert includes the new events.
        let (store, dir, all) = try await Self.randomStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let before = try await store.events(EventQuery(country: "IRN")).total
        #expect(before == all.filter { Self.matches($0.0, outlet: $0.1, EventQuery(country: "IRN")) }.count)
        try await store.insert([
            StoreFixtures.article(
                "new", text: "جديد",
                events: [StoreFixtures.event("n1", code: "057", source: "IRNGOV", target: "USA", date: "2024-03-01")])
        ])
        #expect(try await store.events(EventQuery(country: "IRN")).total == before + 1)
    }

    @Test func onlyTheFirstTextsOfTheBudgetStayPrepared() async throws {
        let (store, dir, all) = try await Self.randomStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let budget = StatementBudget(capacity: 2)
        try await store.database.read { db in
            let texts = [
                "SELECT COUNT(*) FROM event WHERE root = ?", "SELECT COUNT(*) FROM event WHERE quad_class = ?",
                "SELECT COUNT(*) FROM event WHERE code = ?",
            ]
            let first = try budget.statement(texts[0], db)
            #expect(try budget.statement(texts[0], db) === first)  // cached: the same prepared statement
            _ = try budget.statement(texts[1], db)
            let third = try budget.statement(texts[2], db)
            #expect(try budget.statement(texts[2], db) !== third)  // over the budget: prepared for each use
            #expect(budget.count == 2)
            #expect(try Int.fetchOne(first, arguments: ["19"]) == all.filter { $0.0.root == "19" }.count)
            #expect(try Int.fetchOne(third, arguments: ["057"]) == all.filter { $0.0.code == "057" }.count)
        }
        // Through the store: pages of many filter combinations, all answered correctly, prepare a bounded set.
        for root in [nil, "19", "05"] {
            for country in [nil, "IRN"] {
                for offset in [0, 7, 100] {
                    let q = EventQuery(country: country, root: root, limit: 7, offset: offset)
                    let page = try await store.events(q)
                    let expected = all.filter { Self.matches($0.0, outlet: $0.1, q) }.count
                    #expect(page.total == expected && page.items.count == max(0, min(7, expected - offset)))
                }
            }
        }
        // Six filter combinations (limits and offsets are bound, not written into the SQL): six page texts,
        // six count texts, at most.
        #expect(store.statements.count <= 12)
    }

    /// The timeline (events per day and QuadClass) of a filter against the plain Swift filter: the country's
    /// two branches, counted on their own indexes, add up to the events of the country.
    @Test func timelinesCountTheMatchingEventsPerDayAndQuadClass() async throws {
        let (store, dir, all) = try await Self.randomStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        for country in [nil, "IRN", "USA", "ZZZ"] {
            for (root, source) in [(nil, nil), ("19", nil), (nil, "two.example")] {
                for (from, to) in [(nil, nil), ("2024-01-10", "2024-02-05")] {
                    let q = EventQuery(country: country, root: root, from: from, to: to, source: source)
                    var expected: [String: Int] = [:]
                    for (e, outlet) in all where e.date != nil && Self.matches(e, outlet: outlet, q) {
                        expected["\(e.date!.description) \(e.quadClass)", default: 0] += 1
                    }
                    let buckets = try await store.timeline(q)
                    var got: [String: Int] = [:]
                    for b in buckets { got["\(b.period) \(b.quadClass)", default: 0] += b.count }
                    // Days, folded into months when the matching days span more than 92 days.
                    let days = expected.keys.map { CalendarDate(iso: String($0.prefix(10)))!.dayNumber }
                    let byMonth = (days.max() ?? 0) - (days.min() ?? 0) > 92
                    var months: [String: Int] = [:]
                    for (key, n) in expected {
                        months[byMonth ? String(key.prefix(7)) + key.dropFirst(10) : key, default: 0] += n
                    }
                    #expect(got == months, "\(q)")
                }
            }
        }
    }

    /// Dyads and timelines are remembered per filter until an event is added: then they count the new event.
    @Test func chartsAreRememberedUntilAnEventIsAdded() async throws {
        let (store, dir, all) = try await Self.randomStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        func expected(_ q: EventQuery) -> [String: Int] {
            var counts: [String: Int] = [:]
            for (e, outlet) in all where Self.matches(e, outlet: outlet, q) {
                let (s, t) = (EventRecord.primary(e.source), EventRecord.primary(e.target))
                if s != "---" && t != "---" { counts["\(s) \(t)", default: 0] += 1 }
            }
            return counts
        }
        for q in [
            EventQuery(limit: 1000), EventQuery(country: "IRN", limit: 1000), EventQuery(root: "19", limit: 1000),
        ] {
            let first = try await store.dyads(q)
            #expect(
                Dictionary(uniqueKeysWithValues: first.map { ("\($0.source) \($0.target)", $0.count) }) == expected(q))
            #expect(try await store.dyads(q) == first)
        }
        let before = try await store.dyads(EventQuery(limit: 1000))
        let timeline = try await store.timeline(EventQuery(limit: 3))
        #expect(try await store.timeline(EventQuery(limit: 9, offset: 2)) == timeline)  // paging is not a filter
        try await store.insert([
            StoreFixtures.article(
                "new", text: "جديد",
                events: [StoreFixtures.event("n1", code: "057", source: "ZZZGOV", target: "YYY", date: "2024-03-01")])
        ])
        let after = try await store.dyads(EventQuery(limit: 1000))
        #expect(after.count == before.count + 1 && after.contains { $0.source == "ZZZ" && $0.target == "YYY" })
        let timelineAfter = try await store.timeline(EventQuery())
        #expect(timelineAfter.reduce(0) { $0 + $1.count } == timeline.reduce(0) { $0 + $1.count } + 1)
    }
}
