import Foundation
import MarsadCore
import MarsadTime
import Testing

/// Measures the resolver on the Arabic date cases of Microsoft Recognizers-Text (`../shared/data/dates`).
///
/// A case is a result of type date or daterange with at least one resolved day. It counts as right when an
/// expression we find overlaps its text and our value (date) or first day (daterange) is one of the past
/// or future resolutions. Recognizers-Text uses ISO weeks, so the resolver runs with weeks starting on Monday.
/// The share is printed and held to a floor (0.84; 118 of 140 when measured, 118 of 131 without the gold
/// values that are demonstrably wrong): the misses left are gold that cannot be right («بعد 3 سنوات» two
/// years on, «0001-01-01»), gold that reads Arabic as translated English («سبتمبر الماضي» in November as last
/// year's September) and a few conventions; `Benchmarks/dates/recognizers-audit.md` goes through each. Skips
/// when the file is absent (a user's clone has no `../shared`). `Benchmarks/dates/compare_dateparser.py`
/// scores the same cases with `dateparser`.
@Suite struct RecognizersMeasurementTests {
    static let file = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/data/dates/recognizers-arabic.jsonl")

    struct Tally {
        var cases = 0
        var found = 0
        var right = 0
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: file.path)))
    func shareOfRecognizersDatesResolvedRight() throws {
        let resolver = try TemporalResolver(weekStart: 1)
        let text = try String(contentsOf: Self.file, encoding: .utf8)
        var byType: [String: Tally] = [:]
        var misses: [String] = []
        for line in text.split(separator: "\n") {
            let json = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]
            guard let input = json["Input"] as? String,
                let context = json["Context"] as? [String: Any],
                let iso = context["ReferenceDateTime"] as? String, let reference = CalendarDate(iso: iso),
                let results = json["Results"] as? [[String: Any]]
            else { continue }
            var found: [TemporalExpression]?
            for result in results {
                let type = ((result["Type"] ?? result["TypeName"]) as? String ?? "")
                    .replacingOccurrences(of: "datetimeV2.", with: "")
                guard type == "date" || type == "daterange" else { continue }
                let accepted = Self.resolvedDays(result, type: type)
                guard !accepted.isEmpty,
                    let goldText = (result["Text"] as? String)?.trimmingCharacters(in: .whitespacesAndNewlines),
                    let goldRange = Self.utf8Range(of: goldText, in: input)
                else { continue }
                let ours = found ?? resolver.resolve(input, reference: reference)
                found = ours
                let overlapping = ours.filter { $0.range.overlaps(goldRange) }
                let right = overlapping.contains { e in
                    accepted.contains(type == "date" ? e.value.description : e.start.description)
                }
                byType[type, default: Tally()].cases += 1
                byType[type, default: Tally()].found += overlapping.isEmpty ? 0 : 1
                byType[type, default: Tally()].right += right ? 1 : 0
                if !right {
                    misses.append(
                        "\(type) «\(goldText)» ref \(reference) want \(accepted.sorted()) got "
                            + overlapping.map { "«\($0.text)» \($0.value) \($0.start)…\($0.end)" }.joined(
                                separator: ", "))
                }
            }
        }
        let all = byType.values.reduce(into: Tally()) {
            $0.cases += $1.cases
            $0.found += $1.found
            $0.right += $1.right
        }
        for (type, t) in byType.sorted(by: { $0.key < $1.key }) {
            print("recognizers-arabic \(type): \(t.right)/\(t.cases) right, \(t.found) found")
        }
        let share = all.cases == 0 ? 0 : Double(all.right) / Double(all.cases)
        let percent = (share * 1000).rounded() / 10
        print("recognizers-arabic date+daterange: \(all.right)/\(all.cases) right (\(percent)%)")
        if ProcessInfo.processInfo.environment["MARSAD_VERBOSE"] != nil {
            misses.forEach { print("  miss: \($0)") }
        }
        #expect(all.cases > 0)
        #expect(share >= 0.84, "recognizers share \(percent)% fell below the 84% floor")
    }

    /// The days a result accepts: its past and future resolutions (a date, or the first day of a range).
    static func resolvedDays(_ result: [String: Any], type: String) -> Set<String> {
        var days: Set<String> = []
        let key = type == "date" ? "date" : "startDate"
        if let value = result["Value"] as? [String: Any] {
            for side in ["PastResolution", "FutureResolution"] {
                if let day = (value[side] as? [String: Any])?[key] as? String { days.insert(String(day.prefix(10))) }
            }
            for v in value["values"] as? [[String: Any]] ?? [] {
                if let day = (v[type == "date" ? "value" : "start"] as? String) { days.insert(String(day.prefix(10))) }
            }
        }
        if let resolution = result["Resolution"] as? [String: Any] {
            for v in resolution["values"] as? [[String: Any]] ?? [] {
                if let day = (v[type == "date" ? "value" : "start"] as? String) { days.insert(String(day.prefix(10))) }
            }
        }
        return days.filter { CalendarDate(iso: $0) != nil }
    }

    /// UTF-8 offsets of the first occurrence of `needle` in `text`.
    static func utf8Range(of needle: String, in text: String) -> Range<Int>? {
        guard !needle.isEmpty, let r = text.range(of: needle) else { return nil }
        let start = text.utf8.distance(from: text.startIndex, to: r.lowerBound)
        return start..<(start + needle.utf8.count)
    }
}
