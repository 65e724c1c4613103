import GRDB

/// The SQL of an event query's filters, shaped for the indexes of migration v3.
///
/// A filter on an actor role (a country or an actor code, as source *or* as target) is an OR that no single
/// index answers in date order. It is split into two disjoint branches: the role as source, and the role as
/// target where it is not also the source. Each branch walks one index that starts with the role and the
/// date, so counts add up without a union and a page merges short, already sorted runs of ids (one per
/// branch for a country, one per code for an actor code prefix).
struct EventFilter {
    /// A condition and its arguments.
    struct Clause {
        var sql: String
        var arguments: StatementArguments
    }

    /// Conditions every match meets.
    var common: [Clause] = []
    /// The two disjoint branches of the role filter, when there is one.
    var branches: (Clause, Clause)?
    /// The role filter as one condition (for charts that group all matches).
    var either: Clause?
    /// True when the branches are a country's (an actor code prefix is a range of codes, which no index
    /// gives in date order).
    var branchesInDateOrder = false
    /// The actor code prefix and the end of its range, when the branches are an actor's.
    var actorRange: (String, String)?

    init(_ q: EventQuery) {
        var roles: [(Clause, Clause, Clause)] = []
        if let country = q.country?.uppercased(), !country.isEmpty {
            roles.append(
                (
                    Clause(sql: "e.source_primary = ?", arguments: [country]),
                    Clause(sql: "e.target_primary = ? AND e.source_primary != ?", arguments: [country, country]),
                    Clause(sql: "(e.source_primary = ? OR e.target_primary = ?)", arguments: [country, country])
                ))
        }
        if let actor = q.actor?.uppercased(), !actor.isEmpty {
            // NB: a range instead of LIKE: LIKE is case-insensitive and cannot use the BINARY indexes.
            let upper = actor + "\u{10FFFF}"
            let source = "(e.source_code >= ? AND e.source_code < ?)"
            roles.append(
                (
                    Clause(sql: source, arguments: [actor, upper]),
                    Clause(
                        sql: "(e.target_code >= ? AND e.target_code < ?) AND \(source) IS NOT 1",
                        arguments: [actor, upper, actor, upper]),
                    Clause(
                        sql:
                            "((+e.source_code >= ? AND +e.source_code < ?) OR (+e.target_code >= ? AND +e.target_code < ?))",
                        arguments: [actor, upper, actor, upper])
                ))
        }
        if let (first, second, either) = roles.first {
            branches = (first, second)
            self.either = either
            branchesInDateOrder = q.country?.isEmpty == false
            if !branchesInDateOrder, let actor = q.actor?.uppercased() { actorRange = (actor, actor + "\u{10FFFF}") }
        }
        for (_, _, either) in roles.dropFirst() { common.append(either) }
        func add(_ sql: String, _ value: some DatabaseValueConvertible) {
            common.append(Clause(sql: sql, arguments: [value]))
        }
        if let code = q.code, !code.isEmpty { add("e.code = ?", code) }
        if let root = q.root, !root.isEmpty { add("e.root = ?", root.count == 1 ? "0" + root : root) }
        if let quad = q.quadClass { add("e.quad_class = ?", quad) }
        if let from = q.from, !from.isEmpty { add("e.date >= ?", from) }
        // NB: dates are stored YYYY-MM-DD; "to" is inclusive.
        if let to = q.to, !to.isEmpty { add("e.date <= ?", to) }
        if let source = q.source?.lowercased(), !source.isEmpty { add("e.article_source = ?", source) }
        if let text = q.text, let match = SearchTerms.matchExpression(text) {
            // NB: the unary + keeps SQLite from driving the query by event_article: it then walks events newest
            // first and stops after a page, instead of fetching and sorting every event of every match
            // (0.48 s → 0.06 s for a word in half the articles of a 210k-event store).
            add("+e.article_id IN (SELECT rowid FROM article_search WHERE article_search MATCH ?)", match)
        }
        if let story = q.storyID { add("e.story_id = ?", story) }
        if let article = q.articleID { add("e.article_id = ?", article) }
    }

    /// `WHERE …` over the clauses (empty when there are none).
    static func whereSQL(_ clauses: [Clause]) -> (String, StatementArguments) {
        guard !clauses.isEmpty else { return ("", StatementArguments()) }
        var args = StatementArguments()
        for c in clauses { args += c.arguments }
        return ("WHERE " + clauses.map(\.sql).joined(separator: " AND "), args)
    }

    /// The whole filter as `WHERE …` (the role filter as one OR), plus `extra` conditions.
    func whole(_ extra: [String] = []) -> (String, StatementArguments) {
        Self.whereSQL((either.map { [$0] } ?? []) + common + extra.map { Clause(sql: $0, arguments: []) })
    }

