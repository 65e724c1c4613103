import MarsadCore
import Testing

/// Arrests in one story of people named by the same word with other counts («5 فلسطينيين» … «عشرة فلسطينيين») are other
/// arrests, the same count told again is one; «فجر» before a time word is dawn, not a blast. Sentences written for
/// these tests.
@Suite struct ArrestCountTests {
    func arrests(_ text: String) throws -> [Event] {
        try CodedText.document(text, published: "2015-07-22").events.filter { $0.code.code == "173" }
    }

    @Test func otherCountsAreOtherArrests() throws {
        let coded = try arrests(
            "اعتقلت قوات الاحتلال الإسرائيلي 5 فلسطينيين من مدينة نابلس خلال عيد الفطر. "
                + "واعتقلت قوات الاحتلال الإسرائيلي فجر أمس الثلاثاء عشرة فلسطينيين في مداهمات ليلية في الخليل.")
        #expect(coded.count == 2)
        #expect(coded.allSatisfy { $0.source?.actor.code == "ISRMIL" && $0.target?.actor.code == "PSECVL" })
    }

    @Test func aNamedPersonAfterTheDefiniteWordIsAnotherArrest() throws {
        let coded = try arrests(
            "اعتقلت قوات الاحتلال الإسرائيلي الفلسطينية «سعاد حمدان» خلال زيارتها لنجلها في سجن عوفر. "
                + "كما اعتقلت قوات الاحتلال الإسرائيلي الفلسطينية «هدى سالم» قرب حاجز قلنديا.")
        #expect(coded.count == 2)
    }

    @Test func theDefiniteWordToldAgainIsOneArrest() throws {
        let coded = try arrests(
            "اعتقلت قوات الاحتلال الإسرائيلي فتاة فلسطينية قرب حاجز قلنديا. "
                + "وقالت مصادر محلية إن قوات الاحتلال الإسرائيلي اعتقلت الفتاة بعد تفتيشها.")
        #expect(coded.count == 1)
    }

    @Test func theSameCountToldAgainIsOneArrest() throws {
        let coded = try arrests(
            "اعتقلت قوات الاحتلال الإسرائيلي 5 فلسطينيين من مدينة نابلس. "
                + "وقال نادي الأسير إن قوات الاحتلال الإسرائيلي اعتقلت 5 فلسطينيين من المدينة بعد مداهمة منازلهم.")
        #expect(coded.count == 1)
    }

    @Test func dawnIsNoBlast() throws {
        let events = try CodedText.document(
            "كما اعتقلت قوات الاحتلال فجر أمس الأربعاء شابا بعد اقتحام منزل عائلته في جنين.", published: "2015-07-22"
        ).events
        #expect(events.map(\.code.code) == ["173"])
    }

    @Test func aBlastOfAHouseByItsSubjectStays() throws {
        let events = try CodedText.document("وفجر المسلحون منزل الضابط في القرية.", published: "2015-07-22").events
        #expect(events.map(\.code.code) == ["1712"])
    }
}
