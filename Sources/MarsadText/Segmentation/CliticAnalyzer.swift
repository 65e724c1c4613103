public import MarsadCore

/// Lists the orthographically possible clitic splits of every Arabic word token and picks one analysis.
///
/// ```swift
/// // «وبالاتفاق» → candidates: وبالاتفاق, بالاتفاق, الاتفاق, اتفاق (و + ب + ال + اتفاق), …
/// try CliticAnalyzer().process(&doc)
/// ```
///
/// Lexicons then look up each candidate's ``MarsadCore/WordCandidate/hash``: the analyzer does not decide
/// which split is right, the dictionaries do (a form found in a lexicon wins). Proclitics: و ف ب ك ل ال س
/// and their usual combinations; enclitics: the third-person pronoun suffixes ه ها هم هما هن and نا.
/// NB: first- and second-person ي ك كم are not split: news is written in the third person, and splitting
/// them turns «الاجتماعي» into «الاجتماع» and «هناك» into «هنا».
public struct CliticAnalyzer: Stage {
    public let name = "ar.clitics.v1"
    public let requires: Set<Annotation> = [.normalized, .tokens]
    public let provides: Set<Annotation> = [.words]

    /// Shortest stem kept, in letters.
    static let minStemLetters = 2

    /// Proclitic sequences in folded spelling, longest first, with the clitics they carry.
    static let proclitics: [([UInt8], Clitic)] = {
        let table: [(String, Clitic)] = [
            ("وبال", [.wa, .bi, .al]), ("فبال", [.fa, .bi, .al]), ("وكال", [.wa, .ka, .al]),
            ("وال", [.wa, .al]), ("فال", [.fa, .al]), ("بال", [.bi, .al]), ("كال", [.ka, .al]),
            ("ولل", [.wa, .li, .al]), ("فلل", [.fa, .li, .al]),
            ("لل", [.li, .al]), ("ال", [.al]),
            ("وب", [.wa, .bi]), ("فب", [.fa, .bi]), ("ول", [.wa, .li]), ("فل", [.fa, .li]),
            ("وك", [.wa, .ka]), ("وس", [.wa, .sa]), ("فس", [.fa, .sa]),
            ("و", [.wa]), ("ف", [.fa]), ("ب", [.bi]), ("ل", [.li]), ("ك", [.ka]), ("س", [.sa]),
        ]
        return table.map { (Array($0.0.utf8), $0.1) }
    }()

    /// The FNV state after hashing «ال».
    static let articleHash: UInt64 = {
        var h = FormHash.seed
        for b in "ال".utf8 { h = (h ^ UInt64(b)) &* FormHash.prime }
        return h
    }()

    /// Pronoun suffixes in folded spelling.
    static let enclitics: [[UInt8]] = ["هما", "هم", "هن", "ها", "نا", "ه"].map { Array($0.utf8) }

    /// An affix as a range of `affixBytes`, flat so that the hot loop touches no reference counts.
    struct Affix {
        var start: Int
        var length: Int
        var clitics: Clitic
        /// The affix's first two bytes (its first letter), tested before the whole affix.
        var lead: UInt16
    }

    private let affixBytes: [UInt8]
    /// The proclitic sequences grouped by their first letter, each group in the order of ``proclitics`` (longest
    /// first), with the range of each group: a word is tried only against the sequences that start with its own
    /// first letter. NB: every Arabic word went through all 24 sequences; a word with the article («ا») now goes
    /// through one.
    private let prefixes: [Affix]
    private let prefixGroups: [(lead: UInt16, range: Range<Int>)]
    private let suffixes: [Affix]
    private let articleState: UInt64

    public init() {
        var bytes: [UInt8] = []
        func flat(_ b: [UInt8], _ c: Clitic) -> Affix {
            defer { bytes.append(contentsOf: b) }
            return Affix(start: bytes.count, length: b.count, clitics: c, lead: UInt16(b[0]) << 8 | UInt16(b[1]))
        }
        let all = Self.proclitics.map { flat($0.0, $0.1) }
        var grouped: [Affix] = []
        var groups: [(lead: UInt16, range: Range<Int>)] = []
        for affix in all where !groups.contains(where: { $0.lead == affix.lead }) {
            let start = grouped.count
            grouped.append(contentsOf: all.filter { $0.lead == affix.lead })
            groups.append((affix.lead, start..<grouped.count))
        }
        prefixes = grouped
        prefixGroups = groups
        suffixes = Self.enclitics.map { flat($0, []) }
        affixBytes = bytes
        articleState = Self.articleHash
    }