    /// Counts matches up to `cap`; `exact` is false when a count stopped there (then `total` is a lower bound).
    func count(cap: Int, statements: StatementBudget, _ db: Database) throws -> (total: Int, exact: Bool) {
        func capped(_ clauses: [Clause]) -> (String, StatementArguments) {
            let (w, args) = Self.whereSQL(clauses)
            return ("(SELECT COUNT(*) FROM (SELECT 1 FROM event e \(w) LIMIT \(cap + 1)))", args)
        }
        var parts = [capped(common)]
        if let (first, second) = branches { parts = [capped([first] + common), capped([second] + common)] }
        var args = StatementArguments()
        for p in parts { args += p.1 }
        let sql = "SELECT " + parts.map(\.0).joined(separator: ", ")
        guard let row = try Row.fetchOne(statements.statement(sql, db), arguments: args) else { return (0, true) }
        let counts = (0..<parts.count).map { row[$0] as Int }
        return (counts.reduce(0) { $0 + min($1, cap) }, counts.allSatisfy { $0 <= cap })
    }

    /// The distinct codes of `column` in `range`, found by one index seek each; nil when there are more
    /// than `limit`.
    static func codes(_ column: String, in range: (String, String), limit: Int, _ db: Database) throws -> [String]? {
        var codes: [String] = []
        var below = try String.fetchOne(
            db, sql: "SELECT MIN(\(column)) FROM event WHERE \(column) >= ? AND \(column) < ?",
            arguments: [range.0, range.1])
        while let code = below {
            guard codes.count < limit else { return nil }
            codes.append(code)
            below = try String.fetchOne(
                db, sql: "SELECT MIN(\(column)) FROM event WHERE \(column) > ? AND \(column) < ?",
                arguments: [code, range.1])
        }
        return codes
    }

    /// The SQL of one page, which selects `columns` after `joins`. An actor prefix with at most `maxCodes`
    /// codes per role reads one run per code; with more, the events are walked by date and tested.
    func page(
        columns: String, joins: String, limit: Int, offset: Int, maxCodes: Int = 24, _ db: Database
    ) throws -> (String, StatementArguments) {
        let order = "ORDER BY e.date DESC, e.id DESC"
        // NB: limits are bound, not written into the SQL, so that its text depends on the filters only (see
        // StatementBudget).
        let run = "\(order) LIMIT ?"
        // Each run yields at most limit + offset events, newest first, from an index that starts with the role
        // and the date, and carries only ids and dates; the runs are merged and only one page of events is
        // read. NB: the indexes are named, because with a root filter SQLite walked (root, date) and looked up
        // each event's country (13 ms) rather than the country's index, which has the root too (0.3 ms).
        var runs: [(String, StatementArguments)] = []
        func add(_ index: String, _ clause: Clause) {
            var (w, a) = Self.whereSQL([clause] + common)
            a += [limit + offset]
            runs.append(
                (
                    "SELECT id, date FROM (SELECT e.id AS id, e.date AS date FROM event e INDEXED BY \(index) \(w) \(run))",
                    a
                ))
        }
        if let (first, second) = branches, branchesInDateOrder {
            add("event_source_primary_date", first)
            add("event_target_primary_date", second)
        } else if let range = actorRange,
            let sources = try Self.codes("source_code", in: range, limit: maxCodes, db),
            let targets = try Self.codes("target_code", in: range, limit: maxCodes, db)
        {
            // A prefix is a range of codes, whose events no index gives by date: one run per code.
            for code in sources { add("event_source_code_date", Clause(sql: "e.source_code = ?", arguments: [code])) }
            for code in targets {
                add(
                    "event_target_code_date",
                    Clause(
                        sql: "e.target_code = ? AND (e.source_code >= ? AND e.source_code < ?) IS NOT 1",
                        arguments: [code, range.0, range.1]))
            }
            if runs.isEmpty { return ("SELECT \(columns) \(joins) WHERE 0", StatementArguments()) }
        }
        if !runs.isEmpty {
            var args = StatementArguments()
            for r in runs { args += r.1 }
            args += [limit, offset]
            let merged = runs.map(\.0).joined(separator: "\nUNION ALL ")
            return (
                """
                SELECT \(columns) \(joins) WHERE e.id IN (SELECT id FROM (\(merged))
                ORDER BY date DESC, id DESC LIMIT ? OFFSET ?) \(order)
                """, args
            )
        }
        // NB: an actor prefix of many codes: tested per event while SQLite walks the date (or another filter's)
        // index in order.
        var (w, args) = whole()
        args += [limit, offset]
        return ("SELECT \(columns) \(joins) \(w) \(order) LIMIT ? OFFSET ?", args)
    }
}
