/// What a page says about its article; every field names its source.
///
/// ```swift
/// article.metadata.published?.value   // "2023-07-03"
/// article.metadata.published?.source  // "json-ld"
/// ```
public struct ArticleMetadata: Sendable, Equatable {
    public var title: MetadataField?
    /// The subtitle or dek.
    public var subtitle: MetadataField?
    public var author: MetadataField?
    /// Publication date, `YYYY-MM-DD`.
    public var published: MetadataField?
    /// Last update, `YYYY-MM-DD`.
    public var updated: MetadataField?
    public var site: MetadataField?
    public var section: MetadataField?
    /// Language code (`ar`, `fa`, `en`, …) as the page declares it.
    public var language: MetadataField?
    /// Canonical URL.
    public var url: MetadataField?
    /// The outlet an article is credited to («عن "اندبندنت فارسية"»).
    public var attribution: MetadataField?
    /// A dateline's place and agency («موسكو - رويترز»).
    public var dateline: MetadataField?

    public init() {}

    /// Fields in a fixed order with their JSON names (for output).
    public var fields: [(name: String, field: MetadataField?)] {
        [
            ("title", title), ("subtitle", subtitle), ("author", author), ("published", published),
            ("updated", updated), ("site", site), ("section", section), ("language", language), ("url", url),
            ("attribution", attribution), ("dateline", dateline),
        ]
    }
}
