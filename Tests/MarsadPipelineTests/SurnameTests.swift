import Foundation
import MarsadCore
import MarsadPipeline
import Testing

/// A known person's surname alone names that person only when nothing says otherwise: a surname that is also a
/// common word (marked «~» in people.ar.txt) needs a title or the full name first, and a surname written with «ال»
/// does not match without it. Sentences written for these tests.
@Suite struct SurnameTests {
    /// The codes of the mentions whose words contain `word`, and all the mentions (for the failure message).
    func codes(_ text: String, published: String, of word: String) throws -> ([String], String) {
        let doc = try CodedText.annotated(text, published: published, id: "surnames")
        let found = doc.mentions.filter { String(doc.text(of: $0.span)).contains(word) }.map(\.actor.code)
        return (found, CodedText.mentions(doc))
    }

    @Test(arguments: [
        // «رئيسي» "main", «أبي» "my father" (= «آبي» once folded), «بأول» (= «باول»), «ترأس» (= «تراس»).
        ("وقال إن البطالة سبب رئيسي في الهجرة غير الشرعية.", "2022-06-01", "رئيسي"),
        ("ونصحني أبي أن أترك المدينة قبل الحرب.", "2015-06-01", "أبي"),
        ("وقال المتحدث إن الوزارة تتابع الحالات أولا بأول.", "2003-06-01", "بأول"),
        ("وترأس الوزير اجتماع اللجنة الوزارية أمس.", "2022-10-01", "ترأس"),
        ("وشهدت العاصمة هجوما على متحف باردو في تونس.", "2015-06-01", "باردو"),
        // «ال» is part of the name: «بشير» and «شرع» are not «البشير» and «الشرع».
        ("وقال محمود بشير إن الشاحنة تعطلت على الطريق.", "2010-06-01", "بشير"),
        ("وطالب الخطيب بتحكيم شرع الله في البلاد.", "2025-03-01", "شرع"),
    ])
    func commonWordIsNoPerson(_ text: String, _ published: String, _ word: String) throws {
        let (found, mentions) = try codes(text, published: published, of: word)
        #expect(found.isEmpty, "«\(word)» on \(published): \(mentions)")
    }

    @Test(arguments: [
        // After a title or demonym.
        ("وقال الرئيس الإيراني رئيسي إن بلاده لن تتراجع.", "2022-06-01", "رئيسي", "IRNGOV"),
        // After the full name earlier in the article.
        ("وقال إبراهيم رئيسي إن بلاده لن تتراجع. وأضاف رئيسي أن العقوبات فشلت.", "2022-06-01", "رئيسي", "IRNGOV"),
        ("وصل شينزو آبي إلى واشنطن. وقال آبي إن طوكيو تدعم الحل السلمي.", "2015-06-01", "آبي", "JPNGOV"),
        // Unmarked surnames stand alone as before, with their article as written.
        ("وقال البشير إن الخرطوم ترفض قرار المحكمة.", "2010-06-01", "البشير", "SDNGOV"),
        ("واتهم المتحدث البشير بعرقلة المفاوضات.", "2010-06-01", "البشير", "SDNGOV"),
        ("وقال بوش إن الحرب على الإرهاب مستمرة.", "2003-06-01", "بوش", "USAGOV"),
    ])
    func introducedSurnameIsThePerson(_ text: String, _ published: String, _ word: String, _ expected: String)
        throws
    {
        // NB: the last mention with the word: after a full name, the surname alone of the second sentence.
        let doc = try CodedText.annotated(text, published: published, id: "surnames")
        let last = doc.mentions.last { String(doc.text(of: $0.span)).contains(word) }
        #expect(last?.actor.code == expected, "«\(word)» on \(published): \(CodedText.mentions(doc))")
    }
}
