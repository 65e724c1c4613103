import Foundation
import MarsadCoding
import MarsadCore
import MarsadText
import Testing

/// Every pattern file has sentences we wrote ourselves (`Fixtures/trigger-cases.ar.tsv`): each positive
/// case must fire a pattern of its code on its trigger word.
@Suite struct TriggerCaseTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var line: Int
        var code: String
        var trigger: String
        var sentence: String
        var testDescription: String { "line \(line): \(code) «\(trigger)»" }
    }

    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/trigger-cases.ar.tsv")

    static let cases: [Case] = {
        guard let text = try? String(contentsOf: fixture, encoding: .utf8) else { return [] }
        var out: [Case] = []
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 3 else { continue }
            out.append(Case(line: i + 1, code: f[0], trigger: f[1], sentence: f[2]))
        }
        return out
    }()

    static let finder = TriggerFinder(triggers: try! TriggerLexicon.bundled())

    func matches(_ sentence: String) throws -> (Document, [TriggerFinder.Match]) {
        var doc = Document(id: "case", text: sentence)
        try Tokenizer().process(&doc)
        try CliticAnalyzer().process(&doc)
        try SentenceSplitter().process(&doc)
        return (doc, Self.finder.matches(in: doc))
    }

    @Test func fixtureIsPresentAndLarge() {
        #expect(Self.cases.filter { $0.code != "-" }.count >= 150)
    }

    @Test(arguments: cases.filter { $0.code != "-" })
    func positiveCaseFires(_ c: Case) throws {
        let (doc, found) = try matches(c.sentence)
        let triggerRange = try #require(c.sentence.utf8.firstRange(of: c.trigger.utf8), "trigger not in sentence")
        let start = c.sentence.utf8.distance(from: c.sentence.utf8.startIndex, to: triggerRange.lowerBound)
        let span = TextSpan(start: start, end: start + c.trigger.utf8.count)
        let hit = found.contains { m in
            let mSpan = TextSpan(
                start: doc.tokens[m.tokens.lowerBound].span.start, end: doc.tokens[m.tokens.upperBound - 1].span.end)
            // A future visit or meeting («سيزور») is found as 04x and coded 036 by the event coder.
            let code = c.code == "036" && m.code.hasPrefix("04") && c.trigger.hasPrefix("س") ? "036" : m.code
            return code == c.code && mSpan.overlaps(span)
        }
        #expect(hit, "found: \(found.map { "\($0.code) \($0.rule)" })")
    }

    @Test func codebookCoversEveryCode() throws {
        let book = try Codebook.bundled()
        #expect(book.codes.count >= 300)
        for code in ["010", "057", "112", "1312", "190", "195", "2041"] { #expect(book[code] != nil) }
        #expect(book["057"]?.quadClass == 1)
        #expect(book["195"]?.quadClass == 4)
        #expect(book["112"]?.plover.type == "ACCUSE")
    }

    @Test func nounDuals() {
        #expect(TriggerLexicon.duals(of: "هجوم") == ["هجومان", "هجومين"])
        #expect(TriggerLexicon.duals(of: "عبوة") == ["عبوتان", "عبوتين"])
        #expect(TriggerLexicon.duals(of: "انتحاري") == ["انتحاريان", "انتحاريين"])
        #expect(TriggerLexicon.duals(of: "الهجوم") == ["الهجومان", "الهجومين"])
        // Plurals, words ending in a vowel letter and short stems (whose dual endings make other words) have none.
        for form in ["هجمات", "هجوما", "متظاهرين", "حز", "قطع", "الحز"] {
            #expect(TriggerLexicon.duals(of: form).isEmpty, "\(form)")
        }
    }

    /// «تلقوا/تلقى» (received) fold like the present of «ألقى» (تلقوا، تلقي: throw): the patterns of throwing open their
    /// present slot with a form whose persons are harmless (see the format notes in triggers.ar.txt).
    @Test func receivingIsNoThrowing() throws {
        for sentence in [
            "وقال المتحدث إن المسلحين تلقوا ضربات موجعة من قبل سلاح الجو.",
            "وتلقى الجيش قنابل حارقة من الحلفاء.",
        ] {
            let (_, found) = try matches(sentence)
            #expect(!found.contains { $0.code == "0874" || $0.code == "180" }, "\(found.map(\.rule))")
        }
        let (_, thrown) = try matches("وألقت الشرطة القبض على المتهم.")
        #expect(thrown.contains { $0.code == "173" })
    }

    @Test func verbInflections() {
        let forms = Set(VerbInflector.forms(past: ["اتهم"], present: ["يتهم"]))
        for f in ["اتهم", "اتهمت", "اتهموا", "يتهم", "تتهم", "يتهمون", "نتهم"] {
            #expect(forms.contains(FoldedText.fold(f)), "\(f)")
        }
        let weak = Set(VerbInflector.forms(past: ["التقى"], present: ["يلتقي"]))
        for f in ["التقت", "التقوا", "يلتقون"] { #expect(weak.contains(FoldedText.fold(f)), "\(f)") }
    }

    @Test func patternErrorsPointAtTheLine() throws {
        let book = try Codebook.bundled()
        #expect {
            _ = try TriggerLexicon(text: "# header\n0401\tverb\tوقع/يوقع\n", file: "mine.txt", codebook: book)
        } throws: { error in
            let e = error as! MarsadError
            return e.location == "mine.txt:2:1" && e.message.contains("unknown CAMEO code \"0401\"")
                && e.message.contains("did you mean \"040\"")
        }
        #expect(throws: MarsadError.self) {
            _ = try TriggerLexicon(text: "112\tverb\tاتهم\n", file: "mine.txt", codebook: book)
        }
    }
}
