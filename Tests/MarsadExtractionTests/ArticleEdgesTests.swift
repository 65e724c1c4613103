import Testing

@testable import MarsadExtraction

/// Where an article begins and ends: the lead before the marked body, the article's own <header>, paragraphs
/// split over several containers, captions, headings of furniture and short debris at the ends.
@Suite struct ArticleEdgesTests {
    let extractor: HTMLExtractor

    init() throws {
        extractor = try HTMLExtractor()
    }

    static let lead =
        "The city council approved the new transport plan on Tuesday after a debate that lasted most of the night."
    static let body1 =
        "The plan adds three tram lines, a network of protected bicycle lanes and new night buses, and it will be "
        + "paid for by a parking levy that the council raised for the first time in ten years."
    static let body2 =
        "Opposition members said the levy would hurt small shops in the centre, while the mayor said the first "
        + "tram line would open within two years and that fares would stay the same until then."

    func texts(_ html: String) throws -> [String] {
        try extractor.extract(Array(html.utf8)).blocks.map(\.text)
    }

    @Test func theLeadBeforeTheMarkedBodyIsKeptAndTheBylineIsNot() throws {
        let html = """
            <html><body><h1>Council approves transport plan</h1>
            <p class="standfirst">\(Self.lead)</p><div>By Jane Doe</div>
            <div class="article-body"><p>\(Self.body1)</p><p>\(Self.body2)</p></div></body></html>
            """
        #expect(try texts(html) == [Self.lead, Self.body1, Self.body2])
    }

    @Test func theHeaderOfAnArticleIsPartOfItThePageHeaderIsNot() throws {
        let html = """
            <html><body><header><a href="/">Home</a> <a href="/news">News</a> <p>Today's weather: sunny.</p></header>
            <article><header><h1>Council approves transport plan</h1><p class="intro">\(Self.lead)</p></header>
            <p>\(Self.body1)</p><p>\(Self.body2)</p></article></body></html>
            """
        let t = try texts(html)
        #expect(t.contains(Self.lead))
        #expect(!t.contains { $0.contains("weather") })
    }

    @Test func captionsGoUnlessTheyHoldAnArticle() throws {
        let figure = """
            <html><body><div class="article-body"><p>\(Self.body1)</p>
            <figure><img src="a.jpg"><figcaption>The new tram at the depot.</figcaption></figure>
            <p>\(Self.body2)</p></div></body></html>
            """
        #expect(try texts(figure) == [Self.body1, Self.body2])
        // Broken markup: an unclosed caption span holds the whole article (more text than a caption has).
        let broken = """
            <html><body><div class="entry-content"><p class="wp-caption-text">Photo <span class="caption">(
            <p>\(Self.body1)</p><p>\(Self.body2)</p><p>\(Self.lead)</p><p>\(Self.body1)</p>
            </div></body></html>
            """
        let t = try texts(broken)
        #expect(t.contains(Self.body1) && t.contains(Self.body2))
    }

    @Test func aHeadingOverALinkListAndDebrisAtTheEndsGo() throws {
        let html = """
            <html><body><div class="article-body"><div>Politics</div><p>\(Self.body1)</p><p>\(Self.body2)</p>
            <h3>You might also like</h3><ul><li><a href="/a">Tram fares frozen</a></li>
            <li><a href="/b">Night buses return</a></li></ul><div>Save article</div></div></body></html>
            """
        #expect(try texts(html) == [Self.body1, Self.body2])
    }

    @Test func anArticleSplitOverSeveralContainersIsTakenWhole() throws {
        let more = (1...4).map { "Section \($0): " + Self.body2 }
        let html = """
            <html><body><div class="article-body"><p>\(Self.body1)</p></div>
            <div class="module"><p>\(more[0])</p><p>\(more[1])</p></div>
            <div class="module"><p>\(more[2])</p><p>\(more[3])</p></div></body></html>
            """
        #expect(try texts(html) == [Self.body1] + more)
    }
}
