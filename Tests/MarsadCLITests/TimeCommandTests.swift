import Foundation
import MarsadCore
import MarsadTime
import Testing

@testable import MarsadCLI

/// `marsad time`: what it prints for a sentence we wrote.
@Suite("marsad time")
struct TimeCommandTests {
    static let sentence = "اتهمت الحكومة، الخميس الماضي، الجماعة بخرق الهدنة التي أعلنت الشهر الماضي."

    @Test("JSON gives scalar offsets, values and the days an expression covers")
    func json() throws {
        let found = try TemporalResolver().resolve(Self.sentence, reference: CalendarDate(iso: "2023-07-03")!)
        let out = TimeCommand.render(found, in: Self.sentence, json: true)
        let array = try #require(JSONSerialization.jsonObject(with: Data(out.utf8)) as? [[String: Any]])
        let thursday = try #require(array.first { ($0["text"] as? String) == "الخميس الماضي" })
        #expect(thursday["value"] as? String == "2023-06-29")
        #expect(thursday["precision"] as? String == "day")
        #expect(
            thursday["offset"] as? Int
                == Self.sentence.unicodeScalars.distance(
                    from: Self.sentence.unicodeScalars.startIndex,
                    to: Self.sentence.range(of: "الخميس الماضي")!.lowerBound.samePosition(
                        in: Self.sentence.unicodeScalars)!))
        #expect(thursday["length"] as? Int == "الخميس الماضي".unicodeScalars.count)
        let month = try #require(array.first { ($0["text"] as? String)?.contains("الشهر الماضي") == true })
        #expect(month["start"] as? String == "2023-06-01")
        #expect(month["end"] as? String == "2023-06-30")
    }

    @Test("text output names each expression once")
    func text() throws {
        let found = try TemporalResolver().resolve(Self.sentence, reference: CalendarDate(iso: "2023-07-03")!)
        let out = TimeCommand.render(found, in: Self.sentence, json: false)
        #expect(out.contains("«الخميس الماضي» → 2023-06-29 (day)"))
    }

    @Test("--week-start places «الأسبوع الماضي»; a bad value is a usage error")
    func weekStart() throws {
        let monday = try TimeCommand.parse(["الأسبوع الماضي", "--reference", "2023-07-05", "--week-start", "monday"])
        #expect(monday.weekStart == "monday")
        let found = try TemporalResolver(weekStart: 1).resolve(
            "الأسبوع الماضي", reference: CalendarDate(iso: "2023-07-05")!)
        #expect(found.first?.start.description == "2023-06-26")
        #expect(throws: (any Error).self) { _ = try TimeCommand.parse(["نص", "--week-start", "friday"]) }
    }

    @Test("a bad reference date is a usage error")
    func badReference() {
        #expect(throws: (any Error).self) { _ = try TimeCommand.parse(["نص", "--reference", "2023-13-40"]) }
    }
}
