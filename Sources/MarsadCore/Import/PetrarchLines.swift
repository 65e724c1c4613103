/// The content lines of a PETRARCH/TABARI dictionary: comments (`#` to the end of the line) removed,
/// whitespace trimmed, blank lines skipped, each with its 1-based line number.
///
/// ```swift
/// for (number, line) in PetrarchLines(text) { ... }   // line: "+ABDULLAH_II [JORGOV]"
/// ```
public struct PetrarchLines: Sequence {
    let text: String

    public init(_ text: String) {
        self.text = text
    }

    public func makeIterator() -> AnyIterator<(Int, Substring)> {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).makeIterator()
        var number = 0
        return AnyIterator {
            while let raw = lines.next() {
                number += 1
                var line = Substring(raw)
                if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
                let trimmed = line.trimmingWhitespace()
                if !trimmed.isEmpty { return (number, trimmed) }
            }
            return nil
        }
    }
}
