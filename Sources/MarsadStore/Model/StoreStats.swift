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
