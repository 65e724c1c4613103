public import MarsadCore

/// Turns an HTML page into an article: decodes it (BOM → HTTP header → `<meta>` → detector), parses it with
/// libxml2, reads the metadata and extracts the main content.
///
/// ```swift
/// let extractor = try HTMLExtractor()
/// let article = try extractor.extract(bytes, url: "https://example.com/a", location: "page.html")
/// print(article.metadata.title?.value ?? "", article.text)
/// ```
public struct HTMLExtractor: Sendable {
    public let rules: ContentRules
    public let metadata: MetadataExtractor

    public init() throws(MarsadError) {
        rules = try ContentRules.bundled()
        metadata = try MetadataExtractor()
    }

    /// Extracts the article of a page. `httpContentType` is the HTTP header when the page came from a
    /// crawl; `location` names the input in errors.
    public func extract(
        _ bytes: [UInt8], url: String? = nil, httpContentType: String? = nil, location: String? = nil
    ) throws(MarsadError) -> ExtractedArticle {
        if bytes.prefix(4096).filter({ $0 == 0 }).count > 16 && !bytes.starts(with: [0xFF, 0xFE])
            && !bytes.starts(with: [0xFE, 0xFF])
        {
            throw MarsadError(.invalidInput, "binary data, not an HTML page (NUL bytes)", location: location)
        }
        let page = PageDecoder.decode(bytes, httpContentType: httpContentType)
        let tree = try PageTree.parse(page.utf8, location: location)
        var meta = metadata.extract(tree, url: url)
        let (blocks, method, leadingDebris) = ContentExtractor.extract(tree, rules: rules, title: meta.title?.value)
        if meta.dateline == nil, let first = blocks.first(where: { $0.kind == .paragraph }),
            let dateline = DatelineFinder(agencies: rules.lines.datelineAgencies).find(in: first.text)
        {
            meta.dateline = MetadataField(dateline, source: "text:dateline")
        }
        // NB: the date line trimmed from the article's start («Publiziert: 03.04.2020») is read here.
        if meta.published == nil,
            let text = (leadingDebris + blocks.prefix(3)).map(\.text).first(where: { !$0.isEmpty }),
            let d = metadata.dates.firstDate(in: text.prefix(200))
        {
            meta.published = MetadataField(d.description, source: "text:first-block")
        }
        if meta.published == nil, let canonical = meta.url?.value, let d = metadata.urlDate(canonical) {
            meta.published = MetadataField(d.value, source: "url:" + (meta.url?.source ?? ""))
        }
        if meta.published == nil { meta.published = metadata.dateFromPageText(tree) }
        return ExtractedArticle(
            blocks: blocks, metadata: meta, charset: page.charset, charsetSource: page.charsetSource, method: method)
    }
}
