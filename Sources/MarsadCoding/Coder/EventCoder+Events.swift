import MarsadCore
import MarsadText

extension EventCoder {
    /// The events of one trigger: one per source and target (compound actors), with date, place and confidence;
    /// none when a non-statement trigger lacks a source or a target.
    func makeEvents(
        _ hit: Hit, _ context: SentenceContext, _ sources: [Mention], target: Mention?, pairPartner: ActorCode?,
        _ doc: Document, targetActor: Event.Participant? = nil, told: Bool = false
    ) -> [Event] {
        let s = context.index
        let triggerSpan = TextSpan(
            start: doc.tokens[hit.tokens.lowerBound].span.start, end: doc.tokens[hit.tokens.upperBound - 1].span.end)
        var sources = sources
        var target = target
        if let court = courtRoles(
            hit, sources: sources, target: target, span: triggerSpan, doc, mentions: context.mentions)
        {
            sources = [court.source]
            target = court.target
        }
        if target == nil, targetActor == nil,
            let executed = executedOne(hit, context, doc) ?? arrestedByNationality(hit, context, doc)
        {
            target = executed
        }
        // «اعتقلت الشرطة السوري بسام خالد»، «القبض على باكستاني»: the one arrested, named by a demonym, is a person: a
        // civilian of that country.
        if hit.pattern.code.code == "173", let arrested = target.map(Self.demonymOfName), arrested.isDemonym,
            !arrested.isAttributive
        {
            target = Self.civilian(arrested)
        }
        if sources.isEmpty, let doer = agentlessAuthority(hit, sufferer: target, span: triggerSpan, context, doc) {
            sources = [doer]
        }
        // «أوقفت الشرطة 20 شخصا» is an arrest, «أوقفت الحكومة الدعم» a halt: people held by a state's organ only.
        if hit.pattern.custody {
            // «كما أوقفت قوى الجيش السوري محمود»: the one held, named by a demonym, is a person; not a demonym
            // qualifying a thing («أوقفت الصين استيراد منتجات الدواجن الأمريكية»).
            guard var held = target.map(Self.demonymOfName), !held.isAttributive else { return [] }
            if held.isDemonym {
                let before = held.tokens.lowerBound - 1
                // A definite noun right before it, no actor's, is the thing it qualifies.
                let qualifies =
                    before >= 0 && doc.tokens[before].kind == .word && isDefinite(before, doc)
                    && !context.mentions.contains { $0.tokens.contains(before) }
                if qualifies { return [] }
                held = Self.civilian(held)
            }
            guard Self.heldSectors.contains(held.actor.sector ?? "") else { return [] }
            target = held
            sources = sources.filter { m in
                m.actor.sector.map(Self.custodianSectors.contains)
                    ?? (m.actor.country != nil && m.actor.organization == nil && !m.isDemonym)
            }
            if sources.isEmpty { return [] }
        }
        // «حكم القتل في جانٍ سعودي …، أقدم على قتل آخر»: the subject of a light verb is a person, so a demonym there names
        // a civilian of that country.
        if hit.pattern.lightVerb { sources = sources.map(Self.civilian) }
        // «استقبلت جوازات المطار 16 حاجا»، «استقبلت وزارة الصحة 40 جريحا»: people a body receives by the count are
        // admitted (pilgrims, patients, refugees), not guests of a visit. (An office-holder receiving «50 من الأعيان»
        // holds an audience.)
        if hit.pattern.code.code == "043", let guest = target, guest.tokens.lowerBound > 0,
            isNumber(guest.tokens.lowerBound - 1, doc), !sources.contains(where: { $0.isOffice || $0.kind == .person })
        {
            return []
        }
        func participant(_ m: Mention) -> Event.Participant {
            Event.Participant(actor: m.actor, text: String(doc.text(of: m.span)), name: m.name)
        }
        var out: [Event] = []
        // CAMEO events are dyadic: without both a source and a target there is no event to code (a plain
        // statement, root 01, needs no target) — except an act of force or a protest that the text reports as
        // having happened: «قتل 20 شخصا»، «تظاهر الآلاف» are events whoever did them.
        // A show of force (15: alert, mobilize, deploy) is one-sided by nature: its source is enough.
        // An appeal for help that names no helper (option `open`: «طلبت جيبوتي مساعدة المجتمع الدولي») is whole too,
        // when a state or one of its bodies makes it: a person asking for help («يطلب المواطن مساعدة») is no event.
        let openAppeal =
            hit.pattern.open
            && sources.contains {
                $0.actor.country != nil && !Self.isVictim($0.actor)
            }
        let oneSided = (hit.pattern.code.root == "15" && !sources.isEmpty) || openAppeal
        // `told`: the text tells the act as done in another way (a reaction names it: «أدان التفجير»).
        let done = told || isLightVerbAct(hit, context, doc)
        // «برنامج يستهدف المجتمعات»، «أنظمة تستهدف الإرهابيين»، «يسيطر على المدينة»: a verb of force with other senses
        // (`weak`) in the present tense with no time word describes an aim, a habit or a state; the act itself is
        // told in the past or with its time («استهدفت غارة …»، «يستهدف الطيران اليوم …»), as going on («لا يزالون
        // يستهدفون نقاط التفتيش»، «كانت القوات تطوق المكان»), or in its doer's words («وأعلنت أنها تستهدف مواقع التنظيم»). NB: not taking a place
        // (`seizure`): «القوات تسيطر على المنطقة» tells the place taken.
        if Self.isForce(hit.pattern.code.root), hit.pattern.weak, !hit.pattern.seizure, !told,
            isPresentTense(hit, doc), context.temporals.isEmpty,
            !isToldGoingOn(hit, from: doc.sentences[context.index].tokens.lowerBound, doc),
            !(hit.tokens.lowerBound > doc.sentences[context.index].tokens.lowerBound
                && CueWords.pronounComplementizers.contains(wholeForm(hit.tokens.lowerBound - 1, doc)))
        {
            return []
        }
        if hit.pattern.code.root != "01"
            && (sources.isEmpty || (target == nil && pairPartner == nil && targetActor == nil))
            && !(Self.occurrenceRoots.contains(hit.pattern.code.root) && done)
            && !reportsOccurrence(hit, context, doc) && !oneSided
            && !(target == nil && !sources.isEmpty && aimsAtPlace(hit, context, doc, done: done))
            && !(target == nil && !sources.isEmpty && targetPastClause(hit, context, sources, doc))
        {
            return []
        }
        // «قتل جندي في هجوم»: a word mostly used of background or in figures of speech is an event only where the
        // text says it took place.
        if hit.pattern.occurrenceOnly && !done && !hasOccurrenceCue(hit, context, doc) { return [] }
        // A protest the text reports with no one it is against: see `protestedAuthority` (only now, so that the default
        // makes no event of its own).
        if target == nil, targetActor == nil, pairPartner == nil,
            let authority = protestedAuthority(hit, sources: sources, span: triggerSpan, context)
        {
            target = authority
        }
        // NB: date and place only now, for a trigger that gives events (most give none).
        let past =
            hit.pattern.startsWithVerb && !isPresentTense(hit, doc)
            && !isFuture(hit.analysis, at: hit.tokens.lowerBound, doc)
        // «ينظم التيار مسيرة مساء غد»: an act set after the publication date is a plan (announcements, appeals,
        // intents and threats are acts now, whatever they are about).
        // A meeting or a visit set ahead with a verb in the present tense («يلتقي الرئيس نظيره الروسي في موسكو الأسبوع
        // المقبل») is an intent to meet (036), as the future-marked verb is. NB: verbs only: a noun set ahead names
        // plans and services more often («لزيارة المناطق المتضررة»، «تبدأ … في استقبال الخريجين»).
        var planned: EventCode?
        if !past && !Self.speechRoots.contains(hit.pattern.code.root) && isSetInFuture(triggerSpan, context, doc) {
            guard hit.pattern.code.root == "04", hit.pattern.startsWithVerb, let intent = triggers.intentToMeet
            else { return [] }
            planned = intent
        }
        // The speaker's own act: what is said coded as an accusation (112), a circumstantial participle, a statement.
        let speakerAct =
            hit.pattern.reported || hit.pattern.circumstantial || hit.pattern.code.root == "01"
            || (triggers.accuse.map { $0.code == hit.pattern.code.code } ?? false)
        // NB: or the act's one doer is named before the words said begin (see `statementTime`).
        let doer = sources.count == 1 && sources[0].sentence == s ? sources[0].span : nil
        let (date, precision, dateText) = eventDate(
            triggerSpan, context, doc, past: past, speaker: speakerAct, doer: doer)
        let location = eventLocation(triggerSpan, context)
        let sourceList: [Mention?] = sources.isEmpty ? [nil] : sources
        // Compound targets («دعا الحكومة التركية وحزب العمال») give one event each, as compound sources do.
        var targets: [Mention?] = [target]
        // NB: by tokens: the target may have been made a civilian above («اعتقلت الشرطة تونسيا وباكستانيا»).
        if let target, let i = context.mentions.firstIndex(where: { $0.tokens == target.tokens }) {
            targets = coordinated(from: i, context.mentions, doc, appositions: true).prefix(4).map { m in
                if m.tokens == target.tokens { return target }
                if hit.pattern.code.code == "173", m.isDemonym, !m.isAttributive { return Self.civilian(m) }
                return m
            }
        }
        for source in sourceList {
            var code = planned ?? hit.pattern.code
            if hit.pattern.verbalByPersons, let source, speaksRatherThanFights(source),
                let criticize = triggers.criticize
            {
                code = criticize
            }
            if code.code == "190", let aerial = triggers.aerialForce, isAerial(hit, by: source, doc) {
                code = aerial
            }
            // «قصف الجيش مواقع المعارضة»، «اشتباكات بين قوات المعارضة وقوات النظام»: the opposition that fights or is
            // fought in battle is the armed one (REB), not the opposition of parliaments and parties (OPP). NB: after the
            // choice above («شنت المعارضة هجوما عنيفا على البطريرك» is an attack in words, 111).
            let fights = code.root == "19" || code.root == "20"
            let source = fights ? source.map { armedOpposition($0, doc) } : source
            for target in targets {
                let target = fights ? target.map { armedOpposition($0, doc) } : target
                // «وأدانت مصر هذا القصف»: a target taken from an earlier sentence has no mention here.
                var targetParticipant = target.map(participant) ?? targetActor
                if target == nil, let t = targetParticipant, let source, t.actor == source.actor { continue }
                if let pairPartner, let source {
                    targetParticipant = Event.Participant(actor: pairPartner, text: String(doc.text(of: source.span)))
                }
                if let t = targetParticipant, let source, let target,
                    target.tokens == source.tokens || (t.actor == source.actor && pairPartner != nil)
                {
                    if hit.pattern.code.root != "01" { continue }
                    targetParticipant = nil
                }
                var confidence = 0.5
                if source != nil { confidence += 0.2 }
                if targetParticipant != nil { confidence += 0.2 }
                if hit.pattern.weak { confidence -= 0.2 }
                out.append(
                    Event(
                        sentence: s, trigger: triggerSpan, code: code, source: source.map(participant),
                        target: targetParticipant, date: date, datePrecision: precision, dateText: dateText,
                        location: location, rule: hit.pattern.rule, confidence: confidence))
            }
        }
        return out
    }

