import Foundation
import MarsadCore
import Testing

/// «أوقف» holds people when a state's organ is its subject («أوقفت الشرطة ثلاثة شبان»), and stops or halts things
/// otherwise («أوقفت الحكومة الدعم»); «بحق» names whom a court's sentence is against. Sentences written for these
/// tests.
@Suite struct CustodyTests {
    func events(_ text: String, root: String) throws -> [(String, String)] {
        try CodedText.document(text, published: "2015-07-20", id: "custody").events.filter { $0.code.root == root }
            .map { ($0.source?.actor.code ?? "-", $0.target?.actor.code ?? "-") }
    }

    @Test func policeHoldingAForeignerIsAnArrest() throws {
        let found = try events("وأوقفت الشرطة اللبنانية أمس السوري أحمد في صيدا.", root: "17")
        #expect(found.contains { $0 == ("LBNCOP", "SYRCVL") })
    }

    @Test func aFeminineDemonymWithAnArticleNamesTheWomanHeld() throws {
        // «السورية» is written like the country «سورية» with the article: before a name it is a Syrian woman.
        let held = try events("وأوقفت مخابرات الجيش اللبناني أمس السورية هدى سالم في طرابلس.", root: "17")
        #expect(held.contains { $0 == ("LBNSPY", "SYRCVL") })
        let arrested = try events("واعتقلت الشرطة التركية السورية سلمى خالد في أضنة.", root: "17")
        #expect(arrested.contains { $0 == ("TURCOP", "SYRCVL") })
    }

    @Test func policeHoldingYoungMenIsAnArrest() throws {
        let found = try events("وقالت المصادر إن الشرطة التركية أوقفت ثلاثة شبان في إسطنبول.", root: "17")
        #expect(found.contains { $0 == ("TURCOP", "TURCVL") })
    }

    @Test func haltingSupportTradeOrOperationsIsNoArrest() throws {
        #expect(try events("وأوقفت الحكومة الأردنية الدعم عن الجمعيات الخيرية.", root: "17").isEmpty)
        #expect(try events("وأوقف الجيش العراقي العمليات العسكرية في المدينة.", root: "17").isEmpty)
        #expect(try events("وأوقفت الصين استيراد المنتجات الأمريكية.", root: "17").isEmpty)
    }

    @Test func aCallToStopIsNoArrest() throws {
        #expect(try events("وطالب الوزير بأن توقف الحكومة الإسرائيلية الاعتداءات على الفلسطينيين.", root: "17").isEmpty)
    }

    @Test func aPassiveHoldingOfPeopleIsThePolicesArrest() throws {
        let found = try events("وتم إيقاف شخصين في إربد بعد المشاجرة.", root: "17")
        #expect(found.contains { $0 == ("JORCOP", "JORCVL") })
    }

    @Test func aSentenceAgainstPeopleNamesThemWithBihaqq() throws {
        let found = try events("وحكمت المحكمة المصرية بالإعدام بحق ثلاثة صحفيين.", root: "11")
        #expect(found.contains { $0 == ("EGYJUD", "EGYMED") })
        let jailed = try events("وقضت المحكمة المصرية بالسجن بحق ثلاثة صحفيين.", root: "11")
        #expect(jailed.contains { $0 == ("EGYJUD", "EGYMED") })
    }
}
