import MarsadCore
import MarsadText

extension EventCoder {
    /// «عليه»، «عليها»: the pronoun of a place after a verb of holding («قرية تسيطر عليها المعارضة»). NB: not «عليهم»
    /// («مقاتلين يسيطر عليهم المتشددون»: people, not a place).
    static let heldPronouns = CueWords.set(["عليه", "عليها", "عليهما"])
    /// «لسيطرة» («الخاضعة لسيطرة الحوثيين») and «سيطرة» after «تحت»: the holder of a place follows as its genitive.
    static let control = FormHash.hash(FoldedText.fold("سيطرة"))
    static let underControl = FormHash.hash(FoldedText.fold("لسيطرة"))
    /// «تحت» (not `CueWords.under`, «قيد»).
    static let beneath = FormHash.hash(FoldedText.fold("تحت"))
    /// «من أيدي الحوثيين»، «من قبضة التنظيم»، «من سيطرة داعش»: words between «من» and the party a place is taken from.
    static let holdWords = CueWords.set(["ايدي", "يد", "قبضة", "سيطرة"])
    /// «كما»، «فيما»، «بينما»: a new clause, whose parties are not the act's.
    static let newClauses = CueWords.set(["كما", "فيما", "بينما", "وكما", "وفيما", "وبينما"])
    /// «قتل» as the noun of a death only after «من»/«عن» («تمكنت من قتل»): elsewhere it opens a passive clause.
    static let qatl = FormHash.hash(FoldedText.fold("قتل"))
    /// «أحد مسلحي التنظيم»: "one of", a count.
    static let oneOf = CueWords.set(["احد", "احدى"])

