import MarsadCore
import Testing

/// Aircraft named in the construct state before a named force are that force's («مقاتلات التحالف العربي»), and a phrase
/// of force that opens with them («طائرات التحالف العربي دمرت …»، «المقاتلات التركية قصفت …») has them for doer.
/// Sentences written for these tests.
@Suite struct AirForceTests {
    func strikes(_ text: String) throws -> [(String, String)] {
        try CodedText.document(text, published: "2015-07-26").events.filter { $0.code.root == "19" }.map {
            ($0.source?.actor.code ?? "-", $0.target?.actor.code ?? "-")
        }
    }

    @Test(arguments: [
        ("وشنت مقاتلات التحالف العربي غارات على مواقع الحوثيين في صعدة.", "SAUMIL", "YEMREB"),
        ("وشنت مقاتلات التحالف الدولي غارات على مواقع تنظيم داعش في الرقة.", "USAMIL", "IMGREB"),
        ("وقالت مصادر محلية إن طائرات التحالف العربي دمرت أرتالا للحوثيين في تعز.", "SAUMIL", "YEMREB"),
        ("وأكدت الحكومة التركية في بيان أن المقاتلات التركية قصفت مواقع لحزب العمال الكردستاني.", "TURMIL", "TURREB"),
    ])
    func theAircraftAreTheNamedForces(_ text: String, _ source: String, _ target: String) throws {
        let found = try strikes(text)
        #expect(found.contains { $0 == (source, target) }, "\(found)")
    }

    @Test func aircraftWithNoActOfForceAreNoStrike() throws {
        let found = try strikes("ووصلت طائرات التحالف العربي إلى قاعدة العند بعد تحريرها.")
        #expect(found.isEmpty, "\(found)")
    }

    @Test func aPlaceAfterAWordOfDirectionIsNoDoer() throws {
        let found = try CodedText.document(
            "وفي اقليم هكاري شرق تركيا، اصيب ثلاثة من عناصر الشرطة في هجوم بقنبلة.", published: "2015-07-26"
        ).events.filter { $0.code.root == "19" || $0.code.root == "18" }
        #expect(!found.isEmpty)
        #expect(!found.contains { $0.source?.actor.code == "TUR" }, "\(found.map { $0.source?.actor.code ?? "-" })")
    }
}
