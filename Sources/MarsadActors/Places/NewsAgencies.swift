public import Foundation
public import MarsadCore
import MarsadText

/// The news agencies and newspapers that sign datelines («د.ب.أ»، «رويترز»، «الشرق الأوسط»), from
/// `news-agencies.ar.txt`: names are compared folded, without dots or spaces («أ.ف.ب» = «أ ف ب»).
///
/// ```swift
/// let agencies = try NewsAgencies.bundled()
/// agencies.contains("د.ب.أ")  // true
/// ```
public struct NewsAgencies: Sendable {
    /// Folded names with dots and spaces removed.
    public private(set) var keys: Set<String> = []
    /// Every beginning of a key (whole letters), so that a reader can stop at the first word that starts no name.
    public private(set) var prefixes: Set<String> = []
    /// The most words a name has («إيتار تاس», «الشرق الأوسط»: 2; «أ.ف.ب»: 1 to 3 tokens by spacing).
    public private(set) var maxWords = 1

    public init() {}

    private static let shared: Result<NewsAgencies, MarsadError> = {
        do throws(MarsadError) {
            var agencies = NewsAgencies()
            try agencies.load(contentsOf: DataFile.bundled("news-agencies.ar.txt", what: "list of news agencies"))
            return .success(agencies)
        } catch {
            return .failure(error)
        }
    }()

    /// The list that ships with Marsad (loaded once per process).
    public static func bundled() throws(MarsadError) -> NewsAgencies { try shared.get() }

    /// Adds the names of a file in the `news-agencies.ar.txt` format (one a line, `#` comments).
    public mutating func load(contentsOf url: URL) throws(MarsadError) {
        let text = try DataFile.text(of: url, what: "news agencies")
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let name = line.trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty, !name.hasPrefix("#") else { continue }
            add(name)
        }
    }

    /// Adds one name.
    public mutating func add(_ name: String) {
        let key = Self.key(name)
        guard !key.isEmpty else { return }
        keys.insert(key)
        var prefix = ""
        for c in key {
            prefix.append(c)
            prefixes.insert(prefix)
        }
        maxWords = max(maxWords, name.split { $0 == " " || $0 == "." }.count)
    }

    /// True when `name` (as written, with or without dots and spaces) is a listed agency or newspaper.
    public func contains(_ name: some StringProtocol) -> Bool { keys.contains(Self.key(name)) }

    /// The folded name without dots, spaces and tatweel.
    static func key(_ name: some StringProtocol) -> String {
        String(FoldedText.fold(name).unicodeScalars.filter { $0.properties.isAlphabetic }.map(Character.init))
    }
}
