import Synchronization

/// Counts of event filters, remembered while the events do not change: paging through one filter, or many
/// readers asking for the same country or root, counts once. Events are only ever added (ingest is
/// append-only), so the highest event id tells whether a remembered count still holds; a filter on a story
/// is never remembered (a summary rebuild renumbers stories without adding events).
final class CountCache: Sendable {
    struct Entry: Sendable {
        var generation: Int64
        var total: Int
        var exact: Bool
    }

    /// Filters remembered at most; the cache starts afresh when it is full.
    static let capacity = 4096

    private let entries = Mutex<[EventQuery: Entry]>([:])

    /// The remembered count of `query` at `generation`, or `compute()`'s, which is then remembered.
    func count(
        _ query: EventQuery, generation: Int64, compute: () throws -> (total: Int, exact: Bool)
    ) rethrows -> (total: Int, exact: Bool) {
        guard query.storyID == nil else { return try compute() }
        var key = query
        key.limit = 0
        key.offset = 0
        if let hit = entries.withLock({ $0[key] }), hit.generation == generation { return (hit.total, hit.exact) }
        let counted = try compute()
        entries.withLock {
            if $0.count >= Self.capacity { $0.removeAll(keepingCapacity: true) }
            $0[key] = Entry(generation: generation, total: counted.total, exact: counted.exact)
        }
        return counted
    }
}
