import MarsadCore
import MarsadText

extension EventCoder {
    /// The act of force that a reaction names as its object: a one-word reaction verb (root 11: «أدان»، «استنكر»،
    /// «شجب»، «ندد بـ») right after it or after the subject right behind it, after «بشدة» at most and a
    /// demonstrative («ندين هذا القصف»), with no preposition but the one the pattern takes («ندد بالهجوم»); or a
    /// phrase that ends in the reaction's noun, with «لـ» («أعرب الوزير عن إدانة بلاده الشديدة للتفجير»).
    func reactedAct(_ hit: Hit, sources: [Mention], _ context: SentenceContext, _ doc: Document) -> TriggerMention? {
        guard let (t, allowed) = reactionObject(hit, sources: sources, context, doc),
            let act = forceNoun(at: t, context, doc)
        else { return nil }
        // A possessive noun («هجومه») is somebody's act named already; a preposition other than the pattern's
        // («أدان الوزير في الهجوم …») makes the noun no object.
        let analysis = doc.candidates[act.analysis]
        guard analysis.encliticLength == 0 else { return nil }
        return analysis.proclitics.isSubset(of: allowed) ? act : nil
    }

    /// Where the object of a reaction starts and the clitics it may carry (see `reactedAct`).
    func reactionObject(_ hit: Hit, sources: [Mention], _ context: SentenceContext, _ doc: Document) -> (
        Int, Clitic
    )? {
        let p = hit.pattern
        guard p.code.root == "11", p.startsWithVerb else { return nil }
        let sentenceEnd = doc.sentences[context.index].tokens.upperBound
        var t = hit.tokens.upperBound
        var allowed = Clitic([.al, .wa, .fa]).union(p.targetClitics)
        if hit.tokens.count == 1 {
            t = afterSubject(t, sources, context, doc)
            // «أدان المجلس بشدة …»، «ونددت الوزارة أمس بأشد العبارات بالهجوم»: words of degree and the day come
            // before the object.
            var skipped = 0
            while skipped < 4, t < sentenceEnd, doc.tokens[t].kind == .word {
                if hasAnalysis(t, in: CueWords.intensifiers, doc) || hasAnalysis(t, in: CueWords.reactionDays, doc) {
                    t += 1
                } else if t + 1 < sentenceEnd, wholeForm(t, doc) == CueWords.fi, doc.tokens[t + 1].kind == .word,
                    hasAnalysis(t + 1, in: CueWords.statementVehicles, doc)
                {
                    // «وأدان المجلس في بيان له اليوم …»: where the reaction was told.
                    t += 2
                    if t < sentenceEnd, doc.tokens[t].kind == .word, hasAnalysis(t, in: CueWords.itsOwn, doc) { t += 1 }
                    // «دان المجلس في بيان صدر عنه في وقت مبكر من صباح أمس، بأقسى العبارات، التفجير»، «استنكر الوزير
                    // في كلمة ألقاها أمام البرلمان الهجوم»: the words telling the statement go on to the act it condemns.
                    if let act = toldAct(from: t, sentenceEnd, context, doc) {
                        t = act
                        break
                    }
                } else if t + 1 < sentenceEnd, hasAnalysis(t, in: CueWords.strongest, doc),
                    doc.tokens[t + 1].kind == .word, hasAnalysis(t + 1, in: CueWords.phrasings, doc)
                {
                    t += 2
                } else {
                    break
                }
                skipped += 1
            }
        } else if isCharacterisation(hit, doc) {
            // «ووصف الوزير الهجوم بأنه عمل إرهابي»، «واعتبرت الحكومة التفجير عملا إجراميا»: the verb's object, after
            // its subject and inside the phrase, is the act it judges.
            t = afterSubject(hit.tokens.lowerBound + 1, sources, context, doc)
            if t < sentenceEnd, doc.tokens[t].kind == .word, hasAnalysis(t, in: CueWords.demonstratives, doc) { t += 1 }
            // «ووصف الوزير أمس في بيان صحفي الهجوم بأنه …»: time words and the statement come before the object.
            if t < sentenceEnd, !hasAnalysis(t, in: CueWords.judgedActs, doc),
                !context.mentions.contains(where: { $0.tokens.lowerBound == t }),
                let act = toldAct(from: t, sentenceEnd, context, doc, judged: true), act < hit.tokens.upperBound - 1
            {
                t = act
            }
            // «ووصف الوزير حادثة التفجير بالإجرامي»: the noun of an incident names the act after it.
            if t + 1 < hit.tokens.upperBound - 1, hasAnalysis(t, in: CueWords.incidents, doc),
                doc.tokens[t + 1].kind == .word
            {
                t += 1
            }
            guard t < hit.tokens.upperBound - 1 else { return nil }
            return doc.tokens[t].kind == .word ? (t, allowed) : nil
        } else {
            // «عن إدانة المملكة/بلاده الشديدة لـ…»: the noun's own owner and a word of degree come first.
            guard hasAnalysis(hit.tokens.upperBound - 1, in: CueWords.reactionNouns, doc) else { return nil }
            if let owner = context.mentions.first(where: { $0.tokens.lowerBound == t }) {
                t = owner.tokens.upperBound
            } else if t < sentenceEnd, doc.tokens[t].kind == .word, hasAnalysis(t, in: Self.ownCountryWords, doc) {
                t += 1
            }
            var adjectives = 0
            while adjectives < 2, t < sentenceEnd, doc.tokens[t].kind == .word,
                hasAnalysis(t, in: CueWords.reactionDegrees, doc)
            {
                t += 1
                adjectives += 1
            }
            // «عن إدانتها واستنكارها الشديدين للتفجير»: a second noun of disapproval joined to the first is the same
            // reaction; its words of degree follow it.
            if t < sentenceEnd, doc.tokens[t].kind == .word, hasAnalysis(t, in: CueWords.reactionNouns, doc) {
                t += 1
                while adjectives < 3, t < sentenceEnd, doc.tokens[t].kind == .word,
                    hasAnalysis(t, in: CueWords.reactionDegrees, doc)
                {
                    t += 1
                    adjectives += 1
                }
            }
            allowed.insert(.li)
        }
        if t < sentenceEnd, doc.tokens[t].kind == .word, hasAnalysis(t, in: CueWords.demonstratives, doc) { t += 1 }
        guard t < sentenceEnd, doc.tokens[t].kind == .word else { return nil }
        // «أدان المجلس حادث التفجير»: the noun of an incident names the act after it.
        if t + 1 < sentenceEnd, hasAnalysis(t, in: CueWords.incidents, doc), doc.tokens[t + 1].kind == .word,
            forceNoun(at: t + 1, context, doc) != nil
        {
            t += 1
        }
        return (t, allowed)
    }

