/// The class and id word rules of ``ContentRules`` (boilerplate, caption, content and content-root words) in
/// one table, so that each word of an element is hashed once and the wildcard patterns are tried once.
///
/// ```swift
/// let marks = rules.classWords.marks(WordPatternSet.tokens("share-bar article-body"))
/// marks.boilerplate  // true («share*»)
/// marks.rootRank     // 0 («article-body»)
/// ```
struct ClassWordTable: Sendable {
    static let boilerplate: UInt8 = 1
    static let caption: UInt8 = 2
    static let content: UInt8 = 4

    /// Exact words (which kinds they are, and their content-root rank) in an open-addressing table keyed by an
    /// FNV-1a hash of their bytes, so that a word read in place is looked up without allocating (a
    /// power-of-two count of slots; -1 is empty).
    private var slots: [Int] = []
    private var entries: [(word: [UInt8], kinds: UInt8, rank: Int?)] = []
    /// Prefix, suffix and substring patterns with the kinds they mark.
    private var patterns: [(pattern: WordPattern, kinds: UInt8)] = []
    /// Indices into ``patterns``: prefix patterns by their first byte, suffix patterns by their last byte,
    /// and the others (substrings, empty words), so that a word is tried only against patterns that can match.
    private var byFirstByte = [[Int]](repeating: [], count: 256)
    private var byLastByte = [[Int]](repeating: [], count: 256)
    private var anywhere: [Int] = []

    init(boilerplate: [String], caption: [String], content: [String], roots: [ByteWord: Int]) {
        var exact: [ByteWord: (kinds: UInt8, rank: Int?)] = [:]
        for (entries, kind) in [(boilerplate, Self.boilerplate), (caption, Self.caption), (content, Self.content)] {
            for entry in entries {
                let p = WordPattern(entry)
                if p.kind == .exact {
                    exact[ByteWord(p.word), default: (0, nil)].kinds |= kind
                } else {
                    patterns.append((p, kind))
                }
            }
        }
        for (word, rank) in roots {
            exact[word, default: (0, nil)].rank = rank
        }
        for (k, (pattern, _)) in patterns.enumerated() {
            switch pattern.kind {
            case .prefix where !pattern.word.isEmpty: byFirstByte[Int(pattern.word[0])].append(k)
            case .suffix where !pattern.word.isEmpty: byLastByte[Int(pattern.word[pattern.word.count - 1])].append(k)
            default: anywhere.append(k)
            }
        }
        var size = 16
        while size < exact.count * 4 { size *= 2 }
        slots = [Int](repeating: -1, count: size)
        for (word, value) in exact.sorted(by: { $0.key.bytes.lexicographicallyPrecedes($1.key.bytes) }) {
            var slot = word.bytes.withUnsafeBufferPointer { Self.hash($0) } & (size - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = entries.count
            entries.append((word.bytes, value.kinds, value.rank))
        }
    }

    static func hash(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in word { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    /// The exact-word entry of a word, if any.
    private func lookup(_ word: UnsafeBufferPointer<UInt8>) -> (kinds: UInt8, rank: Int?)? {
        let mask = slots.count - 1
        var slot = Self.hash(word) & mask
        while true {
            let e = slots[slot]
            if e < 0 { return nil }
            let entry = entries[e]
            if entry.word.count == word.count && entry.word.withUnsafeBufferPointer({ $0.elementsEqual(word) }) {
                return (entry.kinds, entry.rank)
            }
            slot = (slot + 1) & mask
        }
    }

    /// What a list of words (``WordPatternSet/tokens(_:)``) says.
    func marks(_ words: [[UInt8]]) -> ClassMarks {
        var state = (kinds: UInt8(0), rank: Int?.none)
        for word in words { word.withUnsafeBufferPointer { add($0, to: &state) } }
        return Self.marks(state)
    }

    /// What the words of a class or id value say (the words of ``WordPatternSet/tokens(_:)``, read in place).
    func marks(of value: String) -> ClassMarks {
        var state = (kinds: UInt8(0), rank: Int?.none)
        WordPatternSet.forEachToken(in: value) { add($0, to: &state) }
        return Self.marks(state)
    }

    private func add(_ word: UnsafeBufferPointer<UInt8>, to state: inout (kinds: UInt8, rank: Int?)) {
        if let hit = lookup(word) {
            state.kinds |= hit.kinds
            if let r = hit.rank { state.rank = min(state.rank ?? r, r) }
        }
        guard let first = word.first, let last = word.last else {
            for k in anywhere where patterns[k].pattern.matches(word) { state.kinds |= patterns[k].kinds }
            return
        }
        func tryPatterns(_ list: [Int]) {
            for k in list where state.kinds & patterns[k].kinds == 0 && patterns[k].pattern.matches(word) {
                state.kinds |= patterns[k].kinds
            }
        }
        tryPatterns(byFirstByte[Int(first)])
        tryPatterns(byLastByte[Int(last)])
        tryPatterns(anywhere)
    }

    private static func marks(_ state: (kinds: UInt8, rank: Int?)) -> ClassMarks {
        var marks = ClassMarks()
        marks.boilerplate = state.kinds & Self.boilerplate != 0
        marks.caption = state.kinds & Self.caption != 0
        marks.content = state.kinds & Self.content != 0
        marks.rootRank = state.rank
        return marks
    }
}
