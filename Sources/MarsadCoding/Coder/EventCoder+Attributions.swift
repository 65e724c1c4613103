import MarsadCore
import MarsadText

extension EventCoder {
    /// How far (in tokens) after an act's noun a verb that attributes it may stand («تفجير انتحاري الاثنين في بلدة
    /// حدودية نسب إلى تنظيم داعش»).
    static let attributionReach = 9

    /// The group an act of force, or an unnamed attacker, is attributed to by the words right after it: a verb of
    /// `[attributed]` and the group after «إلى» or «لـ» («هجوم نسب إلى تنظيم داعش»، «تفجير نسبته الحكومة إلى
    /// الحركة»), or a verb of `[suspected]` with «أنه/أنها/أنهم» and the group a few words on («انتحاري يعتقد أنه ينتمي
    /// إلى تنظيم داعش»، «تفجير يشتبه بأنه من تنفيذ الحركة»).
    ///
    /// The verb stands within `reach` tokens from `end`, over commas only and no other noun of force; it is not negated
    /// («لم ينسب إلى أي جهة»).
    /// The group is an armed actor or a named organisation, never the victims.
    func attributedGroup(after end: Int, reach: Int, _ context: SentenceContext, _ doc: Document) -> Mention? {
        let sentence = doc.sentences[context.index].tokens
        let upper = min(sentence.upperBound, end + reach)
        var t = end
        while t < upper {
            if doc.tokens[t].kind == .punctuation {
                guard isComma(t, doc) else { return nil }
            } else if doc.tokens[t].kind == .word {
                // «عدة هجمات من بينها الهجوم الذي نسب إلى …»: the attribution is the nearer act's.
                if t > end, forceNoun(at: t, context, doc) != nil { return nil }
                let attributes = hasAnalysis(t, in: triggers.cues.attributed, doc)
                if attributes || hasAnalysis(t, in: triggers.cues.suspected, doc) {
                    if t > sentence.lowerBound, doc.tokens[t - 1].kind == .word,
                        CueWords.verbNegators.contains(wholeForm(t - 1, doc))
                    {
                        return nil
                    }
                    return attributes
                        ? groupAttributed(by: t, context, doc) : groupSuspected(by: t, context, doc)
                }
            }
            t += 1
        }
        return nil
    }

    /// «المتمردون، الذين يفترض أنهم ينتمون إلى جماعة …»: the group that a relative clause, right after bare armed men
    /// (a noun of an armed sector that names no group), says they belong to; nil otherwise.
    func relativeAttribution(of source: Mention, _ context: SentenceContext, _ doc: Document) -> Mention? {
        guard source.kind == .bareAgent, source.actor.organization == nil,
            source.actor.sector.map(Self.armedSectors.contains) ?? false
        else { return nil }
        let upper = doc.sentences[context.index].tokens.upperBound
        guard let r = relativePronoun(after: source, before: upper, doc) else { return nil }
        return attributedGroup(after: r + 1, reach: 2, context, doc)
    }

    /// Whether a doer stands after an act's noun with «لـ» or «إلى», on itself or on the word before it («هجمات لحركة
    /// بوكو حرام»، «نسب إلى تنظيم داعش»): named by the act's phrase (see `genitiveDoer`, `attributedGroup`), it is no
    /// subject of its sentence.
    func isNamedAfterAct(_ m: Mention, _ hit: Hit, _ doc: Document) -> Bool {
        guard m.tokens.lowerBound >= hit.tokens.upperBound else { return false }
        if m.leadingClitics.contains(.li) { return true }
        var t = m.tokens.lowerBound - 1
        if doc.isOpeningQuote(t) { t -= 1 }
        guard t >= hit.tokens.upperBound, doc.tokens[t].kind == .word else { return false }
        return wholeForm(t, doc) == CueWords.ila || hasLeadingClitic(t, [.li], doc)
    }

    /// Whether a mention may be the doer an attribution names: an armed actor (forces, police, rebels, intelligence)
    /// of a known country, or a named organisation; not victims.
    private func isAttributable(_ m: Mention) -> Bool {
        if Self.isVictim(m.actor) { return false }
        guard Self.isKnown(m.actor) else { return false }
        return m.actor.organization != nil || (m.actor.sector.map(Self.armedSectors.contains) ?? false)
    }

