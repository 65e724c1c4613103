import GRDB

/// The SQL of an event query's filters, shaped for the indexes of migration v3.
///
/// A filter on an actor role (a country or an actor code, as source *or* as target) is an OR that no single
/// index answers in date order. It is split into two disjoint branches: the role as source, and the role as
/// target where it is not also the source. Each branch walks one index that starts with the role and the
/// date, so counts add up without a union and a page merges two short, already sorted runs.
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
    /// True when the branches are a country's (their indexes give date order; an actor code prefix is a
    /// range, whose matches SQLite would sort).
    var branchesInDateOrder = false

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
    func count(cap: Int, _ db: Database) throws -> (total: Int, exact: Bool) {
        func capped(_ clauses: [Clause]) -> (String, StatementArguments) {
            let (w, args) = Self.whereSQL(clauses)
            return ("(SELECT COUNT(*) FROM (SELECT 1 FROM event e \(w) LIMIT \(cap + 1)))", args)
        }
        var parts = [capped(common)]
        if let (first, second) = branches { parts = [capped([first] + common), capped([second] + common)] }
        var args = StatementArguments()
        for p in parts { args += p.1 }
        guard let row = try Row.fetchOne(db, sql: "SELECT " + parts.map(\.0).joined(separator: ", "), arguments: args)
        else { return (0, true) }
        let counts = (0..<parts.count).map { row[$0] as Int }
        return (counts.reduce(0) { $0 + min($1, cap) }, counts.allSatisfy { $0 <= cap })
    }

    /// Below this many matches, an actor filter's page sorts the matches the role indexes give; above it,
    /// SQLite walks the events newest first and tests each (a walk of about limit × events ÷ matches rows).
    static let sortedBranchLimit = 2000

    /// The SQL of one page, which selects `columns` after `joins`; `matches` is the count of the filter (as
    /// ``count(cap:_:)`` gave it), which picks the plan for an actor filter.
    func page(columns: String, joins: String, limit: Int, offset: Int, matches: Int) -> (String, StatementArguments) {
        let order = "ORDER BY e.date DESC, e.id DESC"
        if let (first, second) = branches, branchesInDateOrder || matches <= Self.sortedBranchLimit {
            let (w1, a1) = Self.whereSQL([first] + common)
            let (w2, a2) = Self.whereSQL([second] + common)
            var args = a1
            args += a2
            args += [limit, offset]
            // Only ids and dates, from the role indexes alone, are merged and sorted; then one page of events
            // is read. A country's branches come newest first from their indexes, so each stops after
            // limit + offset matches; an actor code prefix is a range of codes, whose matches are all sorted.
            let run = branchesInDateOrder ? " \(order) LIMIT \(limit + offset)" : ""
            // NB: named, because with a root filter SQLite walked (root, date) and looked up each event's country
            // (13 ms) rather than the country's index, which has the root too (0.3 ms).
            let index =
                branchesInDateOrder
                ? (" INDEXED BY event_source_primary_date", " INDEXED BY event_target_primary_date") : ("", "")
            return (
                """
                SELECT \(columns) \(joins) WHERE e.id IN (SELECT id FROM (
                SELECT id, date FROM (SELECT e.id AS id, e.date AS date FROM event e\(index.0) \(w1)\(run))
                UNION ALL SELECT id, date FROM (SELECT e.id AS id, e.date AS date FROM event e\(index.1) \(w2)\(run)))
                ORDER BY date DESC, id DESC LIMIT ? OFFSET ?) \(order)
                """, args
            )
        }
        // NB: many matches of an actor filter: checked per event while SQLite walks the date (or another
        // filter's) index in order, which soon finds a page.
        var (w, args) = whole()
        args += [limit, offset]
        return ("SELECT \(columns) \(joins) \(w) \(order) LIMIT ? OFFSET ?", args)
    }
}
