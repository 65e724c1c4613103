import MarsadCore

extension EventCoder {
    /// The court and the sentenced one of a sentence told without its court (pattern option `court`): «وصدر على
    /// المرشد حكم بالإعدام»، «حكم على مرسي بالإعدام»، «وكان مرسي قد عوقب بالسجن». The one actor the passive names is
    /// the sentenced (the target), and the sentence is passed by the judiciary of the sentenced one's country (the
    /// source, written `JUD`), as CAMEO codes a court's sentence.
    ///
    /// Returns nil when the text names both sides, or names only a court or an actor without a country: those keep
    /// the roles the clause gives them.
    func courtRoles(
        _ hit: Hit, sources: [Mention], target: Mention?, span: TextSpan, _ doc: Document, mentions: [Mention] = []
    ) -> (source: Mention, target: Mention)? {
        guard hit.pattern.court else { return nil }
        var target = target
        var sources = sources
        // «القبض على المتهم … وبإحالته إلى المحكمة صدر بحقه صك شرعي»: a pronoun right after the passive verb
        // («بحقه»، «عليه») names the sentenced one; it refers to the last actor before it in the sentence that is not
        // a court. (The verb's «subject» found before it is no doer of a passive.) Only a sentence passed: «قد يحكم
        // عليه بالسجن» (may be sentenced) is no event.
        if target == nil, sources.count <= 1, hit.pattern.startsWithVerb, hit.tokens.count > 2,
            !isPresentTense(hit, doc)
        {
            let t = hit.tokens.lowerBound + 1
            let readings = doc.tokens[t].candidates
            let pronoun =
                doc.tokens[t].kind == .word
                && (Int(readings.lowerBound)..<Int(readings.upperBound)).contains {
                    doc.candidates[$0].encliticLength > 0
                }
            if pronoun {
                // NB: not after a relative pronoun («والذي حكم عليه»: the antecedent is before it, and may be far), and
                // never an authority (police, government, army, courts: those arrest and try, they are not tried).
                let relative = hit.tokens.lowerBound > 0 && opensRelativeClause(hit.tokens.lowerBound - 1, doc)
                // «القبض على المدعو / فلان – باكستاني الجنسية – عند تهريبه … إلى المملكة … صدر بحقه»: a person told by
                // his nationality before is the one the pronoun points at, rather than a place on his way.
                let person = mentions.last {
                    $0.tokens.upperBound <= hit.tokens.lowerBound && $0.isNationality && $0.actor.sector == "CVL"
                }
                target =
                    relative
                    ? nil
                    : person
                        ?? mentions.last {
                            $0.tokens.upperBound <= hit.tokens.lowerBound && $0.actor.country != nil
                                && !Self.authorities.contains($0.actor.sector ?? "")
                        }
                if target != nil { sources = [] }
            }
        }
        // The one actor the clause names: no source and a target, or a source and no target.
        guard let sentenced = sources.isEmpty ? target : (target == nil ? sources.first : nil) else { return nil }
        if sentenced.tokens.upperBound <= hit.tokens.lowerBound, target != nil, sources.isEmpty {
            // The pronoun's antecedent, found above.
        } else if !hit.pattern.targetWords.isEmpty || !hit.pattern.targetClitics.isEmpty {
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
        // «صدر حكم بسجن مقيم من الجنسية الباكستانية»: a foreigner named by his nationality is tried where the story
        // happens.
        let courtCountry = sentenced.isNationality ? sentenced.storyHome ?? country : country
        var court = sentenced
        court.actor = ActorCode(country: courtCountry, sector: Self.judiciary)
        court.kind = .agent
        court.name = nil
        court.also = []
        court.span = span
        court.tokens = hit.tokens
        return (court, sentenced)
    }

    /// Sectors that arrest, try and sentence: never the antecedent of the sentenced one's pronoun.
    static let authorities: [String] = ["JUD", "GOV", "COP", "MIL", "LEG"]

    /// The CAMEO sector of courts and judges.
    static let judiciary = "JUD"
}
