public import MarsadCore

/// Reads a TAB-separated dictionary file: one entry a line, `#` comments and blank lines skipped.
///
/// ```swift
/// for line in DictionaryLines(text: contents, file: "countries.ar.txt") {
///     let fields = line.fields   // ["IRN", "name", "إيران"]
/// }
/// ```
public struct DictionaryLines: Sequence, Sendable {
    public struct Line: Sendable {
        public var number: Int
        public var fields: [String]
        public var file: String

        /// A compiler-style error pointing at this line.
        public func error(_ message: String, column: Int = 1) -> MarsadError {
            MarsadError(.dictionarySyntax, message, location: "\(file):\(number):\(column)")
        }
    }

    public let lines: [Line]

    public init(text: String, file: String) {
        var out: [Line] = []
        var number = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            let trimmed = line.drop(while: { $0 == " " })
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map {
                String($0).trimmingSpaces()
            }
            out.append(Line(number: number, fields: fields, file: file))
        }
        self.lines = out
    }

    public func makeIterator() -> IndexingIterator<[Line]> { lines.makeIterator() }
}

extension String {
    /// The string without leading and trailing spaces (not tabs: they separate fields).
    public func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " { s = s.dropFirst() }
        while let l = s.last, l == " " { s = s.dropLast() }
        return String(s)
    }
}
