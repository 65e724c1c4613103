import MarsadText

/// A token of folded text: a run of letters, a run of ASCII digits, or one other mark.
///
/// ```swift
/// let tokens = DateToken.scan(Array("في 30 يونيو (حزيران)".utf8))
/// tokens.map(\.kind)  // [.word, .number, .word, .mark, .word, .mark]
/// tokens[2].key == DateToken.key("يونيو")  // true
/// ```
///
/// Offsets are UTF-8 offsets into the folded text. Digits and letters never share a token, so «2023م» is
/// `2023` + `م`. Scanning is one pass over the bytes; a token carries a 64-bit hash of its bytes (`key`)
/// instead of a `String`, because `String` hashing and comparison normalize Unicode and cost more than the
/// whole scan.
struct DateToken: Hashable, Sendable {
    enum Kind: UInt8, Sendable {
        case word, number, mark
    }

    var start: Int
    var end: Int
    var kind: Kind
    /// FNV-1a hash of the token's folded bytes (see ``key(_:)``).
    var key: UInt64
    /// The value of a number token (digits beyond the ninth are ignored); 0 for other tokens.
    var number: Int
    /// Whether a word starts with the article «ال».
    var isDefinite: Bool

    /// Number of digits of a number token.
    var digits: Int { kind == .number ? end - start : 0 }

    static let offsetBasis: UInt64 = 0xCBF2_9CE4_8422_2325

    /// FNV-1a over bytes, continuing from `hash`.
    ///
    /// NB: the vocabulary is indexed by this hash alone. With a few hundred entries, the chance that some
    /// other word of a text collides with one is about 2⁻⁵⁶ per token, far below any error we could see.
    @inline(__always)
    static func key(_ bytes: some Sequence<UInt8>, continuing hash: UInt64 = offsetBasis) -> UInt64 {
        var h = hash
        for b in bytes {
            h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3
        }
        return h
    }

    /// The key of folded text.
    static func key(_ text: some StringProtocol) -> UInt64 { key(text.utf8) }

    /// Splits folded UTF-8 bytes into tokens.
    static func scan(_ bytes: [UInt8]) -> [DateToken] {
        // NB: through a buffer pointer, with room made once: with the array's bounds and capacity checks on every
        // byte and token, the scan took about 40% longer (a quarter of the date stage before).
        bytes.withUnsafeBufferPointer { scan($0) }
    }

    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> [DateToken] {
        var tokens: [DateToken] = []
        tokens.reserveCapacity(bytes.count / 4 + 1)
        var runStart = 0
        var runKind: Kind?
        var i = 0
        let n = bytes.count

        func close(at end: Int) {
            guard let kind = runKind else { return }
            let key = DateToken.key(bytes[runStart..<end])
            var number = 0
            if kind == .number {
                for b in bytes[runStart..<min(end, runStart + 9)] { number = number * 10 + Int(b - 0x30) }
            }
            let definite =
                kind == .word && end - runStart >= 4 && bytes[runStart] == 0xD8
                && bytes[runStart + 1] == 0xA7 && bytes[runStart + 2] == 0xD9 && bytes[runStart + 3] == 0x84
            tokens.append(
                DateToken(start: runStart, end: end, kind: kind, key: key, number: number, isDefinite: definite))
            runKind = nil
        }

        while i < n {
            let b0 = bytes[i]
            let width: Int
            let v: UInt32
            if b0 < 0x80 {
                (width, v) = (1, UInt32(b0))
            } else if b0 < 0xE0, i + 1 < n {
                (width, v) = (2, UInt32(b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F))
            } else if b0 < 0xF0, i + 2 < n {
                let low = UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                (width, v) = (3, UInt32(b0 & 0x0F) << 12 | low)
            } else if i + 3 < n {
                (width, v) = (
                    4,
                    UInt32(b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                        | UInt32(bytes[i + 3] & 0x3F)
                )
            } else {
                (width, v) = (1, 0xFFFD)
            }
            let kind: Kind?
            if v >= 0x30 && v <= 0x39 {
                kind = .number
            } else if ScalarFolding.isWordScalar(v) {
                kind = .word
            } else if v == 0x20 || v == 0x09 || v == 0x0A || v == 0x0D {
                kind = nil
            } else {
                kind = .mark
            }
            if kind != runKind || kind == .mark {
                close(at: i)
                if let kind {
                    runKind = kind
                    runStart = i
                }
            }
            i += width
        }
        close(at: n)
        return tokens
    }
}
