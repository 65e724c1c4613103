/// Where a page's character encoding came from, in the order they are consulted.
///
/// ```swift
/// let page = PageDecoder.decode(bytes, httpContentType: "text/html; charset=windows-1256")
/// page.charsetSource  // .httpHeader
/// ```
public enum CharsetSource: String, Sendable {
    /// A byte-order mark at the start of the bytes.
    case bom
    /// The `charset` parameter of the HTTP `Content-Type` header (WARC responses).
    case httpHeader = "http-header"
    /// `<meta charset>` or `<meta http-equiv="Content-Type" content="…; charset=…">`.
    case meta
    /// Guessed from the bytes (valid UTF-8, or the distribution of high bytes).
    case detector
}
