import Testing

@testable import MarsadExtraction

/// Class and id word rules: wildcard patterns, the one-table lookup of boilerplate, caption, content and
/// content-root words, and the merge of an element's class and id verdicts.
@Suite struct ClassWordTests {
    @Test func patternKinds() {
        let words = ["comments", "social-share", "x"].map { Array($0.utf8) }
        #expect(WordPattern("comment*").matches(words[0]))
        #expect(!WordPattern("comment").matches(words[0]))
        #expect(WordPattern("*share").matches(words[1]))
        #expect(WordPattern("*al-sh*").matches(words[1]))
        #expect(!WordPattern("*menu*").matches(words[1]))
        #expect(!WordPattern("share*").matches(words[2]))
    }

    @Test func oneTableGivesEveryKindAndTheBestRootRank() throws {
        let rules = try ContentRules.bundled()
        let marks = rules.classWords.marks(WordPatternSet.tokens("share-bar article-body Story-Body"))
        #expect(marks.boilerplate)  // share*
        #expect(marks.content)  // article*
        #expect(!marks.caption)
        #expect(marks.rootRank == 1)  // article-body (second in [content-roots]), ranked before story-body
        let caption = rules.classWords.marks(WordPatternSet.tokens("wp-caption-text"))
        #expect(caption.caption && !caption.boilerplate)
        #expect(rules.classWords.marks(WordPatternSet.tokens("row clearfix")).rootRank == nil)
    }

    @Test func classAndIdJudgedApartMergeToTheJoinedVerdict() throws {
        let rules = try ContentRules.bundled()
        for (cls, id) in [("sidebar", "main-content"), ("entry-content", "comments"), ("photo-credit", "x")] {
            var merged = rules.classWords.marks(WordPatternSet.tokens(cls))
            merged.merge(rules.classWords.marks(WordPatternSet.tokens(id)))
            let joined = rules.classWords.marks(WordPatternSet.tokens(cls + " " + id))
            #expect(merged.boilerplate == joined.boilerplate && merged.caption == joined.caption)
            #expect(merged.content == joined.content && merged.rootRank == joined.rootRank)
        }
    }

    @Test func fourDigitsInARowInAnyScript() {
        #expect(DateParser.hasFourDigits("am 12.05.2019"))
        #expect(DateParser.hasFourDigits("٣ يوليو ٢٠٢٣"))
        #expect(DateParser.hasFourDigits("۲۱ اردیبهشت ۱۳۹۹"))
        #expect(!DateParser.hasFourDigits("12.05.19 um 10:30"))
        #expect(!DateParser.hasFourDigits("٢٠ مايو"))
    }
}
