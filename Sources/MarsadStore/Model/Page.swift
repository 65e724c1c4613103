/// One page of results with the total count, as the API returns lists.
///
/// ```swift
/// let page = try await store.events(EventQuery(limit: 20, offset: 40))
/// page.total  // all matching events, not only these 20
/// ```
public struct Page<Item: Sendable & Hashable & Codable>: Sendable, Hashable, Codable {
    public var total: Int
    public var limit: Int
    public var offset: Int
    public var items: [Item]

    public init(total: Int, limit: Int, offset: Int, items: [Item]) {
        self.total = total
        self.limit = limit
        self.offset = offset
        self.items = items
    }
}
