import MarsadCore
import Testing

@testable import MarsadCoding

/// An act coded once per article per code and parties is still two acts when two different named persons do it; the
/// same person's act told again stays one. Sentences written for these tests.
@Suite struct DistinctDoerTests {
    func praise(_ text: String) throws -> [(Int, String, String?)] {
        try CodedText.document(text, published: "2015-07-25").events
            .filter { $0.code.code == "051" }
            .map { ($0.sentence, $0.target?.actor.code ?? "", $0.source?.name) }
    }

    @Test func twoCablesFromTwoPeopleAreTwoActs() throws {
        let coded = try praise(
            "بعث الملك سلمان بن عبدالعزيز برقية تهنئة للرئيس التونسي الباجي قايد السبسي بمناسبة ذكرى الاستقلال. "
                + "كما بعث الأمير محمد بن نايف ولي العهد برقية تهنئة للرئيس التونسي بالمناسبة نفسها.")
        #expect(coded.map(\.0) == [0, 1])
        #expect(coded.allSatisfy { $0.1 == "TUNGOV" })
        #expect(Set(coded.compactMap(\.2)).count == 2)
    }

    @Test func twoMinistersCongratulatingOneGovernmentAreTwoActs() throws {
        let coded = try praise(
            "هنأ وزير الخارجية الفرنسي لوران فابيوس الحكومة التونسية بنجاح الانتخابات. "
                + "كما هنأ الرئيس الفرنسي فرانسوا هولاند الحكومة التونسية.")
        #expect(coded.map(\.0) == [0, 1])
    }

    @Test func theSamePersonsCableToldAgainIsOneAct() throws {
        let coded = try praise(
            "بعث الملك سلمان بن عبدالعزيز برقية تهنئة للرئيس التونسي الباجي قايد السبسي بمناسبة ذكرى الاستقلال. "
                + "وأعرب الملك سلمان في برقيته عن أصدق التهاني للرئيس التونسي.")
        #expect(coded.count == 1)
    }

    @Test func thanksAfterAWelcomeAreAnotherAct() throws {
        let coded = try praise(
            "ورحب الرئيس المصري عبدالفتاح السيسي بالأمير محمد بن سلمان في قصر الاتحادية. "
                + "وفي ختام اللقاء جدد الرئيس المصري شكره للأمير محمد بن سلمان على دعم المملكة.")
        #expect(coded.map(\.0) == [0, 1])
        #expect(coded.allSatisfy { $0.1 == "SAUGOV" })
    }

    @Test func thanksToldAgainAreOneAct() throws {
        let coded = try praise(
            "وشكر الرئيس المصري عبدالفتاح السيسي الأمير محمد بن سلمان على دعم المملكة. "
                + "وجدد الرئيس المصري شكره للأمير محمد بن سلمان في ختام اللقاء.")
        #expect(coded.count == 1)
    }

    @Test func aFamilyNameEndsTheLineage() throws {
        // «آل سعود» ends the king's name: the title after the cable is the recipient's, not the king's in apposition.
        let doc = try CodedText.document(
            "بعث الملك سلمان بن عبدالعزيز آل سعود برقية تهنئة لفخامة الرئيس الباجي قايد السبسي رئيس الجمهورية التونسية "
                + "بمناسبة ذكرى إعلان الجمهورية لبلاده.", published: "2015-07-25")
        let cable = doc.events.first { $0.code.code == "051" }
        #expect(cable?.source?.actor.code == "SAUGOV")
        #expect(cable?.target?.actor.code == "TUNGOV")
        #expect(!(cable?.source?.text.contains("برقية") ?? true))
    }

    @Test func anUnnamedDoerMayBeTheNamedOneToldAgain() {
        #expect(!EventCoder.isOtherDoer(nil, than: ["King Salman bin Abdulaziz"]))
        #expect(!EventCoder.isOtherDoer("Muhammad bin Nayef", than: [nil]))
        #expect(EventCoder.isOtherDoer("Muhammad bin Nayef", than: ["King Salman bin Abdulaziz"]))
        #expect(!EventCoder.isOtherDoer("King Salman bin Abdulaziz", than: ["King Salman bin Abdulaziz"]))
    }
}
