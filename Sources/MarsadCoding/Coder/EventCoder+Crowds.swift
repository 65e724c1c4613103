import MarsadCore
import MarsadText

extension EventCoder {
    /// Count words that may stand before a crowd («آلاف المتظاهرين»، «حشد من المحتجين»), besides the numbers.
    static let crowdCounts = CueWords.set([
        "حشد", "حشود", "الالاف", "الاف", "الوف", "جموع", "جمع", "مليون", "ملايين", "الملايين", "مئات", "المئات",
    ])
    /// Words of approximation before a count («نحو 25 متظاهرا»، «عدة آلاف»).
    static let approximations = CueWords.set(["نحو", "حوالي", "قرابة", "زهاء", "عدة", "اكثر", "اقل", "بضعة", "بضع"])
    /// «عدد المتظاهرين» is "the number of the demonstrators"; only «عدد من» counts them.
    static let numberOf = FormHash.hash(FoldedText.fold("عدد"))
    /// Words that open a clause before its verb («كما هاجم متظاهرون»، «فيما تدفق آلاف المتظاهرين»).
    static let clauseOpeners = CueWords.set([
        "كما", "ثم", "قد", "وقد", "فقد", "لقد", "فيما", "بينما", "حيث", "عندما", "حين", "بعدما", "لما", "اذ", "كذلك",
    ])

    /// Whether a crowd word (the last word of a pattern with option `crowd`) is the subject of its clause's verb.
    ///
    /// A verb-first pattern («تجمع ... متظاهرين»، «خرج ... محتجين») names the verb: only a count («آلاف»، «عشرات
    /// الآلاف من»، «نحو 200»، «عدد من») or a time («أمس») may stand between them, so that the crowd is not the object
    /// of another word («خرجوا لتشييع محتجين»، «احتشدت الشرطة ومنعت المتظاهرين»). A crowd word alone («متظاهرين»)
    /// is coded when a count makes it the subject of a verb that opens its clause: «وتدفق آلاف المتظاهرين الى …»،
    /// «وأغلق عدة آلاف من المحتجين طريقا». A counted crowd that acts reports that a protest took place; the bare
    /// «وهتف المتظاهرون» names the demonstrators of a protest already told, and tells more of it. Not when that
    /// verb is itself a trigger, a toll or an actor («واعتقلت الشرطة…»، «قتل 12 متظاهرا»: that act is coded, or
    /// none; a weak trigger may be the protest itself), and not «عدد المتظاهرين» (their number).
    func crowdActs(_ hit: Hit, _ hits: [Hit], _ context: SentenceContext, _ doc: Document) -> Bool {
        let lower = doc.sentences[context.index].tokens.lowerBound
        let crowd = hit.tokens.upperBound - 1
        var t = crowd - 1
        var counted = false
        if t > lower, wholeForm(t, doc) == CueWords.man { t -= 1 }
        while t >= lower, doc.tokens[t].kind != .punctuation,
            isNumber(t, doc) || hasAnalysis(t, in: Self.crowdCounts, doc)
        {
            if wholeForm(t, doc) == Self.numberOf && t + 1 == crowd { return false }
            counted = true
            t -= 1
        }
        // «نحو 200»، «أكثر من مليون».
        if counted, t > lower, wholeForm(t, doc) == CueWords.man, hasAnalysis(t - 1, in: Self.approximations, doc) {
            t -= 2
        } else if counted, t >= lower, doc.tokens[t].kind == .word, hasAnalysis(t, in: Self.approximations, doc) {
            t -= 1
        }
        if hit.pattern.startsWithVerb {
            // «وتجمع امس متظاهرون»: a time between the verb and its subject.
            while t > hit.tokens.lowerBound, isInDate(t, context, doc) { t -= 1 }
            return t == hit.tokens.lowerBound
        }
        guard counted, t >= lower, doc.tokens[t].kind == .word, isVerbShaped(t, doc),
            !context.mentions.contains(where: { $0.tokens.contains(t) })
        else { return false }
        guard opensClause(t, context, doc) else { return false }
        // «واعتقلت …»، «وقال متظاهرون»: that act is coded. A weak one may be the crowd's protest («واجتاح حشد المتظاهرين
        // الشوارع»).
        if hits.contains(where: { $0.tokens.contains(t) && !$0.pattern.weak }) { return false }
        return !hasAnalysis(t, in: triggers.cues.toll, doc)
    }

    /// Whether a word opens its clause: first in the sentence, after punctuation, with «و»/«ف», or after «كما»،
    /// «فيما»، «قد».
    func opensClause(_ t: Int, _ context: SentenceContext, _ doc: Document) -> Bool {
        let lower = doc.sentences[context.index].tokens.lowerBound
        return t == lower || doc.tokens[t - 1].kind == .punctuation || hasConjunction(t, doc)
            || hasAnalysis(t - 1, in: Self.clauseOpeners, doc)
    }

    /// The letters of a token as folded.
    private func letters(_ t: Int, _ doc: Document) -> [Unicode.Scalar] {
        let r = doc.tokens[t].normalized
        return Array(
            String(decoding: doc.normalized[Int(r.lowerBound)..<Int(r.upperBound)], as: UTF8.self).unicodeScalars)
    }

    /// Whether a word of four letters or more starts with «و» or «ف» («وقتل»).
    func startsWithConjunction(_ t: Int, _ doc: Document) -> Bool { hasConjunction(t, doc) }

    /// Whether a word of four letters or more starts with «و» or «ف».
    private func hasConjunction(_ t: Int, _ doc: Document) -> Bool {
        let all = letters(t, doc)
        return all.count > 3 && (all[0] == "و" || all[0] == "ف")
    }

    /// The letters of a token without «و»/«ف».
    private func bareLetters(_ t: Int, _ doc: Document) -> [Unicode.Scalar] {
        let all = letters(t, doc)
        return hasConjunction(t, doc) ? Array(all.dropFirst()) : all
    }

    /// Whether a word has the shape of a verb in the third person: no article or prepositional clitic, three to six
    /// letters, not a participle or noun of place («م…»), not ending in «ة» or «ات», and no long vowel before its last
    /// letter in a longer word, as verbal nouns have («خروج»، «ارتفاع»، «توقيف») — except the hollow verbs «قام»،
    /// «أعاق».
    func isVerbShaped(_ t: Int, _ doc: Document) -> Bool {
        if hasAnalysis(t, in: CueWords.prepositions, doc) || isNumber(t, doc) { return false }
        var w = bareLetters(t, doc)
        if w.count >= 5 && w.last == "ت" && w[w.count - 2] == "ا" { return false }
        if w.count >= 4 && w.last == "ت" { w.removeLast() }
        guard (3...6).contains(w.count) else { return false }
        // «الشرطة»; but «ألقى» (folded «القي») is a verb.
        if w.count >= 5 && w[0] == "ا" && w[1] == "ل" { return false }
        if w[0] == "م" || w[0] == "ب" || w[0] == "ل" { return false }
        if w.last == "ة" { return false }
        let penultimate = w[w.count - 2]
        if w.count >= 4 && ["ا", "و", "ي"].contains(penultimate) {
            return w.count == 4 && w[0] == "ا"
        }
        return true
    }
}
