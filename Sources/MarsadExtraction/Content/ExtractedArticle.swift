/// The article Marsad takes from a page or a scraped text: its blocks in order, the text built from them,
/// and the metadata.
///
/// ```swift
/// let article = try HTMLExtractor().extract(bytes, url: "https://example.com/a")
/// print(article.text)
/// ```
public struct ExtractedArticle: Sendable {
    public var blocks: [TextBlock]
    public var metadata: ArticleMetadata
    /// The encoding the page was decoded from, and where that came from (HTML only).
    public var charset: String?
    public var charsetSource: CharsetSource?
    /// Which pass of the extraction cascade produced the blocks (`content-root`, `scored`, `paragraphs`,
    /// `body`, `lines`).
    public var method: String

    public init(
        blocks: [TextBlock], metadata: ArticleMetadata, charset: String? = nil, charsetSource: CharsetSource? = nil,
        method: String
    ) {
        self.blocks = blocks
        self.metadata = metadata
        self.charset = charset
        self.charsetSource = charsetSource
        self.method = method
    }

    /// The blocks' text, one block a paragraph (blank line between blocks).
    public var text: String { blocks.map(\.text).joined(separator: "\n\n") }
}