    /// The first noun of an act of force or of a crime («الهجوم»، «الحادث») within twelve words of token `from`, before
    /// the clause ends: commas may stand between, no «إن/أن» nor a full stop or colon.
    /// With `judged`, a noun a characterisation judges counts too («الهجوم» inside «وصف … الهجوم بأنه …»).
    func toldAct(from: Int, _ sentenceEnd: Int, _ context: SentenceContext, _ doc: Document, judged: Bool = false)
        -> Int?
    {
        var u = from
        var words = 0
        while u < sentenceEnd, words < 12 {
            if doc.tokens[u].kind == .punctuation {
                guard isComma(u, doc) else { return nil }
            } else {
                if CueWords.complementizers.contains(wholeForm(u, doc)) { return nil }
                if forceNoun(at: u, context, doc) != nil || hasAnalysis(u, in: CueWords.crimeNouns, doc)
                    || hasAnalysis(u, in: CueWords.incidents, doc)
                    || (judged && hasAnalysis(u, in: CueWords.judgedActs, doc))
                {
                    return u
                }
                words += 1
            }
            u += 1
        }
        return nil
    }

    /// The token after the subject that starts at token `t`, or within three words of it when the words between
    /// are nouns of the subject's phrase («أدانت الأمانة العامة لهيئة كبار العلماء …»); `t` when there is none.
    func afterSubject(_ t: Int, _ sources: [Mention], _ context: SentenceContext, _ doc: Document) -> Int {
        guard
            let subject = sources.first(where: {
                $0.tokens.lowerBound >= t && $0.tokens.lowerBound <= t + 3
                    && (t..<$0.tokens.lowerBound).allSatisfy { doc.tokens[$0].kind == .word }
            })
        else { return t }
        // «أدان رئيس المجلس نائب رئيس الهيئة الشيخ سالم بن علي الهجوم»: titles and a name in apposition.
        return titleChainEnd(after: subject.tokens.upperBound, context.mentions, doc) ?? subject.tokens.upperBound
    }

