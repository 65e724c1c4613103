import Foundation
import MarsadCore
import Testing

/// After «قام … بـ» + the noun of an act, the noun's genitive (or that of a place noun right after it) is the act's
/// object; and the opposition as a party to battle is its armed groups. Sentences written for these tests.
@Suite struct LightVerbObjectTests {
    func events(_ text: String, root: String) throws -> [(String, String)] {
        try CodedText.document(text, published: "2015-07-20", id: "light-object").events
            .filter { $0.code.root == root }
            .map { ($0.source?.actor.code ?? "-", $0.target?.actor.code ?? "-") }
    }

    @Test func theGenitiveOfTheActAfterTheLightVerbIsTheTarget() throws {
        let found = try events("وقام الجيش السوري بقصف المعارضة في ريف درعا.", root: "19")
        #expect(found.contains { $0 == ("SYRMIL", "SYRREB") })
        #expect(!found.contains { $0.1 == "SYRCVL" })
    }

    @Test func aPlaceNounBetweenTheActAndTheParty() throws {
        let found = try events("وقامت القوات العراقية بقصف مواقع تنظيم داعش في مدينة الرمادي.", root: "19")
        #expect(found.contains { $0 == ("IRQMIL", "IMGREB") })
    }

    @Test func withoutTheLightVerbTheGenitiveOfTheNounIsNotItsTarget() throws {
        // «قصف الطيران التركي لقرى …»: the genitive of the bare noun names the doer.
        let found = try events("وأدى قصف الطيران التركي لقرى في إقليم كردستان إلى مقتل ثمانية مدنيين.", root: "19")
        #expect(!found.contains { $0.1 == "TURMIL" })
    }

    @Test func aPhraseKeepsItsOwnObject() throws {
        let found = try events("وقامت فرق الدفاع المدني بتحرير المصابين من المركبة بعد الحادث.", root: "19")
        #expect(!found.contains { $0.1.hasSuffix("CVL") })
    }

    @Test func theOppositionFoughtInBattleIsArmed() throws {
        let found = try events("ويقصف النظام السوري بانتظام مواقع المعارضة في مدينة حلب وريفها.", root: "19")
        #expect(found.contains { $0.1 == "SYRREB" })
        #expect(!found.contains { $0.1 == "SYROPP" })
    }

    @Test func theOppositionInWordsStaysTheOpposition() throws {
        let found = try events("وانتقدت المعارضة السورية روسيا بسبب دعمها للنظام.", root: "11")
        #expect(found.contains { $0.0 == "SYROPP" })
    }

    @Test func anAttackInWordsByTheOppositionStaysInWords() throws {
        let text = "شنت أطراف المعارضة اللبنانية هجوما عنيفا على رئيس الحكومة اللبنانية بسبب أزمة النفايات."
        #expect(try events(text, root: "11").contains { $0.0 == "LBNOPP" })
        #expect(try events(text, root: "19").isEmpty)
    }
}
