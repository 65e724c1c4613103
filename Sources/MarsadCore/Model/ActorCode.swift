/// A CAMEO/Phoenix actor code: a country (ISO alpha-3, CAMEO spelling) or IGO code, plus at most one sector.
///
/// ```swift
/// ActorCode(country: "IRN", sector: "COP").code   // "IRNCOP"
/// ActorCode(igo: "IGOEUREEC").code                  // "IGOEUREEC"
/// ActorCode(country: nil, sector: "REB").code       // "---REB"
/// ```
public struct ActorCode: Hashable, Sendable, CustomStringConvertible {
    /// Three-letter country code, or nil when unknown.
    public var country: String?
    /// A whole IGO / transnational code (`IGOUNO`, `IMGREB`); when set, `country` is nil.
    public var organization: String?
    /// GOV, MIL, COP, SPY, JUD, LEG, OPP, REB, CVL, MED, BUS, REF, EDU, REL, HRI, LAB.
    public var sector: String?

    public init(country: String?, sector: String? = nil) {
        self.country = country
        self.sector = sector
    }

    public init(organization: String) {
        self.organization = organization
    }

    /// The sectors the guideline allows after a country code.
    public static let sectors: Set<String> = [
        "GOV", "MIL", "COP", "SPY", "JUD", "LEG", "OPP", "REB", "CVL", "MED", "BUS", "REF", "EDU", "REL", "HRI",
        "LAB",
    ]

    /// Parses a code such as `IRNCOP`, `IGOEUREEC`, `---REB`, `USA`.
    public init?(code: String) {
        let u = code.uppercased()
        if u.hasPrefix("IGO") || u.hasPrefix("IMG") || u.hasPrefix("NGO") || u.hasPrefix("MNC") {
            self.init(organization: u)
            return
        }
        guard u.count == 3 || u.count == 6 else { return nil }
        let c = String(u.prefix(3))
        let s = u.count == 6 ? String(u.suffix(3)) : nil
        if let s, !ActorCode.sectors.contains(s) { return nil }
        self.init(country: c == "---" ? nil : c, sector: s)
    }

    public var code: String {
        if let organization { return organization }
        return (country ?? "---") + (sector ?? "")
    }

    /// The country/IGO part, as scored at dyad level.
    public var primary: String { organization.map { String($0.prefix(6)) } ?? (country ?? "---") }

    public var description: String { code }
}
