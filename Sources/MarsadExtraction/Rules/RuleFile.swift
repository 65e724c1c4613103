public import MarsadCore

/// A rules file cut into `[section]`s of lines, comments (`#`) and blank lines removed.
///
/// ```swift
/// let file = try RuleFile(text: "[line]\nاقرأ المزيد\n", name: "boilerplate-lines.txt")
/// file.lines("line")  // ["اقرأ المزيد"]
/// ```
public struct RuleFile: Sendable {
    public private(set) var sections: [String: [String]] = [:]
    public let name: String

    public init(text: String, name: String) throws(MarsadError) {
        self.name = name
        var current: String?
        var number = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            var line = Substring(raw)
            // NB: «#» starts a comment only at the beginning of a line or after a space (entries may hold «#»).
            if line.hasPrefix("#") { continue }
            if let hash = line.range(of: " #") { line = line[..<hash.lowerBound] }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            if trimmed.hasPrefix("[") && trimmed.hasSuffix("]") {
                current = String(trimmed.dropFirst().dropLast())
                continue
            }
            guard let section = current else {
                throw MarsadError(
                    .dictionarySyntax, "entry before the first [section] heading; add one",
                    location: "\(name):\(number)")
            }
            sections[section, default: []].append(trimmed)
        }
    }

    /// The lines of a section, as written.
    public func lines(_ section: String) -> [String] { sections[section] ?? [] }

    /// The space-separated words of a section.
    public func words(_ section: String) -> [String] {
        lines(section).flatMap { $0.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init) }
    }
}
