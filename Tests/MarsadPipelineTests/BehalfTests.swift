import MarsadCore
import Testing

/// Words that speak for someone («باسمه واسم شعب وحكومة المملكة»، «نيابة عن»), prayers said of someone («أيده الله»), a
/// sending verb whose subject is the sentence before's («كما بعث "حفظه الله" برقية …»), an elative after a preposition
/// («عن أبلغ التهاني») and a one-word title naming the person named with it before («وأعرب الملك …»). Sentences written
/// for these tests.
@Suite struct BehalfTests {
    func events(_ text: String) throws -> [Event] {
        try CodedText.document(text, published: "2015-07-25").events
    }

    static let kingsCable =
        "بعث الملك سلمان بن عبدالعزيز برقية تهنئة للرئيس التونسي الباجي قايد السبسي بمناسبة ذكرى إعلان الجمهورية. "

    @Test func theBodiesSpokenForAreNoSources() throws {
        let coded = try events(
            Self.kingsCable
                + "وأعرب الملك المفدى باسمه واسم شعب وحكومة المملكة عن أصدق التهاني للرئيس التونسي وللشعب التونسي الشقيق."
        )
        #expect(!coded.isEmpty)
        #expect(coded.allSatisfy { $0.source?.actor.code == "SAUGOV" })
        #expect(!coded.contains { $0.source?.text == "شعب" })
    }

    @Test func onBehalfOfNamesNoSource() throws {
        let coded = try events(
            "أعرب وزير الخارجية الأردني ناصر جودة نيابة عن حكومة بلاده عن الشكر والتقدير للمملكة على دعمها.")
        #expect(coded.map { $0.source?.actor.code } == ["JORGOV"])
    }

    @Test func theBodiesSpokenForAfterTheVerbAreNotItsSubject() throws {
        // The subject is the minister of the sentence before (an arrival whose subject stands inside the phrase).
        let coded = try events(
            "وصل وزير الخارجية الأردني ناصر جودة إلى الرياض أمس. وقدم باسمه واسم الحكومة الأردنية الشكر للمملكة على دعمها."
        )
        let thanks = coded.first { $0.sentence == 1 }
        #expect(thanks?.code.code == "051")
        #expect(thanks?.source?.text == "وزير الخارجية الأردني ناصر جودة")
    }

    @Test func aPrayerIsNoAct() throws {
        let coded = try events(Self.kingsCable + "وأشاد - أيده الله - بالعلاقات الأخوية بين البلدين.")
        #expect(coded.filter { $0.sentence == 1 }.isEmpty)
    }

    @Test func aSendingVerbWithAPrayerForSubjectGoesOnWithTheKing() throws {
        let coded = try events(
            Self.kingsCable
                + "كما بعث \"حفظه الله\" برقية تهنئة للرئيس الجزائري عبدالعزيز بوتفليقة بمناسبة ذكرى الاستقلال.")
        let second = coded.first { $0.sentence == 1 }
        #expect(second?.code.code == "051")
        #expect(second?.source?.actor.code == "SAUGOV")
        #expect(second?.target?.actor.code == "DZAGOV")
    }

    @Test func anElativeAfterAPrepositionIsNoVerb() throws {
        let coded = try events(
            "بعث الأمير محمد بن نايف برقية تهنئة للرئيس التونسي الباجي قايد السبسي بمناسبة ذكرى إعلان الجمهورية. "
                + "وعبر سمو ولي العهد عن أبلغ التهاني للرئيس التونسي.")
        #expect(!coded.contains { $0.code.code == "010" })
    }

    @Test func aVerbalNounAfterAPrepositionIsStillAnAct() throws {
        // «بحث» after «إلى» is the noun of the verb's act, not an adjective.
        let coded = try events(
            "التقى وزير الخارجية عادل الجبير نظيره الروسي سيرغي لافروف في موسكو، بالإضافة إلى بحث القضايا الإقليمية.")
        #expect(coded.contains { $0.code.root == "04" })
    }

    @Test func aBareTitleIsThePersonNamedWithItBefore() throws {
        // A story about Tunisia: «الملك» is the Saudi king named in the sentence before, not a Tunisian office.
        let coded = try events(
            "استقبل الرئيس التونسي الباجي قايد السبسي في قصر قرطاج وزير الخارجية التونسي. "
                + "وكان الملك سلمان بن عبدالعزيز قد بعث برقية تهنئة للرئيس التونسي. "
                + "وأعرب الملك عن أصدق التهاني للشعب التونسي.")
        let last = coded.first { $0.sentence == 2 }
        #expect(last?.source?.actor.code == "SAUGOV")
    }
}
