/// A page's bytes decoded to UTF-8, with the encoding used and where it came from.
///
/// ```swift
/// let page = PageDecoder.decode(bytes)
/// print(page.charset, page.charsetSource)  // "windows-1256 meta"
/// ```
public struct DecodedPage: Sendable {
    /// The page as UTF-8 bytes (without a byte-order mark).
    public var utf8: [UInt8]
    /// The canonical name of the encoding the bytes were decoded from (`utf-8`, `windows-1256`, …).
    public var charset: String
    public var charsetSource: CharsetSource
    /// Bytes that could not be decoded and became U+FFFD.
    public var replacements: Int
}