    /// «أدان المجلس بشدة مصادقة الكنيست على القانون»، «استنكرت الحكومة قرار السلطات الإسرائيلية»: the object of a reaction
    /// verb, a noun that is no actor, with an actor in its genitive right after it: the doer of the deed condemned. NB:
    /// not people who suffer («أدان اعتقال الصحفيين»: the arrested are not criticised), nor the reactor's own side.
    func criticisedOwner(_ hit: Hit, sources: [Mention], _ context: SentenceContext, _ doc: Document) -> Mention? {
        guard let (t, _) = reactionObject(hit, sources: sources, context, doc),
            t + 1 < doc.sentences[context.index].tokens.upperBound, doc.tokens[t].kind == .word,
            !context.mentions.contains(where: { $0.tokens.contains(t) }),
            let owner = context.mentions.first(where: { $0.tokens.lowerBound == t + 1 }),
            owner.leadingClitics.isEmpty, owner.kind != .state || owner.actor.sector != nil || owner.name != nil,
            !Self.isVictim(owner.actor), !sources.contains(where: { $0.actor.country == owner.actor.country })
        else { return nil }
        return owner
    }

    /// The object of a one-word reaction verb that names an act without being a noun of force: a noun of crime
    /// («أدانت الحكومة العمل الإرهابي الذي استهدف المسجد»، «ونددت الوزارة بالحادث»، «استنكر الجريمة النكراء»), found
    /// where `reactedAct` finds a noun of force (one word); `terror` says whether a word right after it calls the act
    /// terrorist or criminal.
    func reactedCrime(_ hit: Hit, sources: [Mention], _ context: SentenceContext, _ doc: Document) -> (
        noun: Int, terror: Bool
    )? {
        guard let (t, allowed) = reactionObject(hit, sources: sources, context, doc) else { return nil }
        let r = doc.tokens[t].candidates
        // «ووصف الوزير الهجوم بأنه …»: a characterisation's phrase covers its object, an act of force too.
        let nouns = isCharacterisation(hit, doc) ? CueWords.judgedActs : CueWords.crimeNouns
        guard
            (Int(r.lowerBound)..<Int(r.upperBound)).contains(where: { c in
                let a = doc.candidates[c]
                return nouns.contains(a.hash) && a.encliticLength == 0
                    && a.proclitics.isSubset(of: allowed)
            })
        else { return nil }
        return (t, callsTerror(hit, actEnd: t + 1, context, doc))
    }

    /// Whether a one-word reaction verb's object is statements whose author its phrase does not name: a definite
    /// noun of statements («استنكرت المنظمة التصريحات»، «واستنكر الوزير هذه التصريحات غير المسؤولة») with no actor and
    /// no relative clause in the three words after it, and no target found before the next punctuation.
    func condemnsUnnamedStatements(
        _ hit: Hit, sources: [Mention], target: Mention?, _ context: SentenceContext, _ doc: Document
    ) -> Bool {
        guard hit.tokens.count == 1, let (t, _) = reactionObject(hit, sources: sources, context, doc),
            hasAnalysis(t, in: CueWords.statementNouns, doc),
            isDefinite(t, doc) || (t > 0 && hasAnalysis(t - 1, in: CueWords.demonstratives, doc))
        else { return false }
        let sentenceEnd = doc.sentences[context.index].tokens.upperBound
        let reach = min(t + 4, sentenceEnd)
        for u in (t + 1)..<reach {
            if doc.tokens[u].kind == .punctuation { break }
            if context.mentions.contains(where: { $0.tokens.lowerBound == u }) { return false }
            if CueWords.relatives.contains(wholeForm(u, doc)) || wholeForm(u, doc) == CueWords.man { return false }
        }
        guard let target else { return true }
        // A target after a punctuation mark is another clause's («…، واصفا إياها بأنها تخريب لعلاقات العراق»).
        return target.tokens.lowerBound > t
            && (t + 1..<target.tokens.lowerBound).contains { doc.tokens[$0].kind == .punctuation }
    }

