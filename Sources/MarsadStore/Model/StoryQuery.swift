/// Filters and paging for stories.
public struct StoryQuery: Sendable, Hashable {
    public var root: String?
    /// A country or IGO on either side.
    public var country: String?
    public var from: String?
    public var to: String?
    /// Only stories told by at least this many articles.
    public var minArticles: Int
    public var limit: Int
    public var offset: Int

    public init(
        root: String? = nil, country: String? = nil, from: String? = nil, to: String? = nil, minArticles: Int = 1,
        limit: Int = 50, offset: Int = 0
    ) {
        self.root = root
        self.country = country
        self.from = from
        self.to = to
        self.minArticles = max(1, minArticles)
        self.limit = min(max(limit, 0), EventQuery.maxLimit)
        self.offset = max(offset, 0)
    }
}
