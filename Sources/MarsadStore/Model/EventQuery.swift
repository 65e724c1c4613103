/// Filters and paging for events (and for the charts over them); every filter is optional.
///
/// ```swift
/// EventQuery(country: "IRN", root: "05", from: "2023-07-01", text: "اتفاقية", limit: 20)
/// ```
public struct EventQuery: Sendable, Hashable {
    /// An actor code or code prefix (`IRN`, `IRNGOV`), as source or target.
    public var actor: String?
    /// A country or IGO at dyad level, as source or target.
    public var country: String?
    /// An exact CAMEO code (`057`).
    public var code: String?
    public var root: String?
    public var quadClass: Int?
    /// First and last event date, `YYYY-MM-DD`, inclusive.
    public var from: String?
    public var to: String?
    /// The news outlet (`example.com`).
    public var source: String?
    /// Words that the article must contain (Arabic-normalized full-text search).
    public var text: String?
    public var storyID: Int64?
    public var articleID: Int64?
    public var limit: Int
    public var offset: Int

    public static let maxLimit = 1000

    public init(
        actor: String? = nil, country: String? = nil, code: String? = nil, root: String? = nil,
        quadClass: Int? = nil, from: String? = nil, to: String? = nil, source: String? = nil, text: String? = nil,
        storyID: Int64? = nil, articleID: Int64? = nil, limit: Int = 50, offset: Int = 0
    ) {
        self.actor = actor
        self.country = country
        self.code = code
        self.root = root
        self.quadClass = quadClass
        self.from = from
        self.to = to
        self.source = source
        self.text = text
        self.storyID = storyID
        self.articleID = articleID
        self.limit = min(max(limit, 0), Self.maxLimit)
        self.offset = max(offset, 0)
    }
}
