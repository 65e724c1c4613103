import Foundation
import MarsadCore
import MarsadPipeline
import Testing

/// Arrests told in the passive with no arrester named («وتم القبض على …»): the police of the place or of the story's
/// own country made them, and no guess where that country is not known. Sentences written for these tests.
@Suite struct AgentlessArrestTests {
    static let pipeline = try! MarsadPipeline.standard()

    func arrests(_ text: String) throws -> [(String, String)] {
        var doc = Document(id: "arrests", text: text, published: CalendarDate(iso: "2015-07-20"))
        try Self.pipeline.run(&doc)
        return doc.events.filter { $0.code.root == "17" }.map {
            ($0.source?.actor.code ?? "-", $0.target?.actor.code ?? "-")
        }
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
