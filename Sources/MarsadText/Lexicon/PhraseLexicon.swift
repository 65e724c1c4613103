public import MarsadCore

/// A dictionary of multiword phrases over folded word forms, matched against the clitic analyses of tokens.
///
/// ```swift
/// var lex = PhraseLexicon()
/// let id = lex.add([["الاتحاد"], ["الأوروبي", "الاوربي"]])   // payloads live with the caller, by id
/// lex.finish()
/// let m = lex.longestMatch(in: doc, at: 3, limit: sentence.tokens.upperBound)  // m?.entry == id
/// ```
///
/// Each phrase is a list of elements; an element is a set of alternative forms or a gap (`...`) of up to
/// ``maxGap`` words. Phrases are indexed by their first element, so a lookup costs one probe of a
/// ``FormTable`` per candidate analysis of the token. Call ``finish()`` after the last ``add(_:)``.
///
/// NB: phrases are stored flat (no array per phrase or per element) so that matching, which runs for
/// every token of every document, touches no reference counts.
public struct PhraseLexicon: Sendable {
    /// One element of a phrase: a range of alternative form hashes in `forms`, or a gap (count -1).
    struct Element: Sendable {
        var formsStart: Int32
        var formsCount: Int32
        /// Bit `h & 63` of each form `h`: a token whose ``MarsadCore/Token/candidateMask`` shares none cannot
        /// match, and is skipped without comparing its analyses with every form.
        var mask: UInt64 = 0
        var isGap: Bool { formsCount < 0 }
    }

    /// A phrase found in the text.
    public struct Match: Sendable {
        public var entry: Int
        /// Tokens from the first matched word through the last.
        public var tokens: Range<Int>
        /// The analysis (index into ``MarsadCore/Document/candidates``) that matched the first word.
        public var firstAnalysis: Int
        /// How many words (not gaps) the phrase has: a phrase with more words is more specific.
        public var words: Int
    }

    private var elements: [Element] = []
    private var forms: [UInt64] = []
    /// For phrase i: its elements are `elements[elementStarts[i]..<elementStarts[i + 1]]`.
    private var elementStarts: [Int32] = [0]
    private var wordCounts: [Int32] = []
    /// For phrase i: bit `h & 63` of each form `h` of its second element (0 when it has none or a gap there),
    /// tested against the next token's ``MarsadCore/Token/candidateMask`` before matching the phrase.
    private var secondMasks: [UInt64] = []
    /// Each posting of `index` (in posting order) with its phrase's `secondMasks`. NB: side by side: read by
    /// phrase id, the mask of a word that starts many phrases («وزير») was spread over the whole array, and
    /// that load missed the cache on most postings (a fifth of the matcher's time).
    private var postingEntries: [Posting] = []

    struct Posting {
        var second: UInt64
        var phrase: Int
    }
    private var builder = FormTable.Builder()
    private var index = FormTable()
    public var maxGap = 6
    /// «كل» and «من»: «كل من:» opens a list (see `extend`).
    static let each = FormHash.hash(FoldedText.fold("كل"))
    static let min = FormHash.hash(FoldedText.fold("من"))
    /// Whether an opening quotation mark may stand between two words of a phrase: the press quotes the name
    /// after the kind of group it is («جماعة «الشباب»»، «حركة “فتح”»).
    public var skipsQuotes = false

    public init() {}

    public var count: Int { wordCounts.count }

