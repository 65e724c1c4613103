import Foundation
import MarsadCore
import MarsadPipeline
import Testing

/// A counted crowd that acts reports a protest («وتدفق آلاف المتظاهرين الى الساحة»); a crowd that is the object
/// of another act, their number, or the bare demonstrators of a protest already told do not. Sentences written
/// for these tests.
@Suite struct CrowdTests {
    static let pipeline = try! MarsadPipeline.standard()

    func protests(_ text: String) throws -> [Event] {
        var doc = Document(id: "crowd", text: text, published: CalendarDate(iso: "2024-03-10"))
        try Self.pipeline.run(&doc)
        return doc.events.filter { $0.code.root == "14" }
    }

    @Test(arguments: [
        "وتدفق آلاف المتظاهرين إلى الساحة الرئيسية في المدينة احتجاجا على رفع الضرائب.",
        "وأغلق عشرات المحتجين الطريق الدولي بالإطارات المشتعلة مساء الخميس.",
        "كما رشق مئات المتظاهرين مبنى البلدية بالبيض والطماطم.",
        "وجاب نحو 300 متظاهر شوارع المدينة القديمة.",
        "وتجمع أمس مئات المتظاهرين أمام مقر المحافظة.",
        // «ألقى» folds to «القي»: a verb, not a word with the article.
        "وألقى عشرات المتظاهرين الحجارة على مركز الشرطة.",
    ])
    func countedCrowdThatActsIsAProtest(_ text: String) throws {
        let found = try protests(text)
        #expect(found.first?.code.code == "141", "\(found.map { "\($0.code.code) \($0.rule)" })")
    }

    @Test(arguments: [
        "وقدر عدد المتظاهرين بنحو ألفين.",
        "واعتقلت الشرطة عشرات المتظاهرين في وسط العاصمة.",
        "وأصيب 12 متظاهرا بجروح طفيفة.",
        "وهتف المتظاهرون بشعارات مناهضة للحكومة.",
        "خرج الأهالي لتشييع المحتجين الذين سقطوا أمس.",
        "واحتشدت قوات الأمن في الميدان ومنعت المتظاهرين من الوصول إليه.",
        "وعالجت المستشفيات عشرات المتظاهرين المصابين.",
    ])
    func crowdThatDoesNotActIsNoProtest(_ text: String) throws {
        let found = try protests(text)
        #expect(found.isEmpty, "\(found.map { "\($0.code.code) \($0.rule)" })")
    }

    @Test func theCrowdIsTheSourceAndTheOneProtestedAgainstTheTarget() throws {
        let found = try protests("ونزل آلاف المحتجين إلى الشوارع ضد الحكومة العراقية.")
        let event = try #require(found.first)
        #expect(event.source?.actor.sector == "CVL")
        #expect(event.target?.actor.country == "IRQ")
    }
}