    public func process(_ document: inout Document) throws(MarsadError) {
        var candidates: [WordCandidate] = []
        candidates.reserveCapacity(document.tokens.count * 4)
        var words: [Word] = []
        words.reserveCapacity(document.tokens.count)
        // NB: the tokens are taken out of the document and put back once: writing through `document.tokens[t]`
        // checked the array's uniqueness twice for every token. The loops below read `candidates` by index, not
        // through slices.
        var tokens = document.tokens
        document.tokens = []
        document.normalized.withUnsafeBufferPointer { norm in
            for t in tokens.indices {
                let token = tokens[t]
                let start = candidates.count
                let lo = Int(token.normalized.lowerBound)
                let hi = Int(token.normalized.upperBound)
                candidates.append(
                    WordCandidate(
                        hash: FormHash.hash(norm, lo..<hi), stem: token.normalized, proclitics: [],
                        encliticLength: 0))
                if token.kind == .word && CliticAnalyzer.isArabic(norm, lo) {
                    affixBytes.withUnsafeBufferPointer { affix in
                        analyze(norm, lo..<hi, affix, into: &candidates)
                    }
                }
                let end = candidates.count
                var mask: UInt64 = 0
                for c in start..<end { mask |= 1 << (candidates[c].hash & 63) }
                tokens[t].candidates = Int32(start)..<Int32(end)
                tokens[t].candidateMask = mask
                // Default analysis: the shortest-stem split that removes only و/ف and the article, as
                // Stanza's Arabic MWT does for the common cases; lexicon hits refine it downstream.
                var best = candidates[start]
                for k in (start + 1)..<end {
                    let c = candidates[k]
                    if c.encliticLength == 0 && c.proclitics.isSubset(of: [.wa, .fa, .al]) && c.stem.count >= 6
                        && c.stem.count < best.stem.count
                    {
                        best = c
                    }
                }
                words.append(
                    Word(token: t, stem: best.stem, proclitics: best.proclitics, encliticLength: best.encliticLength))
            }
        }
        document.tokens = tokens
        document.candidates = candidates
        document.words = words
    }

    @inline(__always)
    static func isArabic(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        b[i] >= 0xD8 && b[i] <= 0xDB
    }

    @inline(__always)
    static func hasPrefix(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, _ a: UnsafeBufferPointer<UInt8>, _ p: Affix)
        -> Bool
    {
        guard r.count >= p.length else { return false }
        for k in 0..<p.length where b[r.lowerBound + k] != a[p.start + k] { return false }
        return true
    }

    @inline(__always)
    static func hasSuffix(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, _ a: UnsafeBufferPointer<UInt8>, _ s: Affix)
        -> Bool
    {
        guard r.count >= s.length else { return false }
        let base = r.upperBound - s.length
        for k in 0..<s.length where b[base + k] != a[s.start + k] { return false }
        return true
    }

