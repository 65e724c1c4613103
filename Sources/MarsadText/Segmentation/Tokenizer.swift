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
        var tokens: [Token] = []
        let count = document.text.utf8.count
        tokens.reserveCapacity(count / 5)
        let maxBytes = maxTokenBytes
        // NB: the folded bytes are written into the array's own storage, sized for more than the worst case (no scalar
        // folds to more than three bytes per byte it had), not appended one by one: each append checked the array's uniqueness and
        // capacity, a tenth of the tokenizer's time.
        let normalized = [UInt8](unsafeUninitializedCapacity: 4 * count + 4) { out, written in
            written =
                document.text.utf8.withContiguousStorageIfAvailable { bytes in
                    Tokenizer.scan(bytes, maxTokenBytes: maxBytes, into: out, tokens: &tokens)
                }
                ?? Array(document.text.utf8).withUnsafeBufferPointer {
                    Tokenizer.scan($0, maxTokenBytes: maxBytes, into: out, tokens: &tokens)
                }
        }
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

    /// Writes scalar `v` in UTF-8 at `out[n...]` and returns the new length.
    @inline(__always)
    static func write(_ v: UInt32, to out: UnsafeMutableBufferPointer<UInt8>, at n: Int) -> Int {
        if v < 0x80 {
            out[n] = UInt8(v)
            return n + 1
        } else if v < 0x800 {
            out[n] = UInt8(0xC0 | (v >> 6))
            out[n + 1] = UInt8(0x80 | (v & 0x3F))
            return n + 2
        } else if v < 0x10000 {
            out[n] = UInt8(0xE0 | (v >> 12))
            out[n + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
            out[n + 2] = UInt8(0x80 | (v & 0x3F))
            return n + 3
        } else {
            out[n] = UInt8(0xF0 | (v >> 18))
            out[n + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
            out[n + 2] = UInt8(0x80 | ((v >> 6) & 0x3F))
            out[n + 3] = UInt8(0x80 | (v & 0x3F))
            return n + 4
        }
    }

    /// Tokenizes `bytes`, writing the folded text into `out` (at least four bytes per input byte, plus four) and
    /// returns how many bytes it wrote.
    static func scan(
        _ bytes: UnsafeBufferPointer<UInt8>, maxTokenBytes: Int, into out: UnsafeMutableBufferPointer<UInt8>,
        tokens: inout [Token]
    ) -> Int {
        var i = 0
        let n = bytes.count
        var written = 0
        var tokenStart = -1  // original byte offset of the current word token, or -1
        var normStart = 0
        var isNumber = false
        var sawNewline = false
        var pendingNewline = false

        func closeToken(at end: Int) {
            if tokenStart >= 0 {
                if written > normStart {
                    tokens.append(
                        Token(
                            span: TextSpan(start: tokenStart, end: end),
                            normalized: Int32(normStart)..<Int32(written),
                            kind: isNumber ? .number : .word, lineBreakBefore: pendingNewline))
                    pendingNewline = false
                }
                tokenStart = -1
            }
        }

        // Starts a word or number token at `i` (closing the one before when its kind changes or it is too long).
        func openToken(at i: Int, digit: Bool) {
            if tokenStart >= 0 && (digit != isNumber || written - normStart >= maxTokenBytes) {
                closeToken(at: i)
            }
            if tokenStart < 0 {
                tokenStart = i
                normStart = written
                isNumber = digit
                if sawNewline {
                    pendingNewline = true
                    sawNewline = false
                }
            }
        }

        while i < n {
            // Fast path: a plain Arabic letter is a word scalar that folds to itself; its two bytes are copied as they are.
            if i + 1 < n, ScalarFolding.isPlainArabicLetter(bytes[i], bytes[i + 1]) {
                openToken(at: i, digit: false)
                out[written] = bytes[i]
                out[written + 1] = bytes[i + 1]
                written += 2
                i += 2
                continue
            }
            let (raw, width) = decode(bytes, i)
            var v = raw
            var isSpace = false
            // Lower-case ASCII and the space fold to themselves.
            let plain = (raw >= 0x61 && raw <= 0x7A) || raw == 0x20
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
                openToken(at: i, digit: v >= 0x30 && v <= 0x39)
                written = write(v, to: out, at: written)
            } else {
                closeToken(at: i)
                if v == 0x0A || v == 0x0D || v == 0x2028 || v == 0x2029 {
                    sawNewline = true
                } else if !isSpace && v != 0x20 && v != 0x09 && v >= 0x20 {
                    let start = written
                    written = write(v, to: out, at: written)
                    tokens.append(
                        Token(
                            span: TextSpan(start: i, end: i + width),
                            normalized: Int32(start)..<Int32(written), kind: .punctuation,
                            lineBreakBefore: sawNewline || pendingNewline))
                    sawNewline = false
                    pendingNewline = false
                }
            }
            i += width
        }
        closeToken(at: n)
        return written
    }
}