    /// The mention that starts at token `t`, or right after an opening quote there («إلى «داعش»»).
    private func mention(at t: Int, _ context: SentenceContext, _ doc: Document) -> Mention? {
        context.mentions.first {
            $0.tokens.lowerBound == t || ($0.tokens.lowerBound == t + 1 && doc.isOpeningQuote(t))
        }
    }

    /// «نسب إلى تنظيم داعش»، «ينسب للحوثيين»، «نسبته الحكومة إلى التنظيم»: the group after «إلى» or with «لـ», right
    /// after the verb or after the one who attributes it.
    private func groupAttributed(by verb: Int, _ context: SentenceContext, _ doc: Document) -> Mention? {
        let upper = doc.sentences[context.index].tokens.upperBound
        var t = verb + 1
        guard t < upper else { return nil }
        // «نسبته الحكومة إلى …»: the one who attributes it comes first.
        if doc.tokens[t].kind == .word, wholeForm(t, doc) != CueWords.ila,
            let accuser = mention(at: t, context, doc), !accuser.leadingClitics.contains(.li)
        {
            t = accuser.tokens.upperBound
        }
        guard t < upper else { return nil }
        if doc.tokens[t].kind == .word, wholeForm(t, doc) == CueWords.ila {
            guard let group = mention(at: t + 1, context, doc), isAttributable(group) else { return nil }
            return group
        }
        guard let group = mention(at: t, context, doc), group.leadingClitics.contains(.li), isAttributable(group)
        else { return nil }
        return group
    }

    /// «يعتقد أنه ينتمي إلى تنظيم داعش»، «يشتبه بأنهم من عناصر الحركة»: «أنه» right after the verb, then the group
    /// within four words, over no punctuation.
    private func groupSuspected(by verb: Int, _ context: SentenceContext, _ doc: Document) -> Mention? {
        let upper = doc.sentences[context.index].tokens.upperBound
        let that = verb + 1
        guard that < upper, doc.tokens[that].kind == .word,
            CueWords.pronounComplementizers.contains(wholeForm(that, doc))
        else { return nil }
        var t = that + 1
        while t < min(upper, that + 5) {
            // NB: past an unnamed group («من عناصر تنظيم القاعدة» may name «عناصر» apart).
            if let group = mention(at: t, context, doc) {
                if isAttributable(group) { return group }
                if Self.isKnown(group.actor) { return nil }
                t = group.tokens.upperBound
                continue
            }
            guard doc.tokens[t].kind == .word else { return nil }
            t += 1
        }
        return nil
    }
}

extension EventCoder {
    /// «ضربة»، «ضربات»: also a blow dealt to someone («ضربة قوية لتنظيم …»); its «لـ» names a doer only after «جوية».
    static let blows = CueWords.set(["ضربة", "ضربات", "الضربة", "الضربات"])
    /// «توجيه ضربات لتنظيم داعش»: the verbal noun of a support verb whose «لـ» names the target.
    static let directing = CueWords.set(["توجيه", "بتوجيه", "وتوجيه", "لتوجيه"])

