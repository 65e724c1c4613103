/// One class/id word rule: `word` matches exactly, `word*` a prefix, `*word` a suffix, `*word*` a substring.
///
/// ```swift
/// WordPattern("comment*").matches("comments")  // true
/// ```
public struct WordPattern: Sendable, Hashable {
    enum Kind: Sendable, Hashable { case exact, prefix, suffix, contains }
    let kind: Kind
    let word: String

    public init(_ entry: String) {
        let lower = entry.lowercased()
        let starts = lower.hasPrefix("*")
        let ends = lower.hasSuffix("*") && lower.count > 1
        word = String(lower.dropFirst(starts ? 1 : 0).dropLast(ends ? 1 : 0))
        kind = starts && ends ? .contains : starts ? .suffix : ends ? .prefix : .exact
    }

    public func matches(_ token: Substring) -> Bool {
        switch kind {
        case .exact: return token == word
        case .prefix: return token.hasPrefix(word)
        case .suffix: return token.hasSuffix(word)
        case .contains: return token.contains(word)
        }
    }
}

/// A set of ``WordPattern``s with a fast path for exact words.
public struct WordPatternSet: Sendable {
    private var exact: Set<String> = []
    private var others: [WordPattern] = []

    public init(_ entries: [String]) {
        for e in entries {
            let p = WordPattern(e)
            if p.kind == .exact { exact.insert(p.word) } else { others.append(p) }
        }
    }

    /// True when any of the words matches.
    public func matchesAny(_ tokens: [Substring]) -> Bool {
        for t in tokens {
            if exact.contains(String(t)) { return true }
            for p in others where p.matches(t) { return true }
        }
        return false
    }

    /// Words of a class or id value: lower-cased, cut at every character that is not a letter or digit.
    /// The whole value (joined) is also a word so that `article-body` matches an `article-body` entry.
    public static func tokens(_ value: String) -> [Substring] {
        let lower = value.lowercased()
        var out = lower.split(whereSeparator: { !($0.isLetter || $0.isNumber) })
        for piece in lower.split(whereSeparator: \.isWhitespace)
        where piece.contains(where: { !($0.isLetter || $0.isNumber) }) {
            out.append(piece)
        }
        return out
    }
}
