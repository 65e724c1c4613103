import Foundation
import GRDB
import MarsadCore

extension SQLiteEventStore {
    /// The columns every event query selects (event, article and evidence sentence), in the order ``event(_:)``
    /// reads them. NB: by position: GRDB's lookup by name lowercases the name on every call, which was the
    /// largest single cost of an event page (16% of the server's time).
    static let eventColumns = """
        e.id, e.article_id, e.story_id, a.doc_id, e.event_id, e.sentence_index, s.text, e.trigger, e.trigger_offset,
        e.code, e.root, e.quad_class, e.goldstein, e.plover_type, e.plover_mode,
        e.source_code, e.source_country, e.source_sector, e.source_text, e.source_name,
        e.target_code, e.target_country, e.target_sector, e.target_text, e.target_name,
        e.date, e.date_precision, e.date_text, e.location_country, e.location_name, a.language, e.rule, e.confidence,
        a.source, a.url, a.published
        """
    static let eventJoins = """
        FROM event e JOIN article a ON a.id = e.article_id
        LEFT JOIN sentence s ON s.article_id = e.article_id AND s.idx = e.sentence_index
        """

    /// `IRN` → `IRN%`, with LIKE's wildcards escaped.
    static func likePrefix(_ s: String) -> String {
        s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_") + "%"
    }

    /// An event from a row of ``eventColumns``.
    static func event(_ row: Row) -> StoredEvent {
        func actor(_ at: Int) -> EventActor? {
            guard let code: String = row[at] else { return nil }
            return EventActor(
                code: code, country: row[at + 1], sector: row[at + 2], text: row[at + 3] ?? "", name: row[at + 4])
        }
        let locationCountry: String? = row[28]
        let locationName: String? = row[29]
        return StoredEvent(
            id: row[0], articleID: row[1], storyID: row[2], docID: row[3], eventID: row[4], sentenceIndex: row[5],
            sentence: row[6] ?? "", trigger: row[7], triggerOffset: row[8], code: row[9], root: row[10],
            quadClass: row[11], goldstein: row[12], plover: .init(type: row[13], mode: row[14]), source: actor(15),
            target: actor(20), date: row[25], datePrecision: row[26], dateText: row[27],
            location: locationCountry.map { EventPlace(country: $0, name: locationName ?? "") },
            language: row[30], rule: row[31], confidence: row[32], articleSource: row[33], articleURL: row[34],
            published: row[35])
    }

    /// Matches counted at most for an event list's `total` (past it, ``Page/totalExact`` is false).
    public static let countCap = 10_000

    static func events(
        _ q: EventQuery, counts: CountCache, statements: StatementBudget, _ db: Database
    ) throws -> Page<StoredEvent> {
        let filter = EventFilter(q)
        let generation = try Int64.fetchOne(db.cachedStatement(sql: "SELECT MAX(id) FROM event")) ?? 0
        let (total, exact) = try counts.count(q, generation: generation) {
            try filter.count(cap: countCap, statements: statements, db)
        }
        let (sql, args) = try filter.page(
            columns: eventColumns, joins: eventJoins, limit: q.limit, offset: q.offset, db)
        // NB: a cursor: each event is read from SQLite's columns as it steps, without copying rows first.
        let rows = try Row.fetchCursor(statements.statement(sql, db), arguments: args)
        var items: [StoredEvent] = []
        items.reserveCapacity(q.limit)
        while let row = try rows.next() { items.append(event(row)) }
        return Page(total: total, totalExact: exact, limit: q.limit, offset: q.offset, items: items)
    }

    public func events(_ query: EventQuery) async throws -> Page<StoredEvent> {
        try await database.read { [counts, statements] db in
            try Self.events(query, counts: counts, statements: statements, db)
        }
    }

    static func articleSummary(_ row: Row) -> StoredArticle {
        StoredArticle(
            id: row["id"], docID: row["doc_id"], title: row["title"], url: row["url"], source: row["source"],
            published: row["published"], language: row["language"], dateline: row["dateline"],
            contentHash: row["content_hash"],
            eventCount: row["event_count"], ingestedAt: row["ingested_at"])
    }