    /// Whether an act of military force is done from the air (195): its doer is named with a noun of aircraft or air
    /// strikes («قصف طيران التحالف المواقع»، «استهدفت غارة أمريكية …»، «تعرضوا لقصف من مقاتلات التحالف»), its trigger
    /// opens with one («غارات التحالف على …»), or «جوية» follows the trigger («عملية عسكرية جوية»، «قصف جوي»). Not where
    /// the aircraft is the object («أسقطت طائرة»: the noun inside the trigger counts only as its head), nor for taking a
    /// place or a fight between two sides (`seizure`, `symmetric`), nor an air defence («قصفت الدفاعات الجوية …»).
    func isAerial(_ hit: Hit, by source: Mention?, _ doc: Document) -> Bool {
        guard !hit.pattern.seizure, !hit.pattern.symmetric else { return false }
        let aerial = triggers.cues.aerial
        if hasAnalysis(hit.tokens.lowerBound, in: aerial, doc) { return true }
        let next = hit.tokens.upperBound
        if next < doc.tokens.count, doc.tokens[next].kind == .word, hasAnalysis(next, in: aerial, doc) { return true }
        guard let source else { return false }
        let before = source.tokens.lowerBound - 1
        for t in max(before, 0)..<source.tokens.upperBound
        where doc.tokens[t].kind == .word && hasAnalysis(t, in: aerial, doc) {
            if t == 0 || !hasAnalysis(t - 1, in: triggers.cues.airDefence, doc) { return true }
        }
        return false
    }

    /// Roots of acts done in words now, whatever time they speak of: statements, appeals, intents, demands,
    /// disapproval, rejections, threats (01–03, 10–13).
    static let speechRoots: [String] = ["01", "02", "03", "10", "11", "12", "13"]

