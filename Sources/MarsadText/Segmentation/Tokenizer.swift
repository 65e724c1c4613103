public import MarsadCore

/// Splits a document into surface tokens and writes their folded forms into ``Document/normalized``.
///
/// ```swift
/// var doc = Document(id: "x", text: "وقّعت روسيا، أمس.")
/// try Tokenizer().process(&doc)
/// doc.tokens.map { doc.normalizedText(of: $0) }  // ["وقعت", "روسيا", "،", "امس", "."]
/// ```
///
/// One pass over the UTF-8 bytes: scalars are decoded by hand, folded with ``ScalarFolding`` and appended
/// to the normalized buffer; no `String` is allocated per token.
public struct Tokenizer: Stage {
    public let name = "text.tokenize.v1"
    public let requires: Set<Annotation> = []
    public let provides: Set<Annotation> = [.normalized, .tokens]

    /// Longest token kept whole, in bytes; longer runs (base64 blobs, garbage) are cut.
    public var maxTokenBytes = 256

    public init() {}

    public func process(_ document: inout Document) throws(MarsadError) {
        var normalized: [UInt8] = []
        var tokens: [Token] = []
        let count = document.text.utf8.count
        normalized.reserveCapacity(count)
        tokens.reserveCapacity(count / 5)
        let maxBytes = maxTokenBytes
        document.text.utf8.withContiguousStorageIfAvailable { bytes in
            Tokenizer.scan(bytes, maxTokenBytes: maxBytes, normalized: &normalized, tokens: &tokens)
        }
            ?? {
                let copy = Array(document.text.utf8)
                copy.withUnsafeBufferPointer {
                    Tokenizer.scan($0, maxTokenBytes: maxBytes, normalized: &normalized, tokens: &tokens)
                }
            }()
        document.normalized = normalized
        document.tokens = tokens
    }

    @inline(__always)
    static func decode(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (UInt32, Int) {
        let b0 = UInt32(b[i])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0, i + 1 < b.count { return ((b0 & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F), 2) }
        if b0 < 0xF0, i + 2 < b.count {
            return ((b0 & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F), 3)
        }
        if i + 3 < b.count {
            return (
                (b0 & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6
                    | UInt32(b[i + 3] & 0x3F), 4
            )
        }
        return (0xFFFD, 1)
    }

    @inline(__always)
    static func append(_ v: UInt32, to out: inout [UInt8]) {
        if v < 0x80 {
            out.append(UInt8(v))
        } else if v < 0x800 {
            out.append(UInt8(0xC0 | (v >> 6)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        } else if v < 0x10000 {
            out.append(UInt8(0xE0 | (v >> 12)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        } else {
            out.append(UInt8(0xF0 | (v >> 18)))
            out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        }
    }

    static func scan(
        _ bytes: UnsafeBufferPointer<UInt8>, maxTokenBytes: Int, normalized: inout [UInt8], tokens: inout [Token]
    ) {
        var i = 0
        let n = bytes.count
        var tokenStart = -1  // original byte offset of the current word token, or -1
        var normStart = 0
        var isNumber = false
        var sawNewline = false
        var pendingNewline = false

        func closeToken(at end: Int) {
            if tokenStart >= 0 {
                if normalized.count > normStart {
                    tokens.append(
                        Token(
                            span: TextSpan(start: tokenStart, end: end),
                            normalized: Int32(normStart)..<Int32(normalized.count),
                            kind: isNumber ? .number : .word, lineBreakBefore: pendingNewline))
                    pendingNewline = false
                }
                tokenStart = -1
            }
        }

        while i < n {
            let (raw, width) = decode(bytes, i)
            var v = raw
            var isSpace = false
            // Fast path: plain Arabic letters (ا…غ، ف…و، ي) and lower-case ASCII fold to themselves.
            let plain =
                (raw >= 0x0627 && raw <= 0x063A) || (raw >= 0x0641 && raw <= 0x0648) || raw == 0x064A
                || (raw >= 0x61 && raw <= 0x7A) || raw == 0x20
            if !plain {
                switch ScalarFolding.fold(Unicode.Scalar(raw) ?? "\u{FFFD}") {
                case .keep: break
                case .replace(let r): v = r.value
                case .drop:
                    i += width
                    continue
                case .space: isSpace = true
                }
            }
            if !isSpace && ScalarFolding.isWordScalar(v) {
                let digit = v >= 0x30 && v <= 0x39
                if tokenStart >= 0 && (digit != isNumber || normalized.count - normStart >= maxTokenBytes) {
                    closeToken(at: i)
                }
                if tokenStart < 0 {
                    tokenStart = i
                    normStart = normalized.count
                    isNumber = digit
                    if sawNewline {
                        pendingNewline = true
                        sawNewline = false
                    }
                }
                append(v, to: &normalized)
            } else {
                closeToken(at: i)
                if v == 0x0A || v == 0x0D || v == 0x2028 || v == 0x2029 {
                    sawNewline = true
                } else if !isSpace && v != 0x20 && v != 0x09 && v >= 0x20 {
                    let start = normalized.count
                    append(v, to: &normalized)
                    tokens.append(
                        Token(
                            span: TextSpan(start: i, end: i + width),
                            normalized: Int32(start)..<Int32(normalized.count), kind: .punctuation,
                            lineBreakBefore: sawNewline || pendingNewline))
                    sawNewline = false
                    pendingNewline = false
                }
            }
            i += width
        }
        closeToken(at: n)
    }
}
