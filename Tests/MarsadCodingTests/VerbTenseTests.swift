import MarsadCore
import MarsadText
import Testing

@testable import MarsadCoding

/// Which trigger verbs the coder reads as present tense. Sentences written for these tests.
@Suite struct VerbTenseTests {
    static let triggers = try! TriggerLexicon.bundled()

    /// The tense the coder gives the first verb trigger of `sentence` whose surface is `word`.
    func isPresent(_ word: String, in sentence: String) throws -> Bool {
        var doc = Document(id: "tense", text: sentence)
        try Tokenizer().process(&doc)
        try CliticAnalyzer().process(&doc)
        try SentenceSplitter().process(&doc)
        let coder = EventCoder(triggers: Self.triggers)
        try TriggerFinder(triggers: Self.triggers).process(&doc)
        let match = try #require(
            doc.triggers.first { m in
                Self.triggers.patterns[m.pattern].startsWithVerb
                    && String(doc.text(of: doc.tokens[m.tokens.lowerBound].span)).hasSuffix(word)
            })
        let hit = EventCoder.Hit(
            pattern: Self.triggers.patterns[match.pattern], tokens: match.tokens,
            analysis: doc.candidates[match.analysis])
        return coder.isPresentTense(hit, doc)
    }

    @Test func pastFormsThatBeginWithAPresentPrefixAreNotPresent() throws {
        // Form V and VI verbs begin with «ت» in the past too.
        #expect(try !isPresent("تسللوا", in: "وقتل الجيش المسلحين الذين تسللوا عبر الحدود."))
        #expect(try !isPresent("تظاهر", in: "تظاهر آلاف الطلاب أمس وسط العاصمة."))
        #expect(try isPresent("يتسللون", in: "وقال الجنرال إن المسلحين يتسللون عبر الحدود."))
        #expect(try isPresent("تتظاهر", in: "وقالت الشرطة إن مجموعات تتظاهر في وسط المدينة."))
    }
}
