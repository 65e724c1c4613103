/// What a dictionary import produced: output lines by Marsad file kind, counts, and per-line problems.
///
/// ```swift
/// var report = DictionaryImportReport()
/// report.emit("organizations", "IGOUNO\tUNITED NATIONS")
/// report.skip("date range ends before it starts", file: "actors.txt", line: 12)
/// print(report.summary)   // converted 1 entries; skipped 1 lines ...
/// ```
///
/// NB: a problem never stops an import; it is recorded here and the next line is read.
public struct DictionaryImportReport: Sendable {
    /// Output lines by Marsad file kind (`organizations`, `people`, `agents`, `triggers`), in input order.
    public private(set) var outputs: [String: [String]] = [:]
    /// Lines written, all kinds together.
    public private(set) var converted = 0
    /// Input lines (or entries) not converted, by reason.
    public private(set) var skipped: [String: Int] = [:]
    /// Malformed input lines, as `file:line: dictionary-syntax: message` errors.
    public private(set) var diagnostics: [MarsadError] = []

    public init() {}

    public mutating func emit(_ kind: String, _ line: String) {
        outputs[kind, default: []].append(line)
        converted += 1
    }

    /// Counts a line that is valid input but has no faithful Marsad equivalent.
    public mutating func skip(_ reason: String) {
        skipped[reason, default: 0] += 1
    }

    /// Records a malformed line: a diagnostic, and a skip counted under `reason`.
    public mutating func fail(_ reason: String, _ message: String, file: String, line: Int) {
        skip(reason)
        diagnostics.append(MarsadError(.dictionarySyntax, message, location: "\(file):\(line)"))
    }

    /// Lines skipped, all reasons together.
    public var skippedCount: Int { skipped.values.reduce(0, +) }

    /// `converted N entries (kind: n, ...); skipped M lines` followed by one `  reason: count` line per reason.
    public var summary: String {
        let kinds = outputs.keys.sorted().map { "\($0): \(outputs[$0]!.count)" }.joined(separator: ", ")
        var text = "converted \(converted) entries (\(kinds)); skipped \(skippedCount) lines"
        for (reason, count) in skipped.sorted(by: { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }) {
            text += "\n  \(reason): \(count)"
        }
        return text
    }
}
