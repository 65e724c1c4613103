public import MarsadCore

/// A dictionary of multiword phrases over folded word forms, matched against the clitic analyses of tokens.
///
/// ```swift
/// var lex = PhraseLexicon<String>()
/// lex.add([["الاتحاد"], ["الأوروبي", "الاوربي"]], payload: "IGOEUREEC")
/// let m = lex.longestMatch(in: doc, at: 3, limit: sentence.tokens.upperBound)
/// ```
///
/// Each phrase is a list of elements; an element is a set of alternative forms or a gap (`...`) of up to
/// ``maxGap`` tokens. Phrases are indexed by their first element, so a lookup costs one hash probe per
/// candidate analysis of the token.
public struct PhraseLexicon<Payload: Sendable>: Sendable {
    public enum Element: Sendable {
        case word(Set<UInt64>)
        case gap
    }

    public struct Entry: Sendable {
        public var elements: [Element]
        public var payload: Payload
    }

    /// A phrase found in the text.
    public struct Match: Sendable {
        public var entry: Int
        /// Tokens from the first matched word through the last.
        public var tokens: Range<Int>
        /// The analysis (index into ``MarsadCore/Document/candidates``) that matched each word element.
        public var analyses: [Int]
    }

    public private(set) var entries: [Entry] = []
    private var index: [UInt64: [Int32]] = [:]
    public var maxGap = 6

    public init() {}

    public var count: Int { entries.count }

    /// Adds a phrase: one array of alternative written forms per element; `["..."]` is a gap.
    @discardableResult
    public mutating func add(_ phrase: [[String]], payload: Payload) -> Int {
        var elements: [Element] = []
        for alternatives in phrase {
            if alternatives == ["..."] {
                elements.append(.gap)
            } else {
                var set = Set<UInt64>()
                for form in alternatives { set.formUnion(LexiconForm.hashes(of: form)) }
                elements.append(.word(set))
            }
        }
        return add(elements: elements, payload: payload)
    }

    @discardableResult
    public mutating func add(elements: [Element], payload: Payload) -> Int {
        let id = entries.count
        entries.append(Entry(elements: elements, payload: payload))
        if case .word(let first)? = elements.first {
            for h in first { index[h, default: []].append(Int32(id)) }
        }
        return id
    }

    public subscript(_ i: Int) -> Entry { entries[i] }

    /// All phrases that start at token `at` and end before `limit`. Tokens marked in `free` (actors and
    /// time expressions, the arguments of a trigger) and commas do not count against a gap's length.
    public func matches(in doc: Document, at: Int, limit: Int, free: [Bool]? = nil) -> [Match] {
        var out: [Match] = []
        let token = doc.tokens[at]
        for c in Int(token.candidates.lowerBound)..<Int(token.candidates.upperBound) {
            guard let ids = index[doc.candidates[c].hash] else { continue }
            for id in ids {
                var analyses = [c]
                if let end = extend(
                    entries[Int(id)].elements, from: 1, token: at + 1, limit: limit, doc, free, &analyses)
                {
                    out.append(Match(entry: Int(id), tokens: at..<end, analyses: analyses))
                }
            }
        }
        return out
    }

    /// The longest phrase starting at token `at` (ties: the earliest-added entry).
    public func longestMatch(in doc: Document, at: Int, limit: Int, free: [Bool]? = nil) -> Match? {
        var best: Match?
        for m in matches(in: doc, at: at, limit: limit, free: free) {
            if best == nil || m.tokens.count > best!.tokens.count
                || (m.tokens.count == best!.tokens.count && m.entry < best!.entry)
            {
                best = m
            }
        }
        return best
    }

    /// Whether token `t` has an analysis among `forms`; returns that analysis.
    @inline(__always)
    static func analysis(of t: Int, in doc: Document, among forms: Set<UInt64>) -> Int? {
        let r = doc.tokens[t].candidates
        for c in Int(r.lowerBound)..<Int(r.upperBound) where forms.contains(doc.candidates[c].hash) {
            return c
        }
        return nil
    }

    /// Matches elements[k...] starting at token `t`; returns the exclusive end token.
    private func extend(
        _ elements: [Element], from k: Int, token t: Int, limit: Int, _ doc: Document, _ free: [Bool]?,
        _ analyses: inout [Int]
    ) -> Int? {
        if k == elements.count { return t }
        switch elements[k] {
        case .word(let forms):
            guard t < limit, doc.tokens[t].kind != .punctuation || forms.isEmpty,
                let a = PhraseLexicon.analysis(of: t, in: doc, among: forms)
            else { return nil }
            analyses.append(a)
            return extend(elements, from: k + 1, token: t + 1, limit: limit, doc, free, &analyses)
        case .gap:
            var u = t
            var used = 0
            while u <= limit && used <= maxGap {
                let mark = analyses.count
                if let end = extend(elements, from: k + 1, token: u, limit: limit, doc, free, &analyses) {
                    return end
                }
                analyses.removeSubrange(mark...)
                guard u < limit else { return nil }
                if doc.tokens[u].kind == .punctuation {
                    // A gap does not cross a full stop, colon or quotation mark.
                    let b = doc.normalized[Int(doc.tokens[u].normalized.lowerBound)]
                    if b == 0x2E || b == 0x3A || b == 0x22 { return nil }
                } else if !(free?[u] ?? false) {
                    used += 1
                }
                u += 1
            }
            return nil
        }
    }
}
