/// How often an actor code occurs, as source and as target.
public struct ActorSummary: Sendable, Hashable, Codable {
    public var code: String
    public var country: String?
    /// The most frequent canonical name (or mention text) of the actor.
    public var name: String?
    public var asSource: Int
    public var asTarget: Int
    public var total: Int

    enum CodingKeys: String, CodingKey {
        case code, country, name
        case asSource = "as_source"
        case asTarget = "as_target"
        case total
    }
}

/// Events between two countries (or IGOs), source → target.
public struct DyadCount: Sendable, Hashable, Codable {
    public var source: String
    public var target: String
    public var count: Int
    public var meanGoldstein: Double

    enum CodingKeys: String, CodingKey {
        case source, target, count
        case meanGoldstein = "mean_goldstein"
    }
}

/// Events of one QuadClass in one period (`2023-07` or `2023-07-03`).
public struct TimelineBucket: Sendable, Hashable, Codable {
    public var period: String
    public var quadClass: Int
    public var count: Int

    enum CodingKeys: String, CodingKey {
        case period
        case quadClass = "quad_class"
        case count
    }
}

/// What the store holds.
public struct StoreStats: Sendable, Hashable, Codable {
    public var articles: Int
    public var events: Int
    public var stories: Int
    public var sources: Int
    public var firstDate: String?
    public var lastDate: String?
    /// Events per QuadClass, keyed "1" … "4".
    public var quadClasses: [String: Int]
    /// Events per CAMEO root, keyed "01" … "20".
    public var roots: [String: Int]

    enum CodingKeys: String, CodingKey {
        case articles, events, stories, sources
        case firstDate = "first_date"
        case lastDate = "last_date"
        case quadClasses = "quad_classes"
        case roots
    }
}
