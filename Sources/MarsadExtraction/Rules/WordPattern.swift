/// One class/id word rule: `word` matches exactly, `word*` a prefix, `*word` a suffix, `*word*` a substring.
///
/// ```swift
/// WordPattern("comment*").matches(Array("comments".utf8))  // true
/// ```
public struct WordPattern: Sendable, Hashable {
    enum Kind: Sendable, Hashable { case exact, prefix, suffix, contains }
    let kind: Kind
    /// The word in lower-case UTF-8.
    let word: [UInt8]

    public init(_ entry: String) {
        let lower = entry.lowercased()
        let starts = lower.hasPrefix("*")
        let ends = lower.hasSuffix("*") && lower.count > 1
        word = Array(lower.dropFirst(starts ? 1 : 0).dropLast(ends ? 1 : 0).utf8)
        kind = starts && ends ? .contains : starts ? .suffix : ends ? .prefix : .exact
    }

    public func matches(_ token: [UInt8]) -> Bool {
        token.withUnsafeBufferPointer { matches($0) }
    }

    // NB: on unsafe buffers: array slices compared with elementsEqual showed in profiles (this runs for every
    // class word of a page against every wildcard rule).
    func matches(_ t: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = t.count
        let m = word.count
        guard n >= m else { return false }
        guard m > 0 else { return kind != .exact || n == 0 }
        return word.withUnsafeBufferPointer { w in
            func same(at offset: Int) -> Bool {
                var k = 0
                while k < m && t[offset + k] == w[k] { k += 1 }
                return k == m
            }
            switch kind {
            case .exact: return n == m && same(at: 0)
            case .prefix: return same(at: 0)
            case .suffix: return same(at: n - m)
            case .contains:
                let first = w[0]
                var i = 0
                while i + m <= n {
                    if t[i] == first && same(at: i) { return true }
                    i += 1
                }
                return false
            }
        }
    }
}

/// A set of ``WordPattern``s with a fast path for exact words.
public struct WordPatternSet: Sendable {
    private var exact: Set<ByteWord> = []
    private var others: [WordPattern] = []

    public init(_ entries: [String]) {
        for e in entries {
            let p = WordPattern(e)
            if p.kind == .exact { exact.insert(ByteWord(p.word)) } else { others.append(p) }
        }
    }

    /// True when any of the words matches.
    public func matchesAny(_ tokens: [[UInt8]]) -> Bool {
        for t in tokens {
            if exact.contains(ByteWord(t)) { return true }
            for p in others where p.matches(t) { return true }
        }
        return false
    }

    /// True when any word of a class or id value (``tokens(_:)``) matches.
    public func matchesAny(in value: String) -> Bool {
        var found = false
        Self.forEachToken(in: value) { word in
            if !found && (exact.contains(ByteWord(Array(word))) || others.contains { $0.matches(word) }) {
                found = true
            }
        }
        return found
    }

    /// Words of a class or id value, as lower-case UTF-8: cut at every ASCII character that is not a letter
    /// or digit (other characters count as letters). Each whole space-separated value is also a word so
    /// that `article-body` matches an `article-body` entry.
    public static func tokens(_ value: String) -> [[UInt8]] {
        var out: [[UInt8]] = []
        forEachToken(in: value) { out.append(Array($0)) }
        return out
    }

    /// Calls `body` with each word of ``tokens(_:)`` in place (lower-cased into one scratch buffer; nothing
    /// is allocated per word).
    static func forEachToken(in value: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        let n = value.utf8.count
        guard n > 0 else { return }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n) { scratch in
            // NB: from the string's contiguous bytes when it has them (a loop over the UTF-8 view showed in profiles).
            let copied: Void? = value.utf8.withContiguousStorageIfAvailable { source in
                for k in 0..<n {
                    let b = source[k]
                    scratch[k] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                }
            }
            if copied == nil {
                var k = 0
                for b in value.utf8 {
                    scratch[k] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                    k += 1
                }
            }
            let bytes = UnsafeBufferPointer(scratch)
            @inline(__always) func isWordByte(_ b: UInt8) -> Bool {
                b >= 0x80 || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39)
            }
            @inline(__always) func isSpace(_ b: UInt8) -> Bool {
                b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C
            }
            var i = 0
            while i < n {
                while i < n && !isWordByte(bytes[i]) { i += 1 }
                let start = i
                while i < n && isWordByte(bytes[i]) { i += 1 }
                if i > start { body(UnsafeBufferPointer(rebasing: bytes[start..<i])) }
            }
            i = 0
            while i < n {
                while i < n && isSpace(bytes[i]) { i += 1 }
                let start = i
                var mixed = false
                while i < n && !isSpace(bytes[i]) {
                    if !isWordByte(bytes[i]) { mixed = true }
                    i += 1
                }
                if mixed && i > start { body(UnsafeBufferPointer(rebasing: bytes[start..<i])) }
            }
        }
    }
}

/// A word as UTF-8 bytes, hashed in one call (`Set<[UInt8]>` hashes byte by byte, which showed in profiles).
public struct ByteWord: Hashable, Sendable {
    public let bytes: [UInt8]

    public init(_ bytes: [UInt8]) { self.bytes = bytes }

    public func hash(into hasher: inout Hasher) {
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }
}
