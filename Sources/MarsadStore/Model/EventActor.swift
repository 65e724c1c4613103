/// An actor of a stored event (the contract's `source` / `target` object).
public struct EventActor: Sendable, Hashable, Codable {
    public var code: String
    public var country: String?
    public var sector: String?
    public var text: String
    public var name: String?

    public init(code: String, country: String?, sector: String?, text: String, name: String?) {
        self.code = code
        self.country = country
        self.sector = sector
        self.text = text
        self.name = name
    }
}