    /// Whether a phrase is a characterisation: a verb that calls its object something («وصف/اعتبر …
    /// بأنه عمل إرهابي»), the judgement at the phrase's end.
    func isCharacterisation(_ hit: Hit, _ doc: Document) -> Bool {
        hit.tokens.count > 1 && hasAnalysis(hit.tokens.lowerBound, in: CueWords.characterisers, doc)
    }

    /// Whether a reaction calls the act it names terrorist or criminal: a word right after the act's noun that ends
    /// at `end` («التفجير الإرهابي»), or the judgement a characterisation ends in («وصف الهجوم بأنه إرهابي»).
    func callsTerror(_ hit: Hit, actEnd end: Int, _ context: SentenceContext, _ doc: Document) -> Bool {
        isCalledTerror(after: end, context, doc)
            || (isCharacterisation(hit, doc)
                && hasAnalysis(hit.tokens.upperBound - 1, in: CueWords.terrorAdjectives, doc))
    }

    /// Whether one of the two words from `t` calls the act before it terrorist or criminal («التفجير الإرهابي»،
    /// «العمل الإجرامي الجبان»، «الاعتداء الآثم»).
    func isCalledTerror(after t: Int, _ context: SentenceContext, _ doc: Document) -> Bool {
        let sentenceEnd = doc.sentences[context.index].tokens.upperBound
        for u in t..<min(t + 2, sentenceEnd) {
            guard doc.tokens[u].kind == .word else { return false }
            if hasAnalysis(u, in: CueWords.terrorAdjectives, doc) { return true }
        }
        return false
    }

    /// Who did an act a reaction names when nothing in the story says: the act called terrorist or criminal, or an
    /// assault (root 18: bombings, attacks on people), is the work of unnamed militants (`---REB`, as coders of news
    /// code «مسلحون» with nothing better known). Military force (19–20) has no such default: armies are named.
    func unnamedAttacker(terror: Bool, assault: Bool, text: String) -> Event.Participant? {
        guard terror || assault else { return nil }
        return Event.Participant(actor: ActorCode(country: nil, sector: "REB"), text: text)
    }

    /// The noun of an act of force (roots 18–20) that starts at token `t` («الهجوم»، «التفجير»، «القصف»), if any.
    /// NB: the triggers are in text order; a binary search finds the sentence's, not a scan of the document's.
    func forceNoun(at t: Int, _ context: SentenceContext, _ doc: Document) -> TriggerMention? {
        let triggers = doc.triggers
        var low = 0
        var high = triggers.count
        while low < high {
            let mid = (low + high) / 2
            if triggers[mid].sentence < context.index || triggers[mid].tokens.lowerBound < t {
                low = mid + 1
            } else {
                high = mid
            }
        }
        guard low < triggers.count, triggers[low].sentence == context.index, triggers[low].tokens.lowerBound == t
        else { return nil }
        let act = triggers[low]
        let pattern = self.triggers.patterns[act.pattern]
        return Self.isForce(pattern.code.root) && !pattern.startsWithVerb ? act : nil
    }

    /// The noun act a trigger mention found, as the coder reads its hits.
    func hitOf(_ act: TriggerMention, _ doc: Document) -> Hit {
        Hit(pattern: triggers.patterns[act.pattern], tokens: act.tokens, analysis: doc.candidates[act.analysis])
    }

    /// The doer that an act's own phrase names: a relative verb of doing («التفجير الذي نفذه تنظيم داعش»، «الهجمات
    /// التي شنتها الجماعة»; with `anonymous`, also an unnamed group: «نفذه مسلحون»), a genitive with the act's object
    /// after it («اعتداء المستوطنين على الفلسطينيين») or a nisba adjective with a country («القصف التركي»).
    func namedDoer(of act: TriggerMention, _ context: SentenceContext, _ doc: Document, anonymous: Bool = false)
        -> Mention?
    {
        if let m = doer(of: hitOf(act, doc), context.mentions, context, doc), anonymous || Self.isKnown(m.actor) {
            return m
        }
        // «أدانت مصر اعتداء المستوطنين على الفلسطينيين»، «ندد بقصف الطيران الروسي لمواقع المعارضة»: an actor in the
        // act's genitive followed by its object («لـ» or the pattern's target preposition) is its doer.
        if let m = context.mentions.first(where: { $0.tokens.lowerBound == act.tokens.upperBound }),
            anonymous || Self.isKnown(m.actor), hasAgentiveFrame(hitOf(act, doc), context.mentions, doc, orLi: true)
        {
            return m
        }
        return context.mentions.first {
            $0.tokens.lowerBound == act.tokens.upperBound && $0.isDemonym && Self.isKnown($0.actor)
        }
    }

