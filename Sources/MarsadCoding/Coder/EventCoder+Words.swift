import MarsadCore
import MarsadText

extension EventCoder {
    /// The hash of a token's whole form (its first analysis, before any clitic is split off).
    func wholeForm(_ t: Int, _ doc: Document) -> UInt64 { doc.formHash(t) }

    /// Whether token `t` is the Arabic comma «،» (U+060C, UTF-8 D8 8C), read from its folded bytes.
    func isArabicComma(_ t: Int, _ doc: Document) -> Bool {
        let r = doc.tokens[t].normalized
        return r.count == 2 && doc.normalized[Int(r.lowerBound)] == 0xD8
            && doc.normalized[Int(r.lowerBound) + 1] == 0x8C
    }

    /// Whether token `t` is a comma, Latin «,» or Arabic «،».
    func isComma(_ t: Int, _ doc: Document) -> Bool { doc.isComma(t) }

    /// Whether token `t` is a colon (read on the bytes: no string).
    /// Whether punctuation token `t` ends a clause: a full stop, a colon, a Latin or an Arabic semicolon («؛», D8 9B).
    func isClauseEnd(_ t: Int, _ doc: Document) -> Bool {
        let r = doc.tokens[t].normalized
        let b = doc.normalized[Int(r.lowerBound)]
        return b == 0x2E || b == 0x3A || b == 0x3B
            || (r.count == 2 && b == 0xD8 && doc.normalized[Int(r.lowerBound) + 1] == 0x9B)
    }

    /// Whether token `t` is a plain word, as the words of an unknown name are: no preposition, no «إن/أن».
    func isPlainWord(_ t: Int, _ doc: Document) -> Bool {
        doc.tokens[t].kind == .word && !hasAnalysis(t, in: CueWords.prepositions, doc)
            && !CueWords.complementizers.contains(wholeForm(t, doc))
    }

    func isColon(_ t: Int, _ doc: Document) -> Bool {
        let r = doc.tokens[t].normalized
        return doc.tokens[t].kind == .punctuation && r.count == 1 && doc.normalized[Int(r.lowerBound)] == 0x3A
    }

    /// Where a person's name named from `t` on really ends: past the words of lineage the actor's mention left out
    /// («الأمير محمد بن نايف» + «بن عبدالعزيز آل سعود»: each «بن»/«آل» with the word after it) and past a prayer in
    /// dashes or brackets right after the name («- حفظه الله -»، «(رعاه الله)»: at most three words, one of them «الله»).
    /// The words between an act's subject and its object are then no farther than the act's window allows.
    func nameTailEnd(from t: Int, _ doc: Document) -> Int {
        let n = doc.tokens.count
        let end = Self.lineageEnd(from: t, before: n, doc)
        // A prayer: an opening dash or bracket, up to three words with «الله», the same mark again (or a closing one).
        guard end < n, let open = doc.dashOrBracket(end) else { return end }
        var u = end + 1
        var words = 0
        var god = false
        while u < n, doc.tokens[u].kind == .word, words < 3 {
            if doc.formHash(u) == Self.allah { god = true }
            words += 1
            u += 1
        }
        guard god, u < n, let close = doc.dashOrBracket(u),
            close == open || (open == 0x28 && close == 0x29)
        else { return end }
        return u + 1
    }

    /// «الله», folded.
    static let allah = FormHash.hash(FoldedText.fold("الله"))

    /// Past each «بن»/«بنت»/«ابن» or «آل» from token `t` on with the word after it («… بن علي آل فلان»), all before
    /// `upper`: where the lineage of a name ends.
    static func lineageEnd(from t: Int, before upper: Int, _ doc: Document) -> Int {
        var end = t
        while end + 1 < upper, doc.tokens[end].kind == .word, doc.tokens[end + 1].kind == .word,
            CueWords.nameJoiners.contains(doc.formHash(end)) || CueWords.family.contains(doc.formHash(end))
        {
            end += 2
        }
        return end
    }

    /// A number: digits or a number word («20»، «سبعة»، «عشرات»).
    func isNumber(_ t: Int, _ doc: Document) -> Bool {
        doc.tokens[t].kind == .number || CueWords.numberWords.contains(wholeForm(t, doc))
    }

