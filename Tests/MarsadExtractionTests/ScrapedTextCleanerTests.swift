import Foundation
import MarsadTesting
import Testing

@testable import MarsadExtraction

/// Scraped plain text: boilerplate lines removed, paragraphs and subheadings kept.
@Suite struct ScrapedTextCleanerTests {
    static let seed = SharedData.seedArticle()?.text

    /// The seed article's furniture lines, as they appear in it.
    static let seedBoilerplate = [
        "Sorry, you need to enable JavaScript to visit this website.",
        "رادان وزولوتوف تبادلا الآراء حول شروط التعاون في القضايا الأمنية والعسكرية (إرنا)", "ملخص", "اقرأ المزيد",
        "يحتوي هذا القسم على المقلات ذات صلة, الموضوعة في (Related Nodes field)", "عن \"اندبندنت فارسية\"",
        "المزيد من متابعات",
    ]

    @Test(.enabled(if: seed != nil, "../shared/eval/dev-gold.jsonl is not present"))
    func seedArticleLosesItsBoilerplateAndKeepsItsParagraphs() throws {
        let seed = try #require(Self.seed)
        let article = try ScrapedTextCleaner().clean(seed)
        let kept = Set(article.blocks.map(\.text))
        for line in Self.seedBoilerplate {
            #expect(!article.text.contains(line), "\(line)")
        }
        // Every paragraph of the article (a line of 15+ words) is kept, in order, and so are subheadings.
        let paragraphs = seed.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { $0.split(separator: " ").count >= 15 && !Self.seedBoilerplate.contains($0) }
        #expect(paragraphs.count >= 12)
        for p in paragraphs { #expect(kept.contains(p), "\(p.prefix(40))") }
        #expect(article.blocks.filter { $0.kind == .paragraph }.map(\.text) == paragraphs)
        #expect(kept.contains("شنغهاي وبريكس"))
        #expect(kept.contains("اتهامات أوروبية لطهران"))
        #expect(article.metadata.title?.value == "اتفاق أمني روسي- إيراني... قبضة مشتركة لقمع المعارضة")
        #expect(article.metadata.subtitle?.value.hasPrefix("التعاون بين موسكو وطهران") == true)
        #expect(article.metadata.attribution == MetadataField("اندبندنت فارسية", source: "text:attribution"))
    }

    @Test func relatedHeadlinesAfterAMarkerGo() throws {
        let text = """
            قال وزير الخارجية إن المحادثات مع الجانب الروسي كانت بناءة وإن البلدين سيواصلان التنسيق.

            اقرأ أيضاً
            روسيا تعلن عن مناورات جديدة
            إيران تستدعي السفير البريطاني

            وأضاف الوزير أن الاجتماع المقبل سيعقد في طهران الشهر المقبل بحضور وفود من الجانبين.
            """
        let article = try ScrapedTextCleaner().clean(text)
        #expect(article.blocks.count == 2)
        #expect(!article.text.contains("مناورات"))
    }

    @Test func aSingleSentenceIsKept() throws {
        let text = "وقع وزير الخارجية السعودي ونظيره التركي مذكرة تفاهم في الرياض أمس."
        #expect(try ScrapedTextCleaner().clean(text).text == text)
    }
}
