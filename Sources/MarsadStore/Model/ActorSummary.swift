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
