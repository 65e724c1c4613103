/// A string folded for matching, with a map back to the original's UTF-8 offsets.
///
/// ```swift
/// let f = FoldedText("في ٣٠ يونيو (حزيران)")
/// f.folded                        // "في 30 يونيو (حزيران)"
/// f.originalOffset(ofFolded: 6)   // UTF-8 offset of "٣" in the original
/// ```
///
/// Use it for small texts (a sentence, a title). Documents are folded once by ``Tokenizer`` into
/// ``MarsadCore/Document/normalized``, token by token.
public struct FoldedText: Sendable {
    public let original: String
    /// The folded text's UTF-8 bytes.
    public let foldedBytes: [UInt8]
    public var folded: String { String(decoding: foldedBytes, as: UTF8.self) }
    /// `map[i]` is the original UTF-8 offset of folded UTF-8 offset `i`; one extra entry for the end.
    private let map: [Int32]

    public init(_ original: String) {
        // NB: folding never lengthens a scalar's UTF-8 (see ``ScalarFolding``), so buffers of the original's length
        // hold the output; filling them through pointers spared a capacity and uniqueness check per byte.
        let count = original.utf8.count
        var out = [UInt8](repeating: 0, count: count)
        var map = [Int32](repeating: 0, count: count + 1)
        var n = 0
        out.withUnsafeMutableBufferPointer { o in
            map.withUnsafeMutableBufferPointer { m in
                if original.utf8.withContiguousStorageIfAvailable({ n = Self.fold($0, o, m) }) == nil {
                    Array(original.utf8).withUnsafeBufferPointer { n = Self.fold($0, o, m) }
                }
            }
        }
        out.removeLast(count - n)
        map.removeLast(count - n)
        map[n] = Int32(count)
        self.original = original
        self.foldedBytes = out
        self.map = map
    }

    /// Bytes in, bytes out: no per-scalar `String` appends (this runs on every sentence with a date cue).
    /// Returns the number of folded bytes written.
    private static func fold(
        _ bytes: UnsafeBufferPointer<UInt8>, _ out: UnsafeMutableBufferPointer<UInt8>,
        _ map: UnsafeMutableBufferPointer<Int32>
    ) -> Int {
        var n = 0
        func put(_ byte: UInt8, _ from: Int) {
            // Only a malformed sequence (never in a `String`) could fold longer than it was.
            guard n < out.count else { return }
            out[n] = byte
            map[n] = Int32(from)
            n += 1
        }
        var i = 0
        while i < bytes.count {
            let b0 = bytes[i]
            if b0 < 0x80 {
                put(b0 >= 0x41 && b0 <= 0x5A ? b0 + 0x20 : b0, i)
                i += 1
                continue
            }
            // A plain Arabic letter folds to itself.
            if i + 1 < bytes.count, ScalarFolding.isPlainArabicLetter(b0, bytes[i + 1]) {
                put(b0, i)
                put(bytes[i + 1], i)
                i += 2
                continue
            }
            let (v, width) = Tokenizer.decode(bytes, i)
            var folded: UInt32?
            switch ScalarFolding.fold(Unicode.Scalar(v) ?? "\u{FFFD}") {
            case .keep: folded = v
            case .replace(let r): folded = r.value
            case .space: folded = 0x20
            case .drop: folded = nil
            }
            if let f = folded {
                if f < 0x80 {
                    put(UInt8(f), i)
                } else if f < 0x800 {
                    put(UInt8(0xC0 | (f >> 6)), i)
                    put(UInt8(0x80 | (f & 0x3F)), i)
                } else if f < 0x10000 {
                    put(UInt8(0xE0 | (f >> 12)), i)
                    put(UInt8(0x80 | ((f >> 6) & 0x3F)), i)
                    put(UInt8(0x80 | (f & 0x3F)), i)
                } else {
                    put(UInt8(0xF0 | (f >> 18)), i)
                    put(UInt8(0x80 | ((f >> 12) & 0x3F)), i)
                    put(UInt8(0x80 | ((f >> 6) & 0x3F)), i)
                    put(UInt8(0x80 | (f & 0x3F)), i)
                }
            }
            i += width
        }
        return n
    }

    /// The original UTF-8 offset of a folded UTF-8 offset.
    public func originalOffset(ofFolded i: Int) -> Int { Int(map[min(max(i, 0), map.count - 1)]) }

    /// The original UTF-8 range of a folded UTF-8 range.
    public func originalRange(ofFolded r: Range<Int>) -> Range<Int> {
        let lo = originalOffset(ofFolded: r.lowerBound)
        guard r.upperBound > r.lowerBound else { return lo..<lo }
        // End at the end of the original scalar that produced the last folded byte.
        let lastStart = originalOffset(ofFolded: r.upperBound - 1)
        var end = lastStart + 1
        let bytes = original.utf8
        var idx = bytes.index(bytes.startIndex, offsetBy: end)
        while idx < bytes.endIndex, bytes[idx] & 0xC0 == 0x80 {
            end += 1
            idx = bytes.index(after: idx)
        }
        return lo..<end
    }

    /// Folds a string (no map), for dictionary entries and queries.
    public static func fold(_ s: some StringProtocol) -> String { FoldedText(String(s)).folded }
}
