import Synchronization

/// Chart data of event filters (dyads, timelines), remembered while the events do not change, like
/// ``CountCache``: the dashboard without filters grouped all 227k events by dyad on every visit (0.6 s). The
/// highest event id is the version (ingest only adds events); a filter on a story is never remembered.
final class ChartCache<Value: Sendable>: Sendable {
    struct Entry: Sendable {
        var generation: Int64
        var value: Value
    }

    /// Filters remembered at most; the cache starts afresh when it is full.
    let capacity: Int
    private let entries = Mutex<[EventQuery: Entry]>([:])

    init(capacity: Int = 512) {
        self.capacity = capacity
    }

    /// The remembered value of `query` at `generation`, or `compute()`'s, which is then remembered.
    func value(_ query: EventQuery, generation: Int64, compute: () throws -> Value) rethrows -> Value {
        guard query.storyID == nil else { return try compute() }
        if let hit = entries.withLock({ $0[query] }), hit.generation == generation { return hit.value }
        let value = try compute()
        entries.withLock {
            if $0.count >= capacity { $0.removeAll(keepingCapacity: true) }
            $0[query] = Entry(generation: generation, value: value)
        }
        return value
    }
}
