public import Foundation
public import MarsadCore
public import MarsadText

/// Cities, governorates and regions with their country, compiled into a phrase lexicon (`places.ar.txt`).
///
/// ```swift
/// let places = try PlaceGazetteer.bundled()
/// var mine = PlaceGazetteer()
/// try mine.load(text: "SYR\tcity\tسراقب\n", file: "places.mine.txt")
/// mine.places[0].country  // "SYR"
/// ```
///
/// Countries and capitals are not repeated here: they are actors too and live in `countries.ar.txt`.
/// File format: `COUNTRY<TAB>KIND<TAB>NAME`, KIND one of `city`, `governorate`, `region`.
public struct PlaceGazetteer: Sendable {
    /// One place of the gazetteer.
    public struct Place: Hashable, Sendable {
        /// The name as the file writes it («الموصل»).
        public var name: String
        /// Three-letter country code.
        public var country: String
        /// `city`, `governorate` or `region`.
        public var kind: String
    }

    public private(set) var lexicon = PhraseLexicon()
    /// The places, by lexicon phrase id.
    public private(set) var places: [Place] = []

    public init() {}

    static let kinds: Set<String> = ["city", "governorate", "region"]

    private static let shared: Result<PlaceGazetteer, MarsadError> = {
        do throws(MarsadError) {
            var gazetteer = PlaceGazetteer()
            try gazetteer.load(contentsOf: DataFile.bundled("places.ar.txt", what: "gazetteer"))
            return .success(gazetteer)
        } catch {
            return .failure(error)
        }
    }()

    /// The gazetteer that ships with Marsad (loaded once per process).
    public static func bundled() throws(MarsadError) -> PlaceGazetteer { try shared.get() }

    /// Adds the places of a file in the `places.ar.txt` format.
    public mutating func load(contentsOf url: URL) throws(MarsadError) {
        try load(text: DataFile.text(of: url, what: "gazetteer"), file: url.lastPathComponent)
    }

    /// Adds the places of `text`; `file` names it in error locations. A bad line stops the load with an
    /// error naming `file:line`.
    public mutating func load(text: String, file: String) throws(MarsadError) {
        for line in DictionaryLines(text: text, file: file) {
            let f = line.fields
            guard f.count == 3 else {
                throw line.error(
                    "expected COUNTRY<TAB>KIND<TAB>NAME, found \(f.count) tab-separated field(s); separate the fields "
                        + "with one tab each")
            }
            guard f[0].count == 3, f[0].allSatisfy({ $0.isASCII && $0.isUppercase }) else {
                throw line.error("\"\(f[0])\" is not a three-letter country code")
            }
            guard Self.kinds.contains(f[1]) else {
                throw line.error(
                    "unknown kind \"\(f[1])\"; expected city, governorate or region", column: f[0].count + 2)
            }
            guard !f[2].isEmpty else { throw line.error("empty name; write the place in the third field") }
            lexicon.add(f[2].split(separator: " ").map { [String($0)] }, keepArticle: true)
            places.append(Place(name: f[2], country: f[0], kind: f[1]))
        }
        lexicon.finish()
    }
}
