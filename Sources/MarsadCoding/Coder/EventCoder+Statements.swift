import MarsadCore
import MarsadText

extension EventCoder {
    /// Codes a statement as what it says. «وقال الوزير إن هذا العمل الجبان لا يمت للإسلام بصلة» is a criticism (111),
    /// «وقال إن بلاده مستعدة للتعاون مع السعودية» an intent to cooperate (030): the guideline codes a verbal act as what
    /// it is, and a plain 010 is not scored. A word of the lexicon with option `says` («الجبان»، «مستعدة للتعاون»)
    /// between the statement's trigger and the next statement of the sentence gives its code; the source stays the
    /// speaker, and the target is the actor after the word's own target preposition («للتعاون مع …») or else the
    /// actor the statement is about (its 010 target). With neither, the statement stays a statement, unless the word
    /// is whole without one (option `open`: «كل من تسول له نفسه … سيكون مصيره …» threatens no one named).
    ///
    /// A word in a relative clause («الدين الذي يستنكر …»), after a negation («لا تساعد على تعزيز العلاقات») or a
    /// condition («في حال رفض …»), or in a question, says nothing of the speaker's own.
    ///
    /// A criticism («هذا العمل الجبان») is of the doer of the story's last act of force (`doer`, as for a reaction to
    /// it) when there is one, else of the actor the statement is about.
    func recodeStatement(
        _ events: inout [Event], _ statement: Hit, until end: Int, _ cues: [Hit], doer: Event.Participant?,
        _ context: SentenceContext, _ doc: Document
    ) {
        let sentence = doc.sentences[context.index]
        guard
            let cue = cues.first(where: {
                $0.tokens.lowerBound >= statement.tokens.upperBound && $0.tokens.upperBound <= end
                    && !saysOtherwise($0, after: statement, sentence, doc)
            })
        else { return }
        let p = cue.pattern
        let span = TextSpan(
            start: doc.tokens[cue.tokens.lowerBound].span.start, end: doc.tokens[cue.tokens.upperBound - 1].span.end)
        for i in events.indices {
            guard let source = events[i].source else { continue }
            var target = events[i].target
            let speakers = context.mentions.filter {
                $0.actor == source.actor && String(doc.text(of: $0.span)) == source.text
            }
            if !p.targetWords.isEmpty || !p.targetClitics.isEmpty {
                if let m = targetMention(cue, context.mentions, after: cue.tokens.upperBound, doc, exclude: speakers),
                    m.tokens.lowerBound < end
                {
                    target = Event.Participant(actor: m.actor, text: String(doc.text(of: m.span)), name: m.name)
                }
            }
            if p.code.root == "11", let doer, doer.actor != source.actor, !isOwnState(doer.actor, of: speakers) {
                target = doer
            }
            if target?.actor == source.actor { target = nil }
            // «وقال المتحدث باسم الخارجية السودانية إن السودان تابع الحادث الشنيع …»: the speaker's own state is whom
            // the statement speaks for, not whom it criticizes.
            if p.code.root == "11", let t = target, t.actor.sector == nil, isOwnState(t.actor, of: speakers) {
                target = nil
            }
            // «إن الجرائم البشعة بحق الشعب اليمني …»: a criticism is of the doer of what it judges, never of its
            // victims (civilians, students, journalists …), whom a statement names as often.
            if p.code.root == "11", let sector = target?.actor.sector, Self.victimSectors.contains(sector) {
                target = nil
            }
            // A threat or warning that names no one is whole only when a state or one of its bodies makes it, as
            // for an open appeal (see `makeEvents`).
            let official =
                source.actor.country != nil && !Self.isVictim(source.actor)
            guard target != nil || (p.open && official) else { continue }
            events[i].code = p.code
            events[i].target = target
            events[i].trigger = span
            events[i].rule = p.rule
        }
    }

    /// Whether a statement word is not the speaker's own: in a relative clause, after a word of its `unlessBefore=`,
    /// negated (two words before it), under a condition (anywhere between the statement's trigger and the word), about
    /// what has not happened (a criticism), or in a question.
    private func saysOtherwise(_ cue: Hit, after statement: Hit, _ sentence: Sentence, _ doc: Document) -> Bool {
        let first = cue.tokens.lowerBound
        if sentence.tokens.suffix(2).contains(where: {
            doc.tokens[$0].kind == .punctuation && Self.questionMarks.contains(doc.text(of: doc.tokens[$0].span))
        }) {
            return true
        }
        if opensRelativeClause(first - 1, doc) { return true }
        // «القوات المعادية للحوثيين»: a word right before the cue, as written, that gives it another sense (`unlessBefore=`).
        if let unless = cue.pattern.unlessPrevious, first > sentence.tokens.lowerBound,
            doc.tokens[first - 1].kind == .word, unless.contains(wholeForm(first - 1, doc))
        {
            return true
        }
        // «إن أي محاولة لإعادة فرض العقوبات ستعد انتهاكا»: a criticism of what has not happened is a warning at most.
        if cue.pattern.code.root == "11", isFuture(cue.analysis, at: first, doc) { return true }
        var words = 0
        for t in (statement.tokens.upperBound..<first).reversed() where doc.tokens[t].kind == .word {
            words += 1
            let form = wholeForm(t, doc)
            if words <= 2 && (CueWords.verbNegators.contains(form) || CueWords.nounNegators.contains(form)) {
                return true
            }
            if hasAnalysis(t, in: CueWords.conditionals, doc) { return true }
        }
        return false
    }

    static let questionMarks: Set<Substring> = ["؟", "?"]
}
