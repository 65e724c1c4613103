import MarsadCore

extension EventCoder {
    /// The court and the sentenced one of a sentence told without its court (pattern option `court`): «وصدر على
    /// المرشد حكم بالإعدام»، «حكم على مرسي بالإعدام»، «وكان مرسي قد عوقب بالسجن». The one actor the passive names is
    /// the sentenced (the target), and the sentence is passed by the judiciary of the sentenced one's country (the
    /// source, written `JUD`), as CAMEO codes a court's sentence.
    ///
    /// Returns nil when the text names both sides, or names only a court or an actor without a country: those keep
    /// the roles the clause gives them.
    func courtRoles(_ hit: Hit, sources: [Mention], target: Mention?, span: TextSpan, _ doc: Document) -> (
        source: Mention, target: Mention
    )? {
        guard hit.pattern.court else { return nil }
        // The one actor the clause names: no source and a target, or a source and no target.
        guard let sentenced = sources.isEmpty ? target : (target == nil ? sources.first : nil) else { return nil }
        if !hit.pattern.targetWords.isEmpty || !hit.pattern.targetClitics.isEmpty {
            // «حكم على فلان»، «صدر بحق فلان حكم»: only the actor the pattern's preposition introduces — not an actor
            // before the passive («والمطلوب من السلطات اليمنية، والذي حكم عليه بالسجن»), nor a place on the way
            // («بعد تسليمه للولايات المتحدة»).
            guard introduced(sentenced, by: hit.pattern.targetWords, or: hit.pattern.targetClitics, doc) else {
                return nil
            }
        } else {
            // «وكان مرسي قد عوقب بالإعدام»: the subject of a passive verb is the one sentenced, if no court or body.
            guard target == nil, hit.pattern.startsWithVerb,
                !sources.contains(where: { $0.actor.organization != nil })
            else { return nil }
        }
        guard let country = sentenced.actor.country, sentenced.actor.sector != Self.judiciary else { return nil }
        // NB: a nationality as the very word sentenced («على الكندي محمد فهمي»، «على الأسترالي بيتر جريست») is what news
        // says of a foreigner tried abroad: the court's country is not the defendant's, and the text does not say which
        // it is. A nationality qualifying a noun is the defendant's home («على المعارض البحريني»).
        let before = sentenced.tokens.lowerBound - 1
        if sentenced.isDemonym,
            !sentenced.leadingClitics.isDisjoint(with: [.bi, .li])
                || (before >= 0 && doc.tokens[before].kind == .word
                    && CueWords.prepositions.contains(wholeForm(before, doc)))
        {
            return nil
        }
        // NB: the court is no mention of the text; it stands on the trigger's words, so it never coincides with the
        // sentenced one's mention.
        var court = sentenced
        court.actor = ActorCode(country: country, sector: Self.judiciary)
        court.kind = .agent
        court.name = nil
        court.also = []
        court.span = span
        court.tokens = hit.tokens
        return (court, sentenced)
    }

    /// The CAMEO sector of courts and judges.
    static let judiciary = "JUD"
}
