import Foundation
import MarsadCore
import Testing

/// A demand or an appeal for an act whose noun takes its doer as genitive («برحيل الرئيس») is made of that doer; and
/// bare rebels whom a relative clause right after them says belong to a group are that group. Sentences written for
/// these tests.
@Suite struct DemandedDoerTests {
    func events(_ text: String, root: String) throws -> [(String, String)] {
        try CodedText.document(text, published: "2015-08-05", id: "demanded-doer").events
            .filter { $0.code.root == root }
            .map { ($0.source?.actor.code ?? "-", $0.target?.actor.code ?? "-") }
    }

    @Test func theOneWhoseDepartureIsDemandedIsTheTarget() throws {
        let found = try events("وطالبت فرنسا مجددا برحيل الرئيس السوري بشار الأسد عن السلطة.", root: "10")
        #expect(found.contains { $0 == ("FRA", "SYRGOV") })
    }

    @Test func theForcesWhoseWithdrawalIsCalledForAreTheTarget() throws {
        let found = try events("ودعت الحكومة الأردنية إلى انسحاب القوات الإسرائيلية من الأراضي المحتلة.", root: "02")
        #expect(found.contains { $0 == ("JORGOV", "ISRMIL") })
    }

    @Test func theDoerOfTheDemandedActComesBeforeItsObject() throws {
        let found = try events("وطالبت الحكومة اللبنانية بقيام مجلس الأمن بواجبه تجاه الاعتداءات.", root: "10")
        #expect(found.contains { $0 == ("LBNGOV", "IGOUNO") })
    }

    @Test func theObjectOfADemandedActIsNotTheTarget() throws {
        // «إقالة»: the one to be dismissed is the object of the dismissal, not whom the demand is made of.
        let found = try events("وطالب المتظاهرون بإقالة وزير الداخلية العراقي.", root: "10")
        #expect(!found.contains { $0.1 == "IRQGOV" })
    }

    @Test func aRelativeClauseTellsWhomBareGunmenBelongTo() throws {
        let text = """
            وطالب المسلحون، الذين يعتقد أنهم ينتمون إلى جماعة بوكو حرام، السلطات الكاميرونية بالإفراج عن عناصرهم.
            """
        let found = try events(text, root: "10")
        #expect(found.contains { $0 == ("NGAREB", "CMRGOV") })
        #expect(!found.contains { $0.0 == "---REB" })
    }

    @Test func aNamedSourceKeepsItsOwnIdentity() throws {
        let text = "وطالبت حركة الشباب، التي يعتقد أنها تحتجز رهائن كينيين، الحكومة الكينية بالإفراج عن عناصرها."
        #expect(try events(text, root: "10").allSatisfy { $0.0 != "KENGOV" && $0.0 != "KEN" })
    }
}
