import MarsadCore
import MarsadText
import Testing

@Suite struct TokenizerTests {
    func tokens(_ text: String) throws -> [String] {
        var doc = Document(id: "t", text: text)
        try Tokenizer().process(&doc)
        return doc.tokens.map { doc.normalizedText(of: $0) }
    }

    @Test(arguments: [
        ("وقّعت روسيا، أمس.", ["وقعت", "روسيا", "،", "امس", "."]),
        ("إيران\u{00A0}وروسيا", ["ايران", "وروسيا"]),
        ("في ٣٠ يونيو ٢٠٢٣", ["في", "30", "يونيو", "2023"]),
        ("مصـــر", ["مصر"]),
        ("«الكرملين»", ["«", "الكرملين", "»"]),
        ("\u{200F}مرحبا\u{200E} بكم", ["مرحبا", "بكم"]),
        ("مدرسة مستشفى", ["مدرسة", "مستشفي"]),
        ("F-16", ["f", "-", "16"]),
    ])
    func foldsAndSplits(_ text: String, _ expected: [String]) throws {
        #expect(try tokens(text) == expected)
    }

    @Test func spansPointIntoOriginal() throws {
        let text = "قال «الوزيرُ» إنّ"
        var doc = Document(id: "t", text: text)
        try Tokenizer().process(&doc)
        #expect(doc.tokens.map { String(doc.text(of: $0.span)) } == ["قال", "«", "الوزيرُ", "»", "إنّ"])
    }

    @Test func normalizingTwiceChangesNothing() throws {
        let text = "أعلنت الولايات المتحدة، أمس، فرضَ عقوباتٍ على إيران ١٢ مرة."
        let once = FoldedText.fold(text)
        #expect(FoldedText.fold(once) == once)
    }

    @Test func lineBreaksAreRecorded() throws {
        var doc = Document(id: "t", text: "عنوان\n\nنص المقال")
        try Tokenizer().process(&doc)
        #expect(doc.tokens.map(\.lineBreakBefore) == [false, true, false])
    }
}

@Suite struct SentenceSplitterTests {
    func sentences(_ text: String) throws -> [String] {
        var doc = Document(id: "t", text: text)
        try Tokenizer().process(&doc)
        try SentenceSplitter().process(&doc)
        return doc.sentences.map { String(doc.text(of: $0.span)) }
    }

    @Test(arguments: [
        (
            "قال الوزير إن الاتفاق مهم. وأضاف أنه سيزور موسكو.",
            ["قال الوزير إن الاتفاق مهم.", "وأضاف أنه سيزور موسكو."]
        ),
        ("هل ستوقع إيران؟ لا أحد يعرف!", ["هل ستوقع إيران؟", "لا أحد يعرف!"]),
        ("ارتفع المؤشر 3.5 نقطة اليوم.", ["ارتفع المؤشر 3.5 نقطة اليوم."]),
        ("قال د. أحمد إن الوضع خطير.", ["قال د. أحمد إن الوضع خطير."]),
        ("قال «انتهى الأمر.» ثم غادر.", ["قال «انتهى الأمر.»", "ثم غادر."]),
        ("عنوان المقال\nنص المقال الأول", ["عنوان المقال", "نص المقال الأول"]),
    ])
    func splits(_ text: String, _ expected: [String]) throws {
        #expect(try sentences(text) == expected)
    }

    @Test func runawayLineIsCut() throws {
        let text = Array(repeating: "كلمة", count: 1000).joined(separator: " ")
        var doc = Document(id: "t", text: text)
        try Tokenizer().process(&doc)
        try SentenceSplitter().process(&doc)
        #expect(doc.sentences.count >= 1000 / 160)
        #expect(doc.sentences.allSatisfy { $0.tokens.count <= 161 })
    }

    @Test func aSentenceAfterALineBreakStartsALine() throws {
        var doc = Document(
            id: "t", text: "عنوان الخبر\nقال الوزير إن الاتفاق مهم. وأضاف أنه سيزور موسكو.\nعنوان آخر\nنص الخبر")
        try Tokenizer().process(&doc)
        try SentenceSplitter().process(&doc)
        #expect(doc.sentences.map(\.startsLine) == [true, true, false, true, true])
    }
}