    /// Sectors that fight: armed forces, police, rebels and militias, intelligence services.
    static let armedSectors: [String] = ["MIL", "COP", "REB", "SPY"]
    /// Sectors whose attacks are made in words: politicians, judges, clerics, the press, civil society.
    static let civilSectors: [String] = ["LEG", "OPP", "JUD", "REL", "MED", "EDU", "HRI", "LAB", "BUS"]

    /// Whether an actor attacks in words rather than with arms: a named person, an office-holder («الوزير»،
    /// «رئيس الحزب») or a civilian body; not a state, a force, an armed group or a government body.
    func speaksRatherThanFights(_ m: Mention) -> Bool {
        if m.actor.organization != nil { return false }
        if let sector = m.actor.sector, Self.armedSectors.contains(sector) { return false }
        if m.kind == .person || m.isOffice { return true }
        return m.actor.sector.map { Self.civilSectors.contains($0) } ?? false
    }

    /// Whether a verb-first pattern stands where only a noun can: after a preposition, «تم»/«جرى» or «إلى»
    /// («من خلال فرض حصار»، «تم فرض حصار»).
    func isVerbalNounUse(_ hit: Hit, _ doc: Document) -> Bool {
        let t = hit.tokens.lowerBound - 1
        guard t >= 0, doc.tokens[t].kind == .word else { return false }
        let h = doc.candidates[Int(doc.tokens[t].candidates.lowerBound)].hash
        return CueWords.prepositions.contains(h) || CueWords.nounIntroducers.contains(h)
    }

    /// Roots whose acts are events even when the text names no actor: protest (14), assault (18), fight
    /// (19), mass violence (20).
    static let occurrenceRoots: [String] = ["14", "18", "19", "20"]
    /// Whether «لا يزال»/«ما زال» (one word between at most) or «كان» (its subject between) stands before a verb
    /// trigger («لا تزال القوات تحاصر»، «بينما كانت عناصر الأمن الأفغاني تطوق المكان»): the present tense tells an act
    /// going on, now or then.
    func isToldGoingOn(_ hit: Hit, from lower: Int, _ doc: Document) -> Bool {
        for back in 1...4 where hit.tokens.lowerBound - back >= lower {
            let t = hit.tokens.lowerBound - back
            if doc.tokens[t].kind != .word { return false }
            if back <= 2 && hasAnalysis(t, in: CueWords.still, doc) { return true }
            if hasAnalysis(t, in: CueWords.was, doc) { return true }
        }
        return false
    }

    /// Whether an act of force told in the past is aimed at a place that names no actor («ألقت الطائرات براميل متفجرة
    /// على بلدة …»، «قصفت القوات أماكن في المدينة»): a noun of an inhabited place right after the trigger, or after
    /// «على» within four words of it in its clause. The event then stands with its source alone; ``ForcePartyFiller``
    /// makes the civilians of its place the target. NB: an actor target, when there is one, is always preferred (the
    /// caller asks only when none was found); a verb in the present («يقصفون البلدات») tells a habit.
    func aimsAtPlace(_ hit: Hit, _ context: SentenceContext, _ doc: Document, done: Bool) -> Bool {
        // NB: not taking a place («سيطروا على مناطق شاسعة»), a siege or an occupation («طوقت الحي»): their loser is
        // an armed party, never the place's civilians.
        guard Self.isForce(hit.pattern.code.root), !hit.pattern.seizure,
            !["191", "192"].contains(hit.pattern.code.code),
            !isPresentTense(hit, doc)
        else { return false }
        // «تبادلا الاتهامات بقصف مناطق سكنية»، «طالب بوقف القصف»: a verbal noun with «بـ» is what someone is accused of
        // or asked about, unless a light verb makes it the act («قام الطيران بإلقاء براميل على المدينة»).
        if !hit.pattern.startsWithVerb && hit.analysis.proclitics.contains(.bi) && !done { return false }
        let start = hit.tokens.upperBound
        let upper = min(doc.sentences[context.index].tokens.upperBound, start + 4)
        var t = start
        while t < upper, doc.tokens[t].kind == .word {
            if CueWords.inhabitedPlaces.contains(wholeForm(t, doc)) {
                return t == start || wholeForm(t - 1, doc) == CueWords.ala
            }
            t += 1
        }
        return false
    }

    /// How far (in tokens) before the cause of a toll («قتل 20 شخصا … في هجوم») the toll may be.
    static let tollReach = 12
    /// How far (in tokens) from a noun trigger an occurrence cue counts.
    static let occurrenceReach = 6
    /// How far back «قام» may stand from «بـ» + its act's noun when a long subject separates them.
    static let farLightVerbReach = 14

