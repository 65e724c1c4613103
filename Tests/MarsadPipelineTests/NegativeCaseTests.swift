import Foundation
import MarsadCore
import MarsadPipeline
import MarsadTesting
import Testing

/// The negative trigger cases (`CODE` "-" in `trigger-cases.ar.tsv`): sentences with a trigger word that
/// must not yield an event on it — negated, denied, hypothetical, planned, or another sense of the word.
@Suite struct NegativeCaseTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var line: Int
        var trigger: String
        var sentence: String
        var testDescription: String { "line \(line): «\(trigger)»" }
    }

    static let cases: [Case] = {
        let url = SharedData.packageRoot.appendingPathComponent("Tests/MarsadCodingTests/Fixtures/trigger-cases.ar.tsv")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        var out: [Case] = []
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if f.count >= 3 && f[0] == "-" { out.append(Case(line: i + 1, trigger: f[1], sentence: f[2])) }
        }
        return out
    }()

    @Test func thereAreNegativeCases() {
        #expect(Self.cases.count >= 30)
    }

    @Test(arguments: cases)
    func noEventOnTheTrigger(_ c: Case) throws {
        let doc = try CodedText.document(c.sentence, published: "2023-07-03", id: "neg")
        let range = try #require(c.sentence.utf8.firstRange(of: c.trigger.utf8))
        let start = c.sentence.utf8.distance(from: c.sentence.utf8.startIndex, to: range.lowerBound)
        let span = TextSpan(start: start, end: start + c.trigger.utf8.count)
        let offending = doc.events.filter { $0.code.root != "01" && $0.trigger.overlaps(span) }
        #expect(offending.isEmpty, "\(offending.map { "\($0.code.code) \($0.rule)" })")
    }
}
