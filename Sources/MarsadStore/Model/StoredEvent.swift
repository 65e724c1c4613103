/// An event as the store returns it: the contract's fields plus the store's ids and the article's outlet.
///
/// ```swift
/// let page = try await store.events(EventQuery(root: "05"))
/// page.items.first?.eventID  // "snn-00042#3.1"
/// ```
public struct StoredEvent: Sendable, Hashable, Codable {
    public struct Plover: Sendable, Hashable, Codable {
        public var type: String?
        public var mode: String?
    }

    public var id: Int64
    public var articleID: Int64
    public var storyID: Int64?
    public var docID: String
    public var eventID: String
    public var sentenceIndex: Int
    public var sentence: String
    public var trigger: String
    /// UTF-8 offset of the trigger in `sentence`.
    public var triggerOffset: Int
    public var code: String
    public var root: String
    public var quadClass: Int
    public var goldstein: Double
    public var plover: Plover
    public var source: EventActor?
    public var target: EventActor?
    public var date: String?
    public var datePrecision: String
    public var dateText: String?
    public var location: EventPlace?
    public var language: String?
    public var rule: String
    public var confidence: Double
    /// The news outlet of the article.
    public var articleSource: String?
    /// The article's URL, when the input gave one.
    public var articleURL: String?
    public var published: String?

    enum CodingKeys: String, CodingKey {
        case id
        case articleID = "article_id"
        case storyID = "story_id"
        case docID = "doc_id"
        case eventID = "event_id"
        case sentenceIndex = "sentence_index"
        case sentence, trigger
        case triggerOffset = "trigger_offset"
        case code, root
        case quadClass = "quad_class"
        case goldstein, plover, source, target, date
        case datePrecision = "date_precision"
        case dateText = "date_text"
        case location, language, rule, confidence
        case articleSource = "article_source"
        case articleURL = "article_url"
        case published
    }
}
