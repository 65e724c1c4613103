import Testing

@testable import MarsadExtraction

/// Metadata from JSON-LD, OpenGraph, meta tags, <time>, the URL and Arabic text patterns; each field names
/// its source.
@Suite struct MetadataTests {
    func metadata(_ html: String, url: String? = nil) throws -> ArticleMetadata {
        try MetadataExtractor().extract(try PageTree.parse(Array(html.utf8)), url: url)
    }

    @Test func jsonLDNewsArticleComesFirst() throws {
        let m = try metadata(
            """
            <html lang="ar-EG"><head><title>عنوان الصفحة - الموقع</title>
            <meta property="og:site_name" content="اندبندنت عربية">
            <meta property="article:published_time" content="2023-07-02T08:00:00Z">
            <meta property="article:section" content="سياسة">
            <link rel="canonical" href="https://www.independentarabia.com/node/123">
            <script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
             {"@type":"NewsArticle","headline":"اتفاق أمني روسي إيراني","datePublished":"2023-07-03T09:00:00+03:00",
              "dateModified":"2023-07-04T10:00:00+03:00","author":[{"@type":"Person","name":"هدى الحسيني"}],
              "publisher":{"@type":"Organization","name":"اندبندنت عربية"}}]}
            </script></head><body><p>نص</p></body></html>
            """)
        // The <meta> tag comes first, but it is a UTC time one day before JSON-LD's local time: the local day.
        #expect(m.published == MetadataField("2023-07-03", source: "meta:article:published_time+json-ld"))
        #expect(m.updated == MetadataField("2023-07-04", source: "json-ld"))
        #expect(m.author == MetadataField("هدى الحسيني", source: "json-ld"))
        #expect(m.title == MetadataField("اتفاق أمني روسي إيراني", source: "json-ld"))
        #expect(m.site == MetadataField("اندبندنت عربية", source: "opengraph"))
        #expect(m.section?.value == "سياسة")
        #expect(m.language == MetadataField("ar", source: "html-lang"))
        #expect(m.url == MetadataField("https://www.independentarabia.com/node/123", source: "link-canonical"))
    }

    @Test func openGraphAndMetaWithoutJSONLD() throws {
        let m = try metadata(
            """
            <html><head><meta property="og:title" content="Titel des Artikels">
            <meta name="author" content="Erika Mustermann"><meta name="description" content="Kurzfassung.">
            <meta name="date" content="2019-05-12"></head><body></body></html>
            """)
        #expect(m.title == MetadataField("Titel des Artikels", source: "opengraph"))
        #expect(m.author == MetadataField("Erika Mustermann", source: "meta:author"))
        #expect(m.subtitle == MetadataField("Kurzfassung.", source: "meta:description"))
        #expect(m.published == MetadataField("2019-05-12", source: "meta:date"))
    }

    @Test func timeElementThenURL() throws {
        let withTime = try metadata(
            "<html><body><article><time datetime='2021-03-04T10:00'>4. März</time><p>x</p></article></body></html>")
        #expect(withTime.published == MetadataField("2021-03-04", source: "time"))
        let fromURL = try metadata("<html><body><p>x</p></body></html>", url: "https://example.com/2020/05/10/story")
        #expect(fromURL.published == MetadataField("2020-05-10", source: "url"))
    }

    @Test func titleFromTheTitleTagDropsTheSiteName() throws {
        let m = try metadata(
            "<html><head><title>Houston hires Applewhite as head coach | 247Sports</title></head></html>")
        #expect(m.title == MetadataField("Houston hires Applewhite as head coach", source: "title-tag:part"))
    }

    @Test func arabicDatelineFromTheFirstParagraph() throws {
        let html = """
            <html><body><article><p>موسكو - رويترز: قال الكرملين يوم الاثنين إن الرئيس فلاديمير بوتين سيلتقي \
            نظيره الإيراني في الأسبوع المقبل لبحث التعاون الأمني والعسكري بين البلدين، في زيارة هي الأولى \
            منذ بداية العام، وفق ما أعلنه المتحدث باسم الرئاسة الروسية في مؤتمر صحافي.</p></article></body></html>
            """
        let article = try HTMLExtractor().extract(Array(html.utf8))
        #expect(article.metadata.dateline == MetadataField("موسكو - رويترز", source: "text:dateline"))
    }
}