    /// The armed group that a noun of force names as its doer with «لـ» («هجمات مفترضة لحركة بوكو حرام»، «غارة جوية
    /// لطيران التحالف»، «هجوم لتنظيم داعش»): an armed actor of a known country, or a named organisation, right after the
    /// phrase or after one adjective, or named after a head noun of `[groupHeads]` with the «لـ» («لحركة بوكو حرام») — a word with no clitic that is no actor, number or object noun («لمواقع»، «مواقع
    /// لعناصر داعش» name the target). Not after a support verb that takes its target with «لـ» («وجهت القوات ضربات
    /// لتنظيم داعش»، «توجيه ضربات لـ…»), nor a blow not from the air («ضربة قوية للتنظيم»).
    func genitiveDoer(of hit: Hit, _ context: SentenceContext, _ doc: Document) -> Mention? {
        guard hit.analysis.encliticLength == 0 else { return nil }
        let end = hit.tokens.upperBound
        let upper = doc.sentences[context.index].tokens.upperBound
        // «لحركة بوكو حرام»: the group's name may follow a head noun that carries the «لـ».
        func headed(_ m: Mention) -> Bool {
            let k = m.tokens.lowerBound - 1
            return doc.tokens[k].kind == .word && hasLeadingClitic(k, [.li], doc)
                && hasAnalysis(k, in: triggers.cues.groupHeads, doc)
        }
        guard end < upper,
            let m = context.mentions.first(where: { $0.tokens.lowerBound >= end && $0.tokens.lowerBound <= end + 2 }),
            m.leadingClitics.contains(.li) ? m.tokens.lowerBound <= end + 1 : m.tokens.lowerBound > end && headed(m),
            Self.isKnown(m.actor),
            m.actor.organization != nil || (m.actor.sector.map(Self.armedSectors.contains) ?? false)
        else { return nil }
        // «لقوات الحلف»: a bare agent followed by a definite noun no mention covers stands in construct with it; whose
        // forces they are is that unknown noun, not the country guessed for the agent.
        let after = m.tokens.upperBound
        if m.kind == .bareAgent, after < upper, doc.tokens[after].kind == .word, isDefinite(after, doc),
            !context.mentions.contains(where: { $0.tokens.contains(after) })
        {
            return nil
        }
        let start = hit.tokens.lowerBound
        let lower = doc.sentences[context.index].tokens.lowerBound
        if start > lower, doc.tokens[start - 1].kind == .word,
            CueWords.supportVerbs.contains(wholeForm(start - 1, doc))
                || Self.directing.contains(wholeForm(start - 1, doc))
        {
            return nil
        }
        var aerial = false
        // The adjective between the noun and the group: the word before the group's «لـ».
        let groupStart = m.leadingClitics.contains(.li) ? m.tokens.lowerBound : m.tokens.lowerBound - 1
        if groupStart == end + 1 {
            guard doc.tokens[end].kind == .word, !isNumber(end, doc),
                !context.mentions.contains(where: { $0.tokens.contains(end) }),
                !hasLeadingClitic(end, [.bi, .li, .ka, .wa], doc), !hasAnalysis(end, in: triggers.cues.objectNouns, doc)
            else { return nil }
            aerial = hasAnalysis(end, in: triggers.cues.aerial, doc)
        }
        if hit.tokens.count == 1, Self.blows.contains(wholeForm(start, doc)), !aerial { return nil }
        return m
    }
}

extension EventCoder {
    /// How far (in tokens) after an act's phrase the words of its origin may begin («القذائف التي أطلقت من مواقع …»).
    static let originReach = 4

    /// «قصف مدفعي مصدره مواقع الفصائل»، «القذائف التي أطلقت من مواقع فصائل المعارضة»، «قذائف من داخل الأراضي
    /// اليمنية»: the positions or the land an act of force came from name its doer. «مصدره»/«مصدرها» or «من» within
    /// `originReach` words after the act's phrase (over words only, no other noun of force), a noun of `[origins]`
    /// («مواقع»، «مناطق»، «داخل»), «الأراضي» if any, then the actor: an armed actor of a known country or a named
    /// organisation, or a country or its adjective (then the country alone: «الأراضي اليمنية» → YEM).
    /// NB: «من» alone is no origin («فر من القرية»); the noun of positions or land must follow it.
    func originDoer(after end: Int, _ context: SentenceContext, _ doc: Document) -> Mention? {
        let upper = doc.sentences[context.index].tokens.upperBound
        var t = end
        while t < min(upper, end + Self.originReach) {
            guard doc.tokens[t].kind == .word else { return nil }
            if t > end, forceNoun(at: t, context, doc) != nil { return nil }
            let form = wholeForm(t, doc)
            if form == CueWords.man || Self.originSources.contains(form) {
                var k = t + 1
                guard k < upper, doc.tokens[k].kind == .word, hasAnalysis(k, in: Self.origins, doc) else { return nil }
                k += 1
                if k < upper, doc.tokens[k].kind == .word, Self.lands.contains(wholeForm(k, doc)) { k += 1 }
                guard k < upper, let m = context.mentions.first(where: { $0.tokens.lowerBound == k }),
                    m.kind != .reference, !m.leadingClitics.contains(.li)
                else { return nil }
                if isAttributable(m) { return m }
                guard m.kind == .state || m.isDemonym, let country = m.actor.country else { return nil }
                var land = m
                land.actor = ActorCode(country: country)
                return land
            }
            t += 1
        }
        return nil
    }

    /// «مصدره»، «مصدرها»: whose source is.
    static let originSources = CueWords.set(["مصدره", "مصدرها"])
    /// Nouns of the positions or the land an attack came from (as stems: «مواقع»، «ومواقع»).
    static let origins = CueWords.set(["مواقع", "مناطق", "معاقل", "داخل"])
    /// «الأراضي اليمنية»: the land of a country, between the noun of origin and the country's adjective.
    static let lands = CueWords.set(["الأراضي", "أراضي"])
}
