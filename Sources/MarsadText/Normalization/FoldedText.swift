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
        var out: [UInt8] = []
        var map: [Int32] = []
        let count = original.utf8.count
        out.reserveCapacity(count)
        map.reserveCapacity(count + 1)
        if original.utf8.withContiguousStorageIfAvailable({ Self.fold($0, &out, &map) }) == nil {
            Array(original.utf8).withUnsafeBufferPointer { Self.fold($0, &out, &map) }
        }
        map.append(Int32(count))
        self.original = original
        self.foldedBytes = out
        self.map = map
    }

    /// Bytes in, bytes out: no per-scalar `String` appends (this runs on every sentence with a date cue).
    private static func fold(_ bytes: UnsafeBufferPointer<UInt8>, _ out: inout [UInt8], _ map: inout [Int32]) {
        var i = 0
        while i < bytes.count {
            let b0 = bytes[i]
            if b0 < 0x80 {
                out.append(b0 >= 0x41 && b0 <= 0x5A ? b0 + 0x20 : b0)
                map.append(Int32(i))
                i += 1
                continue
            }
            let (v, width) = Tokenizer.decode(bytes, i)
            let start = out.count
            switch ScalarFolding.fold(Unicode.Scalar(v) ?? "\u{FFFD}") {
            case .keep: Tokenizer.append(v, to: &out)
            case .replace(let r): Tokenizer.append(r.value, to: &out)
            case .space: out.append(0x20)
            case .drop: break
            }
            for _ in start..<out.count { map.append(Int32(i)) }
            i += width
        }
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
