/// The content hash that makes ingestion idempotent: the same article text is stored once.
///
/// ```swift
/// ContentHash.of("نص")  // "9f2c…" (32 hex digits)
/// ```
///
/// Two FNV-1a 64-bit hashes with different offsets over the UTF-8 bytes, plus the byte count: 128 bits,
/// enough to tell apart the articles of any corpus this store holds. Not a cryptographic hash (nothing
/// here is adversarial: a collision would only make ingest skip one article).
public enum ContentHash {
    public static func of(_ text: String) -> String {
        var a: UInt64 = 0xcbf2_9ce4_8422_2325
        var b: UInt64 = 0x8422_2325_cbf2_9ce4
        let prime: UInt64 = 0x0000_0100_0000_01b3
        var count: UInt64 = 0
        for byte in text.utf8 {
            a = (a ^ UInt64(byte)) &* prime
            b = (b ^ UInt64(byte ^ 0x5A)) &* prime
            count &+= 1
        }
        b ^= count
        return hex(a) + hex(b)
    }

    private static func hex(_ v: UInt64) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }
}
