import Foundation
import MarsadCore
import Testing

/// Arrests told with a light verb or in the passive whose object is a pronoun («وتمكنت الشرطة من اعتقالهم»، «وقامت
/// باعتقاله»، «وتم القبض عليه») or whose light verb leaves its subject out («وتمكنت من القبض على …»): the one arrested
/// is the pronoun's antecedent, the arrester the light verb's subject or the last organ of a state named before, and
/// in the passive the police of the place or the story. Not a purpose, a condition, a time or a relative clause.
/// Sentences written for these tests.
@Suite struct PronounArrestTests {
    func arrests(_ text: String) throws -> [(String, String)] {
        try CodedText.document(text, published: "2015-05-01", id: "pronoun-arrest").events
            .filter { $0.code.code == "173" }
            .map { ($0.source?.actor.code ?? "-", $0.target?.actor.code ?? "-") }
    }

    @Test func aLightVerbWithAPronounArrestsTheAntecedent() throws {
        let found = try arrests(
            "وأفاد شهود بأن رجال الأمن الأتراك طاردوا شابا في إسطنبول، وتمكنوا من اعتقاله بعد ساعة.")
        #expect(found.contains { $0 == ("TURCOP", "TURCVL") })
    }

    @Test func aLightVerbWithNoSubjectIsTheLastStateOrgans() throws {
        let found = try arrests(
            "قالت مصادر أمنية إن الشرطة الأردنية تلقت بلاغا عن رجل مسلح. وقامت باعتقاله في وقت لاحق.")
        #expect(found.contains { $0.0 == "JORCOP" })
        #expect(!found.contains { $0.0 == "---REB" })
    }

    @Test func aLightVerbWithNoSubjectAndAnObjectAfterIt() throws {
        let found = try arrests(
            "داهمت الشرطة التركية منزلا في أنقرة يختبئ فيه ثلاثة مطلوبين. وتمكنت من القبض على المتهمين الثلاثة.")
        #expect(found.contains { $0 == ("TURCOP", "TURCVL") })
    }

    @Test func aPassiveWithAPronounIsThePolicesOfTheStory() throws {
        #expect(
            try arrests("ذكرت وزارة الداخلية البحرينية أن ناشطا نشر تغريدات مسيئة. وتم اعتقاله أمس.")
                .contains { $0 == ("BHRCOP", "BHRCVL") })
        #expect(
            try arrests("وقالت الشرطة الكويتية إن مواطنا أطلق النار على جاره. وتم القبض عليه في منزله.")
                .contains { $0 == ("KWTCOP", "KWTCVL") })
    }

    @Test func aPurposeATimeOrAnAppealIsNoArrest() throws {
        #expect(
            try arrests(
                "وقال المتحدث باسم الشرطة المصرية إن المتهمين فروا إلى جهة مجهولة، وتعمل الأجهزة الأمنية للقبض عليهم وتقديمهم للعدالة."
            ).isEmpty)
        #expect(try arrests("وأضاف أن المسلحين قتلوا ثلاثة جنود قبل تمكن الأجهزة الأمنية من اعتقالهم.").isEmpty)
        #expect(try arrests("وطالبت منظمة حقوقية الشرطة الأردنية بضرورة اعتقالهن.").isEmpty)
        #expect(try arrests("وتوفي الناشط المصري أثناء احتجازه في سجن طرة.").isEmpty)
    }

    @Test func aRelativeClauseDescribes() throws {
        #expect(try arrests("وذكرت الشرطة الكويتية أن المطلوب الذي تم القبض عليه اعترف بالجريمة.").isEmpty)
    }

    @Test func aCivilianWhoHoldsSomeoneMakesNoArrest() throws {
        #expect(try arrests("اعتدى شاب على ناشط سوري في بيروت، وقام باحتجازه في منزله.").isEmpty)
    }
}
