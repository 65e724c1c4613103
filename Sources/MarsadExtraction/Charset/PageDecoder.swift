import Foundation

/// Finds a page's character encoding (byte-order mark → HTTP header → `<meta>` → detector) and decodes the
/// page to UTF-8 with iconv.
///
/// ```swift
/// let page = PageDecoder.decode(bytes, httpContentType: "text/html; charset=windows-1256")
/// String(decoding: page.utf8, as: UTF8.self)
/// ```
///
/// NB: a declared legacy Latin encoding on a page whose high bytes look like Arabic script is decoded as
/// windows-1256: Arabic sites that declare `iso-8859-1` while serving windows-1256 are common.
public enum PageDecoder {
    /// Decodes `bytes`; `httpContentType` is the HTTP `Content-Type` header value when there was one.
    public static func decode(_ bytes: [UInt8], httpContentType: String? = nil) -> DecodedPage {
        if let (charset, length) = byteOrderMark(bytes) {
            return convert(Array(bytes[length...]), from: charset, source: .bom)
        }
        if let header = httpContentType, let label = CharsetLabel.parameter(in: header),
            let charset = CharsetLabel.canonical(label)
        {
            return decodeDeclared(bytes, charset: charset, source: .httpHeader)
        }
        if let label = MetaCharsetScanner.scan(bytes), let charset = CharsetLabel.canonical(label) {
            return decodeDeclared(bytes, charset: charset, source: .meta)
        }
        if isValidUTF8(bytes) {
            return DecodedPage(utf8: bytes, charset: "utf-8", charsetSource: .detector, replacements: 0)
        }
        return convert(bytes, from: detect(bytes), source: .detector)
    }

    /// The encoding the bytes most likely use: UTF-8 when they are valid UTF-8, else windows-1256 when the
    /// high bytes are dense enough to be Arabic-script letters, else windows-1252.
    public static func detect(_ bytes: [UInt8]) -> String {
        if isValidUTF8(bytes) { return "utf-8" }
        return looksArabic(bytes) ? "windows-1256" : "windows-1252"
    }

    static func decodeDeclared(_ bytes: [UInt8], charset: String, source: CharsetSource) -> DecodedPage {
        switch charset {
        case "utf-8":
            // A page that says UTF-8 but is not (a few bad bytes are kept as U+FFFD; many mean a legacy page).
            let bad = invalidUTF8Sequences(bytes, limit: 16)
            if bad >= 16 {
                return convert(bytes, from: detect(bytes), source: .detector)
            }
            // NB: valid UTF-8 (most pages) is taken as it is, without a second pass in `convert`.
            if bad == 0 { return DecodedPage(utf8: bytes, charset: "utf-8", charsetSource: source, replacements: 0) }
        case "windows-1252", "iso-8859-1", "iso-8859-15":
            if invalidUTF8Sequences(bytes, limit: 1) > 0, looksArabic(bytes) {
                return convert(bytes, from: "windows-1256", source: .detector)
            }
        default:
            break
        }
        // Text in a legacy multi-byte or 8-bit encoding is almost never valid UTF-8 by chance: a page that
        // declares one (a template left over from an older site) but is valid UTF-8 with non-ASCII text is UTF-8.
        if charset != "utf-8", !charset.hasPrefix("utf-"), hasMultibyteUTF8(bytes),
            invalidUTF8Sequences(bytes, limit: 1) == 0
        {
            return convert(bytes, from: "utf-8", source: .detector)
        }
        return convert(bytes, from: charset, source: source)
    }

    static func byteOrderMark(_ bytes: [UInt8]) -> (String, Int)? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return ("utf-8", 3) }
        if bytes.starts(with: [0xFF, 0xFE]) { return ("utf-16le", 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return ("utf-16be", 2) }
        return nil
    }

    /// True when the bytes hold at least a few multi-byte UTF-8 lead bytes (non-ASCII text).
    static func hasMultibyteUTF8(_ bytes: [UInt8]) -> Bool {
        var leads = 0
        for b in bytes where b >= 0xC2 && b <= 0xF4 {
            leads += 1
            if leads >= 8 { return true }
        }
        return false
    }

    static func isValidUTF8(_ bytes: [UInt8]) -> Bool { invalidUTF8Sequences(bytes, limit: 1) == 0 }

    /// Counts invalid UTF-8 sequences, stopping at `limit`.
    static func invalidUTF8Sequences(_ bytes: [UInt8], limit: Int) -> Int {
        var bad = 0
        bytes.withUnsafeBufferPointer { p in
            var i = 0
            let n = p.count
            let raw = UnsafeRawBufferPointer(p)
            while i < n {
                // Eight ASCII bytes at a time (most of a page's bytes are markup).
                if i + 8 <= n, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    i += 8
                    continue
                }
                let b = p[i]
                if b < 0x80 {
                    i += 1
                    continue
                }
                let width = b >= 0xF5 ? 0 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 ? 2 : 0
                var ok = width > 0 && i + width <= n
                if ok {
                    for k in 1..<width where p[i + k] & 0xC0 != 0x80 {
                        ok = false
                        break
                    }
                }
                if ok {
                    i += width
                } else {
                    bad += 1
                    if bad >= limit { return }
                    i += 1
                }
            }
        }
        return bad
    }

    /// True when bytes ≥ 0x80 make up a large share of the letters, as Arabic script in windows-1256 does
    /// (Latin text in windows-1252 has a few accented letters among many ASCII ones).
    static func looksArabic(_ bytes: [UInt8]) -> Bool {
        var high = 0
        var ascii = 0
        var inTag = false
        for b in bytes {
            if b == UInt8(ascii: "<") {
                inTag = true
            } else if b == UInt8(ascii: ">") {
                inTag = false
            } else if !inTag {
                if b >= 0xC1 { high += 1 } else if (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A { ascii += 1 }
            }
        }
        return high >= 20 && high * 2 > ascii
    }

    /// Converts to UTF-8 with iconv; undecodable bytes become U+FFFD.
    static func convert(_ bytes: [UInt8], from charset: String, source: CharsetSource) -> DecodedPage {
        if charset == "utf-8" {
            let repaired = repairUTF8(bytes)
            return DecodedPage(utf8: repaired.0, charset: charset, charsetSource: source, replacements: repaired.1)
        }
        guard let converter = IconvConverter(from: charset) else {
            let repaired = repairUTF8(bytes)
            return DecodedPage(utf8: repaired.0, charset: "utf-8", charsetSource: .detector, replacements: repaired.1)
        }
        let (out, bad) = converter.convert(bytes)
        return DecodedPage(utf8: out, charset: charset, charsetSource: source, replacements: bad)
    }

    /// Valid UTF-8 with every invalid sequence replaced by U+FFFD.
    static func repairUTF8(_ bytes: [UInt8]) -> ([UInt8], Int) {
        let bad = invalidUTF8Sequences(bytes, limit: .max)
        if bad == 0 { return (bytes, 0) }
        return (Array(String(decoding: bytes, as: UTF8.self).utf8), bad)
    }
}
