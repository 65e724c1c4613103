import MarsadCore
import MarsadText

extension EventCoder {
    /// The direct object of a meeting noun whose doer is its genitive: a verbal noun takes an object as its verb
    /// does.
    ///
    /// ```
    /// جاء ذلك خلال استقبال وزير العدل بمكتبه أمس وزير الإسكان   → the target is «وزير الإسكان»
    /// ```
    ///
    /// The object is the first actor after the doer, in the same clause (no punctuation or relative pronoun between)
    /// and within six tokens, that carries no preposition and no «و» and is no civilian, student, journalist or the
    /// like; actors right after another (titles and names in apposition: «وزير العدل رئيس المجلس الأعلى للقضاء الشيخ
    /// …») and actors after a preposition («بمقر سفارة المملكة») are passed over.
    func meetingObject(after doer: Mention, _ mentions: [Mention], _ doc: Document) -> Mention? {
        var last = doer.tokens.upperBound
        for m in mentions where m.tokens.lowerBound >= last {
            if m.tokens.lowerBound - last > 6 { return nil }
            // NB: an actor after a relative pronoun belongs to its clause («اجتماع رؤساء البلديات الذي استضافته بلدية …»).
            if (last..<m.tokens.lowerBound).contains(where: {
                doc.tokens[$0].kind != .word || opensRelativeClause($0, doc)
            }) {
                return nil
            }
            let marked =
                m.leadingClitics.contains(.wa) || !m.leadingClitics.isDisjoint(with: [.bi, .li, .ka])
                || (m.tokens.lowerBound > 0 && hasAnalysis(m.tokens.lowerBound - 1, in: CueWords.prepositions, doc))
            if m.tokens.lowerBound == last || marked || Self.isVictim(m.actor) {
                last = m.tokens.upperBound
                continue
            }
            return m
        }
        return nil
    }
}
