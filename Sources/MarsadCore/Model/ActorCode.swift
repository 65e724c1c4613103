import Synchronization

/// A CAMEO/Phoenix actor code: a country (ISO alpha-3, CAMEO spelling) or IGO code, plus at most one sector.
///
/// ```swift
/// ActorCode(country: "IRN", sector: "COP").code   // "IRNCOP"
/// ActorCode(igo: "IGOEUREEC").code                  // "IGOEUREEC"
/// ActorCode(country: nil, sector: "REB").code       // "---REB"
/// ```
public struct ActorCode: Hashable, Sendable, CustomStringConvertible {
    // NB: the three parts are stored as bytes, not as `String`s: actor codes are copied with every mention, event and
    // participant, and compared all through the coder; three optional strings cost six reference-count calls per copy
    // and a string comparison per part (copies of mentions alone were about 4% of coding time).
    private var countryPart: Part
    private var organizationPart: Part
    private var sectorPart: Part

    /// Three-letter country code, or nil when unknown.
    public var country: String? {
        get { countryPart.string }
        set { countryPart = Part(newValue) }
    }
    /// A whole IGO / transnational code (`IGOUNO`, `IMGREB`); when set, `country` is nil.
    public var organization: String? {
        get { organizationPart.string }
        set { organizationPart = Part(newValue) }
    }
    /// GOV, MIL, COP, SPY, JUD, LEG, OPP, REB, CVL, MED, BUS, REF, EDU, REL, HRI, LAB.
    public var sector: String? {
        get { sectorPart.string }
        set { sectorPart = Part(newValue) }
    }

    public init(country: String?, sector: String? = nil) {
        countryPart = Part(country)
        organizationPart = Part(nil)
        sectorPart = Part(sector)
    }

    public init(organization: String) {
        countryPart = Part(nil)
        organizationPart = Part(organization)
        sectorPart = Part(nil)
    }

    /// One part of a code: nil, or a string's UTF-8 bytes. Strings of up to 15 bytes (every CAMEO part) are kept in
    /// place; a longer one (an imported dictionary's code) is interned once and kept as its number.
    /// NB: parts compare by their bytes: two spellings of one string in different Unicode normal forms differ.
    struct Part: Hashable, Sendable {
        /// Bytes 0–14: the string; byte 15: 0 for nil, the length + 1, or 0xFF for an interned string (its number
        /// in bytes 0–3).
        private var bytes: (UInt64, UInt64)

        static func == (a: Part, b: Part) -> Bool { a.bytes == b.bytes }

        func hash(into hasher: inout Hasher) {
            hasher.combine(bytes.0)
            hasher.combine(bytes.1)
        }

        init(_ string: String?) {
            bytes = (0, 0)
            guard var string else { return }
            let count = string.utf8.count
            if count <= 15 {
                string.withUTF8 { utf8 in
                    withUnsafeMutableBytes(of: &bytes) { raw in
                        for i in 0..<count { raw[i] = utf8[i] }
                        raw[15] = UInt8(count + 1)
                    }
                }
            } else {
                let number = Interned.number(of: string)
                withUnsafeMutableBytes(of: &bytes) { raw in
                    raw.storeBytes(of: number.littleEndian, as: UInt32.self)
                    raw[15] = 0xFF
                }
            }
        }

        var string: String? {
            withUnsafeBytes(of: bytes) { raw -> String? in
                let tag = raw[15]
                if tag == 0 { return nil }
                if tag == 0xFF { return Interned.string(UInt32(littleEndian: raw.loadUnaligned(as: UInt32.self))) }
                return String(decoding: UnsafeRawBufferPointer(rebasing: raw[0..<Int(tag) - 1]), as: UTF8.self)
            }
        }
    }

    /// Parts longer than 15 bytes, by number (shared by the whole process; only imported dictionaries make them).
    private enum Interned {
        private static let table = Mutex<(numbers: [String: UInt32], strings: [String])>(([:], []))

        static func number(of string: String) -> UInt32 {
            table.withLock { t in
                if let n = t.numbers[string] { return n }
                let n = UInt32(t.strings.count)
                t.strings.append(string)
                t.numbers[string] = n
                return n
            }
        }

        static func string(_ number: UInt32) -> String {
            table.withLock { $0.strings[Int(number)] }
        }
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
