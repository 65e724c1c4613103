import MarsadCore
import MarsadText

extension EventCoder {
    /// Nouns of a diplomatic mission abroad.
    static let missions = CueWords.set(["سفارة", "قنصلية", "ملحقية", "ممثلية", "بعثة"])
    /// «بلاده»، «دولتها»: the owner's own country, named by a pronoun (the actor stage reads these only as subjects).
    static let ownCountryWords = CueWords.set([
        "بلاده", "بلادها", "بلادهم", "بلادنا", "بلده", "بلدها", "دولته", "دولتها", "حكومته", "حكومتها",
    ])

    /// Whether a visit's object is a mission of the visitor's own country: the visitor calls on his own staff abroad,
    /// which is no visit to the host country.
    ///
    /// ```
    /// زار وزير الخارجية المصري سفارة بلاده في لندن        → no visit to Britain
    /// زار الوزير السعودي سفارة خادم الحرمين الشريفين في روما → no visit to Italy
    /// زار وزير الخارجية المصري السفارة الأمريكية في القاهرة → a visit (to the United States' mission)
    /// ```
    ///
    /// The mission noun is the first word after `start` (commas passed over) or the visitor's last word; its owner is the actor that holds it or
    /// starts right after it («سفارة بلاده»، «السفارة المصرية»، «سفارة خادم الحرمين الشريفين»).
    func visitsOwnMission(from start: Int, by source: Mention, _ context: SentenceContext, _ doc: Document) -> Bool {
        guard let country = source.actor.country else { return false }
        let upper = doc.sentences[context.index].tokens.upperBound
        var t = start
        // NB: the actor stage may read the mission noun into the visitor's title («وزير الخارجية المصري السفارة»).
        if !(source.tokens.upperBound > t - 1 && hasAnalysis(t - 1, in: Self.missions, doc)) {
            while t < upper && doc.tokens[t].kind == .punctuation { t += 1 }
            guard t < upper, doc.tokens[t].kind == .word, hasAnalysis(t, in: Self.missions, doc) else { return false }
        } else {
            t -= 1
        }
        if t + 1 < upper, doc.tokens[t + 1].kind == .word, Self.ownCountryWords.contains(wholeForm(t + 1, doc)) {
            return true
        }
        // NB: the word after the noun names the owner before the noun's own reading («سفارة» in London read as Britain's).
        guard
            let owner = context.mentions.first(where: { $0.tokens.lowerBound == t + 1 })
                ?? context.mentions.first(where: { $0.tokens.contains(t) && $0.tokens != source.tokens })
        else { return false }
        return owner.actor.country == country
    }
}