    /// Whether a trigger of an occurrence root reports an act that took place: a verb («انفجرت»، «تظاهر»), or a
    /// noun («هجوم»، «مظاهرة») with an occurrence cue within six words («مقتل»، «أسفر»، «وقع»). A weak pattern,
    /// a verb used as a verbal noun and an act of force in a timeless present need the cue too.
    func reportsOccurrence(_ hit: Hit, _ context: SentenceContext, _ doc: Document) -> Bool {
        guard Self.occurrenceRoots.contains(hit.pattern.code.root), !hit.pattern.dyadic else { return false }
        // A crowd that acts («وتدفق آلاف المتظاهرين»): checked before coding (`crowdActs`).
        if hit.pattern.crowd { return true }
        // «مغنية الذي اغتيل في دمشق»: a verb in a relative clause describes someone; it does not report the act.
        // NB: a "when" clause often does («أصيبوا بعدما نفذت القوات ضربة جوية»).
        if hit.pattern.startsWithVerb, hit.tokens.lowerBound > doc.sentences[context.index].tokens.lowerBound,
            opensRelativeClause(hit.tokens.lowerBound - 1, doc)
        {
            return false
        }
        // A verb reports an act when it is a verb here and tells of something done: «فرض حصار» after a preposition
        // or «تم» is a verbal noun («تدعو إلى فرض حصار»); an act of force in the present tense with no time is a
        // habit or a description («الشبان الذين يطلقون الصواريخ»), while a protest in the present goes on
        // («ويعتصم آلاف المتظاهرين»).
        if hit.pattern.startsWithVerb && !hit.pattern.weak && !isVerbalNounUse(hit, doc)
            && (hit.pattern.code.root == "14" || !isPresentTense(hit, doc) || !context.temporals.isEmpty)
        {
            return true
        }
        // «مسلحين خطفوا أربعة مهندسين»: a verb with other senses too («خطف الأضواء») reports the act when it has
        // people counted after it: its object, after its subject («وخطفت الجماعة خمسة صيادين»), or the doers of a
        // phrase («وأضرم عشرات الشبان النار»).
        if hit.pattern.startsWithVerb && hit.pattern.weak && !isVerbalNounUse(hit, doc) && !isPresentTense(hit, doc) {
            let upper = doc.sentences[context.index].tokens.upperBound
            if hit.tokens.upperBound < upper && isNumber(hit.tokens.upperBound, doc) { return true }
            var next = hit.tokens.lowerBound + 1
            if let subject = context.mentions.first(where: { $0.tokens.lowerBound == next }) {
                next = subject.tokens.upperBound
            }
            if next < upper && isNumber(next, doc) { return true }
            // «أن قواته قتلت مسلحا»: an actor in the accusative («مسلحا»، «صحفيا») right after the verb is its object, so
            // the verb is active, not the passive «قُتلت» whose subject follows it.
            if let object = context.mentions.first(where: { $0.tokens.lowerBound == hit.tokens.lowerBound + 1 }),
                object.tokens.count == 1, object.leadingClitics.isDisjoint(with: [.al]),
                bareLastLetter(object.tokens.lowerBound, doc) == "ا"
            {
                return true
            }
            // A subject the actor stage did not find, of one or two words («وخطفت الحركة عشرات …»).
            for words in 1...2 where hit.tokens.lowerBound + words + 1 < upper {
                let n = hit.tokens.lowerBound + words + 1
                if ((hit.tokens.lowerBound + 1)..<n).contains(where: { doc.tokens[$0].kind != .word }) { break }
                if isNumber(n, doc) { return true }
            }
            // «وقتلتهم جميعا»، «خطفوه»: an object pronoun on an inflected past form makes the verb active and the
            // act done. NB: not on the bare stem («خطفه» is also the noun "his abduction").
            // It opens its clause («وقتلتهم»): «إحكام سيطرتها» is a noun with a possessive, spelled the same.
            // «أن أمجد وهبة خطف في وسط المدينة من قبل أربعة مسلحين»: a passive of assault with its doer named after «من قبل»
            // or «على يد» later in its sentence. NB: assault only: «من قبل» is also "before" («استهدفت من قبل سعرا»،
            // «سيطرته على المباراة … من قبل الجماهير»).
            if hit.pattern.code.root == "18" && hasNamedAgent(after: hit, upper, doc) { return true }
            if hit.analysis.encliticLength > 0, let last = stemLastLetter(hit.analysis, doc),
                last == "ت" || last == "و",
                opensClause(hit.tokens.lowerBound, context, doc)
            {
                return true
            }
        }
        // «مظاهرة نظمها الحزب»: a protest named with the relative verb of its organizer is told as done. NB: not acts of
        // force, whose doer verbs as often name an act referred to («أشار إلى الغارات التي شنتها …»; dev dyad F1 fell).
        if !hit.pattern.startsWithVerb && hit.pattern.code.root == "14"
            && doerVerb(after: hit, before: doc.sentences[context.index].tokens.upperBound, doc) != nil
        {
            return true
        }
        return hasOccurrenceCue(hit, context, doc)
    }

    /// How far (in tokens) after a passive verb «من قبل»/«على يد» may name its doer.
    static let agentReach = 14

    /// Whether «من قبل» or «على يد» follows a verb within `agentReach` tokens of its sentence (before `upper`): the verb
    /// is a passive whose doer is named («خطف … من قبل أربعة مسلحين»، «قتل على يد مجهولين»).
    func hasNamedAgent(after hit: Hit, _ upper: Int, _ doc: Document) -> Bool {
        let start = hit.tokens.upperBound + 1
        guard start < upper else { return false }
        for u in start..<min(upper, hit.tokens.upperBound + Self.agentReach) where doc.tokens[u].kind == .word {
            guard doc.tokens[u - 1].kind == .word else { continue }
            let form = wholeForm(u, doc)
            if form == CueWords.byAgent && wholeForm(u - 1, doc) == CueWords.man { return true }
            if CueWords.byHands.contains(form) && wholeForm(u - 1, doc) == CueWords.ala { return true }
        }
        return false
    }

    /// How far (in tokens) after a trigger phrase «من قبل»/«على يد» may stand to name the doer of a passive.
    static let passiveAgentReach = 6

    /// The doer a passive names right after «من قبل» or «على يد» a few words after its trigger («خطف 300 شخص من قبل
    /// التنظيم»، «قتل الصحفي على يد مسلحين»، «تم الإفراج عنه من قبل السلطات»): the actor right after the marker, with
    /// the marker's position. Only words and at most one actor (the passive's subject) between the trigger and
    /// the marker, so a «من قبل» of another clause, or the adverb «من قبل» ("before"), names no doer.
    func passiveAgent(after hit: Hit, _ context: SentenceContext, _ doc: Document) -> (agent: Mention, marker: Int)? {
        let upper = doc.sentences[context.index].tokens.upperBound
        let start = hit.tokens.upperBound
        // «قتل … برصاص الجيش»: a phrase of death or wound that ends on the means names its doer right after it.
        let suffered = hasAnalysis(hit.tokens.lowerBound, in: CueWords.sufferedHeads, doc)
        if suffered, hit.tokens.count > 1, CueWords.byFire.contains(wholeForm(start - 1, doc)),
            let agent = context.mentions.first(where: { $0.tokens.lowerBound == start })
        {
            return (agent, start - 1)
        }
        var crossed = 0
        var u = start
        while u + 1 < upper, u - start <= Self.passiveAgentReach {
            guard doc.tokens[u].kind == .word else { return nil }
            if let m = context.mentions.first(where: { $0.tokens.lowerBound == u }) {
                crossed += 1
                if crossed > 1 { return nil }
                u = m.tokens.upperBound
                continue
            }
            let form = wholeForm(u, doc)
            if suffered, CueWords.byFire.contains(form),
                let agent = context.mentions.first(where: { $0.tokens.lowerBound == u + 1 })
            {
                return (agent, u)
            }
            if form == CueWords.man || form == CueWords.ala, doc.tokens[u + 1].kind == .word {
                let next = wholeForm(u + 1, doc)
                let marks = form == CueWords.man ? next == CueWords.byAgent : CueWords.byHands.contains(next)
                if marks, let agent = context.mentions.first(where: { $0.tokens.lowerBound == u + 2 }) {
                    return (agent, u)
                }
            }
            u += 1
        }
        return nil
    }

