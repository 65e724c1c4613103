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

    /// Exact words: which kinds they are, and their content-root rank.
    private var exact: [ByteWord: (kinds: UInt8, rank: Int?)] = [:]
    /// Prefix, suffix and substring patterns with the kinds they mark.
    private var patterns: [(pattern: WordPattern, kinds: UInt8)] = []

    init(boilerplate: [String], caption: [String], content: [String], roots: [ByteWord: Int]) {
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
    }

    /// What a list of words (``WordPatternSet/tokens(_:)``) says.
    func marks(_ words: [[UInt8]]) -> ClassMarks {
        var kinds: UInt8 = 0
        var rank: Int?
        for word in words {
            if let hit = exact[ByteWord(word)] {
                kinds |= hit.kinds
                if let r = hit.rank { rank = min(rank ?? r, r) }
            }
            for (pattern, kind) in patterns where kinds & kind == 0 && pattern.matches(word) { kinds |= kind }
        }
        var marks = ClassMarks()
        marks.boilerplate = kinds & Self.boilerplate != 0
        marks.caption = kinds & Self.caption != 0
        marks.content = kinds & Self.content != 0
        marks.rootRank = rank
        return marks
    }
}
