import Foundation
import MarsadCore
import Testing

/// Acts told with a light verb whose subject stands between it and the act («أقدم X على قتل Y»): the subject does the
/// act, a civilian too, and a nationality told of a person («– سعودي الجنسية –») names a civilian of that country.
/// Sentences written for these tests.
@Suite struct LightVerbTests {
    func killings(_ text: String) throws -> [(String, String)] {
        try CodedText.document(text, published: "2015-07-20", id: "light").events.filter { $0.code.root == "18" }
            .map { ($0.source?.actor.code ?? "-", $0.target?.actor.code ?? "-") }
    }

    @Test func theSubjectInTheGapKillsAndTheOneAfterTheActIsKilled() throws {
        let found = try killings("أقدم مقيم باكستاني على قتل مواطن سعودي طعنا بالسكين في حي النسيم.")
        #expect(found.contains { $0 == ("PAKCVL", "SAUCVL") })
    }

    @Test func aNationalityToldOfAnUnknownNameIsACivilianOfThatCountry() throws {
        let found = try killings(
            "أقدم / فهد بن سالم بن ناصر العتيبي - سعودي الجنسية - على قتل / خالد بن محمد بن علي الشهري - يمني الجنسية - "
                + "وذلك بطعنه بسكين إثر خلاف بينهما.")
        #expect(found.contains { $0 == ("SAUCVL", "YEMCVL") })
    }

    @Test func theNationalityOfTwoVictimsInConstruct() throws {
        let found = try killings(
            "أقدم / ناصر بن سعد الدوسري (كويتي الجنسية) على قتل كل من / علي وحسن ابني محمد بن صالح القحطاني (سعوديي الجنسية)."
        )
        #expect(found.contains { $0 == ("KWTCVL", "SAUCVL") })
    }

    @Test func theNationalityAfterTheVictimNeedsTheSameClause() throws {
        let found = try killings(
            "أقدم / فهد بن سالم العتيبي - سعودي الجنسية - على قتل شقيقه؛ وشهد الحادث عامل - هندي الجنسية -.")
        #expect(found.contains { $0.0 == "SAUCVL" })
        #expect(!found.contains { $0.1 == "INDCVL" })
    }

    @Test func theDeedToldInTheLedeAndAgainInTheStatementIsOneKilling() throws {
        let found = try killings(
            "الرياض - واس: نفذت وزارة الداخلية اليوم حكم القتل قصاصا في جان سعودي في المنطقة الشرقية، أقدم على قتل آخر "
                + "بإطلاق النار عليه. وفيما يلي نص البيان. أقدم / فهد بن سالم بن ناصر العتيبي - سعودي الجنسية - على قتل / "
                + "خالد بن محمد بن علي الشهري - سعودي الجنسية - وذلك بإطلاق النار عليه.")
        #expect(found.filter { $0.0 == "SAUCVL" }.count == 1)
        #expect(found.contains { $0 == ("SAUCVL", "SAUCVL") })
    }

    @Test func aDemonymSubjectOfTheLightVerbIsACivilian() throws {
        let found = try killings("وأوضحت الشرطة أن جانيا سعوديا في المنطقة الشرقية، أقدم على قتل مواطن يمني.")
        #expect(found.contains { $0 == ("SAUCVL", "YEMCVL") })
    }

    @Test func theVictimsOwnNationalityOutweighsANamesakeInTheDictionary() throws {
        let found = try killings(
            "أقدم / صالح بن سعيد بن سالم الزهراني ـ سعودي الجنسية ـ على قتل / عطية بن حسن بن عبدالله الزهراني ـ سعودي الجنسية ـ "
                + "وذلك بإطلاق النار عليه.")
        #expect(found.contains { $0 == ("SAUCVL", "SAUCVL") })
        #expect(!found.contains { $0.1.hasPrefix("QAT") })
    }

    @Test func aPersonsNounAndAnUnknownNameBeforeTheVerbAreItsSubject() throws {
        let found = try killings(
            "وقال البيان إن المواطن فهد بن سالم العتيبي أقدم على قتل خالد الشهري - يمني الجنسية - بإطلاق النار عليه.")
        // The victim's nationality tells nothing of the citizen's country (session 32: a nationality does not make the
        // story that country's), so the killer is a civilian of no country the text tells.
        #expect(found.contains { $0.0.hasSuffix("CVL") && $0.1 == "YEMCVL" }, "\(found)")
    }

    @Test func aPrepositionalPhraseIsNoName() throws {
        let found = try killings(
            "وقال البيان إن المواطن في حي النسيم أقدم على قتل خالد الشهري - يمني الجنسية - بإطلاق النار عليه.")
        #expect(!found.contains { $0.0.hasSuffix("CVL") })
    }
}