    /// Acts of the state told with no one named who did them: an arrest in the passive («وتم القبض على شخصين في
    /// الرياض»، «تم توقيف عدد من المقيمين») was made by the police, an execution («بشأن تنفيذ حكم القتل في الجاني»،
    /// «وتم تنفيذ حكم القتل بالجاني») by the government, of the country where it happened: the place the sentence
    /// names, else the country of an authority the sentence names (the ministry whose statement tells it), else the
    /// story's own country, known when the one who suffered it is a bare noun of people that took it from the story (a
    /// noun with its own nationality, «القبض على باكستاني», tells nothing of the police). The doer stands on the
    /// trigger's words. No guess in the Palestinian territories, where the arrests the press reports are mostly
    /// Israel's forces'.
    /// NB: an arrest needs the light verb «تم/تمت» to be a passive: a bare «اعتقل» may be an active verb whose subject
    /// the clause left out. The execution's noun names no doer by itself.
    /// `before`: the sufferer is the antecedent of the arrest's object pronoun («وتم اعتقاله»), named before it.
    func agentlessAuthority(
        _ hit: Hit, sufferer: Mention?, span: TextSpan, _ context: SentenceContext, _ doc: Document,
        before: Bool = false
    ) -> Mention? {
        let sector: String
        if hit.pattern.code.code == "173" {
            let lower = doc.sentences[context.index].tokens.lowerBound
            let first = hit.tokens.lowerBound
            let passive =
                hasAnalysis(first, in: CueWords.passiveArrestVerbs, doc)
                || (first > lower && doc.tokens[first - 1].kind == .word
                    && hasAnalysis(first - 1, in: CueWords.passiveArrestVerbs, doc))
            if !passive {
                // «أعلنت وزارة الداخلية الإسبانية توقيف رجل»: the announcer's own police, wherever the arrest was.
                guard let announcer = announcer(ofArrest: hit, context, doc), let c = announcer.actor.country,
                    !Self.occupiedCountries.contains(c)
                else { return nil }
                return unnamedAuthority(c, Self.police, hit, span: span, context)
            }
            sector = Self.police
        } else if hit.pattern.code.root == "18", hasAnalysis(hit.tokens.lowerBound, in: CueWords.executions, doc),
            !hit.pattern.startsWithVerb || sufferer != nil
        {
            sector = Self.government
        } else {
            return nil
        }
        // An arrest names whom it was made on; «تنفيذ حكم القتل قصاصا بالجاني» may name the executed after a
        // preposition the role finder does not take (the place's people are then the target, see ForcePartyFiller).
        if let sufferer {
            guard Self.sufferingSectors.contains(sufferer.actor.sector ?? ""),
                before || sufferer.tokens.lowerBound >= hit.tokens.upperBound
            else { return nil }
        } else if sector == Self.police {
            return nil
        }
        // «شخصين في الرياض»: a place after the people is part of their mention, and gives them its country.
        let placed =
            sufferer.map { s in
                s.kind == .agent && s.tokens.dropFirst().contains(where: { wholeForm($0, doc) == CueWords.fi })
            } ?? false
        let country: String
        if let place = eventLocation(span, context) {
            country = place.country
        } else if let authority = context.mentions.first(where: {
            $0 != sufferer && !$0.hasFixedCountry && $0.actor.country != nil
                && Self.authorities.contains($0.actor.sector ?? "")
        }), let c = authority.actor.country {
            country = c
        } else if let sufferer, sufferer.kind == .bareAgent || placed, !sufferer.isAnonymous,
            !sufferer.hasFixedCountry, let home = sufferer.actor.country
        {
            country = home
        } else if let sufferer, sufferer.isNationality, let home = sufferer.storyHome {
            // «تم القبض على مقيم من الجنسية الباكستانية»: a foreigner arrested or executed where the story happens.
            country = home
        } else {
            return nil
        }
        guard !Self.occupiedCountries.contains(country) else { return nil }
        return unnamedAuthority(country, sector, hit, span: span, context)
    }

    /// The unnamed doer of an arrest or an execution, a country's police or government, standing on the trigger's words.
    func unnamedAuthority(_ country: String, _ sector: String, _ hit: Hit, span: TextSpan, _ context: SentenceContext)
        -> Mention
    {
        Mention(
            span: span, tokens: hit.tokens, sentence: context.index,
            actor: ActorCode(country: country, sector: sector), kind: .agent)
    }

    /// «أعلنت وزارة الداخلية البحرينية، أمس، القبض على خمسة متهمين»، «أعلنت السلطات المغربية اعتقال ثمانية أشخاص»: an
    /// arrest's noun that is what a verb of announcing announces (its object, within eight words of the clause) was made
    /// by the announcer's side: the authority of a country named between the verb and the noun (its subject).
    func announcer(ofArrest hit: Hit, _ context: SentenceContext, _ doc: Document) -> Mention? {
        guard !hit.pattern.startsWithVerb else { return nil }
        let lower = doc.sentences[context.index].tokens.lowerBound
        var t = hit.tokens.lowerBound - 1
        while t >= lower, hit.tokens.lowerBound - t <= 8 {
            if doc.tokens[t].kind != .word {
                guard isComma(t, doc) else { return nil }
            } else if hasAnalysis(t, in: CueWords.announcing, doc) {
                func authority(_ m: Mention) -> Bool {
                    m.actor.country != nil && !m.hasFixedCountry && Self.authorities.contains(m.actor.sector ?? "")
                }
                // «وكانت الهيئة أعلنت عن القبض …»: or the subject right before the verb.
                return context.mentions.first {
                    $0.tokens.lowerBound > t && $0.tokens.upperBound <= hit.tokens.lowerBound
                        && $0.leadingClitics.isEmpty && authority($0)
                }
                    ?? context.mentions.last {
                        $0.tokens.upperBound <= t && t - $0.tokens.upperBound <= 1
                            && $0.leadingClitics.isDisjoint(with: [.bi, .li, .ka]) && authority($0)
                    }
            } else if CueWords.complementizers.contains(wholeForm(t, doc)) {
                return nil
            }
            t -= 1
        }
        return nil
    }

