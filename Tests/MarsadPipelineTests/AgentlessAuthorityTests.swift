import Foundation
import MarsadCore
import Testing

/// Arrests told in the passive with no arrester named («وتم القبض على …») and sentences carried out with no executioner
/// named («تنفيذ حكم القتل …»): the police or the government of the place, of the authority the sentence names or of the
/// story's own country did them, and no guess where that country is not known. Sentences written for these tests.
@Suite struct AgentlessAuthorityTests {
    func events(_ text: String, root: String) throws -> [(String, String)] {
        try CodedText.document(text, published: "2015-07-20", id: "authority").events.filter { $0.code.root == root }
            .map { ($0.source?.actor.code ?? "-", $0.target?.actor.code ?? "-") }
    }

    func arrests(_ text: String) throws -> [(String, String)] { try events(text, root: "17") }

    @Test func aSentenceCarriedOutWithNoDoerIsTheGovernmentsOfThePlace() throws {
        let found = try events(
            "أصدرت وزارة العدل بيانا عن القضية. وتم تنفيذ حكم القتل قصاصا بالجاني اليوم في محافظة الزرقاء بالأردن.",
            root: "18")
        #expect(found.contains { $0.0 == "JORGOV" })
        #expect(!found.contains { $0.0 == "---" || $0.0 == "-" })
    }

    /// An arrest a government body announces («أعلنت وزارة الداخلية … القبض على») was made by that country's police,
    /// wherever it was made; an announcement of no named authority names no arrester.
    @Test func anAnnouncedArrestIsTheAnnouncersPolices() throws {
        let spain = try arrests("أعلنت وزارة الداخلية الإسبانية أمس توقيف رجل في مدينة سبتة.")
        #expect(spain.contains { $0 == ("ESPCOP", "ESPCVL") }, "\(spain)")
        let morocco = try arrests("وأعلنت السلطات المغربية، الثلاثاء، اعتقال ثمانية أشخاص في الدار البيضاء.")
        #expect(morocco.contains { $0 == ("MARCOP", "MARCVL") }, "\(morocco)")
        let subjectFirst = try arrests("وكانت وزارة الداخلية البحرينية أعلنت القبض على خمسة متهمين.")
        #expect(subjectFirst.contains { $0.0 == "BHRCOP" }, "\(subjectFirst)")
        #expect(try arrests("وأعلنت عن القبض على خمسة أشخاص.").isEmpty)
    }

    /// «وتم رصد المتهمين والقبض عليهم»: an arrest joined by «و» to the noun «تم» opens is passive too; the one arrested is
    /// that noun's object, the arrester the police of the state organ named last.
    @Test func anArrestJoinedToAPassiveActIsPassive() throws {
        let found = try arrests(
            "وقال الناطق باسم الشرطة البحرينية إن الدوريات تابعت السيارة. وتم رصد المتهمين والقبض عليهم في المنامة.")
        #expect(found.contains { $0 == ("BHRCOP", "BHRCVL") }, "\(found)")
        #expect(try arrests("وتم رصد المتهمين والقبض عليهم.").isEmpty)
    }

    @Test func aSentenceCarriedOutAndToldAgainIsOneExecution() throws {
        let found = try events(
            "أصدرت وزارة الداخلية الأردنية أمس بيانا بشأن تنفيذ حكم القتل في جان أردني قتل مواطنا. "
                + "وجاء في البيان أن الجاني طعن المجني عليه في مشاجرة. "
                + "وتم تنفيذ حكم القتل قصاصا بالجاني أمس في مدينة إربد.",
            root: "18")
        #expect(found.filter { $0.0 == "JORGOV" }.count == 1)
    }

    @Test func thePoliceOfTheStorysCountryMadeAPassiveArrest() throws {
        let found = try arrests(
            "أعلنت وزارة الداخلية الأردنية أمس نتائج حملتها على سرقة السيارات في عمان. وتم القبض على شخصين سرقا سيارة من أمام مسجد."
        )
        #expect(found.contains { $0 == ("JORCOP", "JORCVL") })
    }

    @Test func thePoliceOfThePlaceNamedMadeAPassiveArrest() throws {
        let found = try arrests(
            "قالت مصادر أمنية إن الهجوم لم يوقع ضحايا. وتم القبض على ثلاثة أشخاص في بغداد بعد ساعات من الهجوم.")
        #expect(found.contains { $0.0 == "IRQCOP" })
    }

    @Test func aForeignerArrestedWithNoPlaceTellsNothingOfThePolice() throws {
        let found = try arrests(
            "أعلنت شرطة منطقة الرياض ضبط كميات من المخدرات. وتم القبض على باكستاني كان يخفي الحبوب في سيارته.")
        #expect(!found.contains { $0.0 == "PAKCOP" })
    }

    @Test func noArresterIsGuessedInThePalestinianTerritories() throws {
        let found = try arrests(
            "شهدت مدينة الخليل مواجهات عنيفة أمس. وتم القبض على خمسة شبان فلسطينيين في الخليل بعد المواجهات.")
        #expect(!found.contains { $0.0 == "PSECOP" })
    }

    @Test func anActiveArrestKeepsItsSubject() throws {
        let found = try arrests("وقبضت الشرطة المصرية على شخصين سرقا سيارة في القاهرة.")
        #expect(found.contains { $0 == ("EGYCOP", "EGYCVL") })
    }

    @Test func twoYoungMenNamedWithTheDualAreTheArrested() throws {
        let found = try arrests("وضبطت الشرطة الأردنية شابين سرقا سيارة في عمان.")
        #expect(found.contains { $0 == ("JORCOP", "JORCVL") })
    }

    @Test func overstayersHaveNoCountryFromTheStory() throws {
        let found = try arrests("وضبطت الشرطة السعودية 300 متخلفا عن نظام الإقامة في حملة على الأحياء.")
        #expect(found.contains { $0 == ("SAUCOP", "---CVL") })
    }
}
