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
}
