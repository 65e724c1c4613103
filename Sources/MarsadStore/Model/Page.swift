/// One page of results with the total count, as the API returns lists.
///
/// ```swift
/// let page = try await store.events(EventQuery(limit: 20, offset: 40))
/// page.total  // all matching events, not only these 20
/// ```
///
/// Event lists count matches only up to ``SQLiteEventStore/countCap`` (counting every match of a broad filter
/// on each page was the slowest part of a request): past it, `total` is a lower bound and `totalExact` false.
public struct Page<Item: Sendable & Hashable & Codable>: Sendable, Hashable, Codable {
    public var total: Int
    /// False when `total` is a lower bound (the count stopped at a cap).
    public var totalExact: Bool
    public var limit: Int
    public var offset: Int
    public var items: [Item]

    public init(total: Int, totalExact: Bool = true, limit: Int, offset: Int, items: [Item]) {
        self.total = total
        self.totalExact = totalExact
        self.limit = limit
        self.offset = offset
        self.items = items
    }

    enum CodingKeys: String, CodingKey {
        case total
        case totalExact = "total_exact"
        case limit, offset, items
    }
}
