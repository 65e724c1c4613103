public import MarsadCore
public import MarsadExtraction

/// Turns an input item into the ``MarsadCore/Document`` the pipeline codes: HTML pages (files, WARC records,
/// JSON Lines `html`) go through ``MarsadExtraction/HTMLExtractor``, scraped `.txt` files through
/// ``MarsadExtraction/ScrapedTextCleaner``; JSON Lines `text` is taken as it is.
///
/// ```swift
/// let builder = try DocumentBuilder()
/// let (doc, article) = try builder.document(for: item, published: nil, language: nil)
/// ```
public struct DocumentBuilder: Sendable {
    public let html: HTMLExtractor
    public let scraped: ScrapedTextCleaner

    public init() throws(MarsadError) {
        html = try HTMLExtractor()
        scraped = try ScrapedTextCleaner()
    }

    /// The document and, for pages and scraped text, the article it was extracted as. `published` is the
    /// reference date for documents that carry none; `language` overrides what the document declares.
    /// A page without article text is an `extraction-failed` error unless `allowEmpty` (`marsad extract`
    /// still shows its metadata).
    public func document(
        for item: InputItem, published: CalendarDate?, language: Language?, allowEmpty: Bool = false
    ) throws(MarsadError) -> (Document, ExtractedArticle?) {
        switch item {
        case .failure(let e):
            throw e
        case .text(let text, let id):
            let article = scraped.clean(text)
            // NB: when cleaning leaves nothing (a text of headlines only), the text is coded as it is.
            let body = article.blocks.isEmpty ? text : article.text
            let doc = Document(
                id: id, text: body, title: article.metadata.title?.value, published: published, language: language)
            return (doc, article)
        case .page(let page):
            let article = try html.extract(
                page.bytes, url: page.url, httpContentType: page.httpContentType, location: page.id)
            let doc = try Self.document(
                article, id: page.id, url: page.url, published: published ?? page.crawlDate, language: language,
                allowEmpty: allowEmpty)
            return (doc, article)
        case .jsonLine(let bytes, let location):
            let input = try InputDocument.decode(bytes, location: location)
            if input.text == nil, let markup = input.html {
                let article = try html.extract(Array(markup.utf8), url: input.url, location: location)
                var reference = published
                if let p = input.published, !p.isEmpty {
                    guard let date = CalendarDate(iso: p) else {
                        throw MarsadError(
                            .invalidInput, "\"published\" is not a YYYY-MM-DD date: \(p.prefix(40))", location: location
                        )
                    }
                    reference = date
                }
                var doc = try Self.document(
                    article, id: input.id.flatMap { $0.isEmpty ? nil : $0 } ?? location, url: input.url,
                    published: reference, language: language ?? input.language.flatMap(Language.init(rawValue:)),
                    allowEmpty: allowEmpty)
                if let title = input.title { doc.title = title }
                if input.published != nil { doc.published = reference }
                return (doc, article)
            }
            let doc = try input.document(
                location: location, fallbackID: location, defaultPublished: published, language: language)
            return (doc, nil)
        }
    }

    /// A document from an extracted page: the page's own publication date wins over the reference date.
    static func document(
        _ article: ExtractedArticle, id: String, url: String?, published: CalendarDate?, language: Language?,
        allowEmpty: Bool
    ) throws(MarsadError) -> Document {
        guard !article.blocks.isEmpty || allowEmpty else {
            throw MarsadError(.extractionFailed, "no article text found in the page", location: id)
        }
        let date = article.metadata.published.flatMap { CalendarDate(iso: $0.value) } ?? published
        let declared = article.metadata.language.flatMap { Language(rawValue: $0.value) }
        return Document(
            id: id, text: article.text, title: article.metadata.title?.value, published: date,
            url: url ?? article.metadata.url?.value, language: language ?? declared)
    }
}
