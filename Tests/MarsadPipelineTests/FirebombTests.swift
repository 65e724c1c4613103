import MarsadCore
import Testing

/// Firebombs thrown by hand («ألقى مستوطنون زجاجات حارقة على منزل»، «إلقاء زجاجة حارقة») are an assault (180), and the
/// subject in the gap of such a phrase is its doer even when it is civilians (settlers). Sentences written for these
/// tests.
@Suite struct FirebombTests {
    func events(_ text: String) throws -> [Event] {
        try CodedText.document(text, published: "2015-08-01").events.filter { $0.code.root == "18" }
    }

    @Test func settlersWhoThrowFirebombsAreTheDoers() throws {
        let coded = try events(
            "ألقى مستوطنون إسرائيليون زجاجات حارقة على منزل في قرية دوما الفلسطينية القريبة من نابلس، ما أدى إلى استشهاد رضيع."
        )
        #expect(coded.map(\.code.code) == ["180"])
        #expect(coded.first?.source?.actor.code == "ISRCVL")
        #expect(coded.first?.target?.actor.code == "PSECVL")
    }

    @Test func aPatrolHitByFirebombs() throws {
        let coded = try events("وألقى شبان فلسطينيون زجاجات حارقة على دورية للجيش الإسرائيلي.")
        #expect(coded.first?.source?.actor.code == "PSECVL")
        #expect(coded.first?.target?.actor.code == "ISRMIL")
    }

    @Test func theVerbalNoun() throws {
        let coded = try events("وأصيب جندي إسرائيلي بعد إلقاء زجاجة حارقة على سيارته قرب رام الله.")
        #expect(coded.map(\.code.code) == ["180"])
        #expect(coded.first?.target?.actor.code == "ISRMIL")
    }

    @Test func civiliansKilledAreNoDoers() throws {
        // Not a phrase with its subject in the gap: civilians after a verb of force are its victims.
        let coded = try events("قتلت قوات الاحتلال الإسرائيلي مدنيين فلسطينيين في غارة على غزة.")
        #expect(!coded.contains { $0.source?.actor.code == "PSECVL" })
    }
}
