import MarsadCore
import MarsadText

extension EventCoder {
    /// Pronouns with a preposition that close a relative clause's verb («الدور الذي تقوم به مصر»).
    static let prepositionalPronouns = CueWords.set(["به", "بها", "بهم", "فيه", "فيها", "له", "لها", "عليه", "عليها"])

    /// Whether an actor is the subject of a relative clause on a noun that the pattern's preposition introduces:
    /// whose role or efforts are praised or supported.
    ///
    /// ```
    /// أشاد الوزير بالجهود التي تبذلها المملكة          → the target is «المملكة»
    /// أعرب عن تقديره للدور الكبير الذي تقوم به مصر     → the target is «مصر»
    /// ```
    ///
    /// The clause is the relative pronoun, one verb with an object pronoun or followed by a pronoun with a preposition
    /// («تبذلها»، «تقوم به»), then the actor, which carries no preposition itself. NB: only asked for roots whose target is the one whose work is meant
    /// (praise and support, 05); an actor in a relative clause on an attacked place is another matter.
    func isRelativeDoer(_ m: Mention, introducedBy words: Set<UInt64>, or clitics: Clitic, _ doc: Document) -> Bool {
        guard m.leadingClitics.isDisjoint(with: [.wa, .bi, .li, .ka]) else { return false }
        var verb = m.tokens.lowerBound - 1
        guard verb >= 2, doc.tokens[verb].kind == .word else { return false }
        // NB: the clause must point back to the noun with a pronoun («تبذلها»، «تقوم به»): then the actor after it is the
        // subject. Without one the noun is the subject and the actor the object («العلاقات التي تربط المملكة ومصر»).
        var resumed = Self.prepositionalPronouns.contains(wholeForm(verb, doc))
        if resumed { verb -= 1 }
        guard doc.tokens[verb].kind == .word, !hasAnalysis(verb, in: CueWords.prepositions, doc),
            opensRelativeClause(verb - 1, doc)
        else { return false }
        if !resumed {
            let r = doc.tokens[verb].candidates
            resumed = (Int(r.lowerBound)..<Int(r.upperBound)).contains { doc.candidates[$0].encliticLength > 0 }
        }
        guard resumed else { return false }
        return nounsIntroduced(before: verb - 1, by: words, or: clitics, doc)
    }
}
