/// An article as the store returns it; `text`, `sentences`, `events` and `provenance` are filled only when
/// one article is asked for (``EventStore/article(id:)``).
public struct StoredArticle: Sendable, Hashable, Codable {
    /// One sentence of the article.
    public struct Sentence: Sendable, Hashable, Codable {
        public var index: Int
        public var text: String
    }

    public var id: Int64
    public var docID: String
    public var title: String?
    public var url: String?
    public var source: String?
    public var published: String?
    public var language: String?
    /// The dateline the input gave apart from the text («موسكو - رويترز»), if any.
    public var dateline: String?
    public var contentHash: String
    public var eventCount: Int
    public var ingestedAt: String
    public var text: String?
    public var sentences: [Sentence]?
    public var events: [StoredEvent]?
    public var provenance: [String]?

    enum CodingKeys: String, CodingKey {
        case id
        case docID = "doc_id"
        case title, url, source, published, language, dateline
        case contentHash = "content_hash"
        case eventCount = "event_count"
        case ingestedAt = "ingested_at"
        case text, sentences, events, provenance
    }
}