    /// The armed party an act of force on a place hits, as the rest of its clause names it: the holder of the place
    /// («غارات على قرية تسيطر عليها المعارضة»، «أحياء واقعة تحت سيطرة المعارضة»), the party it is to be taken back from
    /// («هجوما لاستعادة المدينة من تنظيم داعش»، «لطرد المتمردين منها»), the armed dead it left, counted («أسفرت عن مقتل
    /// عشرين من عناصر التنظيم»), or the party a participle of aim names («مستهدفة تجمعات المتمردين»).
    ///
    /// Looks at the 18 tokens after `from`, in the sentence, and takes the first such party that is armed (forces,
    /// police, rebels, an armed group) and not one of the sources. NB: only asked for an act with no armed target.
    func heldPlaceParty(
        from: Int, _ sources: [Mention], _ context: SentenceContext, _ doc: Document
    ) -> Mention? {
        let mentions = context.mentions
        let sentenceEnd = doc.sentences[context.index].tokens.upperBound
        let limit = min(sentenceEnd, from + 18)
        guard from < limit else { return nil }
        let cues = triggers.cues
        func armed(_ m: Mention) -> Bool {
            // NB: two named groups of one code are two parties («المقاومة الشعبية» and «الحوثيين», both YEMREB).
            guard !sources.contains(where: { $0.tokens == m.tokens || ($0.actor == m.actor && $0.name == m.name) })
            else { return false }
            // «قرية تسيطر عليها المعارضة»، «لانتزاع السيطرة على الزبداني من المعارضة»: an opposition that holds a place
            // is armed (see `armedOpposition`).
            return m.actor.sector.map(Self.armedSectors.contains) == true || m.actor.sector == "OPP"
                || m.actor.organization?.hasPrefix("IMG") == true
        }
        // NB: `counted`: a counted or aimed-at noun of fighters («مقتل عشرين مسلحا»، «مستهدفة مقاتلي …»).
        func mention(at t: Int, counted: Bool = false) -> Mention? {
            guard let m = mentions.first(where: { $0.tokens.lowerBound == t }) else { return nil }
            // «تسعة مسلحين من تنظيم داعش»: a bare fighter noun before «من» and a named group is that group's.
            let next = m.tokens.upperBound
            if m.kind == .bareAgent || (m.actor.country == nil && m.actor.organization == nil), next < sentenceEnd,
                wholeForm(next, doc) == CueWords.man,
                let group = mentions.first(where: { $0.tokens.lowerBound == next + 1 }), armed(group)
            {
                return group
            }
            // «مستهدفة مقاتلي (الشباب)» after «القوات الأميركية»، «بمقتل سبعين مقاتلا من الطرفين»: a counted or aimed-at
            // bare noun of fighters with a country has taken the story's country, not its own («مقتل 24 إرهابيا» stays
            // ---REB). A holder named by a bare noun, «تسيطر عليها المعارضة», is the place's own opposition.
            // With no doer named, a bare noun counted is no party either («وأسفر القصف عن مقتل عشرة مسلحين»: the act told
            // again, whose parties were named before).
            if counted, m.kind == .bareAgent, m.actor.country != nil || sources.isEmpty {
                return nil
            }
            return armed(m) ? m : nil
        }
        // The party after «من» within eight tokens of `t` («لاستعادة مدينة الرمادي من تنظيم داعش»، «من أيدي المسلحين»).
        func takenFrom(after t: Int) -> Mention? {
            var k = t + 1
            while k < min(sentenceEnd, t + 9) {
                if doc.tokens[k].kind != .word { return nil }
                if wholeForm(k, doc) == CueWords.man {
                    let j = k + 1 < sentenceEnd && Self.holdWords.contains(wholeForm(k + 1, doc)) ? k + 2 : k + 1
                    return j < sentenceEnd ? mention(at: j) : nil
                }
                k += 1
            }
            return nil
        }
        var t = from
        while t < limit {
            defer { t += 1 }
            guard doc.tokens[t].kind == .word else { continue }
            let form = wholeForm(t, doc)
            if Self.newClauses.contains(form) { return nil }
            // «التي تسيطر عليها المعارضة» (verb, pronoun, holder) or «التي كانت الميليشيات تسيطر عليها».
            if t + 1 < sentenceEnd, Self.heldPronouns.contains(wholeForm(t + 1, doc)),
                hasAnalysis(t, in: cues.holding, doc)
            {
                if t + 2 < sentenceEnd, let m = mention(at: t + 2) { return m }
                if let m = mentions.last(where: { $0.tokens.upperBound == t && $0.tokens.lowerBound >= from }),
                    armed(m)
                {
                    return m
                }
                continue
            }
            // «الخاضعة لسيطرة الحوثيين»، «الواقعة تحت سيطرة المعارضة».
            if form == Self.underControl || (form == Self.control && t > from && wholeForm(t - 1, doc) == Self.beneath)
            {
                if t + 1 < sentenceEnd, let m = mention(at: t + 1) { return m }
                continue
            }
            // «لاستعادة المدينة من تنظيم داعش»; «لطرد المتمردين من البلدة» (the party is the object).
            // NB: not the genitive of «استعادة»: «لاستعادة قوات التحالف مدينة …» names who takes it back.
            if hasAnalysis(t, in: cues.retaking, doc) {
                if let m = takenFrom(after: t) { return m }
                continue
            }
            if hasAnalysis(t, in: cues.expelling, doc) {
                if t + 1 < sentenceEnd, let m = mention(at: t + 1) { return m }
                continue
            }
            // «أسفرت عن مقتل عشرين من عناصر التنظيم»، «تمكنت خلالها من قتل تسعة مسلحين من تنظيم داعش».
            if hasAnalysis(t, in: cues.slain, doc),
                form != Self.qatl
                    || (t > from && (wholeForm(t - 1, doc) == CueWords.man || wholeForm(t - 1, doc) == CueWords.an))
            {
                var k = t + 1
                var count = false
                // NB: the actor may start at its count («ثلاثة من عناصر الحركة»، «أحد مسلحي التنظيم» are one mention).
                while k < sentenceEnd, k - t <= 4, !mentions.contains(where: { $0.tokens.lowerBound == k }),
                    isNumber(k, doc) || hasAnalysis(k, in: Self.approximations, doc)
                        || wholeForm(k, doc) == CueWords.man || Self.oneOf.contains(wholeForm(k, doc))
                {
                    if wholeForm(k, doc) != CueWords.man { count = true }
                    k += 1
                }
                if k < sentenceEnd, isNumber(k, doc) || Self.oneOf.contains(wholeForm(k, doc)) { count = true }
                // NB: a counted toll («مقتل عشرين من …»، «مقتل أحد مسلحي …»); one person named alone («بمقتل جندي أميركي»)
                // may be another act's victim.
                if count, k < sentenceEnd, let m = mention(at: k, counted: true) { return m }
                continue
            }
            // «مستهدفة تجمعات المتمردين»، «مستهدفا مواقع للحوثيين».
            if hasAnalysis(t, in: cues.aimedAt, doc) {
                var k = t + 1
                if k < sentenceEnd, hasAnalysis(k, in: cues.objectNouns, doc) { k += 1 }
                if k < sentenceEnd, let m = mention(at: k, counted: true) { return m }
                continue
            }
        }
        return nil
    }
}
