/// A string folded for matching, with a map back to the original's UTF-8 offsets.
///
/// ```swift
/// let f = FoldedText("في ٣٠ يونيو (حزيران)")
/// f.folded                        // "في 30 يونيو (حزيران)"
/// f.originalOffset(ofFolded: 6)   // UTF-8 offset of "٣" in the original
/// ```
///
/// Use it for small texts (a sentence, a title). Documents are folded once by ``DocumentNormalizer`` into
/// ``MarsadCore/Document/normalized``, token by token.
public struct FoldedText: Sendable {
    public let original: String
    public let folded: String
    /// `map[i]` is the original UTF-8 offset of folded UTF-8 offset `i`; one extra entry for the end.
    private let map: [Int32]

    public init(_ original: String) {
        var out = String.UnicodeScalarView()
        var map: [Int32] = []
        map.reserveCapacity(original.utf8.count + 1)
        var offset: Int32 = 0
        for s in original.unicodeScalars {
            let len = Int32(UTF8.width(s))
            switch ScalarFolding.fold(s) {
            case .keep:
                out.append(s)
                for _ in 0..<len { map.append(offset) }
            case .replace(let r):
                out.append(r)
                for _ in 0..<UTF8.width(r) { map.append(offset) }
            case .space:
                out.append(" ")
                map.append(offset)
            case .drop:
                break
            }
            offset += len
        }
        map.append(offset)
        self.original = original
        self.folded = String(out)
        self.map = map
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