    /// Adds a phrase: one array of alternative written forms per element; `["..."]` is a gap. Returns its id.
    /// `verbFirst`: the first element is a verb, whose «ال» is not an article («التقى»). `keepArticle`: the
    /// article is part of the name («الولايات المتحدة», «الهند» — not «هند»); «للهند» still matches through
    /// the analyzer's «ل» + «ال» split. `nisbaAccusative`: words ending in «ي» match their accusative too
    /// («إيرانيا»; see ``LexiconForm/variants(of:stripArticle:nisbaAccusative:)``).
    @discardableResult
    public mutating func add(
        _ phrase: [[String]], verbFirst: Bool = false, keepArticle: Bool = false, nisbaAccusative: Bool = false
    ) -> Int {
        let id = wordCounts.count
        var words: Int32 = 0
        for (k, alternatives) in phrase.enumerated() {
            if alternatives == ["..."] {
                elements.append(Element(formsStart: Int32(forms.count), formsCount: -1))
                continue
            }
            var set = Set<UInt64>()
            for form in alternatives {
                set.formUnion(
                    LexiconForm.hashes(
                        of: form, stripArticle: !keepArticle && !(verbFirst && k == 0), nisbaAccusative: nisbaAccusative
                    ))
            }
            let sorted = set.sorted()
            if k == 0 { for h in sorted { builder.add(h, entry: Int32(id)) } }
            elements.append(
                Element(
                    formsStart: Int32(forms.count), formsCount: Int32(sorted.count),
                    mask: sorted.reduce(0) { $0 | 1 << ($1 & 63) }))
            forms.append(contentsOf: sorted)
            words += 1
        }
        var second: UInt64 = 0
        let firstElement = Int(elementStarts[id])
        if elements.count > firstElement + 1, !elements[firstElement + 1].isGap {
            let e = elements[firstElement + 1]
            for f in Int(e.formsStart)..<Int(e.formsStart) + Int(e.formsCount) { second |= 1 << (forms[f] & 63) }
        }
        elementStarts.append(Int32(elements.count))
        wordCounts.append(words)
        secondMasks.append(second)
        return id
    }

    /// Builds the lookup index; call once after adding phrases (adding more later needs another call).
    public mutating func finish() {
        index = builder.build()
        postingEntries = (0..<index.postingCount).map {
            Posting(second: secondMasks[index.posting($0)], phrase: index.posting($0))
        }
    }

    /// Appends every phrase that starts at token `at` and ends before `limit` to `out` (a buffer the caller
    /// reuses, so that the hot loop allocates nothing). Tokens in `free` (the actors, a trigger's
    /// arguments) and commas do not count against a gap's length.
    public func matches(in doc: Document, at: Int, limit: Int, free: FreeTokens? = nil, into out: inout [Match]) {
        forEachMatch(in: doc, at: at, limit: limit, free: free) { out.append($0) }
    }

    /// The longest phrase starting at token `at` (ties: the earliest added).
    public func longestMatch(in doc: Document, at: Int, limit: Int, free: FreeTokens? = nil) -> Match? {
        var best: Match?
        forEachMatch(in: doc, at: at, limit: limit, free: free) { m in
            if let b = best,
                m.tokens.count < b.tokens.count || (m.tokens.count == b.tokens.count && m.entry >= b.entry)
            {
                return
            }
            best = m
        }
        return best
    }

    /// Calls `body` with every phrase that starts at token `at`. NB: a phrase whose second word cannot be
    /// among the next token's analyses (one-word masks) is skipped before it is matched.
    @inline(__always)
    private func forEachMatch(
        in doc: Document, at: Int, limit: Int, free: FreeTokens?, _ body: (Match) -> Void
    ) {
        let token = doc.tokens[at]
        var next = at + 1
        if skipsQuotes && next + 1 < limit && doc.isOpeningQuote(next) { next += 1 }
        let nextMask = next < limit ? doc.tokens[next].candidateMask : 0
        for c in Int(token.candidates.lowerBound)..<Int(token.candidates.upperBound) {
            let (start, count) = index.postings(for: doc.candidates[c].hash)
            for p in start..<start + count {
                let posting = postingEntries[p]
                if posting.second != 0 && posting.second & nextMask == 0 { continue }
                let id = posting.phrase
                guard let end = extend(id, element: 1, token: at + 1, limit: limit, doc, free) else { continue }
                body(Match(entry: id, tokens: at..<end, firstAnalysis: c, words: Int(wordCounts[id])))
            }
        }
    }

