import Testing

@testable import MarsadExtraction

/// Main-content extraction: furniture removed by structure, link density and rules; headings, paragraphs,
/// lists and quotes kept in order; the fallback cascade when the markup names no body.
@Suite struct ContentExtractorTests {
    let extractor: HTMLExtractor

    init() throws {
        extractor = try HTMLExtractor()
    }

    static let paragraph1 =
        "وقع قائد قوى الأمن الداخلي الإيراني وقائد الحرس الوطني الروسي مذكرة تفاهم أمنية طويلة الأمد في موسكو، "
        + "تهدف إلى حماية المنشآت الحكومية ومكافحة الإرهاب والتطرف في البلدين."
    static let paragraph2 =
        "وقال المتحدث باسم الحرس الوطني الروسي إن الجانبين تبادلا الآراء حول شروط التعاون في القضايا الأمنية "
        + "والعسكرية، وإن الاجتماع جاء بعد أشهر من الاحتجاجات في إيران."
    static let quote = "«ستدخل العلاقات الإيرانية الروسية مرحلة جديدة في مجالي الأمن وإنفاذ القانون»"

    static let newsPage = """
        <!DOCTYPE html><html lang="ar"><head><title>اتفاق أمني روسي إيراني | الموقع</title>
        <meta property="og:title" content="اتفاق أمني روسي إيراني">
        </head><body>
        <div class="cookie-banner">We use cookies to improve your experience. Accept cookies</div>
        <header><a href="/">الرئيسية</a> <a href="/world">العالم</a></header>
        <nav><ul><li><a href="/a">سياسة</a></li><li><a href="/b">اقتصاد</a></li></ul></nav>
        <div class="layout">
          <div class="main-column">
            <h1>اتفاق أمني روسي إيراني</h1>
            <div class="share-bar"><a href="#">فيسبوك</a> <a href="#">تويتر</a></div>
            <div class="story-body">
              <p>\(paragraph1)</p>
              <p>رادان وزولوتوف خلال التوقيع في موسكو (إرنا)</p>
              <h2>شنغهاي وبريكس</h2>
              <p>\(paragraph2)</p>
              <blockquote>\(quote)</blockquote>
              <ul><li>حماية المنشآت الحكومية المهمة</li><li>تبادل الخبرات في مجال إنفاذ القانون</li></ul>
              <p>اقرأ أيضا</p>
              <p><a href="/x">روسيا تعلن عن مناورات جديدة في البحر الأسود</a></p>
            </div>
            <div class="related-articles"><h3>مقالات ذات صلة</h3>
              <p><a href="/y">طهران وموسكو تبحثان التعاون الاقتصادي في اجتماع مطول للجنة المشتركة</a></p></div>
            <div id="comments"><p>تعليق: هذا الاتفاق خطير جدا على المنطقة وعلى شعوبها التي تعاني من القمع.</p></div>
          </div>
          <aside><h3>الأكثر قراءة</h3><ol><li><a href="/z">خبر أول</a></li></ol></aside>
        </div>
        <footer><p>جميع الحقوق محفوظة © 2023</p></footer>
        </body></html>
        """

    @Test func keepsTheArticleInOrderAndDropsFurniture() throws {
        let article = try extractor.extract(Array(Self.newsPage.utf8))
        #expect(article.method == "content-root")
        let texts = article.blocks.map(\.text)
        #expect(
            texts == [
                Self.paragraph1, "شنغهاي وبريكس", Self.paragraph2, Self.quote, "حماية المنشآت الحكومية المهمة",
                "تبادل الخبرات في مجال إنفاذ القانون",
            ])
        #expect(article.blocks.map(\.kind) == [.paragraph, .heading, .paragraph, .quote, .item, .item])
        for furniture in [
            "cookies", "الرئيسية", "فيسبوك", "مناورات", "التعاون الاقتصادي", "تعليق", "الحقوق", "خبر أول",
        ] {
            #expect(!article.text.contains(furniture), "\(furniture)")
        }
    }

    @Test func withoutBodyMarkupTheScoredContainerWins() throws {
        // No class names at all: the container with the long, comma-rich paragraphs is chosen, the link list is not.
        let html = """
            <html><body><div><div><a href="/1">رابط أول في القائمة</a><br><a href="/2">رابط ثان في القائمة</a></div>
            <div><p>\(Self.paragraph1)</p><p>\(Self.paragraph2)</p></div>
            <div><p>Copyright 2023</p></div></div></body></html>
            """
        let article = try extractor.extract(Array(html.utf8))
        #expect(article.method == "scored")
        #expect(article.blocks.map(\.text) == [Self.paragraph1, Self.paragraph2])
    }

    @Test func aBodyClassOnATeaserFallsThroughTheCascade() throws {
        // The markup names a 40-character teaser as the body; the real text is elsewhere.
        let html = """
            <html><body><div class="article-body"><p>ملخص قصير جدا للخبر المنشور أدناه.</p></div>
            <div class="x"><p>\(Self.paragraph1)</p><p>\(Self.paragraph2)</p><p>\(Self.paragraph1)</p></div>
            </body></html>
            """
        let article = try extractor.extract(Array(html.utf8))
        #expect(article.method != "content-root")
        #expect(article.text.contains(Self.paragraph2))
    }

    @Test func inlineMarkupJoinsWithoutExtraSpaces() throws {
        let html =
            "<html><body><article><p>Die <b>GEMA</b> dreht v&ouml;llig am <a href='#'>Zeiger</a>! "
            + "Mehr dazu unter <i>http://www.openpetition.de</i>, sagte er, und das war &quot;klar&quot;. "
            + String(repeating: "Weiterer Text im Artikel, damit er lang genug ist. ", count: 6)
            + "</p></article></body></html>"
        let article = try extractor.extract(Array(html.utf8))
        #expect(
            article.text.hasPrefix("Die GEMA dreht völlig am Zeiger! Mehr dazu unter http://www.openpetition.de, sagte")
        )
        #expect(article.text.contains("\"klar\""))
    }

    @Test func malformedHTMLIsRecovered() throws {
        let html =
            "<html><body><div class='article-body'><p>\(Self.paragraph1)<p>\(Self.paragraph2)<div><b>x</i></table>"
        let article = try extractor.extract(Array(html.utf8))
        #expect(article.blocks.map(\.text).prefix(2) == [Self.paragraph1, Self.paragraph2])
    }

    @Test func binaryGarbageIsAClearError() {
        var bytes: [UInt8] = []
        var x: UInt32 = 12345
        for _ in 0..<10_000 {
            x = x &* 1_103_515_245 &+ 12345
            bytes.append(UInt8(truncatingIfNeeded: x >> 16))
        }
        #expect(throws: (any Error).self) { try extractor.extract(bytes, location: "garbage.html") }
    }
}