    /// «تنفيذ حكم القتل تعزيرًا في جانيين إثيوبيين»، «نفذت الوزارة حكم القتل قصاصًا بالجاني»: the one an execution
    /// names after «في» or «بـ», past at most two words (the kind of sentence: «قصاصًا»، «تعزيرًا»), is the executed:
    /// people (civilians, armed men), or a person told by a nationality («– باكستاني الجنسية –»).
    func executedOne(_ hit: Hit, _ context: SentenceContext, _ doc: Document) -> Mention? {
        guard hit.pattern.code.root == "18", hasAnalysis(hit.tokens.lowerBound, in: CueWords.executions, doc)
        else { return nil }
        let end = doc.sentences[context.index].tokens.upperBound
        var t = hit.tokens.upperBound
        var words = 0
        while t < end, words <= 3 {
            if doc.tokens[t].kind != .word { return nil }
            if var m = context.mentions.first(where: { $0.tokens.lowerBound == t }) {
                // «في جانٍ سعودي»، «في أحد الجناة»: one word of the person may stand between «في» and the mention.
                let introduced =
                    m.leadingClitics.contains(.bi)
                    || (t > hit.tokens.upperBound && wholeForm(t - 1, doc) == CueWords.fi)
                    || (t > hit.tokens.upperBound + 1 && wholeForm(t - 2, doc) == CueWords.fi
                        && doc.tokens[t - 1].kind == .word)
                // A demonym there names a person: a civilian of that country.
                m = Self.civilian(m)
                guard introduced, Self.sufferingSectors.contains(m.actor.sector ?? ""), m.actor.country != nil
                else { return nil }
                // «بالجاني مقيم من الجنسية الباكستانية»، «بالجانيين فلان، وفلان – إثيوبيي الجنسية –»: the executed
                // one's nationality told right after him (past the names), in his clause, says who he is.
                if !m.isNationality,
                    let n = context.mentions.first(where: {
                        $0.tokens.lowerBound >= m.tokens.upperBound && $0.tokens.lowerBound - m.tokens.upperBound <= 12
                    }), n.isNationality,
                    !(m.tokens.upperBound..<n.tokens.lowerBound).contains(where: {
                        doc.tokens[$0].kind == .punctuation && isClauseEnd($0, doc)
                    })
                {
                    return n
                }
                return m
            }
            t += 1
            words += 1
        }
        return nil
    }

    /// «تم القبض على المدعو / فلان – باكستاني الجنسية –»: an arrest whose object is a name the dictionary does not know
    /// arrests the person whose nationality the clause tells right after it (within a few words, no clause end).
    func arrestedByNationality(_ hit: Hit, _ context: SentenceContext, _ doc: Document) -> Mention? {
        guard hit.pattern.code.code == "173" else { return nil }
        let from = hit.tokens.upperBound
        guard
            let m = context.mentions.first(where: {
                $0.tokens.lowerBound >= from && $0.tokens.lowerBound - from <= 8
            }), m.isNationality, m.isDemonym,
            !(from..<m.tokens.lowerBound).contains(where: {
                doc.tokens[$0].kind == .punctuation && (isClauseEnd($0, doc) || isArabicComma($0, doc))
            })
        else { return nil }
        return m
    }

    /// Where an unnamed arrester is not the country's own police (see `agentlessAuthority`; the occupied country of
    /// MarsadActors' `HomeCountryResolver.occupiers`, which the coder does not depend on).
    static let occupiedCountries = ["PSE"]

    /// The sectors of people who are arrested or executed: civilians and armed men.
    static let sufferingSectors = ["CVL", "REB"]

    /// Who an arrest told with a verb of other senses (option `custody`: «أوقف») may hold: people, armed men, the
    /// opposition.
    static let heldSectors = victimSectors + ["REB", "OPP"]

    /// Who may hold people (option `custody`): a state's organs but its parliament.
    static let custodianSectors = ["GOV", "MIL", "COP", "SPY", "JUD"]

    /// An opposition named by the word «المعارضة» (with «قوات»، «مقاتلو»), as a party to battle: its armed groups.
    func armedOpposition(_ m: Mention, _ doc: Document) -> Mention {
        guard m.actor.sector == "OPP", m.name == nil,
            m.tokens.contains(where: { doc.tokens[$0].kind == .word && hasAnalysis($0, in: CueWords.opposition, doc) })
        else { return m }
        var armed = m
        armed.actor.sector = "REB"
        return armed
    }

    /// The CAMEO sector of governments.
    static let government = "GOV"

    /// The CAMEO sector of the police.
    static let police = "COP"

    /// Whether a verbal noun with «بـ» is the object of «قام» a few words before it («وقامت القوات الإسرائيلية
    /// باعتقال …»، «قام مسلحون بخطف …»): the light verb tells the act as done, as the verb itself would.
    /// «أقدم مسلحون على إعدام …» likewise, with «على» before the noun, «عمد مسلحون إلى إطلاق النار …» with «إلى» and
    /// «تمكنت الشرطة من اعتقال …» with «من»; «ورد الجيش بقصف …» with a verb of response before an act of force.
    func isLightVerbAct(_ hit: Hit, _ context: SentenceContext, _ doc: Document) -> Bool {
        guard !hit.pattern.startsWithVerb else { return false }
        let lower = doc.sentences[context.index].tokens.lowerBound
        if hit.tokens.lowerBound > lower, doc.tokens[hit.tokens.lowerBound - 1].kind == .word,
            hit.analysis.proclitics.isEmpty, hasAnalysis(hit.tokens.lowerBound - 1, in: CueWords.passiveLightVerbs, doc)
        {
            // «السيارات التي تم تفجيرها»، «مغنية الذي تم اغتياله»: a relative clause describes by a past act.
            return !opensRelativeClause(hit.tokens.lowerBound - 2, doc)
        }
        let verbs: FormTable
        let withPreposition: Bool
        let before = hit.tokens.lowerBound - 1
        if hit.analysis.proclitics.contains(.bi) {
            verbs = CueWords.lightVerbs
            withPreposition = false
        } else if before > lower, doc.tokens[before].kind == .word, wholeForm(before, doc) == CueWords.ala {
            verbs = CueWords.lightVerbsAla
            withPreposition = true
        } else if before > lower, doc.tokens[before].kind == .word, wholeForm(before, doc) == CueWords.ila {
            verbs = CueWords.lightVerbsIla
            withPreposition = true
        } else if before > lower, doc.tokens[before].kind == .word, wholeForm(before, doc) == CueWords.man {
            verbs = CueWords.lightVerbsMin
            withPreposition = true
        } else {
            return false
        }
        // «ورد الجيش بقصف …»: a verb of response before «بـ» and the noun of an act of force, with its subject named
        // right after it (not «وأكدت أنها ردت بضربات جوية»: who responded is told elsewhere).
        let responds = !withPreposition && Self.isForce(hit.pattern.code.root)
        guard
            let t = clauseWord(in: verbs, before: hit, context, doc)
                ?? (withPreposition ? nil : farLightVerb(before: hit, context, doc))
                ?? (responds ? respondingVerb(before: hit, context, doc) : nil)
        else { return false }
        // «أقدم مدينة على …» is "the oldest city": between «أقدم» and «على» (or «عمد» and «إلى») only its subject or
        // a time («أقدموا في شهر يونيو الماضي على إعدام»).
        if withPreposition {
            // «وتمكنت المقاومة الشعبية في محافظة تعز، من استعادة …»: or a place (and the comma after it).
            let covered = ((t + 1)..<(hit.tokens.lowerBound - 1)).allSatisfy { u in
                context.mentions.contains { $0.tokens.contains(u) }
                    || context.places.contains { $0.tokens.contains(u) }
                    || (isComma(u, doc)
                        && context.places.contains { $0.tokens.upperBound == u })
                    || hasAnalysis(u, in: CueWords.prepositions, doc)
                    || context.temporals.contains {
                        $0.span.start <= doc.tokens[u].span.start && doc.tokens[u].span.end <= $0.span.end
                    }
            }
            if !covered { return false }
        }
        // «الذي قام بالاعتداء»، «كل من قام باعتداء»: a description of someone, not a report.
        guard t > lower else { return true }
        let previous = wholeForm(t - 1, doc)
        return !opensRelativeClause(t - 1, doc) && previous != CueWords.man
    }

