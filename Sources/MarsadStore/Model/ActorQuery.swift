/// Filters and paging for actors.
public struct ActorQuery: Sendable, Hashable {
    /// A code prefix (`IRN`).
    public var prefix: String?
    public var limit: Int
    public var offset: Int

    public init(prefix: String? = nil, limit: Int = 50, offset: Int = 0) {
        self.prefix = prefix
        self.limit = min(max(limit, 0), EventQuery.maxLimit)
        self.offset = max(offset, 0)
    }
}
