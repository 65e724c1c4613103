public import MarsadCore
import MarsadText

/// Finds trigger patterns in every sentence (longest match first) and records them as
/// ``MarsadCore/TriggerMention``s; ``EventCoder`` then chooses their actors.
///
/// ```swift
/// try TriggerFinder(triggers: .bundled()).process(&doc)
/// doc.triggers.count
/// ```
///
/// It runs after the actors, because actors do not count against a pattern's gap
/// («حذرت واشنطن ولندن وباريس طهران من فرض عقوبات» still matches «حذر ... عقوبات»).
public struct TriggerFinder: Stage {
    public let name = "ar.triggers.v1"
    public let requires: Set<Annotation> = [.tokens, .words, .sentences, .mentions]
    public let provides: Set<Annotation> = [.triggers]

    public let triggers: TriggerLexicon

    public init(triggers: TriggerLexicon) {
        self.triggers = triggers
    }

    public func process(_ document: inout Document) throws(MarsadError) {
        // NB: reads go through local copies made once: handing the inout `document` (or `self`'s lexicon) to
        // the matcher and the sort copied the whole value, a retain per array, for every token and comparison.
        let doc = document
        let lexicon = triggers.lexicon
        let patterns = triggers.patterns
        // NB: the closures below read this array, not `doc`: a closure that reads `doc` copied it per comparison.
        let candidates = doc.candidates
        let tokens = doc.tokens
        let text = doc.text
        var found: [TriggerMention] = []
        var all: [PhraseLexicon.Match] = []
        var mentionIndex = 0
        // NB: one buffer for every sentence's mention spans and object slots, not two arrays per sentence.
        var mentionSpans: [Range<Int>] = []
        var objectSlots: [Int] = []
        // NB: the words `markSubjectWords` freed in this sentence (one buffer for all sentences).
        var extraFree: [Int] = []
        for (s, sentence) in doc.sentences.enumerated() {
            // NB: the mask covers this sentence only; one sized to the document made long texts quadratic.
            var mask: FreeTokens?
            // Words of a group's several-word name («فجر ليبيا»، «الهيئة العليا للمفاوضات»): no act starts there.
            var named: [Range<Int>] = []
            mentionSpans.removeAll(keepingCapacity: true)
            while mentionIndex < doc.mentions.count && doc.mentions[mentionIndex].sentence == s {
                if mask == nil { mask = FreeTokens(sentence.tokens) }
                let mention = doc.mentions[mentionIndex]
                mentionSpans.append(mention.tokens)
                for t in mention.tokens { mask!.mark(t) }
                // «أقدم / فهد بن سالم بن ناصر – سعودي الجنسية – على قتل»: a nationality told of a person and the joiners of
                // a person's name («بن») are parts of that person, not words the gap counts.
                if mention.isDemonym, mention.tokens.upperBound < sentence.tokens.upperBound,
                    tokens[mention.tokens.upperBound].kind == .word,
                    CueWords.nationality.contains(doc.formHash(mention.tokens.upperBound))
                {
                    mask!.mark(mention.tokens.upperBound)
                    for t in sentence.tokens.lowerBound..<mention.tokens.lowerBound
                    where tokens[t].kind == .word && CueWords.nameJoiners.contains(doc.formHash(t)) {
                        mask!.mark(t)
                    }
                    // «أقدم كل من: فلان فلان، وفلان فلان – إثيوبيي الجنسية – على قتل»: the names the nationality is told
                    // of, back to the «/»، «:» or «،» that opens each, are those persons too.
                    for t in Self.namesBefore(mention.tokens.lowerBound, from: sentence.tokens.lowerBound, doc) {
                        mask!.mark(t)
                    }
                }
                if mention.name != nil && (mention.kind == .state || mention.kind == .organization)
                    && mention.tokens.count >= 2
                {
                    named.append(mention.tokens)
                }
                mentionIndex += 1
            }
            extraFree.removeAll(keepingCapacity: true)
            if mask != nil { Self.markSubjectWords(sentence.tokens, mentionSpans, doc, &mask!, &extraFree) }
            // Every match at every start, then the best ones that do not overlap: more pattern words first
            // (the most specific phrase), then fewer clitics stripped from the first word («وبحث» is و + بحث
            // before و + ب + حث), then a strong pattern before a weak one, then the more specific code, then
            // the longer span.
            all.removeAll(keepingCapacity: true)
            for i in sentence.tokens where doc.tokens[i].kind == .word {
                lexicon.matches(in: doc, at: i, limit: sentence.tokens.upperBound, free: mask, into: &all)
            }
            all.removeAll { m in
                !Self.fitsWord(
                    verb: patterns[m.entry].startsWithVerb, hamza: patterns[m.entry].needsHamza,
                    candidates[m.firstAnalysis], text, tokens[m.tokens.lowerBound].span)
            }
            if !named.isEmpty {
                // NB: but a phrase of force opening with a named force that ends before the phrase does («طائرات
                // التحالف العربي دمرت …»): the name is the phrase's subject.
                all.removeAll { m in
                    named.contains { name in
                        name.contains(m.tokens.lowerBound)
                            && !(name.lowerBound == m.tokens.lowerBound && name.upperBound < m.tokens.upperBound
                                && !patterns[m.entry].startsWithVerb && EventCoder.isForce(patterns[m.entry].code.root))
                    }
                }
            }
            // «قتل عشرون شخصا»: a count is no subject (option `subject`: «قتل جندي إسرائيلي شابا»); the phrase leaves the
            // words to other patterns («قتلت القوات 11 مسلحا»، «قتل 20 شخصا في حوادث عنف»).
            all.removeAll { m in
                guard patterns[m.entry].subjectGap, m.tokens.count > 2 else { return false }
                return (m.tokens.lowerBound + 1..<m.tokens.upperBound - 1).contains {
                    tokens[$0].kind == .number || CueWords.numberWords.contains(doc.formHash($0))
                }
            }
            // «أعلن الأكراد انتهاء الهدنة»، «دعا بحاح خلال زيارته أهالي المدينة إلى العودة»: a word in a phrase's gap that
            // gives it another sense (option `unlessGap`) leaves the words to the other patterns («دعا … إلى» there).
            all.removeAll { m in
                guard let unless = patterns[m.entry].unlessGap, m.tokens.count > 2 else { return false }
                return (m.tokens.lowerBound + 1..<m.tokens.upperBound - 1).contains { t in
                    tokens[t].kind == .word
                        && (Int(tokens[t].candidates.lowerBound)..<Int(tokens[t].candidates.upperBound)).contains {
                            unless.contains(candidates[$0].hash)
                        }
                }
            }
            // «استعادت القوات القصر في عدن، أمس وأحكموا سيطرتهم»: the words of a subject's titles and a statement's time
            // are free only in the gap of an act in words; other phrases count them as before.
            if !extraFree.isEmpty {
                all.removeAll { m in
                    guard m.tokens.count > m.words + 1,
                        !EventCoder.wordRoots.contains(patterns[m.entry].code.root)
                    else { return false }
                    var used = 0
                    for t in m.tokens.lowerBound + 1..<m.tokens.upperBound - (m.words - 1)
                    where tokens[t].kind == .word && (!mask!.contains(t) || extraFree.contains(t)) {
                        used += 1
                    }
                    return used > lexicon.maxGap
                }
            }
            // «وشنت طائرات التحالف غارات على …، وقصفت المدفعية …»، «تحرير عدن، وكسر شوكة الانقلاب المدعوم من إيران»:
            // the gap of a phrase of force that opens with a noun stays in its clause; a comma in it leads to another
            // clause's words («طائرات … قصفت» is not one act there). NB: force only: «عزم بلاده مستقبلا، تقديم دعم».
            all.removeAll { m in
                guard !patterns[m.entry].startsWithVerb, m.tokens.count > 2,
                    EventCoder.isForce(patterns[m.entry].code.root)
                else { return false }
                return (m.tokens.lowerBound + 1..<m.tokens.upperBound - 1).contains { tokens[$0].kind == .punctuation }
            }
            guard !all.isEmpty else { continue }
            // «وأدان الائتلاف الوطني السوري قصف الطيران الروسي …»: the word right after a verb's subject is its object, so
            // a word that is both a verb and a verbal noun is the noun there, even where the noun's pattern is weak.
            objectSlots.removeAll(keepingCapacity: true)
            for m in all where patterns[m.entry].startsWithVerb {
                if let subject = mentionSpans.first(where: { $0.lowerBound == m.tokens.upperBound }) {
                    objectSlots.append(subject.upperBound)
                }
            }
            all.sort { a, b in
                // A word telling what a statement says gives way to any act («يد العدالة» to a pattern of «يد»).
                let saysA = patterns[a.entry].says
                if saysA != patterns[b.entry].says { return !saysA }
                if a.words != b.words { return a.words > b.words }
                let stemA = candidates[a.firstAnalysis].stem.count
                let stemB = candidates[b.firstAnalysis].stem.count
                if stemA != stemB { return stemA > stemB }
                if a.tokens.lowerBound == b.tokens.lowerBound, objectSlots.contains(a.tokens.lowerBound),
                    patterns[a.entry].startsWithVerb != patterns[b.entry].startsWithVerb
                {
                    return !patterns[a.entry].startsWithVerb
                }
                let weakA = patterns[a.entry].weak
                if weakA != patterns[b.entry].weak { return !weakA }
                let sa = Self.specificity(patterns[a.entry].code.code)
                let sb = Self.specificity(patterns[b.entry].code.code)
                if sa != sb { return sa > sb }
                if a.tokens.count != b.tokens.count { return a.tokens.count > b.tokens.count }
                if a.tokens.lowerBound != b.tokens.lowerBound { return a.tokens.lowerBound < b.tokens.lowerBound }
                // «خطف مسلحون مصورا» / «بعد خطف الرهائن»: a word that is both a verb and a verbal noun is the verb
                // where it opens a clause (Arabic puts the verb first), the noun elsewhere.
                let verbA = patterns[a.entry].startsWithVerb
                if verbA != patterns[b.entry].startsWithVerb {
                    let t = a.tokens.lowerBound
                    let opens = t == sentence.tokens.lowerBound || tokens[t - 1].kind == .punctuation
                    return verbA == opens
                }
                return a.entry < b.entry
            }
            var taken: [Range<Int>] = []
            var gaps: [Range<Int>] = []
            var chosen: [TriggerMention] = []
            for m in all {
                if taken.contains(where: { $0.overlaps(m.tokens) }) {
                    // «واتفق الرئيسان في اتصال هاتفي أمس على العمل معا»: a call or a meeting in the gap of a longer
                    // phrase is an act of its own (the agreement was made in it).
                    guard patterns[m.entry].code.root == "04",
                        gaps.contains(where: {
                            $0.lowerBound <= m.tokens.lowerBound && m.tokens.upperBound <= $0.upperBound
                        })
                    else { continue }
                    gaps.removeAll { $0.overlaps(m.tokens) }
                } else {
                    // «هجوم تبنته الحركة»: the act's noun that opens a claim is left free for its own pattern.
                    taken.append(patterns[m.entry].alongside ? m.tokens.dropFirst() : m.tokens)
                    // NB: the words between the first word and the last `words - 1` (one gap after the first word).
                    if m.tokens.count > m.words + 1, !patterns[m.entry].code.root.hasPrefix("04") {
                        gaps.append(m.tokens.lowerBound + 1..<m.tokens.upperBound - (m.words - 1))
                    }
                }
                chosen.append(
                    TriggerMention(
                        sentence: s, tokens: m.tokens, pattern: m.entry, code: patterns[m.entry].code.code,
                        analysis: m.firstAnalysis))
            }
            found.append(contentsOf: chosen.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound })
        }
        document.triggers = found
    }

    /// The words of the names right before a nationality at `t` («فلان فلان، وفلان فلان – سعوديي الجنسية»): plain
    /// words back to a «/»، «:» or «،» (at most six per name; a name after «،» is joined by «و» to the one after it,
    /// and at most two names). Nothing when no such mark opens the names.
    static func namesBefore(_ t: Int, from lower: Int, _ doc: Document) -> [Int] {
        let tokens = doc.tokens
        var u = t - 1
        while u >= lower, tokens[u].kind == .punctuation, !isNameOpener(u, doc) { u -= 1 }
        var out: [Int] = []
        var names = 0
        while names < 2 {
            var words: [Int] = []
            while u >= lower, tokens[u].kind == .word, words.count < 6 {
                words.append(u)
                u -= 1
            }
            guard !words.isEmpty, u >= lower, tokens[u].kind == .punctuation, isNameOpener(u, doc) else { break }
            out += words
            names += 1
            // «، وفلان»: a comma before a name joined by «و» has another name before it.
            let r = doc.tokens[words.last!].candidates
            guard doc.isComma(u),
                (Int(r.lowerBound)..<Int(r.upperBound)).contains(where: { doc.candidates[$0].proclitics.contains(.wa) })
            else { break }
            u -= 1
        }
        return out
    }

    /// «/»، «:» or a comma: what opens a person's name in an official statement.
    static func isNameOpener(_ t: Int, _ doc: Document) -> Bool {
        let r = doc.tokens[t].normalized
        let b = doc.normalized[Int(r.lowerBound)]
        return b == 0x2F || b == 0x3A || doc.isComma(t)
    }

    /// Marks the words of a sentence that, like its actors, do not count against a pattern's gap: they belong to
    /// the verb's subject or to the time and manner of a statement, not to another clause.
    /// - a person's name opened by a rank («الشيخ سالم بن علي آل فلان»: the rank, the next word and each joiner with
    ///   the word after it), and the words between an actor and such a name, which complete the actor's title
    ///   («وصف رئيس [الهيئة العليا للإصلاح] الشيخ سالم بن علي الهجوم …»);
    /// - the day and part of the day, an honorific, «بأشد العبارات» and «بشدة» (`CueWords.gapWords`), and the
    ///   statement told «في بيان» («دان المجلس في بيان مساء أمس، بأشد العبارات، التفجير»).
    /// NB: one form lookup per word of a sentence with actors; the actors' spans are the ones already found.
    static func markSubjectWords(
        _ range: Range<Int>, _ mentions: [Range<Int>], _ doc: Document, _ free: inout FreeTokens, _ marked: inout [Int]
    ) {
        let tokens = doc.tokens
        func mark(_ t: Int) {
            guard !free.contains(t) else { return }
            free.mark(t)
            marked.append(t)
        }
        var t = range.lowerBound
        while t < range.upperBound {
            defer { t += 1 }
            guard tokens[t].kind == .word else { continue }
            let form = doc.formHash(t)
            if CueWords.gapWords.contains(form) {
                mark(t)
                continue
            }
            if CueWords.statementVehicles.contains(form), t > range.lowerBound, doc.formHash(t - 1) == CueWords.fi {
                mark(t - 1)
                mark(t)
                continue
            }
            guard CueWords.ranks.contains(form) || CueWords.honorifics.contains(form),
                let end = EventCoder.rankedNameEnd(at: t, before: range.upperBound, doc)
            else { continue }
            // The title the name completes: the plain words back to the nearest actor before it.
            if let before = mentions.last(where: { $0.upperBound <= t }), t - before.upperBound <= 6,
                !(before.upperBound..<t).contains(where: { tokens[$0].kind != .word })
            {
                for u in before.upperBound..<t { mark(u) }
            }
            for u in t..<end { mark(u) }
            t = end - 1
        }
    }

    /// Whether ``process(_:)`` could find any trigger in the document, whatever its actors: every word counts as
    /// an actor (so a pattern's gap may span the whole clause), and only the checks that do not look at actors
    /// are applied. When this is false, no trigger and so no event can come out of the document, and the stages
    /// between the sentences and the events need not run (see ``MarsadCore/StageGate``).
    /// NB: stops at the first possible trigger; a document with none (about a third of a news archive: sport,
    /// markets, services) is scanned once, like the trigger stage itself would.
    public func mayFindTriggers(in doc: Document) -> Bool {
        let lexicon = triggers.lexicon
        let patterns = triggers.patterns
        var all: [PhraseLexicon.Match] = []
        for sentence in doc.sentences {
            let free = FreeTokens(all: sentence.tokens)
            for i in sentence.tokens where doc.tokens[i].kind == .word {
                all.removeAll(keepingCapacity: true)
                lexicon.matches(in: doc, at: i, limit: sentence.tokens.upperBound, free: free, into: &all)
                for m in all
                where Self.fitsWord(
                    verb: patterns[m.entry].startsWithVerb, hamza: patterns[m.entry].needsHamza,
                    doc.candidates[m.firstAnalysis], doc.text, doc.tokens[m.tokens.lowerBound].span)
                {
                    return true
                }
            }
        }
        return false
    }

    /// The checks of a match's first word that do not look at actors. A verb takes only و، ف and the future «س»
    /// before it: «بحذر» (cautiously) is not «حذر» (warned). «ومن هنا» (from here) folds like «هنأ» (congratulated):
    /// such a word counts only with its hamza written. A word written with tanween («قاضياً» a judge, «حذراً»
    /// cautious) is a noun or an adjective, never a verb.
    /// NB: takes the pattern's two flags, not the pattern: a copy per match cost more than the checks.
    @inline(__always)
    static func fitsWord(verb: Bool, hamza: Bool, _ analysis: WordCandidate, _ text: String, _ span: TextSpan) -> Bool {
        if verb && !analysis.proclitics.isSubset(of: [.wa, .fa, .sa]) { return false }
        if hamza && !writesHamza(text, span) { return false }
        return !(verb && hasTanween(text, span))
    }

    /// Whether the text of `span` is written with a hamza letter (ء أ إ آ ؤ ئ: U+0621…U+0626, UTF-8 D8 A1…A6).
    /// NB: read from the bytes; neither the document nor a string is copied.
    static func writesHamza(_ text: String, _ span: TextSpan) -> Bool {
        hasPair(text, span, lead: 0xD8, 0xA1...0xA6)
    }

    /// Whether the text of `span` carries tanween (ً ٌ ٍ: U+064B…U+064D, UTF-8 D9 8B…8D), which only nouns and
    /// adjectives take.
    static func hasTanween(_ text: String, _ span: TextSpan) -> Bool {
        hasPair(text, span, lead: 0xD9, 0x8B...0x8D)
    }

    /// Whether the bytes of `span` hold the two-byte UTF-8 sequence `lead` + one of `second`.
    private static func hasPair(_ text: String, _ span: TextSpan, lead: UInt8, _ second: ClosedRange<UInt8>) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var i = span.start
            let end = min(span.end, bytes.count) - 1
            while i < end {
                if bytes[i] == lead && second.contains(bytes[i + 1]) { return true }
                i += 1
            }
            return false
        }
    }

    /// 3 for a four-digit code, 2 for a three-digit code other than x0, 1 for x0, 0 for a root.
    static func specificity(_ code: String) -> Int {
        switch code.count {
        case 4...: 3
        case 3: code.hasSuffix("0") ? 1 : 2
        default: 0
        }
    }

    /// A trigger found by ``matches(in:)``: its code, rule and token range.
    public struct Match: Sendable {
        public var code: String
        public var rule: String
        public var tokens: Range<Int>
    }

    /// Every trigger in a tokenized document (for tests and debugging).
    public func matches(in doc: Document) -> [Match] {
        var copy = doc
        try? process(&copy)
        return copy.triggers.map {
            Match(
                code: triggers.patterns[$0.pattern].code.code, rule: triggers.patterns[$0.pattern].rule,
                tokens: $0.tokens)
        }
    }
}