    /// A verb of response («رد»، «انتقم») in the clause before an act's noun with «بـ», whose subject, an actor with no
    /// preposition, stands right after it or before it, one adjective between at most («ورد الجيش التركي بقصف …»،
    /// «انتقم الحوثيون من خسائرهم بقصف …»، «وإن مقاتلي المعارضة السوريين ردوا بإطلاق الصواريخ …»). NB: not over «أنها»
    /// («وأكدت القوات أنها ردت بضربات جوية»: the speaker's own account of a response).
    func respondingVerb(before hit: Hit, _ context: SentenceContext, _ doc: Document) -> Int? {
        guard let t = clauseWord(in: CueWords.responseVerbs, before: hit, context, doc),
            let subject = context.mentions.first(where: {
                ($0.tokens.lowerBound == t + 1 && $0.tokens.upperBound <= hit.tokens.lowerBound)
                    || $0.tokens.upperBound == t
                    || ($0.tokens.upperBound == t - 1 && doc.tokens[t - 1].kind == .word
                        && !CueWords.pronounComplementizers.contains(wholeForm(t - 1, doc)))
            }),
            subject.leadingClitics.isDisjoint(with: [.bi, .li, .ka])
        else { return nil }
        return t
    }

    /// «قام عشرة جنود، من قوة حفظ السلام، باغتصابها»، «قام نحو 1500 شخص من أصحاب المطاعم في المدينة بالتظاهر»: the
    /// subject of «قام» may hold an apposition or a long complement before «بـ» + the act's noun. The nearest past
    /// light verb up to `farLightVerbReach` tokens back, over commas only (no other punctuation).
    func farLightVerb(before hit: Hit, _ context: SentenceContext, _ doc: Document) -> Int? {
        let lower = doc.sentences[context.index].tokens.lowerBound
        var t = hit.tokens.lowerBound - 1
        while t >= lower && hit.tokens.lowerBound - t <= Self.farLightVerbReach {
            if doc.tokens[t].kind == .punctuation {
                guard isArabicComma(t, doc) else { return nil }
            } else if hasAnalysis(t, in: CueWords.lightVerbs, doc) {
                return t
            }
            t -= 1
        }
        return nil
    }

    /// Whether a word of `Resources/occurrence.ar.txt` («مقتل»، «أسفر»، «وقع») is within reach of the trigger.
    func hasOccurrenceCue(_ hit: Hit, _ context: SentenceContext, _ doc: Document) -> Bool {
        let cues = triggers.occurrenceCues
        let sentence = doc.sentences[context.index]
        let near =
            max(
                sentence.tokens.lowerBound, hit.tokens.lowerBound - Self.occurrenceReach)..<min(
                sentence.tokens.upperBound, hit.tokens.upperBound + Self.occurrenceReach)
        for t in near where !hit.tokens.contains(t) && doc.tokens[t].kind == .word {
            let r = doc.tokens[t].candidates
            for c in Int(r.lowerBound)..<Int(r.upperBound) where cues.contains(doc.candidates[c].hash) {
                return true
            }
        }
        // «انفجار عبوة ناسفة موضوعة بسيارة في الحي، ما أدى لإصابة خمسة أشخاص»: a consequence clause «ما/مما» + a verb of
        // causing + a toll («مقتل»، «إصابة»), further on in the same sentence, tells the act a noun names as done. NB: not «ما أدى
        // إلى توقيف 200 شخص» (an arrest is no toll of this act).
        func isCue(_ t: Int) -> Bool {
            guard t < sentence.tokens.upperBound, doc.tokens[t].kind == .word else { return false }
            let r = doc.tokens[t].candidates
            return (Int(r.lowerBound)..<Int(r.upperBound)).contains { cues.contains(doc.candidates[$0].hash) }
        }
        let far = min(sentence.tokens.upperBound - 1, hit.tokens.upperBound + Self.consequenceReach)
        // NB: only for an act with no actor before it in its sentence («قام الحوثيون … بقصف الحي، مما أدى …» has its
        // doer, whose roles this reach does not check).
        if !hit.pattern.startsWithVerb, hit.tokens.upperBound < far,
            !context.mentions.contains(where: { $0.tokens.upperBound <= hit.tokens.lowerBound })
        {
            for t in hit.tokens.upperBound..<far
            where Self.consequenceOpeners.contains(wholeForm(t, doc)) && isCue(t + 1) && (isCue(t + 2) || isCue(t + 3))
            {
                return true
            }
        }
        return hit.pattern.code.root != "14" && tollCause(hit, sentence, doc) != nil
    }

    /// How far (in tokens) after a noun trigger a consequence clause «ما أدى إلى …» may open.
    static let consequenceReach = 12
    /// «ما»، «مما» opening a consequence clause («، مما أدى إلى مقتل …»).
    static let consequenceOpeners: Set<UInt64> = [
        FormHash.hash(FoldedText.fold("ما")), FormHash.hash(FoldedText.fold("مما")),
    ]