    /// Whether token `t` is a relative pronoun that opens a relative clause: «التحالف الذي يقصف». Not after
    /// «الوقت» («في الوقت الذي ندين هذا القصف»): there «الذي» ends the conjunction "while", and the clause after it
    /// reports.
    /// «والذي اغتالته إسرائيل»: also with «و» (a second clause on the same antecedent).
    func opensRelativeClause(_ t: Int, _ doc: Document) -> Bool {
        guard t >= 0, doc.tokens[t].kind == .word else { return false }
        let form = wholeForm(t, doc)
        guard CueWords.relatives.contains(form) || CueWords.joinedRelatives.contains(form) else { return false }
        return
            !(t > 0 && doc.tokens[t - 1].kind == .word
            && CueWords.conjunctiveAntecedents.contains(wholeForm(t - 1, doc)))
    }

    /// Whether any analysis of a token («وقامت» → «قامت») is in `set`.
    /// NB: a plain loop over the analyses; a lazy map over them captured (copied) the whole document.
    func hasAnalysis(_ t: Int, in set: FormTable, _ doc: Document) -> Bool {
        let r = doc.tokens[t].candidates
        for c in Int(r.lowerBound)..<Int(r.upperBound) where set.contains(doc.candidates[c].hash) { return true }
        return false
    }

    /// The nearest token before `hit` within six words of its clause (no punctuation between) that has an analysis
    /// in `set` («قامت القوات باعتقال»، «تعرضت السفارة لهجوم»).
    /// The words of actors (the verb's subject) and of a place after «في» («وتمكنت المقاومة الشعبية في محافظة تعز، من
    /// استعادة …») do not count, and a comma may close such a place.
    func clauseWord(in set: FormTable, before hit: Hit, _ context: SentenceContext, _ doc: Document) -> Int? {
        let lower = doc.sentences[context.index].tokens.lowerBound
        var t = hit.tokens.lowerBound - 1
        var words = 0
        while t >= lower && words < 6 {
            if doc.tokens[t].kind == .punctuation {
                guard isComma(t, doc), t > lower,
                    context.places.contains(where: { $0.tokens.upperBound == t })
                else { return nil }
            } else if hasAnalysis(t, in: set, doc) {
                return t
            } else if !context.mentions.contains(where: { $0.tokens.contains(t) })
                && !context.places.contains(where: { $0.tokens.contains(t) })
            {
                words += 1
            }
            t -= 1
        }
        return nil
    }

    /// Whether the gap of a verb-first phrase (option `subject`) holds only the verb's subject: not after a preposition
    /// («وفي فجر الجمعة»), actors and at most one other word (none in a phrase with inner words, which do not count:
    /// «تلقى … دعما عسكريا … من»), no punctuation and no time («فجر أمس»). Also after a
    /// head written without the verb notation, which is not inflected («قتل ... شابا»: not «قتلت»); such a head needs
    /// its subject written in the gap («أن حاكما قتل رجلا» is told of someone named before it).
    func gapHoldsSubject(_ hit: Hit, _ context: SentenceContext, _ doc: Document) -> Bool {
        guard hit.tokens.count > 2 else { return hit.pattern.startsWithVerb }
        // NB: a verb of receiving written as a noun has the receiver in its genitive or suffix, as its subject («بعد
        // تلقيها دعما عسكريا من روسيا»).
        let receiving = !hit.pattern.sourceWords.isEmpty || !hit.pattern.sourceClitics.isEmpty
        if !receiving, isVerbalNounUse(hit, doc) { return false }
        var others = 0
        for t in (hit.tokens.lowerBound + 1)..<(hit.tokens.upperBound - 1) {
            if doc.tokens[t].kind != .word || isInDate(t, context, doc) { return false }
            if !context.mentions.contains(where: { $0.tokens.contains(t) }) { others += 1 }
        }
        // NB: the phrase's own words between its first and last are no words of the gaps («تلقى … دعما عسكريا من»);
        // beside them the gaps hold actors only («وصل … إلى … أمس»: not «وصل إلى داعش حتى اليوم … 600 سيدة»).
        return others - hit.pattern.innerWords <= (hit.pattern.innerWords == 0 ? 1 : 0)
    }
}
