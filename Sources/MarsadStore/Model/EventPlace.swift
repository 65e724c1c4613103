/// Where an event happened (the contract's `location` object).
public struct EventPlace: Sendable, Hashable, Codable {
    public var country: String
    public var name: String

    public init(country: String, name: String) {
        self.country = country
        self.name = name
    }
}