    /// Whether a mention only describes the act a reaction names, and so is no target of the reaction: an
    /// anonymous or attributive actor right after the act's noun («التفجير الإرهابي»), or any actor in a relative
    /// clause on the act («القصف الذي أدى إلى مقتل مدنيين»: the victims of the act, not of the reaction).
    func describesAct(_ m: Mention, _ act: TriggerMention, _ context: SentenceContext, _ doc: Document) -> Bool {
        describesAct(m, endingAt: act.tokens.upperBound, context, doc)
    }

    /// `describesAct` for an act noun that ends before token `after`.
    func describesAct(_ m: Mention, endingAt after: Int, _ context: SentenceContext, _ doc: Document) -> Bool {
        guard m.tokens.lowerBound >= after else { return false }
        if m.tokens.lowerBound - after <= 3 && (!Self.isKnown(m.actor) || m.isAttributive) { return true }
        // «للتفجير الإرهابي في الكويت»: the act's own adjective, whatever place follows it.
        if m.tokens.lowerBound - after <= 1 && hasAnalysis(m.tokens.lowerBound, in: CueWords.terrorAdjectives, doc) {
            return true
        }
        // The relative pronoun right after the noun or after its adjective, and no punctuation before the mention.
        let sentenceEnd = doc.sentences[context.index].tokens.upperBound
        guard
            let r = (after..<min(after + 2, sentenceEnd)).first(where: {
                doc.tokens[$0].kind == .word && CueWords.relatives.contains(wholeForm($0, doc))
            }), r < m.tokens.lowerBound
        else { return false }
        return !(r..<m.tokens.lowerBound).contains { doc.tokens[$0].kind == .punctuation }
    }

    /// Whether a doer taken from an earlier sentence is the reactor's own state or one of its organs («وأدانت مصر
    /// الهجوم» after an act coded to «مصر»): a reaction to «the attack» is seldom aimed at one's own state, and such
    /// a doer is mostly a misread subject. Rebels and groups of the same country stay («هاجم مسلحون … وأدانت
    /// الحكومة الهجوم»).
    func isOwnState(_ doer: ActorCode, of sources: [Mention]) -> Bool {
        guard doer.organization == nil, let country = doer.country else { return false }
        let state = doer.sector.map(Self.stateSectors.contains) ?? true
        return state && sources.contains { $0.actor.country == country }
    }

    /// Whether an actor names whom it belongs to: a country or an organization, not an anonymous «---» group.
    static func isKnown(_ actor: ActorCode) -> Bool {
        actor.country != nil || actor.organization != nil
    }

    /// The source of the most recent act of force (roots 18–20) of the story before a reaction that names whom it
    /// belongs to or is an unnamed armed group (`---REB`): what a reaction to «the attack» refers to when its own
    /// phrase names no doer («شنت إسرائيل غارات … وأدانت مصر هذا القصف»).
    /// The events of the sentence so far come after those of the document: both are searched, latest first.
    static func recentDoer(in events: [Event], then later: [Event], since first: Int) -> Event.Participant? {
        for list in [later, events] {
            for event in list.reversed() {
                if event.sentence < first { return nil }
                guard isForce(event.code.root), let source = event.source else { continue }
                // «فجر انتحاري نفسه في مسجد … وأدانت الكويت الحادث»: unnamed militants are the doer too.
                if isKnown(source.actor) || source.actor.sector == "REB" { return source }
            }
        }
        return nil
    }

