public import MarsadCore

/// What the detection scorer needs from one coded event: its CAMEO code and the countries of its actors.
///
/// ```swift
/// let event = DetectedEvent(code: "190", sourceCountry: "ISR", targetCountry: nil)
/// event.root  // "19"
/// ```
public struct DetectedEvent: Hashable, Sendable {
    /// The CAMEO code (`"1411"`).
    public var code: String
    /// The source's country (ISO alpha-3, CAMEO spelling), the first three letters of an organization code
    /// (`"IGO"` for `IGOUNO`), or `nil` when the event has no source or the source has no country.
    public var sourceCountry: String?
    /// The target's country, in the same form as ``sourceCountry``.
    public var targetCountry: String?

    public init(code: String, sourceCountry: String?, targetCountry: String?) {
        self.code = code
        self.sourceCountry = sourceCountry
        self.targetCountry = targetCountry
    }

    /// The event as the pipeline coded it.
    ///
    /// ```swift
    /// DetectedEvent(event)  // code "145", source "EGY" for EGYOPP, target "IGO" for IGOUNO
    /// ```
    public init(_ event: Event) {
        self.init(
            code: event.code.code, sourceCountry: Self.country(of: event.source?.actor),
            targetCountry: Self.country(of: event.target?.actor))
    }

    /// The CAMEO root: the first two characters of the code.
    public var root: String { String(code.prefix(2)) }

    /// The country part as the GSR writes it: the GSR codes organizations by kind (`IGO`, `NGO`, `IMG`), so an
    /// organization compares by the first three letters of its code.
    static func country(of actor: ActorCode?) -> String? {
        guard let actor else { return nil }
        return actor.country ?? actor.organization.map { String($0.prefix(3)) }
    }
}
