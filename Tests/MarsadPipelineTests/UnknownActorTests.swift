import Foundation
import MarsadCore
import MarsadPipeline
import Testing

/// Parties the dictionaries do not name: groups of people in either case of the plural, people named after a slash
/// in interior-ministry statements, and a collective or a titled person followed by another party. Sentences written
/// for these tests.
@Suite struct UnknownActorTests {
    func run(_ text: String) throws -> Document {
        try CodedText.annotated(text, published: "2015-08-01", id: "unknown")
    }

    func described(_ doc: Document) -> String { CodedText.mentions(doc) }

    /// A sound masculine plural names the group in the nominative («-ون») as in the oblique case («-ين»).
    @Test(arguments: [
        ("وقال المصلون إن الشرطة منعتهم من دخول المسجد.", "المصلون", "CVL"),
        ("وأكد مزارعون في المنطقة أن السيول أتلفت محاصيلهم.", "مزارعون", "CVL"),
        ("وقال المسافرون إن الرحلة تأخرت ست ساعات.", "المسافرون", "CVL"),
        ("واشتكى الصيادون من منعهم من دخول البحر.", "الصيادون", "CVL"),
        ("وأضاف المبتعثون أن الملحقية تابعت أوضاعهم.", "المبتعثون", "EDU"),
    ])
    func aPluralInTheNominativeIsAGroupOfPeople(_ text: String, _ phrase: String, _ sector: String) throws {
        let doc = try run(text)
        let m = doc.mentions.first { doc.text(of: $0.span).hasSuffix(phrase) }
        #expect(m?.actor.sector == sector, "\(described(doc))")
    }

    /// A definite body after a titled person's name, or after a collective with the article, is another party (the
    /// verb's object), not a part of that person's or that group's phrase.
    @Test(arguments: [
        ("وانتقد رئيس البرلمان الكويتي مرزوق الغانم الحكومة العراقية بشدة.", "LEG", "الحكومة العراقية", "IRQGOV"),
        ("ورشق المصلون الشرطة بالحجارة عند باب المسجد.", "CVL", "الشرطة", "COP"),
        ("ورشق المحتجون الغاضبون قوات الأمن بالحجارة.", "CVL", "قوات الأمن", "COP"),
    ])
    func aDefiniteBodyAfterAPersonOrAGroupIsAnotherParty(
        _ text: String, _ firstSector: String, _ second: String, _ secondCode: String
    ) throws {
        let doc = try run(text)
        #expect(doc.mentions.first?.actor.sector == firstSector, "\(described(doc))")
        let m = doc.mentions.first { doc.text(of: $0.span) == second }
        #expect(m != nil, "\(described(doc))")
        #expect(m.map { $0.actor.code.hasSuffix(secondCode) } ?? false, "\(described(doc))")
    }

    /// «القتلى العسكريين»: a title after a collective may be its adjective; the phrase stays one.
    @Test func aTitleAfterACollectiveStaysItsAdjective() throws {
        let doc = try run("وأشار التقرير إلى ارتفاع عدد القتلى العسكريين في العراق.")
        #expect(doc.mentions.count == 1, "\(described(doc))")
        #expect(doc.mentions.first?.actor.sector == "MIL", "\(described(doc))")
    }

    /// Ranks of non-commissioned officers are military titles.
    @Test(arguments: [
        "وقال العريف سعد العتيبي إن الدورية ضبطت المهربين.", "وقال الوكيل رقيب سعد العتيبي إن الدورية ضبطت المهربين.",
    ])
    func aNonCommissionedRankIsMilitary(_ text: String) throws {
        let doc = try run(text)
        #expect(doc.mentions.first?.actor.sector == "MIL", "\(described(doc))")
    }

    /// «وقال ناصر الجبوري، وزير الداخلية الأردني، إن …»: a name the dictionaries do not know, set off before an office,
    /// belongs to that office's mention (the verb's subject), and the surname alone later stands for the same person.
    @Test func anUnknownNameBeforeAnOfficeIsItsHolder() throws {
        let doc = try run(
            "وقال ناصر الجبوري، وزير الداخلية الأردني، إن الحدود آمنة. وانتقد الجبوري الحكومة الإيرانية بشدة.")
        let first = doc.mentions.first
        #expect(first?.actor.code == "JORGOV", "\(described(doc))")
        #expect(first?.name == "ناصر الجبوري", "\(described(doc))")
        let criticism = doc.events.first { $0.code.root == "11" }
        #expect(criticism?.source?.actor.code == "JORGOV", "\(described(doc))")
        #expect(criticism?.target?.actor.code == "IRNGOV", "\(described(doc))")
    }

    /// A clause before the comma is no name: «إن» and the words after it stay out of the office's mention.
    @Test func aClauseBeforeAnOfficeIsNoName() throws {
        let doc = try run("وقال إن الوضع مستقر، وزير الداخلية الأردني أكد ذلك أمس.")
        #expect(doc.mentions.allSatisfy { $0.name == nil }, "\(described(doc))")
    }

    /// «عمان» is Amman where the article names Jordan and nothing else of Oman; Oman where it names the sultanate.
    @Test(arguments: [
        ("زار وزير الخارجية الأردني القاهرة أمس. وقالت أمانة عمان إن المشروع سيكتمل هذا العام.", "JOR"),
        ("وأعلنت عمان أنها لن تشارك في القمة. وقال وزير الخارجية العماني إن بلاده تفضل الحوار.", "OMN"),
        ("وقالت سلطنة عمان إنها ترحب بالاتفاق. ورحب الأردن أيضا بالاتفاق.", "OMN"),
    ])
    func ammanOrOmanByTheArticle(_ text: String, _ country: String) throws {
        let doc = try run(text)
        let m = doc.mentions.first { doc.text(of: $0.span).contains("عمان") }
        #expect(m?.actor.country == country, "\(described(doc))")
    }
}
