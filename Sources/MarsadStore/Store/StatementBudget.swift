import GRDB
import Synchronization

/// Which SQL texts the readers keep prepared. Preparing the event list's query (three tables, 36 columns) is
/// a large part of a request: SQLite compiles it, and GRDB's authorizer records every column it reads. Each
/// reader connection caches a prepared statement per text; the texts differ by which filters a query has,
/// not by their values, so there are few in practice, but a client could make many (filter combinations, codes
/// of an actor prefix), and a connection's cache never forgets. The first ``capacity`` texts are cached; any
/// other is prepared for its one use.
final class StatementBudget: Sendable {
    let capacity: Int
    private let admitted = Mutex<Set<String>>([])

    init(capacity: Int = 256) {
        self.capacity = capacity
    }

    /// A prepared statement for `sql` on `db`: the connection's cached one when `sql` is admitted.
    func statement(_ sql: String, _ db: Database) throws -> Statement {
        let cached = admitted.withLock { texts in
            if texts.contains(sql) { return true }
            guard texts.count < capacity else { return false }
            texts.insert(sql)
            return true
        }
        return cached ? try db.cachedStatement(sql: sql) : try db.makeStatement(sql: sql)
    }

    /// The number of texts admitted so far.
    var count: Int { admitted.withLock { $0.count } }
}
