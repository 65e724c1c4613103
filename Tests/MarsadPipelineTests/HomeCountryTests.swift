import Foundation
import MarsadCore
import MarsadPipeline
import Testing

/// Which country an agent named without one gets: its own story's, in a digest of stories from several
/// countries; none for unnamed gunmen and bombers. Texts written for these tests.
@Suite struct HomeCountryTests {
    func run(_ text: String) throws -> Document {
        let doc = try CodedText.document(text, published: "2023-07-03", id: "home")
        return doc
    }

    func countries(_ doc: Document, _ text: String) -> [String] {
        doc.mentions.filter { String(doc.text(of: $0.span)) == text }.map { $0.actor.country ?? "---" }
    }

    static let digest = """
        الشرطة تعتقل عشرة أشخاص في سريلانكا
        كولومبو - «وكالات»: قالت الشرطة في سريلانكا أمس إنها اعتقلت عشرة أشخاص بعد أعمال شغب في العاصمة. \
        وقال وزير الداخلية إن التحقيق مستمر.

        رئيس الفلبين يزور اليابان
        مانيلا - «وكالات»: قال رئيس الفلبين أمس إنه سيزور اليابان الشهر المقبل. وأضاف وزير الداخلية أن \
        الشرطة ستعزز الأمن في مانيلا خلال الزيارة. وقال رئيس الفلبين إن العلاقات مع اليابان ممتازة.
        """

    @Test func eachStoryOfADigestHasItsOwnHome() throws {
        let doc = try run(Self.digest)
        #expect(countries(doc, "وزير الداخلية") == ["LKA"] + ["PHL"], "\(doc.mentions.map(\.actor.code))")
        #expect(countries(doc, "الشرطة").last == "PHL")
    }

    @Test func oneStoryArticleHasOneHome() throws {
        let doc = try run(
            """
            بغداد - «وكالات»: قال رئيس الوزراء العراقي إن الحكومة العراقية ستواصل الإصلاحات. وقال وزير الداخلية إن \
            قوات الأمن اعتقلت خمسة أشخاص في البصرة. وقال مسؤول في الوزارة إن إيران لم ترد على الطلب.
            """)
        #expect(countries(doc, "وزير الداخلية") == ["IRQ"])
        #expect(countries(doc, "قوات الأمن") == ["IRQ"])
    }

    @Test func unnamedGunmenKeepNoCountry() throws {
        let doc = try run(
            "بغداد - «وكالات»: قال وزير الداخلية العراقي إن مسلحين أطلقوا النار على نقطة تفتيش وإن انتحاريا فجر نفسه في السوق."
        )
        #expect(countries(doc, "مسلحين") == ["---"])
        #expect(countries(doc, "انتحاريا") == ["---"])
        #expect(countries(doc, "وزير الداخلية العراقي") == ["IRQ"])
    }
}
