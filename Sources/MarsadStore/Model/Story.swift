/// A story: the events of one CAMEO root and country-level dyad, dated within a window of each other, told
/// by one or more articles (``StoryClusterer`` builds them).
public struct Story: Sendable, Hashable, Codable {
    /// The first article that reported the story.
    public struct Report: Sendable, Hashable, Codable {
        public var articleID: Int64
        public var docID: String
        public var published: String?
        public var source: String?

        enum CodingKeys: String, CodingKey {
            case articleID = "article_id"
            case docID = "doc_id"
            case published, source
        }
    }

    public var id: Int64
    public var root: String
    public var sourceCountry: String
    public var targetCountry: String
    public var locationCountry: String?
    public var firstDate: String?
    public var lastDate: String?
    public var eventCount: Int
    public var articleCount: Int
    public var sourceCount: Int
    public var earliestReport: Report?
    /// The event that stands for the story (highest confidence, then earliest).
    public var headline: StoredEvent?

    enum CodingKeys: String, CodingKey {
        case id, root
        case sourceCountry = "source_country"
        case targetCountry = "target_country"
        case locationCountry = "location_country"
        case firstDate = "first_date"
        case lastDate = "last_date"
        case eventCount = "event_count"
        case articleCount = "article_count"
        case sourceCount = "source_count"
        case earliestReport = "earliest_report"
        case headline
    }
}
