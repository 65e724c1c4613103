import Foundation

/// Lines and short blocks that are page furniture (from `Resources/boilerplate-lines.txt`), compared after
/// whitespace is collapsed, case folded and trailing punctuation dropped.
///
/// ```swift
/// let lines = try ContentRules.bundled().lines
/// lines.isBoilerplate("Sorry, you need to enable JavaScript to visit this website.")  // true
/// lines.isRelatedMarker("اقرأ المزيد")  // true
/// ```
public struct BoilerplateLines: Sendable {
    /// Longest line (in characters) a prefix entry («…*») applies to.
    public static let maxShortLine = 90

    private var exact: Set<String> = []
    private var prefixes = PrefixList()
    private var related: Set<String> = []
    private var relatedPrefixes = PrefixList()
    private var labels: Set<String> = []
    private var credits: Set<String> = []
    private var attributionPrefixes: [String] = []
    /// News agencies that end an Arabic dateline («موسكو - رويترز»).
    public private(set) var datelineAgencies: [String] = []

    public init(_ file: RuleFile) {
        for entry in file.lines("line") {
            if entry.hasSuffix("*") {
                prefixes.add(Self.key(String(entry.dropLast())))
            } else {
                exact.insert(Self.key(entry))
            }
        }
        for entry in file.lines("related") {
            if entry.hasSuffix("*") {
                relatedPrefixes.add(Self.key(String(entry.dropLast())))
            } else {
                related.insert(Self.key(entry))
            }
        }
        labels = Set(file.lines("label").map(Self.key))
        credits = Set(file.lines("credit").map(Self.key))
        attributionPrefixes = file.lines("attribution").map { $0.hasSuffix("*") ? String($0.dropLast()) : $0 }
        datelineAgencies = file.lines("dateline-agencies")
        for section in ["line", "related", "label"] {
            for entry in file.lines(section) { longestEntry = max(longestEntry, entry.utf8.count + 16) }
        }
    }

    /// Whitespace collapsed, lower-cased, trailing punctuation and spaces removed, tatweel dropped.
    static func key(_ s: String) -> String {
        var c = WhitespaceCollapser()
        c.append(s)
        var out = c.caselessLowercased() ?? c.result.lowercased()
        if out.utf8.contains(0xD9) {
            out.unicodeScalars.removeAll { $0 == "\u{0640}" }  // ARABIC TATWEEL — decoration, not spelling
        }
        while let last = out.unicodeScalars.last, ":.…،,؛;-–—|»>".unicodeScalars.contains(last) || last == " " {
            out.unicodeScalars.removeLast()
        }
        return out
    }

    /// Longest entry of any kind, in UTF-8 bytes; longer lines are never furniture (a fast path).
    private var longestEntry = 0

    func isShort(_ line: String) -> Bool { line.utf8.count <= max(longestEntry, Self.maxShortLine * 2) }

    /// Whether a short block is a boilerplate line and whether it is a «related» marker, with one key.
    public func classify(_ line: String) -> (boilerplate: Bool, related: Bool) {
        guard isShort(line) else { return (false, false) }
        let k = Self.key(line)
        if k.isEmpty { return (false, false) }
        let short = Self.isShortKey(k)
        let boilerplate = exact.contains(k) || (short && prefixes.isPrefix(of: k))
        let related = related.contains(k) || (short && relatedPrefixes.isPrefix(of: k))
        return (boilerplate, related)
    }

    public func isBoilerplate(_ line: String) -> Bool {
        guard isShort(line) else { return false }
        let k = Self.key(line)
        if k.isEmpty { return false }
        if exact.contains(k) { return true }
        guard Self.isShortKey(k) else { return false }
        return prefixes.isPrefix(of: k)
    }

    public func isRelatedMarker(_ line: String) -> Bool {
        guard isShort(line) else { return false }
        let k = Self.key(line)
        if related.contains(k) { return true }
        return Self.isShortKey(k) && relatedPrefixes.isPrefix(of: k)
    }

    /// NB: keys and entries go through the same ``key(_:)``, so a byte prefix is a prefix (String.hasPrefix
    /// compares by canonical equivalence, which showed in profiles).
    static func starts(_ key: String, with prefix: String) -> Bool { key.utf8.starts(with: prefix.utf8) }

    /// Prefix entries (keys) by their first byte, so that a line is compared only with those that can match.
    struct PrefixList: Sendable {
        private var byFirstByte = [[String]](repeating: [], count: 256)
        /// Empty prefixes (an entry «*» alone), which every key starts with.
        private var empty = false

        mutating func add(_ prefix: String) {
            if let first = prefix.utf8.first { byFirstByte[Int(first)].append(prefix) } else { empty = true }
        }

        /// True when one of the prefixes starts `key`.
        func isPrefix(of key: String) -> Bool {
            if empty { return true }
            guard let first = key.utf8.first else { return false }
            return byFirstByte[Int(first)].contains { BoilerplateLines.starts(key, with: $0) }
        }
    }

    /// At most ``maxShortLine`` characters (the byte count bounds it from above: counting characters is slow).
    static func isShortKey(_ key: String) -> Bool { key.utf8.count <= maxShortLine || key.count <= maxShortLine }

    public func isLabel(_ line: String) -> Bool { isShort(line) && labels.contains(Self.key(line)) }

    /// True when the line ends with a parenthesised photo credit or agency «… (إرنا)» and is not a sentence.
    public func isCaption(_ line: String) -> Bool {
        // NB: a fast exit before Foundation's trimming: a caption's last non-space character is «)».
        guard let last = line.utf8.last(where: { $0 != 0x20 && $0 != 0x09 }), last == UInt8(ascii: ")") else {
            return false
        }
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "(") else { return false }
        let inside = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
        let before = trimmed[..<open].trimmingCharacters(in: .whitespaces)
        guard !before.isEmpty, let last = before.last, !".!?؟".contains(last) else { return false }
        let parts = inside.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "," || $0 == "،" || $0 == "|" })
        return parts.contains { credits.contains(Self.key(String($0))) }
    }

    /// The source a line attributes the article to («عن "اندبندنت فارسية"» → «اندبندنت فارسية»), when the
    /// line is such an attribution.
    public func attribution(_ line: String) -> String? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.count <= 80 else { return nil }
        for prefix in attributionPrefixes where trimmed.hasPrefix(prefix) {
            let rest = trimmed.dropFirst(prefix.count)
            let name = rest.trimmingCharacters(in: CharacterSet(charactersIn: " \"«»“”'"))
            if !name.isEmpty && name.split(separator: " ").count <= 6 { return name }
        }
        return nil
    }
}
