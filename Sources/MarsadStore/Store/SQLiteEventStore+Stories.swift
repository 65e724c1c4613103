import GRDB
import MarsadCore

extension SQLiteEventStore {
    @discardableResult
    public func rebuildSummaries(windowDays: Int) async throws -> Int {
        try await database.write { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT e.id, e.article_id, e.root, e.source_primary, e.target_primary, e.date,
                    e.location_country, e.confidence, a.doc_id, a.source, a.published,
                    e.source_code, e.source_country, COALESCE(e.source_name, e.source_text) AS source_label,
                    e.target_code, e.target_country, COALESCE(e.target_name, e.target_text) AS target_label
                    FROM event e JOIN article a ON a.id = e.article_id ORDER BY e.id
                    """)
            let items = rows.map { row in
                StoryClusterer.Item(
                    root: row["root"], source: row["source_primary"], target: row["target_primary"],
                    day: (row["date"] as String?).flatMap { CalendarDate(iso: $0)?.dayNumber },
                    locationCountry: row["location_country"])
            }
            let groups = StoryClusterer(windowDays: windowDays).cluster(items)
            try db.execute(sql: "UPDATE event SET story_id = NULL")
            try db.execute(sql: "DELETE FROM story")
            let insertStory = try db.cachedStatement(
                sql: """
                    INSERT INTO story (root, source_primary, target_primary, location_country, first_date, last_date,
                    earliest_report, earliest_article_id, event_count, article_count, source_count, headline_event_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
            let setStory = try db.cachedStatement(sql: "UPDATE event SET story_id = ? WHERE id = ?")
            for group in groups {
                let members = group.map { rows[$0] }
                let first = members[0]
                let dates = members.compactMap { $0["date"] as String? }.sorted()
                let articles = Set(members.map { $0["article_id"] as Int64 })
                let sources = Set(members.map { ($0["source"] as String?) ?? ("doc:" + ($0["doc_id"] as String)) })
                // Earliest report: the article published first (undated articles last), then the lowest id.
                let earliest = members.min { a, b in
                    let pa = (a["published"] as String?) ?? "9999"
                    let pb = (b["published"] as String?) ?? "9999"
                    return (pa, a["article_id"] as Int64) < (pb, b["article_id"] as Int64)
                }!
                let headline = members.max { a, b in
                    ((a["confidence"] as Double), -(a["id"] as Int64)) < (
                        (b["confidence"] as Double), -(b["id"] as Int64)
                    )
                }!
                let country = members.lazy.compactMap { $0["location_country"] as String? }.first
                try insertStory.execute(arguments: [
                    first["root"], first["source_primary"], first["target_primary"], country, dates.first, dates.last,
                    earliest["published"], earliest["article_id"], members.count, articles.count, sources.count,
                    headline["id"],
                ])
                let story = db.lastInsertedRowID
                for m in members { try setStory.execute(arguments: [story, m["id"]]) }
            }
            try Self.rebuildActorSummary(rows, db)
            // Fresh statistics for the query planner after a bulk load.
            try db.execute(sql: "PRAGMA optimize")
            return groups.count
        }
    }

    /// Counts each actor code as source and as target, with its most frequent name, into `actor_summary`.
    static func rebuildActorSummary(_ rows: [Row], _ db: Database) throws {
        struct Tally {
            var country: String?
            var asSource = 0
            var asTarget = 0
            var names: [String: Int] = [:]
        }
        var tallies: [String: Tally] = [:]
        for row in rows {
            for role in ["source", "target"] {
                guard let code: String = row[role + "_code"] else { continue }
                var t = tallies[code] ?? Tally(country: row[role + "_country"])
                if role == "source" { t.asSource += 1 } else { t.asTarget += 1 }
                if let label: String = row[role + "_label"] { t.names[label, default: 0] += 1 }
                tallies[code] = t
            }
        }
        try db.execute(sql: "DELETE FROM actor_summary")
        let insert = try db.cachedStatement(
            sql:
                "INSERT INTO actor_summary (code, country, name, as_source, as_target, total) VALUES (?, ?, ?, ?, ?, ?)"
        )
        for (code, t) in tallies {
            let name = t.names.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
            try insert.execute(arguments: [code, t.country, name, t.asSource, t.asTarget, t.asSource + t.asTarget])
        }
    }

    public func stories(_ query: StoryQuery) async throws -> Page<Story> {
        try await database.read { db in
            var clauses = ["st.article_count >= ?"]
            var args: StatementArguments = [query.minArticles]
            if let root = query.root, !root.isEmpty {
                clauses.append("st.root = ?")
                args += [root.count == 1 ? "0" + root : root]
            }
            if let country = query.country?.uppercased(), !country.isEmpty {
                clauses.append("(st.source_primary = ? OR st.target_primary = ?)")
                args += [country, country]
            }
            if let from = query.from, !from.isEmpty {
                clauses.append("st.last_date >= ?")
                args += [from]
            }
            if let to = query.to, !to.isEmpty {
                clauses.append("st.first_date <= ?")
                args += [to]
            }
            let whereSQL = "WHERE " + clauses.joined(separator: " AND ")
            let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM story st \(whereSQL)", arguments: args) ?? 0
            var pageArgs = args
            pageArgs += [query.limit, query.offset]
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT st.*, a.doc_id AS a_doc_id, a.source AS a_source FROM story st
                    LEFT JOIN article a ON a.id = st.earliest_article_id \(whereSQL)
                    ORDER BY st.article_count DESC, st.first_date DESC, st.id LIMIT ? OFFSET ?
                    """, arguments: pageArgs)
            var items: [Story] = []
            for row in rows {
                var headline: StoredEvent?
                if let eventID: Int64 = row["headline_event_id"] {
                    headline = try Row.fetchOne(
                        db, sql: "SELECT \(Self.eventColumns) \(Self.eventJoins) WHERE e.id = ?", arguments: [eventID]
                    ).map(Self.event)
                }
                let report: Story.Report? = (row["earliest_article_id"] as Int64?).map {
                    Story.Report(
                        articleID: $0, docID: row["a_doc_id"] ?? "", published: row["earliest_report"],
                        source: row["a_source"])
                }
                items.append(
                    Story(
                        id: row["id"], root: row["root"], sourceCountry: row["source_primary"],
                        targetCountry: row["target_primary"], locationCountry: row["location_country"],
                        firstDate: row["first_date"], lastDate: row["last_date"], eventCount: row["event_count"],
                        articleCount: row["article_count"], sourceCount: row["source_count"], earliestReport: report,
                        headline: headline))
            }
            return Page(total: total, limit: query.limit, offset: query.offset, items: items)
        }
    }
}
