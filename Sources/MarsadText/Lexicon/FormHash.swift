/// The hash lexicons key folded word forms by: 64-bit FNV-1a over UTF-8 bytes.
///
/// ```swift
/// FormHash.hash(FoldedText.fold("إيران"))  // same as the hash of the token «ايران» in a document
/// ```
///
/// NB: lexicons compare forms by this hash alone. With 64 bits and a few hundred thousand forms the chance of
/// any collision is about 10⁻⁹; the speed (no byte comparison per lookup) is worth it.
public enum FormHash {
    public static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    public static let prime: UInt64 = 0x0000_0100_0000_01b3

    @inline(__always)
    public static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var h = seed
        for i in range {
            h = (h ^ UInt64(bytes[i])) &* prime
        }
        return h
    }

    public static func hash(_ form: String) -> UInt64 {
        var h = seed
        for b in form.utf8 { h = (h ^ UInt64(b)) &* prime }
        return h
    }

    public static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var h = seed
        for b in bytes { h = (h ^ UInt64(b)) &* prime }
        return h
    }

    /// The hashes of words as lexicons key them: each folded, then hashed («إلى» and «الى» give one hash).
    public static func folded(_ words: some Sequence<String>) -> Set<UInt64> {
        Set(words.map { hash(FoldedText.fold($0)) })
    }
}