    /// Appends every split (other than the whole form) whose stem keeps at least two letters.
    /// NB: hot path — no allocation; a word whose first and last letters cannot be clitics is skipped at once.
    func analyze(
        _ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, _ a: UnsafeBufferPointer<UInt8>,
        into out: inout [WordCandidate]
    ) {
        let enclitics = suffixes
        let proclitics = prefixes
        let minBytes = Self.minStemLetters * 2
        var suffixMask: UInt32 = 1  // bit 0: no suffix
        // Every enclitic ends in ه (D9 87), م (D9 85), ن (D9 86) or ا (D8 A7).
        let l0 = b[r.upperBound - 2]
        let l1 = b[r.upperBound - 1]
        if (l0 == 0xD9 && (l1 == 0x87 || l1 == 0x85 || l1 == 0x86)) || (l0 == 0xD8 && l1 == 0xA7) {
            for (k, s) in enclitics.enumerated() where Self.hasSuffix(b, r, a, s) && r.count - s.length >= minBytes {
                suffixMask |= 1 << UInt32(k + 1)
            }
        }
        // Every proclitic starts with و ف ك ل (D9 88/81/83/84) or ب ا س (D8 A8/A7/B3).
        let c0 = b[r.lowerBound]
        let c1 = b[r.lowerBound + 1]
        let mayHavePrefix =
            (c0 == 0xD9 && (c1 == 0x88 || c1 == 0x81 || c1 == 0x83 || c1 == 0x84))
            || (c0 == 0xD8 && (c1 == 0xA8 || c1 == 0xA7 || c1 == 0xB3))
        let lead = UInt16(c0) << 8 | UInt16(c1)
        var group = 0..<0
        if mayHavePrefix {
            for g in prefixGroups where g.lead == lead {
                group = g.range
                break
            }
        }
        // p == -1 is "no prefix" (nothing to do without a suffix either); then each proclitic sequence of the word's
        // first letter that matches.
        var p = suffixMask == 1 ? group.lowerBound : -1
        while p < group.upperBound {
            defer { p = p < 0 ? group.lowerBound : p + 1 }
            var prefixLength = 0
            var clitics: Clitic = []
            if p >= 0 {
                let affix = proclitics[p]
                guard Self.hasPrefix(b, r, a, affix), r.count - affix.length >= minBytes else { continue }
                prefixLength = affix.length
                clitics = affix.clitics
            }
            // NB: FNV hashes a prefix of the stem first, so the stems that share this start (one per suffix) are
            // hashed in one pass, longest suffix (shortest stem) first.
            let lo = r.lowerBound + prefixLength
            var h = FormHash.seed
            var hashedTo = lo
            // Suffixes are listed longest first; k = 0 (no suffix, the longest stem) comes last.
            for step in 1...(enclitics.count + 1) {
                let k = step == enclitics.count + 1 ? 0 : step  // NB: not `%`: a division per step was a tenth
                guard suffixMask & (1 << UInt32(k)) != 0 else { continue }
                let sl = k == 0 ? 0 : enclitics[k - 1].length
                if prefixLength == 0 && sl == 0 { continue }
                let hi = r.upperBound - sl
                guard hi - lo >= minBytes, hi >= hashedTo else { continue }
                while hashedTo < hi {
                    h = (h ^ UInt64(b[hashedTo])) &* FormHash.prime
                    hashedTo += 1
                }
                out.append(
                    WordCandidate(
                        hash: h, stem: Int32(lo)..<Int32(hi), proclitics: clitics, encliticLength: Int8(sl)))
                // «زيارته» is زيارة + ه: before a pronoun ة is written ت, so also try the stem with ة (and never
                // read a whole word ending in ت, «طلبت», as a noun in ة).
                if sl > 0, hi - lo >= 6, b[hi - 2] == 0xD8, b[hi - 1] == 0xAA {
                    var ht = FormHash.seed
                    for i in lo..<(hi - 2) { ht = (ht ^ UInt64(b[i])) &* FormHash.prime }
                    ht = (ht ^ 0xD8) &* FormHash.prime
                    ht = (ht ^ 0xA9) &* FormHash.prime
                    out.append(
                        WordCandidate(
                            hash: ht, stem: Int32(lo)..<Int32(hi), proclitics: clitics, encliticLength: Int8(sl)))
                }
                // «لقائه» is لقاء + ه: before a pronoun a final hamza sits on yeh (folded to ي), so also try the
                // stem ending in «اء».
                if sl > 0, hi - lo >= 6, b[hi - 4] == 0xD8, b[hi - 3] == 0xA7, b[hi - 2] == 0xD9, b[hi - 1] == 0x8A {
                    var hh = FormHash.seed
                    for i in lo..<(hi - 2) { hh = (hh ^ UInt64(b[i])) &* FormHash.prime }
                    hh = (hh ^ 0xD8) &* FormHash.prime
                    hh = (hh ^ 0xA1) &* FormHash.prime
                    out.append(
                        WordCandidate(
                            hash: hh, stem: Int32(lo)..<Int32(hi), proclitics: clitics, encliticLength: Int8(sl)))
                }
                // «للهند» is ل + الهند: the article's alef is written away, so also try the stem with «ال».
                // NB: the stem range then points at the bare stem; the hash is that of «ال» + stem.
                if clitics.contains(.li) && clitics.contains(.al) {
                    var ha = articleState
                    for i in lo..<hi { ha = (ha ^ UInt64(b[i])) &* FormHash.prime }
                    out.append(
                        WordCandidate(
                            hash: ha, stem: Int32(lo)..<Int32(hi), proclitics: clitics.subtracting(.al),
                            encliticLength: Int8(sl)))
                }
            }
        }
    }
}
