import MarsadCore
import MarsadPipeline
import Testing

/// A counted crowd that acts reports a protest («وتدفق آلاف المتظاهرين الى الساحة»); a crowd that is the object
/// of another act, their number, or the bare demonstrators of a protest already told do not. Sentences written
/// for these tests.
@Suite struct CrowdTests {
    func protests(_ text: String) throws -> [Event] {
        try CodedText.document(text, id: "crowd").events.filter { $0.code.root == "14" }
    }

    /// Each sentence and whether it reports a protest (141).
    @Test(arguments: [
        ("وتدفق آلاف المتظاهرين إلى الساحة الرئيسية في المدينة احتجاجا على رفع الضرائب.", true),
        ("وأغلق عشرات المحتجين الطريق الدولي بالإطارات المشتعلة مساء الخميس.", true),
        ("كما رشق مئات المتظاهرين مبنى البلدية بالبيض والطماطم.", true),
        ("وجاب نحو 300 متظاهر شوارع المدينة القديمة.", true),
        ("وتجمع أمس مئات المتظاهرين أمام مقر المحافظة.", true),
        // «ألقى» folds to «القي»: a verb, not a word with the article.
        ("وألقى عشرات المتظاهرين الحجارة على مركز الشرطة.", true),
        ("وقدر عدد المتظاهرين بنحو ألفين.", false),
        ("واعتقلت الشرطة عشرات المتظاهرين في وسط العاصمة.", false),
        ("وأصيب 12 متظاهرا بجروح طفيفة.", false),
        ("وهتف المتظاهرون بشعارات مناهضة للحكومة.", false),
        ("خرج الأهالي لتشييع المحتجين الذين سقطوا أمس.", false),
        ("واحتشدت قوات الأمن في الميدان ومنعت المتظاهرين من الوصول إليه.", false),
        ("وعالجت المستشفيات عشرات المتظاهرين المصابين.", false),
    ])
    func aCountedCrowdThatActsIsAProtest(_ text: String, _ isProtest: Bool) throws {
        let found = try protests(text)
        if isProtest {
            #expect(found.first?.code.code == "141", "\(found.map { "\($0.code.code) \($0.rule)" })")
        } else {
            #expect(found.isEmpty, "\(found.map { "\($0.code.code) \($0.rule)" })")
        }
    }

    @Test func theCrowdIsTheSourceAndTheOneProtestedAgainstTheTarget() throws {
        let found = try protests("ونزل آلاف المحتجين إلى الشوارع ضد الحكومة العراقية.")
        let event = try #require(found.first)
        #expect(event.source?.actor.sector == "CVL")
        #expect(event.target?.actor.country == "IRQ")
    }

    /// A protest that names no one it is against is addressed to the government of the place where it happens
    /// (session 26); one that names its target keeps it, a state that protests names its addressee or none, and a
    /// protest under occupation gets no guess. Sentences written for these tests.
    @Test(
        arguments: [
            ("وتظاهر آلاف العراقيين في مدينة البصرة مطالبين بتحسين خدمات الكهرباء.", "IRQGOV"),
            ("وتظاهر مئات المزارعين في العاصمة البلجيكية بروكسل أمس احتجاجا على انخفاض أسعار الحليب.", "BELGOV"),
            ("وتظاهر مئات الفلسطينيين في مدينة الخليل احتجاجا على اقتحام المستوطنين للمسجد.", nil),
            ("واحتجت إيطاليا أمس على قرار مالطا بإغلاق موانئها أمام سفن المهاجرين.", nil),
        ] as [(String, String?)])
    func anUnaddressedProtestIsToThePlacesGovernment(_ text: String, government: String?) throws {
        let found = try protests(text)
        #expect(!found.isEmpty || government == nil, "no protest coded")
        let targets = found.compactMap { $0.target?.actor.code }.filter { $0.hasSuffix("GOV") }
        if let government {
            #expect(targets.contains(government), "\(found.map { "\($0.code.code) \($0.target?.actor.code ?? "-")" })")
        } else {
            #expect(!targets.contains { $0 == "PSEGOV" || $0 == "ITAGOV" }, "\(targets)")
        }
    }
}