    public func article(id: Int64) async throws -> StoredArticle? {
        try await database.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM article WHERE id = ?", arguments: [id]) else {
                return nil
            }
            var article = Self.articleSummary(row)
            article.text = row["text"]
            article.sentences = try Row.fetchAll(
                db, sql: "SELECT idx, text FROM sentence WHERE article_id = ? ORDER BY idx", arguments: [id]
            ).map { StoredArticle.Sentence(index: $0["idx"], text: $0["text"]) }
            article.provenance = try String.fetchAll(
                db, sql: "SELECT stage FROM provenance WHERE article_id = ? ORDER BY position", arguments: [id])
            let rows = try Row.fetchAll(
                db,
                sql: "SELECT \(Self.eventColumns) \(Self.eventJoins) WHERE e.article_id = ? ORDER BY e.id",
                arguments: [id])
            article.events = rows.map(Self.event)
            return article
        }
    }

    public func articles(_ query: EventQuery) async throws -> Page<StoredArticle> {
        try await database.read { db in
            var clauses: [String] = []
            var args = StatementArguments()
            if let source = query.source?.lowercased(), !source.isEmpty {
                clauses.append("a.source = ?")
                args += [source]
            }
            if let text = query.text, let match = SearchTerms.matchExpression(text) {
                clauses.append("a.id IN (SELECT rowid FROM article_search WHERE article_search MATCH ?)")
                args += [match]
            }
            if let from = query.from, !from.isEmpty {
                clauses.append("a.published >= ?")
                args += [from]
            }
            if let to = query.to, !to.isEmpty {
                clauses.append("a.published <= ?")
                args += [to]
            }
            let whereSQL = clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND ")
            let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article a \(whereSQL)", arguments: args) ?? 0
            var pageArgs = args
            pageArgs += [query.limit, query.offset]
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT a.id, a.doc_id, a.title, a.url, a.source, a.published, a.language, a.dateline, a.content_hash,
                    a.event_count, a.ingested_at FROM article a \(whereSQL)
                    ORDER BY a.published DESC, a.id DESC LIMIT ? OFFSET ?
                    """, arguments: pageArgs)
            return Page(total: total, limit: query.limit, offset: query.offset, items: rows.map(Self.articleSummary))
        }
    }

    /// Actors from the summary the last ``rebuildSummaries(windowDays:)`` wrote.
    public func actors(_ query: ActorQuery) async throws -> Page<ActorSummary> {
        try await database.read { db in
            var args = StatementArguments()
            var whereSQL = ""
            if let prefix = query.prefix?.uppercased(), !prefix.isEmpty {
                whereSQL = "WHERE code LIKE ? ESCAPE '\\'"
                args += [Self.likePrefix(prefix)]
            }
            let total =
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM actor_summary \(whereSQL)", arguments: args) ?? 0
            var pageArgs = args
            pageArgs += [query.limit, query.offset]
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT code, country, name, as_source, as_target, total FROM actor_summary \(whereSQL)
                    ORDER BY total DESC, code LIMIT ? OFFSET ?
                    """, arguments: pageArgs)
            let items = rows.map {
                ActorSummary(
                    code: $0["code"], country: $0["country"], name: $0["name"], asSource: $0["as_source"],
                    asTarget: $0["as_target"], total: $0["total"])
            }
            return Page(total: total, limit: query.limit, offset: query.offset, items: items)
        }
    }

    public func stats() async throws -> StoreStats {
        try await database.read { db in
            let articles = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article") ?? 0
            let events = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM event") ?? 0
            let stories = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM story") ?? 0
            let sources = try Int.fetchOne(db, sql: "SELECT COUNT(DISTINCT source) FROM article") ?? 0
            // NB: two queries: SQLite answers a lone MIN or MAX from the index, not both at once.
            let lo = try String.fetchOne(db, sql: "SELECT MIN(date) FROM event")
            let hi = try String.fetchOne(db, sql: "SELECT MAX(date) FROM event")
            var quads: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT quad_class, COUNT(*) AS n FROM event GROUP BY quad_class") {
                quads[String(row["quad_class"] as Int)] = row["n"]
            }
            var roots: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT root, COUNT(*) AS n FROM event GROUP BY root") {
                roots[row["root"]] = row["n"]
            }
            return StoreStats(
                articles: articles, events: events, stories: stories, sources: sources, firstDate: lo, lastDate: hi,
                quadClasses: quads, roots: roots)
        }
    }

    public func timeline(_ query: EventQuery) async throws -> [TimelineBucket] {
        var key = query
        key.limit = 0
        key.offset = 0
        return try await database.read { [timelineCache, key] db in
            let generation = try Int64.fetchOne(db.cachedStatement(sql: "SELECT MAX(id) FROM event")) ?? 0
            return try timelineCache.value(key, generation: generation) { try Self.timeline(query, db) }
        }
    }

    static func timeline(_ query: EventQuery, _ db: Database) throws -> [TimelineBucket] {
        let filter = EventFilter(query)
        let dated = EventFilter.Clause(sql: "e.date IS NOT NULL", arguments: [])
        var sql: String
        var args = StatementArguments()
        if let (first, second) = filter.branches, filter.branchesInDateOrder {
            // NB: a country's two branches, each counted on its own index: SQLite otherwise walked the
            // (date, quad_class) index and looked up every event's country (454 ms → 25 ms on 227k events).
            var parts: [String] = []
            for (index, branch) in [("event_source_primary_date", first), ("event_target_primary_date", second)] {
                let (w, a) = EventFilter.whereSQL([branch, dated] + filter.common)
                parts.append(
                    "SELECT e.date AS period, e.quad_class AS quad_class, COUNT(*) AS n FROM event e "
                        + "INDEXED BY \(index) \(w) GROUP BY 1, 2")
                args += a
            }
            sql = """
                SELECT period, quad_class, SUM(n) AS n FROM (\(parts.joined(separator: " UNION ALL ")))
                GROUP BY 1, 2 ORDER BY 1, 2
                """
        } else {
            let (w, a) = filter.whole(["e.date IS NOT NULL"])
            args = a
            sql = """
                SELECT e.date AS period, e.quad_class AS quad_class, COUNT(*) AS n
                FROM event e \(w)
                GROUP BY e.date, e.quad_class ORDER BY e.date, e.quad_class
                """
        }
        // One pass grouped by day (the (date, quad_class) index covers it); folded into months in Swift when
        // the days span more than about three months.
        let rows = try Row.fetchAll(db, sql: sql, arguments: args)
        let days = rows.map { TimelineBucket(period: $0["period"], quadClass: $0["quad_class"], count: $0["n"]) }
        guard let first = days.first.flatMap({ CalendarDate(iso: $0.period) }),
            let last = days.last.flatMap({ CalendarDate(iso: $0.period) }), last.dayNumber - first.dayNumber > 92
        else { return days }
        var months: [TimelineBucket] = []
        for day in days {
            let month = String(day.period.prefix(7))
            if let k = months.lastIndex(where: { $0.period == month && $0.quadClass == day.quadClass }) {
                months[k].count += day.count
            } else {
                months.append(TimelineBucket(period: month, quadClass: day.quadClass, count: day.count))
            }
        }
        return months.sorted { ($0.period, $0.quadClass) < ($1.period, $1.quadClass) }
    }
    public func dyads(_ query: EventQuery) async throws -> [DyadCount] {
        try await database.read { [dyadCache] db in
            let generation = try Int64.fetchOne(db.cachedStatement(sql: "SELECT MAX(id) FROM event")) ?? 0
            return try dyadCache.value(query, generation: generation) { try Self.dyads(query, db) }
        }
    }

    static func dyads(_ query: EventQuery, _ db: Database) throws -> [DyadCount] {
        let (clause, args) = EventFilter(query).whole(["e.source_primary != '---'", "e.target_primary != '---'"])
        var pageArgs = args
        pageArgs += [query.limit]
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT e.source_primary AS s, e.target_primary AS t, COUNT(*) AS n, AVG(e.goldstein) AS g
                FROM event e \(clause)
                GROUP BY s, t ORDER BY n DESC, s, t LIMIT ?
                """, arguments: pageArgs)
        return rows.map {
            DyadCount(
                source: $0["s"], target: $0["t"], count: $0["n"],
                meanGoldstein: (($0["g"] as Double) * 100).rounded() / 100)
        }
    }
}