    /// The act of force a reaction names as its object, told as having happened («شجب الوزير التفجير الذي نفذه
    /// الإرهابيون في …»، «ندين القصف التركي على القرى»): coded with the doer the act's own phrase names (the one the
    /// reaction targets) and the target that phrase names after it («على القرى»). None when the phrase names no doer
    /// (a doer taken from an earlier act is that act, coded already), or when the act is itself negated, planned or
    /// hypothetical.
    func reactedActEvents(_ hit: Hit, reaction: [Event], _ context: SentenceContext, _ doc: Document) -> [Event] {
        let reactors = context.mentions.filter { m in reaction.contains { $0.source?.actor == m.actor } }
        guard let act = reactedAct(hit, sources: reactors, context, doc) else { return [] }
        let actHit = hitOf(act, doc)
        guard !isBlocked(actHit, doc, doc.sentences[context.index], reactedTo: true),
            let doer = namedDoer(of: act, context, doc, anonymous: true),
            reaction.contains(where: { $0.target?.actor == doer.actor })
        else { return [] }
        // NB: only an actor after the act: one before it («إن الولايات المتحدة تدين الهجمات») is the reactor's side.
        let target = targetMention(actHit, context.mentions, after: act.tokens.upperBound, doc, exclude: [doer])
            .flatMap { $0.tokens.lowerBound >= act.tokens.upperBound ? $0 : nil }
        return makeEvents(actHit, context, [doer], target: target, pairPartner: nil, doc, told: true)
    }

    /// Whether the act is coded in the story already (the events of the document, then those of the sentence so
    /// far, from sentence `first` on): an act of force by the same doer («القصف التركي» after «قصفت الطائرات التركية»:
    /// a bare country names its forces too), or one of the same root told with no doer («وقع انفجار … وأدانت …»).
    static func hasForceBy(_ act: Event, in events: [Event], then later: [Event], since first: Int) -> Bool {
        guard let doer = act.source?.actor else { return false }
        let bareCountry = doer.organization == nil && doer.sector == nil && doer.country != nil
        func same(_ e: Event) -> Bool {
            guard e.sentence >= first, isForce(e.code.root) else { return false }
            guard let source = e.source?.actor else { return e.code.root == act.code.root }
            return source == doer || (bareCountry && source.country == doer.country)
        }
        return later.contains(where: same) || events.contains(where: same)
    }

    /// The act a relative clause of force is about («التفجير الإرهابي الذي استهدف …»): the noun right before the
    /// relative pronoun, after at most two adjectives (of terror or degree, an attributive actor or unnamed militants:
    /// «الانتحاري»), that is a noun of force or of a deed called terrorist or criminal («التفجير الإرهابي»، «الهجوم
    /// الإرهابي»، «العمل الإجرامي الجبان»، «الجريمة الإرهابية»). Its code is the noun's own when an assault (root 18:
    /// «التفجير» 183), else assault (180): an attack called terrorist is no battle between armies. Its doer is the one
    /// a relative verb of doing or the act's genitive names («الذي نفذه تنظيم داعش»), if any; else unnamed militants
    /// (nil here).
    /// NB: only an act called terrorist or criminal: «الهجوم الذي شنته القوات …» is a military attack, and «التفجير
    /// الذي استهدف دورية» without a word of judgement keeps the verb's own roles (no doer named).
    func relativeAssault(before start: Int, _ context: SentenceContext, _ doc: Document) -> (
        noun: Int, code: EventCode, doer: Mention?
    )? {
        let lower = doc.sentences[context.index].tokens.lowerBound
        guard start - 2 >= lower, opensRelativeClause(start - 1, doc), let assault = triggers.assault else {
            return nil
        }
        var t = start - 2
        var adjectives = 0
        while adjectives < 2, t > lower, doc.tokens[t].kind == .word,
            hasAnalysis(t, in: CueWords.terrorAdjectives, doc) || hasAnalysis(t, in: CueWords.reactionDegrees, doc)
                || context.mentions.contains(where: {
                    $0.tokens.contains(t) && ($0.isAttributive || ($0.actor.country == nil && $0.actor.sector == "REB"))
                })
        {
            t -= 1
            adjectives += 1
        }
        guard doc.tokens[t].kind == .word else { return nil }
        let terror = isCalledTerror(after: t + 1, context, doc)
        if let act = forceNoun(at: t, context, doc) {
            let code = triggers.patterns[act.pattern].code
            guard terror else { return nil }
            let doer = namedDoer(of: act, context, doc, anonymous: true)
            return (t, code.root == "18" ? code : assault, doer)
        }
        guard terror, hasAnalysis(t, in: CueWords.crimeNouns, doc) else { return nil }
        return (t, assault, nil)
    }
}