    /// «قتل أربعة أشخاص، بينهم عنصران من الشرطة، واصيب 15 آخرون، في انفجار سيارة مفخخة»: a toll (a verb of
    /// killing or wounding, or a casualty word) earlier in the sentence, then the act that caused it («في»،
    /// «جراء»، «إثر»، «بـ» before the act's noun, or one word before it, or before «سلسلة من»: «في سلسلة تفجيرات»،
    /// «في سلسلة من الضربات الجوية»; «بعد» right after the toll). Returns the positions of the first toll word and of the word that opens the
    /// cause (the trigger itself for «بـ»).
    func tollCause(_ hit: Hit, _ sentence: Sentence, _ doc: Document) -> (toll: Int, cause: Int)? {
        let first = hit.tokens.lowerBound
        let lower = sentence.tokens.lowerBound
        guard !hit.pattern.startsWithVerb, first > lower else { return nil }
        if hit.analysis.proclitics.contains(.bi) { return harm(before: first, sentence, doc).map { ($0, first) } }
        // The cause word right before the noun, or one word before it, or before «سلسلة من»-like words.
        var t = first - 1
        var words = 0
        while t >= lower && doc.tokens[t].kind == .word {
            if CueWords.causes.contains(wholeForm(t, doc)) { return harm(before: t, sentence, doc).map { ($0, t) } }
            // «وقتل شخص بعد تعرضه للضرب»: «بعد» right after a toll (up to two words between) names its cause, as
            // `isBlocked` reads it.
            if wholeForm(t, doc) == CueWords.after, let toll = harm(before: t, sentence, doc), t - toll <= 3 {
                return (toll, t)
            }
            words += 1
            if words >= 2 && !CueWords.series.contains(wholeForm(t, doc)) { return nil }
            t -= 1
        }
        return nil
    }

    /// The first toll verb or casualty word («قتل»، «أصيب»، «مقتل»، «قتلى») before `end` in the sentence. Not in
    /// a relative clause («أبو سياف الذي قتل في هجوم»): that describes someone by a past act.
    func harm(before end: Int, _ sentence: Sentence, _ doc: Document) -> Int? {
        let lower = sentence.tokens.lowerBound
        // «قتل جنديان أميركيان وأصيب تسعة عراقيين في هجوم»: an uncounted passive that opens the clause, too far from
        // the cause to count alone, is still the first toll when a toll joined to it by «و» (no punctuation between)
        // reaches the cause: the killed come first.
        var opening: Int? = nil
        func first(_ t: Int) -> Int {
            guard let o = opening, startsWithConjunction(t, doc),
                !(o..<t).contains(where: { doc.tokens[$0].kind == .punctuation })
            else { return t }
            return o
        }
        for t in max(lower, end - Self.tollReach)..<end where doc.tokens[t].kind == .word {
            if hasAnalysis(t, in: triggers.occurrenceCues, doc) { return first(t) }
            // A verb of a toll counts with its number after it («قتل 20 شخصا») or before it («ثمانية أشخاص قتلوا»),
            // not in a relative clause («أبو سياف الذي قتل في هجوم» describes someone by a past act).
            guard hasAnalysis(t, in: triggers.cues.toll, doc) else { continue }
            if t > lower && opensRelativeClause(t - 1, doc) { continue }
            // «قتل أكثر من 30 شخصا»، «أصيب نحو عشرين»: a word of approximation before the number.
            var n = t + 1
            if n < end && hasAnalysis(n, in: Self.approximations, doc) {
                n += n + 1 < end && wholeForm(n + 1, doc) == CueWords.man ? 2 : 1
            }
            // «ثمانية اشخاص، بينهم طفلان، قتلوا»: the count may stand before a parenthesis on the victims.
            let counted =
                (n < end && isNumber(n, doc))
                || (max(lower, t - Self.countReach)..<t).contains { isNumber($0, doc) }
            // Without a count, only a passive right before its cause («قتل جندي تركي في هجوم»): «بعد أن قتل الشيخ …
            // وطالبوا بإعدامه» names another act.
            if counted || (end - t <= Self.passiveTollReach && isPassiveToll(t, end: end, sentence, doc)) {
                return first(t)
            }
            if opening == nil, isPassiveToll(t, end: end, sentence, doc) { opening = t }
        }
        return nil
    }

    /// How far (in tokens) before a toll verb its count may be («ثمانية اشخاص، بينهم طفلان، قتلوا»).
    static let countReach = 6
    /// How far (in tokens) before the cause of a toll an uncounted passive toll verb may be («قتل جندي تركي في هجوم»).
    static let passiveTollReach = 4

    /// Whether a toll verb with no count is a passive that opens its clause and reports a death or a wound: «وقتل
    /// شخص بعد تعرضه للضرب»، «قتل جندي تركي في هجوم»، «قتل برصاص مجهول». Only the verbs of `[killed]` (not «سقط»،
    /// «لقي»، «قضى», which have other senses), right after the start of the sentence, a punctuation mark, «و»/«ف»,
    /// a clause opener («كما»، «حيث») or «أن», with a word after it that is not a preposition. NB: «قتل» after a
    /// noun or a preposition («عمليات قتل المدنيين»، «إلى قتل») is the verbal noun, not a report.
    func isPassiveToll(_ t: Int, end: Int, _ sentence: Sentence, _ doc: Document) -> Bool {
        guard hasAnalysis(t, in: triggers.cues.killed, doc), t + 1 < end, doc.tokens[t + 1].kind == .word else {
            return false
        }
        let opens =
            t == sentence.tokens.lowerBound || doc.tokens[t - 1].kind == .punctuation
            || startsWithConjunction(t, doc)
            || hasAnalysis(t - 1, in: Self.clauseOpeners, doc)
            || CueWords.complementizers.contains(wholeForm(t - 1, doc))
        return opens && (t + 1 == end || !CueWords.prepositions.contains(wholeForm(t + 1, doc)))
    }

    /// The last letter of an analysis' stem («قتلت» of «قتلتهم»).
    func stemLastLetter(_ analysis: WordCandidate, _ doc: Document) -> Unicode.Scalar? {
        lastScalar(doc.normalized[Int(analysis.stem.lowerBound)..<Int(analysis.stem.upperBound)])
    }

    /// The last letter of a token as folded.
    func bareLastLetter(_ t: Int, _ doc: Document) -> Unicode.Scalar? {
        let r = doc.tokens[t].normalized
        return lastScalar(doc.normalized[Int(r.lowerBound)..<Int(r.upperBound)])
    }

    /// The last scalar of UTF-8 bytes, decoded from their last four bytes only (a small string: no allocation).
    private func lastScalar(_ bytes: ArraySlice<UInt8>) -> Unicode.Scalar? {
        String(decoding: bytes.suffix(4), as: UTF8.self).unicodeScalars.last
    }
}
