public import MarsadCore

/// An HTML page waiting for extraction: its raw bytes and what its container said about it.
///
/// ```swift
/// PageInput(bytes: html, id: "crawl.warc.gz#12", url: "https://example.com/a",
///           httpContentType: "text/html; charset=windows-1256", crawlDate: CalendarDate(iso: "2024-01-01"))
/// ```
public struct PageInput: Sendable {
    public var bytes: [UInt8]
    /// `path` for a file, `path#N` for the N-th record of a WARC file.
    public var id: String
    /// `WARC-Target-URI` for crawled pages.
    public var url: String?
    /// The HTTP `Content-Type` header (charset detection consults it after a byte-order mark).
    public var httpContentType: String?
    /// `WARC-Date`: the reference date when the page carries no publication date.
    public var crawlDate: CalendarDate?

    public init(
        bytes: [UInt8], id: String, url: String? = nil, httpContentType: String? = nil, crawlDate: CalendarDate? = nil
    ) {
        self.bytes = bytes
        self.id = id
        self.url = url
        self.httpContentType = httpContentType
        self.crawlDate = crawlDate
    }
}
