import MarsadCore
import MarsadTime
import Testing

/// The vocabulary file format: the bundled file loads, malformed lines fail with compiler-style locations.
@Suite struct DateVocabularyTests {
    @Test func bundledVocabularyLoads() throws {
        _ = try TemporalResolver()
    }

    struct Malformed: Sendable, CustomTestStringConvertible {
        var text: String
        var location: String
        var message: String
        var testDescription: String { message }
    }

    static let malformed: [Malformed] = [
        Malformed(text: "month\tيونيو", location: "mine.txt:1", message: "found 2 tab-separated field(s)"),
        Malformed(text: "# months\n\nmonht\tيونيو\t6", location: "mine.txt:3", message: "unknown kind \"monht\""),
        Malformed(text: "month\tيونيو\t13", location: "mine.txt:1", message: "not an integer in 1…12"),
        Malformed(text: "unit\tيومين\tday\tdaul", location: "mine.txt:1", message: "unknown flag \"daul\""),
        Malformed(text: "relative\tالماضي\tbefore", location: "mine.txt:1", message: "must be past, next or current"),
        Malformed(text: "month\t\t6", location: "mine.txt:1", message: "empty phrase"),
        Malformed(text: "blocker\tعين\tbefore", location: "mine.txt:1", message: "must be today"),
    ]

    @Test(arguments: malformed)
    func malformedLineIsReportedWithItsLocation(_ c: Malformed) {
        do {
            _ = try TemporalResolver(vocabulary: c.text, file: "mine.txt")
            Issue.record("no error for \(c.text)")
        } catch {
            #expect(error.code == .dictionarySyntax)
            #expect(error.location == c.location)
            #expect(error.message.contains(c.message), "\(error.message)")
        }
    }

    @Test func ownVocabularyIsUsed() throws {
        let resolver = try TemporalResolver(vocabulary: "day\tامبارح\t-1\n", file: "egyptian.txt")
        let found = resolver.resolve("وصل امبارح", reference: CalendarDate(year: 2023, month: 7, day: 3))
        #expect(found.map(\.value.description) == ["2023-07-02"])
    }
}
