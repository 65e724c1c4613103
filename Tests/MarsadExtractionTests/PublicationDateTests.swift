import Testing

@testable import MarsadExtraction

/// Publication dates: the article's address first (its local day), RDFa on any element, application-state
/// JSON, and a UTC timestamp that falls on the day after the local day the page's own state gives.
@Suite struct PublicationDateTests {
    func published(_ html: String, url: String? = nil) throws -> MetadataField? {
        try MetadataExtractor().extract(try PageTree.parse(Array(html.utf8)), url: url).published
    }

    @Test func theCanonicalAddressBeatsAUTCTimestamp() throws {
        let html = """
            <html><head><link rel="canonical" href="https://example.com/2023/11/08/news/story/">
            <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-11-09T03:28:35Z"}</script>
            </head><body><p>x</p></body></html>
            """
        #expect(try published(html) == MetadataField("2023-11-08", source: "url:link-canonical"))
        #expect(
            try published(html, url: "https://example.com/2023/11/07/a") == MetadataField("2023-11-07", source: "url"))
    }

    @Test func aUTCTimestampGivesWayToTheLocalDayOfThePagesOwnState() throws {
        let html = """
            <html><head><meta property="article:published_time" content="2023-11-09T06:35:29+00:00"></head>
            <body><script>var page={"publicationDate":"2023-11-08T22:35:29-08:00"};</script><p>x</p></body></html>
            """
        #expect(
            try published(html)
                == MetadataField("2023-11-08", source: "meta:article:published_time+script:publicationDate"))
        // A date element one day apart is not enough (it was more often a sidebar's than the local day).
        let shown = """
            <html><head><meta property="article:published_time" content="2023-11-09T02:11:03+00:00"></head>
            <body><span class="post-date">November 8, 2023</span><p>x</p></body></html>
            """
        #expect(try published(shown)?.value == "2023-11-09")
    }

    @Test func rdfaOnAnyElementAndApplicationStateJSON() throws {
        let rdfa = """
            <html><body><span property="schema:dateCreated" content="2022-01-28T12:45:46+01:00"></span>
            <p>x</p></body></html>
            """
        #expect(try published(rdfa) == MetadataField("2022-01-28", source: "meta:schema:datecreated"))
        let state = """
            <html><body><script>window.__STATE__={"product":{"title":"x","published_at":"2019-03-02T06:22:28+01:00",
            "createdAt":"2018-01-01T00:00:00Z"}}</script><p>x</p></body></html>
            """
        #expect(try published(state) == MetadataField("2019-03-02", source: "script:published_at"))
    }

    @Test func theFirstDateMetaTagOfThePageBeatsJSONLD() throws {
        let html = """
            <html><head><meta name="date" content="2022-01-06T08:29:34">
            <meta property="article:published_time" content="2022-01-05T08:29:34">
            <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-01-04T07:29:00+01:00"}</script>
            </head><body><p>x</p></body></html>
            """
        #expect(try published(html) == MetadataField("2022-01-06", source: "meta:date"))
    }

    @Test func jsonLDWithALocalOffsetGivesTheDayOfAUTCMetaTime() throws {
        let html = """
            <html><head><meta property="article:published_time" content="2020-12-24T23:59:50+00:00">
            <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-12-25T01:59:50+02:00"}</script>
            </head><body><p>x</p></body></html>
            """
        #expect(try published(html) == MetadataField("2020-12-25", source: "meta:article:published_time+json-ld"))
        // Two days apart is not a time zone: the <meta> tag stands.
        let apart = html.replacingOccurrences(of: "2020-12-25T01", with: "2020-12-26T01")
        #expect(try published(apart)?.value == "2020-12-24")
        #expect(MetadataExtractor.hasLocalOffset("2020-12-25T01:59:50+02:00"))
        #expect(!MetadataExtractor.hasLocalOffset("2020-12-25T01:59:50+00:00"))
        #expect(!MetadataExtractor.hasLocalOffset("2020-12-25"))
    }

    @Test func jsonLDThatDoesNotParseIsReadForItsDateKeys() throws {
        let html = """
            <html><head><script type="application/ld+json">{"@type":"NewsArticle",
            "datePublished": "2020-10-26T18:10:00+01:00", "headline": "a "quoted" word",}</script>
            </head><body><p>x</p></body></html>
            """
        #expect(try published(html) == MetadataField("2020-10-26", source: "script:datePublished"))
    }

    @Test func dateElementsByClassWordAndByName() throws {
        let submitted = """
            <html><body><h1>Titel</h1><div class="submitted">Gespeichert von rasos am 24. Juli 2017 - 18:55</div>
            <p>x</p></body></html>
            """
        #expect(try published(submitted) == MetadataField("2017-07-24", source: "text:date-element"))
        let small = "<html><body><h1>T</h1><small>02.02.2022 • Presse</small><p>x</p></body></html>"
        #expect(try published(small)?.value == "2022-02-02")
        // Two-digit years are read in a date element.
        let short = "<html><body><div class=\"article-meta\">Von: Jana Beispiel | 31.10.23</div></body></html>"
        #expect(try published(short)?.value == "2023-10-31")
        // Only the start of a long element is read: a date further on is another's.
        let long = """
            <html><body><div class="post-info">Ein langer Hinweis ohne Datum, der weit mehr als sechzig Zeichen hat, \
            und dann 3. März 2019</div></body></html>
            """
        #expect(try published(long) == nil)
    }

    @Test func dateElementsInFurnitureAreSkipped() throws {
        let html = """
            <html><body class="one-sidebar"><header class="site"><span class="date-edition">5. August 2019</span></header>
            <ul class="sidebar-widget"><li><a href="/b">Anderes</a> <span class="post-date">09/09/2019</span></li></ul>
            <div class="comments"><div class="submitted">par JPA le 7 mai 2020</div></div>
            <article><header><h1>Titel</h1><p class="byline">27 juin 2019</p></header><p>x</p></article>
            </body></html>
            """
        #expect(try published(html) == MetadataField("2019-06-27", source: "text:date-element"))
    }
}