@Suite struct CliticAnalyzerTests {
    func analyses(_ word: String) throws -> Set<String> {
        var doc = Document(id: "t", text: word)
        try Tokenizer().process(&doc)
        try CliticAnalyzer().process(&doc)
        let r = doc.tokens[0].candidates
        return Set(
            (Int(r.lowerBound)..<Int(r.upperBound)).map {
                let c = doc.candidates[$0]
                return String(decoding: doc.normalized[Int(c.stem.lowerBound)..<Int(c.stem.upperBound)], as: UTF8.self)
            })
    }

    @Test(arguments: [
        ("وبالاتفاق", "اتفاق"), ("وبالاتفاق", "الاتفاق"), ("واتهمت", "اتهمت"), ("لروسيا", "روسيا"),
        ("زيارته", "زيارت"), ("واستقبلها", "استقبل"), ("للولايات", "ولايات"), ("سيزور", "يزور"),
        ("وزارة", "زارة"),
    ])
    func findsStem(_ word: String, _ stem: String) throws {
        #expect(try analyses(word).contains(FoldedText.fold(stem)))
    }

    @Test(arguments: ["وزارة", "هناك", "الاجتماعي"])
    func doesNotSplitWhatIsNotAClitic(_ word: String) throws {
        let wrong: [String: String] = ["وزارة": "زار", "هناك": "هنا", "الاجتماعي": "اجتماع"]
        #expect(try !analyses(word).contains(FoldedText.fold(wrong[word]!)))
    }

    @Test(arguments: ["للولايات", "والولايات", "بالولايات", "الولايات"])
    func definiteNamesMatchWithTheirArticle(_ word: String) throws {
        var doc = Document(id: "t", text: word)
        try Tokenizer().process(&doc)
        try CliticAnalyzer().process(&doc)
        let r = doc.tokens[0].candidates
        let hashes = Set((Int(r.lowerBound)..<Int(r.upperBound)).map { doc.candidates[$0].hash })
        #expect(!hashes.isDisjoint(with: LexiconForm.hashes(of: "الولايات", stripArticle: false)))
    }

    @Test func tehBeforeAPronounIsTehMarbuta() throws {
        func hashes(_ word: String) throws -> Set<UInt64> {
            var doc = Document(id: "t", text: word)
            try Tokenizer().process(&doc)
            try CliticAnalyzer().process(&doc)
            let r = doc.tokens[0].candidates
            return Set((Int(r.lowerBound)..<Int(r.upperBound)).map { doc.candidates[$0].hash })
        }
        let visit = Set(LexiconForm.hashes(of: "زيارة"))
        #expect(!(try hashes("زيارته")).isDisjoint(with: visit))
        #expect((try hashes("زيارت")).isDisjoint(with: visit))
        #expect((try hashes("طلبت")).isDisjoint(with: Set(LexiconForm.hashes(of: "طلبة"))))
    }

    @Test func hashesMatchLexiconForms() throws {
        var doc = Document(id: "t", text: "للولايات")
        try Tokenizer().process(&doc)
        try CliticAnalyzer().process(&doc)
        let r = doc.tokens[0].candidates
        let hashes = Set((Int(r.lowerBound)..<Int(r.upperBound)).map { doc.candidates[$0].hash })
        #expect(!hashes.isDisjoint(with: LexiconForm.hashes(of: "الولايات")))
    }
}

@Suite struct LanguageIdentifierTests {
    @Test(arguments: [
        ("قال وزير الخارجية الروسي إن بلاده ستواصل التعاون مع إيران في المجالات كافة.", Language.arabic),
        ("وزیر امور خارجه ایران گفت که این توافق برای کشور ما مهم است.", Language.persian),
        ("The foreign minister said the agreement was signed in Moscow on Friday.", Language.english),
    ])
    func identifies(_ text: String, _ language: Language) {
        #expect(LanguageIdentifier.identify(text) == language)
    }

    /// A token's whole-form hash is the folded word's hash, whatever hamza or clitic it is written with, and 0 for a
    /// token with no analysis.
    @Test func formHashIsTheFoldedWordsHash() throws {
        var doc = Document(id: "t", text: "وإلى النظام المصرفي ،")
        try Tokenizer().process(&doc)
        try CliticAnalyzer().process(&doc)
        #expect(FormHash.folded(["والى"]).contains(doc.formHash(0)))
        #expect(FormHash.folded(["النظام"]) == [doc.formHash(1)])
        #expect(FormHash.folded(["المصرفي"]) == [doc.formHash(2)])
        #expect(!FormHash.folded(["النظام"]).contains(doc.formHash(2)))
    }
}
