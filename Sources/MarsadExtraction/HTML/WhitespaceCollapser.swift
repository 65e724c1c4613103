/// Appends text pieces, collapsing every run of whitespace (across pieces) into one space and dropping
/// leading and trailing whitespace. Works on UTF-8 bytes (the hot path of extraction).
///
/// ```swift
/// var c = WhitespaceCollapser()
/// c.append("  a \n"); c.append(" b")
/// c.result  // "a b"
/// ```
struct WhitespaceCollapser {
    private var bytes: [UInt8] = []
    /// Characters (Unicode scalars) in the result.
    private(set) var count = 0
    private var pendingSpace = false

    var isEmpty: Bool { bytes.isEmpty }

    var result: String { String(decoding: bytes, as: UTF8.self) }

    mutating func append(_ piece: String) {
        var piece = piece
        piece.withUTF8 { append($0) }
    }

    /// Appends UTF-8 bytes (a text node's text in ``PageTree/textBytes``).
    mutating func append(_ p: UnsafeBufferPointer<UInt8>) {
        let n = p.count
        var i = 0
        while i < n {
            let width = Self.spaceWidth(p, i)
            if width > 0 {
                pendingSpace = true
                i += width
                continue
            }
            if pendingSpace && !bytes.isEmpty {
                bytes.append(0x20)
                count += 1
            }
            pendingSpace = false
            // NB: a run of non-space bytes is appended at once (byte by byte showed in profiles).
            let start = i
            repeat {
                if p[i] & 0xC0 != 0x80 { count += 1 }
                i += 1
            } while i < n && Self.spaceWidth(p, i) == 0
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: p[start..<i]))
        }
    }

    /// The byte length of a whitespace character at `i`, or 0.
    @inline(__always)
    static func spaceWidth(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let b = p[i]
        if b < 0x80 { return b == 0x20 || (b >= 0x09 && b <= 0x0D) ? 1 : 0 }
        let n = p.count
        switch b {
        case 0xC2: return i + 1 < n && p[i + 1] == 0xA0 ? 2 : 0  // NO-BREAK SPACE
        case 0xE1: return i + 2 < n && p[i + 1] == 0x9A && p[i + 2] == 0x80 ? 3 : 0  // OGHAM SPACE MARK
        case 0xE2:
            guard i + 2 < n else { return 0 }
            let (c, d) = (p[i + 1], p[i + 2])
            // EN QUAD … HAIR SPACE, LINE SEPARATOR, PARAGRAPH SEPARATOR, NARROW NO-BREAK SPACE
            if c == 0x80 && (d <= 0x8A || d == 0xA8 || d == 0xA9 || d == 0xAF) { return 3 }
            return c == 0x81 && d == 0x9F ? 3 : 0  // MEDIUM MATHEMATICAL SPACE
        case 0xE3: return i + 2 < n && p[i + 1] == 0x80 && p[i + 2] == 0x80 ? 3 : 0  // IDEOGRAPHIC SPACE
        case 0xEF: return i + 2 < n && p[i + 1] == 0xBB && p[i + 2] == 0xBF ? 3 : 0  // ZERO WIDTH NO-BREAK SPACE (BOM)
        default: return 0
        }
    }

    /// The result lower-cased when it is ASCII, Latin-1 (U+0080–U+00FF) and Arabic letters (U+0600–U+06FF, which
    /// have no case) only: `result.lowercased()` without Unicode case tables. Nil for other text.
    ///
    /// NB: `lowercased()` per block looks up every letter's case properties, which showed in profiles (Arabic,
    /// then German and French lines).
    func caselessLowercased() -> String? {
        var lower = bytes
        var i = 0
        while i < lower.count {
            let b = lower[i]
            if b < 0x80 {
                if b >= 0x41 && b <= 0x5A { lower[i] = b | 0x20 }
                i += 1
            } else if (b == 0xC2 || b == 0xC3) && i + 1 < lower.count && lower[i + 1] & 0xC0 == 0x80 {
                // À…Þ (U+00C0–U+00DE) but × (U+00D7) lower-case by +0x20; the rest of Latin-1 has no lower-case
                // mapping to another character (ß and µ stay as they are).
                let c = lower[i + 1]
                if b == 0xC3 && c <= 0x9E && c != 0x97 { lower[i + 1] = c + 0x20 }
                i += 2
            } else if b >= 0xD8 && b <= 0xDB && i + 1 < lower.count && lower[i + 1] & 0xC0 == 0x80 {
                i += 2
            } else {
                return nil
            }
        }
        return String(decoding: lower, as: UTF8.self)
    }

    /// Forces a break between what came before and what follows (a space unless the text is empty).
    mutating func separate() {
        pendingSpace = true
    }

    mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        count = 0
        pendingSpace = false
    }

    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0C, 0x0B, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F,
            0x3000, 0xFEFF:
            return true
        default:
            return false
        }
    }
}
