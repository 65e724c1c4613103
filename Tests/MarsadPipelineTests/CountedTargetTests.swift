import Foundation
import MarsadCore
import Testing

/// Session 24's recall work on coercion: the ones arrested or sanctioned counted after the preposition («القبض على 21
/// متهما»، «على عدد من المقيمين»، «فرض عقوبات على 15 شركة»), the passive arrest whose object is the noun's genitive
/// («وتم اعتقال خمسة شبان»، «وجرى توقيف 30 شخصا»), and a quantity with «من» after a verb of force («وأسروا عددا من
/// المقاتلين»). Sentences written for these tests.
@Suite struct CountedTargetTests {
    func events(_ text: String, root: String) throws -> [(String, String)] {
        try CodedText.document(text, published: "2015-07-20", id: "counted").events.filter { $0.code.root == root }
            .map { ($0.source?.actor.code ?? "-", $0.target?.actor.code ?? "-") }
    }

    @Test func peopleCountedInFiguresAfterAlaAreArrested() throws {
        let found = try events("وقبضت الشرطة الأردنية على 14 متهما في حملة على أحياء الزرقاء.", root: "17")
        #expect(found.contains { $0 == ("JORCOP", "JORCVL") })
    }

    @Test func peopleCountedWithMinAfterAlaAreArrested() throws {
        let found = try events("وقبضت الشرطة الكويتية على عدد من المقيمين المخالفين في منطقة الجهراء.", root: "17")
        #expect(found.contains { $0 == ("KWTCOP", "KWTCVL") })
    }

    @Test func thePassiveArrestHoldsTheGenitiveOfItsNoun() throws {
        let found = try events("وتم اعتقال خمسة شبان في مدينة إربد بعد مداهمة منزلهم.", root: "17")
        #expect(found.contains { $0 == ("JORCOP", "JORCVL") })
        let held = try events("وجرى توقيف 30 شخصا في القاهرة خلال الحملة.", root: "17")
        #expect(held.contains { $0 == ("EGYCOP", "EGYCVL") })
    }

    @Test func companiesCountedAfterAlaAreSanctioned() throws {
        let found = try events("وفرضت الحكومة البريطانية عقوبات على 12 شركة روسية بسبب الحرب.", root: "16")
        #expect(found.contains { $0.0 == "GBRGOV" && $0.1.hasPrefix("RUS") })
    }

    /// A number and its counted noun before «من» name the ones counted.
    @Test func aNumberAndItsNounWithMinAfterAVerbOfForceNameItsObject() throws {
        let found = try events("وقالت وزارة الدفاع إن قوات الجيش قتلت 16 عنصرا من تنظيم القاعدة في الجبال.", root: "18")
        #expect(found.contains { $0.1 == "IMGREB" }, "\(found)")
    }

    /// The doer's own members, named by a pronoun, are the doer: no target of their own.
    @Test func theDoersOwnMembersAreNoTarget() throws {
        let found = try events("ودفعت القوات السورية بعدد من عناصرها إلى ريف اللاذقية.", root: "15")
        #expect(!found.isEmpty && !found.contains { $0.1 == "SYRMIL" }, "\(found)")
    }

    @Test func aQuantityWithMinAfterAVerbOfForceNamesItsObject() throws {
        let found = try events("وخطف مسلحون من حركة الشباب عددا من الصحفيين الكينيين قرب الحدود.", root: "18")
        #expect(found.contains { $0.1 == "KENMED" })
    }
}
