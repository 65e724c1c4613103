import ArgumentParser
import Foundation
import MarsadCore
import MarsadPipeline
import MarsadTime

/// `marsad time "<text>" --reference 2023-07-03 [--format json]`: the date expressions Marsad finds in a
/// text and what they resolve to.
///
/// ```
/// $ marsad time "اتهمت الحكومة، الخميس الماضي، الجماعة" --reference 2023-07-03
/// «الخميس الماضي» → 2023-06-29 (day) [2023-06-29 … 2023-06-29]
/// ```
struct TimeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "time",
        abstract: "Show the date expressions in a text, resolved against a reference date.")

    @Argument(help: "The text (Arabic).")
    var text: String

    @Option(help: "Reference (publication) date YYYY-MM-DD; default: today.")
    var reference: String?

    @Option(help: "Output format: text or json.")
    var format: String = "text"

    @Option(help: "First day of the week: saturday (most Arab calendars), sunday or monday (ISO 8601).")
    var weekStart: String = "saturday"

    static let weekStarts = ["monday": 1, "saturday": 6, "sunday": 7]

    func validate() throws {
        if let reference, CalendarDate(iso: reference) == nil {
            throw ValidationError("--reference must be a date YYYY-MM-DD, got \"\(reference)\"")
        }
        if format != "text" && format != "json" { throw ValidationError("--format must be text or json") }
        if Self.weekStarts[weekStart] == nil {
            throw ValidationError("--week-start must be saturday, sunday or monday, got \"\(weekStart)\"")
        }
    }

    func run() throws {
        let day = reference.flatMap { CalendarDate(iso: $0) } ?? Self.today()
        let resolver: TemporalResolver
        do {
            resolver = try TemporalResolver(weekStart: Self.weekStarts[weekStart] ?? 6)
        } catch {
            Console.error(error.description)
            throw ExitCode.failure
        }
        print(Self.render(resolver.resolve(text, reference: day), in: text, json: format == "json"), terminator: "")
    }

    static func today() -> CalendarDate {
        let days = Int((Date().timeIntervalSince1970 / 86_400).rounded(.down))
        return CalendarDate(dayNumber: days)
    }

    /// The results as text lines, or as one JSON array of `{"text", "offset", "length", "value",
    /// "precision", "start", "end"}` with offsets and lengths in Unicode scalars (as Python counts them).
    static func render(_ found: [TemporalExpression], in text: String, json: Bool) -> String {
        if !json {
            return found.map { "«\($0.text)» → \($0.value) (\($0.precision.rawValue)) [\($0.start) … \($0.end)]\n" }
                .joined()
        }
        let utf8 = Array(text.utf8)
        func scalars(_ bytes: ArraySlice<UInt8>) -> Int { bytes.reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) } }
        var j = JSONText()
        j.beginArray()
        for e in found {
            let lo = min(e.range.lowerBound, utf8.count)
            let hi = min(e.range.upperBound, utf8.count)
            j.beginObject()
            j.key("text")
            j.string(e.text)
            j.key("offset")
            j.int(scalars(utf8[0..<lo]))
            j.key("length")
            j.int(scalars(utf8[lo..<hi]))
            j.key("value")
            j.string(e.value.description)
            j.key("precision")
            j.string(e.precision.rawValue)
            j.key("start")
            j.string(e.start.description)
            j.key("end")
            j.string(e.end.description)
            j.endObject()
        }
        j.endArray()
        return j.text + "\n"
    }
}
