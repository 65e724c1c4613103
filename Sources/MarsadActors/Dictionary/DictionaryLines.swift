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
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " { s = s.dropFirst() }
        while let l = s.last, l == " " { s = s.dropLast() }
        return String(s)
    }
}

extension CalendarDate {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `end` picks the last day of a year or month.
    static func partial(_ s: String, end: Bool) -> CalendarDate? {
        let parts = s.split(separator: "-").map { Int($0) }
        guard !parts.isEmpty, parts.allSatisfy({ $0 != nil }) else { return nil }
        let y = parts[0]!
        switch parts.count {
        case 1: return end ? CalendarDate(year: y, month: 12, day: 31) : CalendarDate(year: y, month: 1, day: 1)
        case 2:
            let m = parts[1]!
            guard (1...12).contains(m) else { return nil }
            return CalendarDate(year: y, month: m, day: end ? CalendarDate.daysIn(month: m, year: y) : 1)
        case 3: return CalendarDate(iso: s)
        default: return nil
        }
    }
}