    /// Whether token `t` has an analysis among the forms of element `e`.
    @inline(__always)
    private func tokenMatches(_ t: Int, _ e: Element, _ doc: Document) -> Bool {
        guard doc.tokens[t].candidateMask & e.mask != 0 else { return false }
        let r = doc.tokens[t].candidates
        let lo = Int(e.formsStart)
        let hi = lo + Int(e.formsCount)
        for c in Int(r.lowerBound)..<Int(r.upperBound) {
            let h = doc.candidates[c].hash
            for f in lo..<hi where forms[f] == h { return true }
        }
        return false
    }

    /// Matches the elements of phrase `id` from `element` on, starting at token `t`; returns the exclusive
    /// end token.
    private func extend(_ id: Int, element k: Int, token t: Int, limit: Int, _ doc: Document, _ free: FreeTokens?)
        -> Int?
    {
        let e = Int(elementStarts[id]) + k
        if e == Int(elementStarts[id + 1]) { return t }
        let element = elements[e]
        if !element.isGap {
            if skipsQuotes && k > 0 && t + 1 < limit && doc.isOpeningQuote(t) {
                return extend(id, element: k, token: t + 1, limit: limit, doc, free)
            }
            guard t < limit, doc.tokens[t].kind != .punctuation, tokenMatches(t, element, doc) else { return nil }
            return extend(id, element: k + 1, token: t + 1, limit: limit, doc, free)
        }
        var u = t
        var used = 0
        while u <= limit && used <= maxGap {
            if let end = extend(id, element: k + 1, token: u, limit: limit, doc, free) { return end }
            guard u < limit else { return nil }
            if doc.tokens[u].kind == .punctuation {
                // A gap does not cross a full stop, colon or quotation mark — but the colon of «كل من:» opens the
                // list of the subjects in the gap («أقدم كل من: فلان، وفلان على قتل …»).
                let b = doc.normalized[Int(doc.tokens[u].normalized.lowerBound)]
                if b == 0x2E { return nil }
                // … but the quotation marks around the gap's first word may («أعرب "الغفيص" عن شكره»: the press quotes
                // a name).
                if b == 0x22, !Self.quotesOneWord(u, from: t, limit, doc) { return nil }
                if b == 0x3A, !(u >= 2 && doc.formHash(u - 1) == Self.min && doc.formHash(u - 2) == Self.each) {
                    return nil
                }
            } else if !(free?.contains(u) ?? false) {
                used += 1
            }
            u += 1
        }
        return nil
    }
}

extension PhraseLexicon {
    /// Whether the «"» at token `u` opens or closes a quotation of one word that starts a gap at token `start`:
    /// «أعرب "الغفيص" عن». NB: only there: further into the gap a quoted word is mostly a newspaper's name («زود
    /// ال"الرياض" بنسخة منه»).
    static func quotesOneWord(_ u: Int, from start: Int, _ limit: Int, _ doc: Document) -> Bool {
        func isQuote(_ t: Int) -> Bool {
            t < limit && doc.tokens[t].kind == .punctuation
                && doc.normalized[Int(doc.tokens[t].normalized.lowerBound)] == 0x22
        }
        guard u == start || u == start + 2, start + 2 < limit, doc.tokens[start + 1].kind == .word else {
            return false
        }
        return isQuote(start) && isQuote(start + 2)
    }
}

/// Tokens of one sentence that do not count against a pattern's gap (its actors).
public struct FreeTokens: Sendable {
    private let range: Range<Int>
    private var bits: [Bool]
    private let all: Bool

    public init(_ sentence: Range<Int>) {
        range = sentence
        bits = [Bool](repeating: false, count: sentence.count)
        all = false
    }

    /// Every token of the sentence free: a gap may then span the whole clause (no array is made).
    public init(all sentence: Range<Int>) {
        range = sentence
        bits = []
        all = true
    }

    public mutating func mark(_ token: Int) {
        if !all && range.contains(token) { bits[token - range.lowerBound] = true }
    }

    @inline(__always)
    public func contains(_ token: Int) -> Bool {
        range.contains(token) && (all || bits[token - range.lowerBound])
    }
}
