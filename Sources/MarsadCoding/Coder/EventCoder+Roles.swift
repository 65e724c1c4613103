import MarsadCore
import MarsadText

extension EventCoder {
    static let bayna = FormHash.hash(FoldedText.fold("بين"))
    static let waBayna = FormHash.hash(FoldedText.fold("وبين"))
    static let with = FormHash.hash(FoldedText.fold("مع"))
    /// Coerce, assault, fight, mass violence.
    /// NB: the coder's lists of roots and sectors are arrays, not sets: they are asked for every trigger, and
    /// comparing a few short strings costs less than hashing one.
    static let forceRoots: [String] = ["17", "18", "19", "20"]
    /// Acts that, said in the present tense of another country's actor by a speaker, are the speaker's
    /// accusation: military aid and force (what a government says its own forces do is a report).
    static let accusableRoots: [String] = ["07", "18", "19", "20"]

    /// Organs of a state: its government, forces, police, intelligence, courts and parliament.
    static let stateSectors: [String] = ["GOV", "MIL", "COP", "SPY", "JUD", "LEG"]
    /// Protest codes whose verbs have the crowd as subject: demonstrate, strike, boycott.
    static let crowdProtests: [String] = ["140", "141", "142", "143"]
    static let victimSectors: [String] = ["CVL", "REF", "EDU", "MED", "BUS", "HRI", "LAB", "REL"]

    /// Whether an actor is of one of the `victimSectors` (people, not a state's organ or an armed party).
    @inline(__always)
    static func isVictim(_ actor: ActorCode) -> Bool { actor.sector.map(victimSectors.contains) ?? false }
    /// Prepositions that can introduce a target when the pattern names none.
    static let defaultTargetWords = CueWords.hashes(["الى", "مع", "على", "ضد", "بحق", "تجاه", "نحو", "لدى"])
    /// Prepositions after which an actor is only a circumstance.
    static let circumstantial = CueWords.set(["في", "من", "عن", "خلال", "بعد", "قبل", "منذ", "حول", "عبر", "بين"])
    /// Words of time before a verbal noun («خلال لقاء مع …»، «عقب اجتماع …»): the act is the clause subject's.
    static let during = CueWords.set(["خلال", "اثناء", "عقب", "لدى", "قبيل", "اثر", "إثر", "بعيد", "ابان"])

    /// The word right before a mention, if it is a preposition.
    private func preposition(before m: Mention, _ doc: Document) -> UInt64? {
        let t = m.tokens.lowerBound - 1
        guard t >= 0, doc.tokens[t].kind == .word else { return nil }
        let h = doc.candidates[Int(doc.tokens[t].candidates.lowerBound)].hash
        return CueWords.prepositions.contains(h) ? h : nil
    }

    /// Whether token `t` is the «من» of «كل من» ("both", "each of"), which opens a list of parties and marks none of
    /// them («وقعت كل من الجزائر وروسيا اتفاقية»).
    func opensList(_ t: Int, _ doc: Document) -> Bool {
        t >= 1 && doc.tokens[t].kind == .word && wholeForm(t, doc) == CueWords.man && doc.tokens[t - 1].kind == .word
            && CueWords.each.contains(wholeForm(t - 1, doc))
    }

    /// Whether a mention follows a compound preposition that names no party («حتى بالنسبة لرجل الشارع»، «بالإضافة إلى
    /// الحكومة»، «إلى جانب القوات العراقية»): the head right before «لـ» on the mention, or before «إلى»/«الى».
    func followsCompoundHead(_ m: Mention, _ doc: Document) -> Bool {
        let t = m.tokens.lowerBound
        let head: Int
        if m.leadingClitics.contains(.li) {
            head = t - 1
        } else if t >= 2, doc.tokens[t - 1].kind == .word, wholeForm(t - 1, doc) == CueWords.ila {
            head = t - 2
        } else {
            return false
        }
        return head >= 0 && doc.tokens[head].kind == .word && CueWords.compoundHeads.contains(wholeForm(head, doc))
    }

    private func isMarked(_ m: Mention, _ doc: Document) -> Bool {
        preposition(before: m, doc) != nil || !m.leadingClitics.isDisjoint(with: [.bi, .li, .ka])
    }

    /// Whether a mention is the genitive of a noun inside a prepositional phrase («بمقر سفارة المملكة»، «في مقر
    /// وزارة الخارجية»): not a verb's direct object.
    private func isInPhrase(_ m: Mention, _ doc: Document) -> Bool {
        let t = m.tokens.lowerBound - 1
        guard t >= 0, doc.tokens[t].kind == .word else { return false }
        // «استقبل الملك في عمان رئيس الوزراء»: a place where the act happened ends its phrase; it takes no genitive.
        // NB: a name or a bare rank right after a place is in apposition to a title before it («المبعوث الخاص إلى سوريا
        // ستيفان دي ميستورا»، «المتحدث باسم المقاومة في تعز العميد …»).
        if m.kind != .person, m.kind != .bareAgent,
            doc.places.contains(where: { $0.isLocative && $0.tokens.upperBound == m.tokens.lowerBound })
        {
            return false
        }
        if hasLeadingClitic(t, [.bi, .li, .ka], doc) { return true }
        // «دعا العبادي إلى "ترشيق الوزارات"»: an opening quotation mark may stand between the preposition and the noun.
        let p = t >= 2 && doc.isOpeningQuote(t - 1) ? t - 2 : t - 1
        return p >= 0 && doc.tokens[p].kind == .word && CueWords.prepositions.contains(wholeForm(p, doc))
    }

    /// «قام الجيش بقصف المعارضة»، «قامت القوات بقصف مواقع التنظيم»: after a light verb, whose subject does the act, the
    /// genitive of the act's noun (or of a place noun right after it) is the act's object, also for a noun whose target
    /// otherwise needs a preposition (without the light verb, «قصف الطائرات» names the doer).
    func lightVerbObject(_ hit: Hit, _ sources: [Mention], _ context: SentenceContext, _ doc: Document) -> Mention? {
        let p = hit.pattern
        // NB: nouns only; a phrase has its own object in its gap or after its last word («قامت فرق الدفاع المدني بتحرير
        // المصابين من المركبة»: «تحرير … من» names the party fought after «من»), and no place taken by force.
        guard p.kind == .noun, !p.seizure, !p.targetWords.isEmpty || !p.targetClitics.isEmpty,
            hit.analysis.encliticLength == 0, isLightVerbAct(hit, context, doc)
        else { return nil }
        let sentenceEnd = doc.sentences[context.index].tokens.upperBound
        var t = hit.tokens.upperBound
        if t < sentenceEnd, doc.tokens[t].kind == .word, !hasLeadingClitic(t, [.bi, .li, .ka, .wa], doc),
            hasAnalysis(t, in: triggers.cues.objectNouns, doc)
        {
            t += 1
        }
        guard t < sentenceEnd,
            let m = context.mentions.first(where: { $0.tokens.lowerBound == t }),
            m.leadingClitics.isDisjoint(with: [.bi, .li, .ka, .wa]), !isLocated(m, after: hit.tokens.upperBound, doc),
            !sources.contains(where: { $0.actor == m.actor })
        else { return nil }
        return m
    }

    /// The end of the offices right after `after` that are the subject's own (its actor, no preposition), in apposition
    /// («ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع»); nil when none stands there.
    func apposedOffices(after: Int, of subjects: [Mention], _ mentions: [Mention], _ doc: Document) -> Int? {
        guard let subject = subjects.last else { return nil }
        var end = after
        while let m = mentions.first(where: { $0.tokens.lowerBound == end }), m.isOffice, m.actor == subject.actor,
            m.leadingClitics.isEmpty, m.name == nil
        {
            end = m.tokens.upperBound
        }
        return end > after ? end : nil
    }

    /// «طالبت جبهة النصرة التي تحتجز عددا من عناصر الجيش اللبناني في جبال القلمون السورية، بالإفراج …»، «أدان المجلس
    /// الوطني الفلسطيني الذي يتخذ من العاصمة الأردنية عمان مقرا له، بشدة، …»: an actor in a relative clause that describes
    /// the source, opened right after it (or after a comma) and closed by a comma, is no party to the act.
    /// NB: not the trigger's own clause («الملا منصور الذي ينتقد بعض المتمردين»: the relative verb is the act).
    func inSourceRelative(_ m: Mention, of sources: [Mention], trigger: Range<Int>, _ doc: Document) -> Bool {
        // NB: a named source only: a clause on bare «المتمردون» («الذين يفترض أنهم ينتمون إلى جماعة …») may tell who they are.
        for source in sources where source.kind != .bareAgent {
            guard let r = relativePronoun(after: source, before: m.tokens.lowerBound, doc) else { continue }
            // The clause runs to the first comma; no other punctuation before the actor.
            var t = r + 1
            while t < m.tokens.lowerBound {
                if doc.tokens[t].kind == .punctuation { break }
                t += 1
            }
            guard t == m.tokens.lowerBound else { continue }
            t = m.tokens.upperBound
            while t < doc.tokens.count, t - m.tokens.upperBound <= 12, doc.tokens[t].kind == .word { t += 1 }
            if t < doc.tokens.count, t - m.tokens.upperBound <= 12, isComma(t, doc),
                trigger.upperBound <= source.tokens.lowerBound || trigger.lowerBound > t
            {
                return true
            }
        }
        return false
    }

    /// The relative pronoun right after `m`, or after a comma right after it («جبهة النصرة التي …»، «المتمردون،
    /// الذين …»), before token `limit`; nil when none stands there.
    func relativePronoun(after m: Mention, before limit: Int, _ doc: Document) -> Int? {
        var r = m.tokens.upperBound
        if r < limit, isComma(r, doc) { r += 1 }
        guard r < limit, doc.tokens[r].kind == .word, hasAnalysis(r, in: CueWords.relatives, doc) else { return nil }
        return r
    }

    /// «بضيف مصر الأمير محمد بن سلمان»: the person or office named right after a country that is the genitive of
    /// «ضيف» (guest); nil otherwise.
    func guestNamed(after host: Mention, _ mentions: [Mention], _ doc: Document) -> Mention? {
        let before = host.tokens.lowerBound - 1
        guard host.kind == .state, before >= 0, doc.tokens[before].kind == .word,
            hasAnalysis(before, in: CueWords.guests, doc),
            let guest = mentions.first(where: { $0.tokens.lowerBound == host.tokens.upperBound }),
            guest.kind == .person || guest.kind == .agent, guest.leadingClitics.isEmpty,
            guest.actor.country != host.actor.country
        else { return nil }
        return guest
    }

    /// «في الأنبار»، «بالأنبار»: a locative place of the sentence that ends at `end`, with «في» right before it (or «بـ» on
    /// it); returns the tokens from the preposition through the place.
    func placePhrase(endingAt end: Int, _ context: SentenceContext, _ doc: Document) -> Range<Int>? {
        guard let place = context.places.first(where: { $0.tokens.upperBound == end && !$0.tokens.isEmpty }) else {
            return nil
        }
        let first = place.tokens.lowerBound
        if hasLeadingClitic(first, [.bi], doc) { return place.tokens }
        guard first > 0, doc.tokens[first - 1].kind == .word, wholeForm(first - 1, doc) == CueWords.fi else {
            return nil
        }
        return (first - 1)..<end
    }

    /// Whether a mention is a place named right after a word of direction or nearness that follows other words of the
    /// clause («في مدينة عدن، جنوب اليمن»، «في بلدة قرب دمشق»): it tells where something happened, it is no party to
    /// the act. NB: not a direction word right where the object starts («قصفت الطائرات التركية شمال العراق»).
    func isLocated(_ m: Mention, after start: Int, _ doc: Document) -> Bool {
        let t = m.tokens.lowerBound - 1
        guard m.kind == .state, m.actor.sector == nil, m.actor.organization == nil, t > start,
            doc.tokens[t].kind == .word
        else { return false }
        return hasAnalysis(t, in: CueWords.directions, doc)
    }

    /// Whether a definite noun that is no actor, no time word and no adjective of a name («كوريا الجنوبية») follows a
    /// mention right away («وأدانت الولايات المتحدة العنف»): the verb's object, so the mention before it is the subject.
    func definiteNounFollows(_ m: Mention, _ context: SentenceContext, _ doc: Document) -> Bool {
        let t = m.tokens.upperBound
        guard t < doc.sentences[context.index].tokens.upperBound, doc.tokens[t].kind == .word,
            !context.mentions.contains(where: { $0.tokens.contains(t) }), !isInDate(t, context, doc),
            !CueWords.nameAdjectives.contains(wholeForm(t, doc))
        else { return false }
        let r = doc.tokens[t].candidates
        return (Int(r.lowerBound)..<Int(r.upperBound)).contains { c in
            doc.candidates[c].proclitics.contains(.al)
                && doc.candidates[c].proclitics.isDisjoint(with: [.bi, .li, .ka, .wa])
        }
    }

    /// Whether a mention is one indefinite word with the accusative alef («مسلحا»، «صحفيا»): an object. Not a country
    /// or a person («روسيا»، «تركيا» end in alef too).
    func isAccusativeObject(_ m: Mention, _ doc: Document) -> Bool {
        m.tokens.count == 1 && m.kind != .state && m.kind != .person && !m.leadingClitics.contains(.al)
            && bareLastLetter(m.tokens.lowerBound, doc) == "ا"
    }

    /// Meetings and receptions (040, 043), whose object may be a counted group («التقى عددا من المسؤولين»); not visits,
    /// where a counted group is mostly the visitor's company («في جولة يرافقه فيها عدد من المسؤولين»).
    static func meetsGroups(_ code: String) -> Bool { code == "040" || code == "043" }

    /// An office-holder or a person, who meets people (a body receives cases and patients).
    func isOfficeHolder(_ m: Mention) -> Bool { m.isOffice || m.kind == .person }

    /// A counted group met («عددا من المستشارين»), not the head of a longer phrase whose actor comes after it («مجموعة من
    /// رؤساء تحرير الصحف المصرية»: the newspapers').
    func isCountedGroup(_ m: Mention, _ mentions: [Mention], _ doc: Document) -> Bool {
        isPartitive(m, doc)
            && !mentions.contains {
                $0.tokens.lowerBound > m.tokens.lowerBound && $0.tokens.lowerBound - m.tokens.upperBound <= 2
                    && (m.tokens.upperBound..<$0.tokens.lowerBound).allSatisfy { doc.tokens[$0].kind == .word }
            }
    }

    /// Whether a mention follows a number or a word of quantity and «من» («23 من الكوريين الجنوبيين»، «عشرة من عناصر
    /// الشرطة»، «عددا من المحتجين»), or a number, its counted noun and «من» («50 عضوا من أعضاء الكونغرس»): it names the
    /// ones counted.
    func isPartitive(_ m: Mention, _ doc: Document) -> Bool { countStart(of: m, doc) != nil }

    /// The first token of the count before a partitive mention (see `isPartitive`): the number or the word of quantity.
    func countStart(of m: Mention, _ doc: Document) -> Int? {
        let t = m.tokens.lowerBound
        guard t >= 2, preposition(before: m, doc) == CueWords.man,
            m.leadingClitics.isDisjoint(with: [.bi, .li, .ka, .wa])
        else { return nil }
        if isNumber(t - 2, doc) || CueWords.quantities.contains(wholeForm(t - 2, doc)) { return t - 2 }
        if t >= 3, isNumber(t - 3, doc), doc.tokens[t - 2].kind == .word,
            !hasAnalysis(t - 2, in: CueWords.prepositions, doc)
        {
            return t - 3
        }
        return nil
    }

    /// The mention and the ones coordinated with it («الولايات المتحدة وبريطانيا والاتحاد الأوروبي»).
    /// With `appositions` (the targets), a list of office-holders also goes on past a title and name in apposition
    /// (see `listItem`). NB: not for subjects: there the actor after them is mostly the object («استقبل الوزير رؤساء
    /// البعثات، وهم كل من …»).
    func coordinated(from index: Int, _ mentions: [Mention], _ doc: Document, appositions: Bool = false) -> [Mention] {
        var out = [mentions[index]]
        var j = index + 1
        while j < mentions.count {
            let gap = mentions[j].tokens.lowerBound - out.last!.tokens.upperBound
            var joined = mentions[j].leadingClitics.contains(.wa) && gap <= 1
            if joined && gap == 1 && doc.tokens[out.last!.tokens.upperBound].kind != .punctuation { joined = false }
            // «الجيش السوري وجماعة حزب الله»: «و» on the head noun of a group before its name.
            if !joined, gap == 1, mentions[j].leadingClitics.isEmpty {
                let head = out.last!.tokens.upperBound
                joined =
                    doc.tokens[head].kind == .word && hasLeadingClitic(head, [.wa], doc)
                    && hasAnalysis(head, in: triggers.cues.groupHeads, doc)
            }
            if !joined {
                guard appositions, let (next, expands) = listItem(after: out.last!, from: j, mentions, doc) else {
                    break
                }
                // «رؤساء البعثات، وهم كل من سفير تشاد، وسفير المكسيك»: the members named stand for the
                // plural before.
                if expands { out.removeLast() }
                j = next
            }
            out.append(mentions[j])
            j += 1
        }
        return out
    }

    /// A list of office-holders that goes on past an apposition: «سفير تشاد رئيس المجموعة الإفريقية محمد علي،
    /// وسفير المكسيك», «سفير جيبوتي لدى المملكة محمد علي، ورؤساء البعثات»; or that the plural before it opens with
    /// «وهم كل من» («رؤساء البعثات، وهم كل من سفير تشاد»). Between the two items: name words and titles without a
    /// country, «لدى» + its country, then at most one comma; no function word, nothing with «و»/«ف». Returns the
    /// index of the next item, and whether it follows «وهم كل من».
    func listItem(after last: Mention, from j: Int, _ mentions: [Mention], _ doc: Document) -> (Int, Bool)? {
        guard last.kind == .agent || last.kind == .person || last.kind == .bareAgent else { return nil }
        // A plural without a country («رؤساء المجموعات الدبلوماسية المعتمدين لدى المملكة») goes on only to the
        // «وهم كل من» that names its members.
        let plural = last.kind == .bareAgent
        let end = doc.sentences[last.sentence].tokens.upperBound
        var t = last.tokens.upperBound
        var m = j
        var words = 0
        var afterComma = false
        // NB: past an apposed title only at a comma: «ولي العهد نائب رئيس مجلس الوزراء ووزير الداخلية» is the object's
        // titles, not a list going on.
        var apposed = false
        while t < end, t - last.tokens.upperBound <= 14 {
            while m < mentions.count, mentions[m].tokens.lowerBound < t { m += 1 }
            let here = m < mentions.count && mentions[m].tokens.lowerBound == t ? mentions[m] : nil
            if let here, here.leadingClitics.contains(.wa) {
                guard !plural, t > last.tokens.upperBound, afterComma || !apposed,
                    here.kind == .agent || here.kind == .person || here.kind == .bareAgent
                else { return nil }
                return (m, false)
            }
            if afterComma {
                // «، وهم كل من سفير تشاد»
                guard t + 3 < end, Self.theyAre.contains(wholeForm(t, doc)), wholeForm(t + 1, doc) == Self.kull,
                    wholeForm(t + 2, doc) == CueWords.man,
                    let k = mentions.firstIndex(where: { $0.tokens.lowerBound == t + 3 }),
                    mentions[k].kind == .agent || mentions[k].kind == .person
                else { return nil }
                return (k, true)
            }
            if let here {
                // An apposed title («رئيس المجموعة الإفريقية»), or the country after «لدى».
                let host = t > 0 && wholeForm(t - 1, doc) == Self.lada
                guard here.kind == .bareAgent || here.kind == .agent || (host && here.kind == .state) else {
                    return nil
                }
                apposed = apposed || !host
                t = here.tokens.upperBound
                m += 1
                continue
            }
            if doc.tokens[t].kind == .punctuation {
                guard isComma(t, doc) else { return nil }
                afterComma = true
                t += 1
                continue
            }
            guard doc.tokens[t].kind == .word else { return nil }
            let form = wholeForm(t, doc)
            if form != Self.lada {
                // NB: nor a word with an object pronoun or an accusative alef («ضبطها»، «مؤخرا»): a verb or an adverb.
                if Self.listStops.contains(form) || words >= (plural ? 3 : 6) || endsWithAlef(t, doc)
                    || endsWithPronoun(t, doc)
                {
                    return nil
                }
                let r = doc.tokens[t].candidates
                for c in Int(r.lowerBound)..<Int(r.upperBound)
                where !doc.candidates[c].proclitics.isDisjoint(with: [.wa, .fa]) {
                    return nil
                }
                words += 1
            }
            t += 1
        }
        return nil
    }
    /// Words that end a name or title in apposition: prepositions, relatives, particles, verbs of speaking, time.
    /// NB: not «على»: it folds like the name «علي».
    static let listStops = FormHash.folded([
        "في", "من", "الى", "عن", "مع", "ضد", "ان", "انه", "انها", "التي", "الذي", "الذين", "قد", "لقد",
        "كان", "كانت", "امس", "اليوم", "او", "ثم", "بعد", "قبل", "خلال", "حول", "بين", "قال", "اكد", "هذا", "هذه",
        "ذلك", "تلك", "كل", "لا", "لم", "لن", "ما", "حيث", "عند", "عقب", "اثناء", "حين", "بحضور", "الله", "ـ",
    ])

    /// Whether token `t` ends in alef («مؤخرا»، «نائبا»).
    func endsWithAlef(_ t: Int, _ doc: Document) -> Bool { doc.tokenEnds(t, with: Self.alefLetter) }

    /// Whether token `t` ends in «ها» or «هم» (an object or possessive pronoun) after at least one letter.
    func endsWithPronoun(_ t: Int, _ doc: Document) -> Bool {
        doc.tokenEnds(t, with: Self.ha, stemBytes: 2) || doc.tokenEnds(t, with: Self.hum, stemBytes: 2)
    }
    /// Whether the possessive pronoun of token `t` can point back to mention `m`: «ـه» is a man or a masculine
    /// body, never an organization or a feminine country or city — a name ending in «ـا» or «ـة» («روسيا»،
    /// «الولايات المتحدة»), or one without the article («إيران»، «مصر»، «واشنطن»; not «لبنان»). Names with the
    /// article may be masculine («العراق»، «الأردن»، «الكرملين»). «ـها» is never a named man. Other pronouns
    /// («ـهم») and sector agents («الجيش»، «الحكومة») agree with anything.
    func pronounAgrees(_ t: Int, with m: Mention, _ doc: Document) -> Bool {
        if doc.tokenEnds(t, with: Self.ha, stemBytes: 2) { return m.kind != .person }
        guard doc.tokenEnds(t, with: Self.hu, stemBytes: 2) else { return true }
        if m.kind == .organization { return false }
        guard m.kind == .state else { return true }
        let last = m.tokens.upperBound - 1
        if doc.tokenEnds(last, with: Self.alefLetter) || doc.tokenEnds(last, with: Self.taMarbuta)
            || doc.tokenEnds(last, with: Self.hu)
        {
            return false
        }
        return m.actor.country == Self.lebanon || isDefinite(m.tokens.lowerBound, doc)
    }
    static let lebanon = "LBN"

    /// Whether a noun with option `agentive` has its doer and its object: an unmarked actor in its genitive (unless the
    /// noun has a possessive pronoun), then right after it an actor with one of the pattern's target prepositions
    /// («تهديد إيران للمنطقة»، «تحذيره لأوكرانيا»، «تهديدات الحوثيين ضد المملكة»).
    /// With `orLi`, «لـ» introduces the object too (a verbal noun's object: «قصف الطيران الروسي لمواقع المعارضة»).
    func hasAgentiveFrame(_ hit: Hit, _ mentions: [Mention], _ doc: Document, orLi: Bool = false) -> Bool {
        let p = hit.pattern
        var next = hit.tokens.upperBound
        var doer: Mention?
        if hit.analysis.encliticLength == 0 {
            guard let m = mentions.first(where: { $0.tokens.lowerBound == next }), !isMarked(m, doc) else {
                return false
            }
            doer = m
            next = m.tokens.upperBound
        }
        guard let object = mentions.first(where: { $0.tokens.lowerBound == next || $0.tokens.lowerBound == next + 1 })
        else { return false }
        // «تهديدات المرشد الأعلى لإيران»: a country with «لـ» right after a title of its own completes the title.
        if let country = doer?.actor.country, object.actor.country == country { return false }
        if object.tokens.lowerBound == next {
            return !object.leadingClitics.isDisjoint(with: orLi ? p.targetClitics.union(.li) : p.targetClitics)
        }
        return preposition(before: object, doc).map(p.targetWords.contains) ?? false
    }
    static let hu: [UInt8] = Array("ه".utf8)
    static let taMarbuta: [UInt8] = Array("ة".utf8)
    static let alefLetter: [UInt8] = Array("ا".utf8)
    static let ha: [UInt8] = Array("ها".utf8)
    static let hum: [UInt8] = Array("هم".utf8)
    static let theyAre = FormHash.folded(["وهم", "وهما", "وهن", "وهي", "هم"])
    static let kull = FormHash.hash(FoldedText.fold("كل"))
    static let lada = FormHash.hash(FoldedText.fold("لدى"))

    /// The first party of the other side after «من جهة» closes a list of parties («بين المقاومة والجيش من جهة،
    /// والمتمردين من جهة أخرى»): the first actor within a few words after the marker (and a comma).
    /// «بين الحوثيين والقوات الموالية للرئيس السابق من جهة، و…»: up to five words of the last party (no punctuation,
    /// no actor joined with «و») may stand before the marker; «من طرف» is the same marker.
    func otherSide(after last: Mention, _ mentions: [Mention], _ doc: Document) -> Mention? {
        var t = last.tokens.upperBound
        let limit = min(t + 5, doc.tokens.count - 2)
        while t < limit, doc.tokens[t].kind == .word {
            if wholeForm(t, doc) == CueWords.man, doc.tokens[t + 1].kind == .word,
                CueWords.sides.contains(wholeForm(t + 1, doc))
            {
                break
            }
            if mentions.contains(where: { $0.tokens.lowerBound == t && $0.leadingClitics.contains(.wa) }) {
                return nil
            }
            t += 1
        }
        guard t < limit, doc.tokens[t].kind == .word, wholeForm(t, doc) == CueWords.man else { return nil }
        t += 2
        if doc.tokens[t].kind == .punctuation { t += 1 }
        // «… من جهة، وتشكيلات من الجيش …»: a few words of the other side may come before its actor.
        return mentions.first { $0.tokens.lowerBound >= t && $0.tokens.lowerBound <= t + 3 }
    }

    /// Whether a plural past verb tells what was done before, as background: «الذين سبق لهم أن قاتلوا الحركة».
    func pluralVerbDescribes(_ start: Int, _ doc: Document) -> Bool {
        var t = start - 1
        while t >= 0, start - t <= 3, doc.tokens[t].kind == .word {
            if CueWords.already.contains(wholeForm(t, doc)) { return true }
            t -= 1
        }
        return false
    }

    /// Whether token `t`, right before an actor, makes that actor a genitive or an object: a verbal noun of the forms
    /// إفعال، افتعال، استفعال («استخدام الإرهابيين»، «اجتماع الوزراء») or a plural past verb, which carries its subject
    /// («ومنحوا الركاب»). NB: bytes only (Arabic letters are two bytes in UTF-8).
    func governsNext(_ t: Int, _ context: SentenceContext, _ doc: Document) -> Bool {
        // NB: not a number («عشرة جنود»): it counts the actor.
        guard t >= doc.sentences[context.index].tokens.lowerBound, doc.tokens[t].kind == .word, !isNumber(t, doc)
        else { return false }
        let r = doc.tokens[t].normalized
        let word = doc.normalized[Int(r.lowerBound)..<Int(r.upperBound)]
        guard word.count >= 6 else { return false }
        let n = word.endIndex
        // «ـوا» ends a plural verb. NB: not any noun in «ة»: its genitive may be the actor itself («قيادة إيران»)
        // or the next verb's subject («أثار حفيظة الأهالي وخرجوا …»).
        if word[n - 4] == 0xD9 && word[n - 3] == 0x88 && word[n - 2] == 0xD8 && word[n - 1] == 0xA7 { return true }
        let c = doc.candidates[Int(doc.tokens[t].candidates.lowerBound)]
        guard c.encliticLength == 0, !c.proclitics.contains(.al) else { return false }
        let stem = doc.normalized[Int(c.stem.lowerBound)..<Int(c.stem.upperBound)]
        guard stem.count >= 10 else { return false }
        let s = stem.startIndex
        let e = stem.endIndex
        // An alef first and before the last letter: «اجتماع»، «استخدام»، «إطلاق» (the verbs «اجتمع»، «استخدم» have none).
        let alefs: ClosedRange<UInt8> = 0xA2...0xA7
        return stem[s] == 0xD8 && alefs.contains(stem[s + 1]) && stem[e - 4] == 0xD8 && stem[e - 3] == 0xA7
    }

    /// Whether token `t` is «بين» (between).
    @inline(__always)
    static func isBayna(_ t: Int, _ doc: Document) -> Bool {
        t < doc.tokens.count && doc.candidates[Int(doc.tokens[t].candidates.lowerBound)].hash == bayna
    }

    /// «بين» further from a noun of fighting (a symmetric pattern of force), set off from it by a comma, ending a place or ending a relative clause on
    /// the noun with a verb of taking place: «تصاعدت حدة المعارك، ليلة السبت، بين …»، «اندلعت اشتباكات في وسط مدينة بنغازي بين …»، «المواجهات التي
    /// دارت في المديرية بين …». Up to ten tokens after the phrase, none of them an actor or a mark other than a comma.
    /// NB: not after any other word, nor past a border or a road («على الحدود بين البلدين» names a place).
    func farBayna(after phraseEnd: Int, _ context: SentenceContext, _ mentions: [Mention], _ doc: Document) -> Int? {
        let limit = min(phraseEnd + 10, doc.sentences[context.index].tokens.upperBound)
        var t = phraseEnd
        var relative = false
        while t < limit {
            if doc.tokens[t].kind != .word {
                guard isComma(t, doc) else { return nil }
            } else if Self.isBayna(t, doc) {
                guard t > phraseEnd else { return nil }
                if isComma(t - 1, doc) || relative { return t }
                return doc.places.contains { $0.sentence == context.index && $0.tokens.upperBound == t } ? t : nil
            } else if mentions.contains(where: { $0.tokens.contains(t) }) {
                return nil
            } else if t == phraseEnd || t == phraseEnd + 1, opensRelativeClause(t, doc), t + 1 < limit,
                doc.tokens[t + 1].kind == .word, hasAnalysis(t + 1, in: CueWords.battleOccurrences, doc)
            {
                relative = true
            } else if CueWords.dividedPlaces.contains(wholeForm(t, doc)) {
                return nil
            }
            t += 1
        }
        return nil
    }

    /// «بين» after the noun of a symmetric act of talking or agreeing past its time and place, or past a relative verb
    /// telling it took place: «محادثات في ماليزيا الأربعاء بين …»، «وجرت المحادثات، أمس، بين …»، «المباحثات التي جرت في
    /// الرياض أمس بين …». The words between are a relative pronoun and its verb (no actor) at most, then only adverbials
    /// (see `adverbialsOnly`) or one time word. Before the relative pronoun, up to three adjectives with the article
    /// may describe the noun («بالمباحثات الإيجابية والفعالة التي تمت بين …»); after a relative verb with its object
    /// pronoun, its subject may follow («المحادثات التي قادتها الأمم المتحدة في يونيو بين …»: who led the talks).
    func talksBayna(after phraseEnd: Int, _ context: SentenceContext, _ mentions: [Mention], _ doc: Document) -> Int? {
        let limit = min(phraseEnd + 13, doc.sentences[context.index].tokens.upperBound)
        var from = phraseEnd
        var described = from
        while described < limit, described - phraseEnd < 3, doc.tokens[described].kind == .word,
            !opensRelativeClause(described, doc), isDefinite(described, doc),
            !mentions.contains(where: { $0.tokens.contains(described) })
        {
            described += 1
        }
        if described > from, described < limit, opensRelativeClause(described, doc) { from = described }
        if from + 1 < limit, opensRelativeClause(from, doc), doc.tokens[from + 1].kind == .word,
            !mentions.contains(where: { $0.tokens.contains(from + 1) })
        {
            from += 2
            if endsWithPronoun(from - 1, doc), let led = mentions.first(where: { $0.tokens.lowerBound == from }),
                led.tokens.upperBound < limit
            {
                from = led.tokens.upperBound
            }
        }
        var t = from
        while t < limit, !Self.isBayna(t, doc) { t += 1 }
        guard t < limit, t > phraseEnd else { return nil }
        if t == from || onlyTime(from: from, to: t, doc, least: 1) || adverbialsOnly(from: from, to: t, doc) {
            return t
        }
        return nil
    }

    /// The first party after «بين»: the actor right after it, or after one noun of members that heads it («بين
    /// مقاتلي المقاومة الشعبية و…»، «بين عناصر المقاومة و…»).
    func firstParty(after b: Int, _ mentions: [Mention], _ doc: Document) -> Int? {
        if let i = mentions.firstIndex(where: { $0.tokens.lowerBound == b + 1 }) {
            // «بين مقاتلي المقاومة …»: a bare noun of fighters heads the party named right after it.
            if mentions[i].kind == .bareAgent, i + 1 < mentions.count,
                mentions[i + 1].tokens.lowerBound == mentions[i].tokens.upperBound,
                mentions[i + 1].leadingClitics.isEmpty
            {
                return i + 1
            }
            return i
        }
        guard b + 2 < doc.tokens.count, doc.tokens[b + 1].kind == .word,
            CueWords.memberHeads.contains(wholeForm(b + 1, doc))
        else { return nil }
        return mentions.firstIndex { $0.tokens.lowerBound == b + 2 }
    }

    /// «… وبين الميليشيات»: the second side of «بين X وبين Y», the actor right after «وبين» (or after one noun of
    /// members) that follows the first side.
    func secondSide(after last: Mention, _ mentions: [Mention], _ doc: Document) -> Int? {
        let t = last.tokens.upperBound
        guard t + 1 < doc.tokens.count, doc.tokens[t].kind == .word, wholeForm(t, doc) == Self.waBayna else {
            return nil
        }
        return firstParty(after: t, mentions, doc)
    }

    /// «إن المواطن فهد بن سالم العتيبي أقدم على …»: a person's noun that opens its clause (after the sentence start, a
    /// punctuation mark or «إن/أن») and an unknown name after it, up to the verb at `verb`: the verb's subject. Words that
    /// are not a name (a preposition, a number, another actor, a comma) stop it.
    func namedSubject(before verb: Int, _ mentions: [Mention], _ context: SentenceContext, _ doc: Document) -> Int? {
        let lower = doc.sentences[context.index].tokens.lowerBound
        guard let i = mentions.lastIndex(where: { $0.tokens.upperBound <= verb }),
            verb - mentions[i].tokens.upperBound <= 6, mentions[i].kind == .agent || mentions[i].kind == .bareAgent,
            !isMarked(mentions[i], doc)
        else { return nil }
        let before = mentions[i].tokens.lowerBound - 1
        guard
            before < lower || doc.tokens[before].kind == .punctuation
                || CueWords.complementizers.contains(wholeForm(before, doc))
        else { return nil }
        for t in mentions[i].tokens.upperBound..<verb {
            if doc.tokens[t].kind != .word || hasAnalysis(t, in: CueWords.prepositions, doc) { return nil }
        }
        return i
    }

    /// The office held by the subject of a statement verb that opens with a rank or an honorific and a name the
    /// dictionaries do not know («وقال الرائد سعد المطيري الناطق الإعلامي …»، «وأكد العقيد ناصر الحربي، المتحدث الرسمي …»):
    /// with no subject found, a rank at token `from` and the office after one to four plain words; after a subject that
    /// is a lone rank, the office after one to four plain words past it. Plain words are no preposition,
    /// complementizer or number («بن» in a name does not count); one comma may stand right before the office.
    func officeInApposition(after from: Int?, to sources: [Mention], _ mentions: [Mention], _ doc: Document) -> Mention?
    {
        let lower: Int
        if let from {
            guard from < doc.tokens.count, doc.tokens[from].kind == .word,
                CueWords.ranks.contains(wholeForm(from, doc))
            else { return nil }
            lower = from + 1
        } else {
            guard sources.count == 1, let rank = sources.first, rank.name == nil,
                rank.kind == .agent || rank.kind == .bareAgent, rank.tokens.count == 1,
                CueWords.ranks.contains(wholeForm(rank.tokens.lowerBound, doc))
            else { return nil }
            lower = rank.tokens.upperBound
        }
        guard let i = mentions.firstIndex(where: { $0.tokens.lowerBound >= lower }) else { return nil }
        let office = mentions[i]
        // NB: titles and bodies only (a person, a state or a named group after a name is not in apposition); an
        // office right after a rank may hold the unknown name itself («العقيد [ناصر الحربي، المتحدث الرسمي]»).
        guard office.kind == .agent || office.kind == .bareAgent, office.tokens.lowerBound - lower <= 8,
            office.tokens.lowerBound > lower, !isMarked(office, doc),
            office.leadingClitics.isDisjoint(with: [.li, .bi])
        else { return nil }
        var words = 0
        for t in lower..<office.tokens.lowerBound {
            if doc.tokens[t].kind == .punctuation {
                guard t == office.tokens.lowerBound - 1, isComma(t, doc) else { return nil }
                continue
            }
            guard isPlainWord(t, doc) else { return nil }
            // «سعد بن فهد المطيري»: the joiners of a name are no words of their own.
            if !CueWords.nameJoiners.contains(wholeForm(t, doc)) { words += 1 }
        }
        return words >= 1 && words <= 4 ? office : nil
    }

    /// Roots of acts done in words whose subject may hold a chain of titles closed by a name (see `titleChainEnd`).
    static let apposedRoots: [String] = ["01", "02", "10", "11", "12"]
    /// Roots of acts done in words whose phrase's gap may hold the subject's titles and name and a statement's time
    /// (see `TriggerFinder.markSubjectWords`): those of `apposedRoots`, and praise, thanks and agreement (05: «رفع أمين
    /// منطقة الباحة السابق المهندس محمد بن مبارك المجلي أسمى الشكر …»).
    static let wordRoots: [String] = apposedRoots + ["05"]

    /// The end (exclusive) of a person's name opened by the rank or honorific at token `t`: the rank, the next word and
    /// each joiner or «آل» with the word after it («الشيخ سالم بن علي آل فلان»), all before `upper`; nil when no word
    /// follows the rank.
    static func rankedNameEnd(at t: Int, before upper: Int, _ doc: Document) -> Int? {
        guard t + 1 < upper, doc.tokens[t + 1].kind == .word else { return nil }
        return lineageEnd(from: t + 2, before: upper, doc)
    }

    /// Where a chain of titles in apposition to a subject ends, if a person's name opened by a rank or an honorific
    /// closes it: from token `from`, titles the dictionaries know and up to six plain words («رئيس الهيئة العليا
    /// للإصلاح»), then the rank, one word and each joiner with the word after it («الشيخ سالم بن علي آل فلان»).
    /// Nil when no such name comes first («دان الرئيس الهجوم»).
    func titleChainEnd(after from: Int, _ mentions: [Mention], _ doc: Document) -> Int? {
        var t = from
        var plain = 0
        var m = mentions.firstIndex { $0.tokens.lowerBound >= from } ?? mentions.count
        while t < doc.tokens.count, doc.tokens[t].kind == .word {
            if m < mentions.count, mentions[m].tokens.lowerBound == t {
                guard mentions[m].kind == .agent || mentions[m].kind == .bareAgent, !isMarked(mentions[m], doc) else {
                    return nil
                }
                t = mentions[m].tokens.upperBound
                m += 1
                continue
            }
            let form = wholeForm(t, doc)
            if CueWords.ranks.contains(form) || CueWords.honorifics.contains(form) {
                return Self.rankedNameEnd(at: t, before: doc.tokens.count, doc)
            }
            guard isPlainWord(t, doc), plain < 6 else { return nil }
            plain += 1
            t += 1
        }
        return nil
    }

    /// Roots of acts done in words, where a speaker's name often follows his office in apposition: statements,
    /// appeals, demands.
    static let verbalRoots = ["01", "02", "10"]

    /// Whether an act still needs its doer: no source, or only an unnamed doer the trigger phrase itself holds
    /// («تفجير انتحاري»: «انتحاري» ---REB).
    static func lacksDoer(_ sources: [Mention], _ hit: Hit) -> Bool {
        sources.isEmpty
            || (sources.count == 1 && hit.tokens.contains(sources[0].tokens.lowerBound) && !isKnown(sources[0].actor))
    }

    /// Whether a demonym is followed by «الجنسية» and so tells a person's nationality («فهد العتيبي – سعودي الجنسية –»).
    func tellsNationality(_ m: Mention, _ doc: Document) -> Bool {
        m.isDemonym && (m.actor.sector == nil || m.actor.sector == "CVL") && m.actor.organization == nil
            && m.tokens.upperBound < doc.tokens.count
            && doc.tokens[m.tokens.upperBound].kind == .word
            && CueWords.nationality.contains(wholeForm(m.tokens.upperBound, doc))
    }

    /// A nationality told of a person is a civilian of that country (see `tellsNationality`, `civilian`); any other
    /// mention is returned as it is.
    func holderOfNationality(_ m: Mention, _ doc: Document) -> Mention {
        tellsNationality(m, doc) ? Self.civilian(m) : m
    }

    /// «أوقفت المخابرات أمس السورية ميسم …»: a country's name written without the article («سورية») and read only by
    /// taking the article off («السورية») is the country's demonym, where a person is meant (the one arrested).
    static func demonymOfName(_ m: Mention) -> Mention {
        guard m.kind == .state, !m.isDemonym, m.tokens.count == 1, m.leadingClitics.contains(.al) else { return m }
        var demonym = m
        demonym.isDemonym = true
        return demonym
    }

    /// A demonym that names a person («جانٍ سعودي»، «– سعودي الجنسية –») as a civilian of its country; any other
    /// mention as it is.
    static func civilian(_ m: Mention) -> Mention {
        guard m.isDemonym, m.actor.sector == nil, m.actor.organization == nil else { return m }
        var person = m
        person.actor = ActorCode(country: m.actor.country, sector: "CVL")
        return person
    }

    func code(
        _ hit: Hit, _ context: SentenceContext, _ doc: Document, speaker: Mention? = nil, verbSubject: Mention? = nil,
        recentDoer: Event.Participant? = nil, recentAuthor: Event.Participant? = nil
    ) -> [Event] {
        let mentions = context.mentions
        let p = hit.pattern
        let start = hit.tokens.lowerBound
        // NB: actors are looked for around the head word; words after a gap («حذر ... عقوبات») often come
        // after the actors («حذرت واشنطن طهران من فرض عقوبات»).
        let end = start + 1
        var sources: [Mention] = []
        var pairPartner: ActorCode?
        var searchFrom = end
        var sharedSubject = false
        let phraseEnd = hit.tokens.upperBound
        if p.agentive, !hasAgentiveFrame(hit, mentions, doc) { return [] }
        // «وأعرب أيده الله عن …»: a prayer said of the subject is no act.
        if p.startsWithVerb, isPrayer(hit, doc) || followsPreposition(hit, doc) { return [] }
        if p.hosted { return reception(hit, context, doc, speaker: speaker) }
        // «التفجير الإرهابي الذي استهدف مسجد قوات الطوارئ»، «العمل الإجرامي الذي استهدف رجال الأمن»: a verb of force
        // opening a relative clause on the noun of an assault, or of a deed called terrorist or criminal, tells that
        // act; see `relativeAssault`.
        if p.startsWithVerb, Self.isForce(p.code.root), !isPresentTense(hit, doc),
            let act = relativeAssault(before: start, context, doc)
        {
            var told = hit
            told.pattern.code = act.code
            let source =
                act.doer
                ?? Mention(
                    span: doc.tokens[act.noun].span, tokens: act.noun..<(act.noun + 1), sentence: context.index,
                    actor: ActorCode(country: nil, sector: "REB"), kind: .agent)
            // «القصف استهدف قرية يسيطر عليها تنظيم داعش»: no actor named as the object, the holder of the place.
            let target =
                targetMention(hit, mentions, after: phraseEnd, doc, exclude: [source])
                ?? heldPlaceParty(from: phraseEnd, [source], context, doc)
            guard let target, target.actor != source.actor else { return [] }
            return makeEvents(told, context, [source], target: target, pairPartner: nil, doc, told: true)
        }
        // «… هجمات على مدنيين اعتبرتها المنظمة جرائم حرب»: a criticism or praise that calls a pronoun something
        // judges what came before; the actors after the verb are its subject or words of the judgement.
        // «واعتبر الوزير أن الحادث جريمة»: the words after «أن» are a statement, whose own words say what it judges.
        if p.code.root == "11" || p.code.root == "05", isCharacterisation(hit, doc),
            hit.analysis.encliticLength > 0
                || (start + 1..<phraseEnd).contains(where: {
                    doc.tokens[$0].kind == .word && CueWords.thatWords.contains(wholeForm($0, doc))
                })
        {
            return []
        }
        // «…، حيث التقوا وزير الخارجية»، «وضبطوا الجاني»: a verb before its subject is singular, so a plural past verb
        // carries its subject, which came before it; the actor after it is its object. NB: not statements («وقالوا»),
        // whose subject is the story's speaker.
        let pluralVerb = p.startsWithVerb && p.code.root != "01" && p.pluralForms.contains(hit.analysis.hash)
        if pluralVerb, pluralVerbDescribes(start, doc) { return [] }

        // «…، مشيدا بدور المملكة»: a circumstantial participle acts for the clause's subject.
        // The subject of this sentence's statement; else of its last verb that gave an event before the participle
        // («وأكد الوزير دعم بلاده …، مشيدا …»: «أكد … دعم» is coded 051, not as a statement); else the story's speaker.
        if p.circumstantial {
            let statementSubject = speaker.flatMap { $0.sentence == context.index ? $0 : nil }
            let verbBefore = verbSubject.flatMap { $0.tokens.upperBound <= start ? $0 : nil }
            guard let subject = statementSubject ?? verbBefore ?? speaker else { return [] }
            // «…، مطالبا الحكومة بالإفراج»، «…، محملا إيران المسؤولية»: a lone participle with no target preposition
            // governs its object directly — the actor right after it, or none (never one further on).
            if hit.tokens.count == 1, p.targetWords.isEmpty, p.targetClitics.isEmpty {
                let object = mentions.first {
                    $0.tokens.lowerBound == end && $0.tokens.lowerBound != subject.tokens.lowerBound
                        && !isMarked($0, doc)
                }
                return makeEvents(hit, context, [subject], target: object, pairPartner: nil, doc)
            }
            // «…، داعيا مجلس النواب إلى إقرار القوانين»: an unmarked actor right after a lone participle is its
            // object — the one addressed — even where the pattern names a target preposition for other uses.
            if hit.tokens.count == 1,
                let object = mentions.first(where: {
                    $0.tokens.lowerBound == end && $0.tokens.lowerBound != subject.tokens.lowerBound
                        && !isMarked($0, doc)
                })
            {
                return makeEvents(hit, context, [subject], target: object, pairPartner: nil, doc)
            }
            var target = targetMention(hit, mentions, after: end, doc, exclude: [subject])
            // «يجب على إيران …»، «أنه على النظام وقف …»: a phrase that ends with its target preposition governs the
            // actor right after it; one further on («يجب على المجتمع الدولي الضغط على إيران») is another's object.
            if hit.tokens.count > 1, p.targetWords.contains(wholeForm(phraseEnd - 1, doc)),
                target.map({ $0.tokens.lowerBound != phraseEnd }) ?? false
            {
                target = nil
            }
            return makeEvents(hit, context, [subject], target: target, pairPartner: nil, doc)
        }

        // «وتدفق آلاف المتظاهرين الى …»: the crowd is the source when the actor stage found it («---CVL»), else an
        // actor right after it («متظاهرون أكراد»). The target is the one protested against («ضد الحكومة»).
        if p.crowd && !p.startsWithVerb {
            let own = mentions.first {
                $0.tokens.contains(start) || ($0.tokens.lowerBound == phraseEnd && !isMarked($0, doc))
            }
            let sources = own.map { [$0] } ?? []
            let target = targetMention(hit, mentions, after: phraseEnd, doc, exclude: sources)
            return makeEvents(hit, context, sources, target: target, pairPartner: nil, doc)
        }

        // «تعرضت دورية للجيش لهجوم من مسلحين»: the subject of «تعرض» suffers the act; its doer, if named, comes
        // after «من»، «من قبل»، «على يد».
        if !p.startsWithVerb, p.code.root != "01", let exposed = exposedVerb(before: hit, context, doc) {
            let sentence = doc.sentences[context.index].tokens
            let target =
                mentions.first(where: { $0.tokens.lowerBound > exposed && $0.tokens.upperBound <= start })
                ?? mentions.last(where: {
                    $0.tokens.upperBound <= exposed && exposed - $0.tokens.upperBound <= 2 && !isMarked($0, doc)
                })
            let source = mentions.first(where: {
                $0.tokens.lowerBound >= phraseEnd && $0.tokens.lowerBound - phraseEnd <= 3
                    && $0.tokens.lowerBound - 1 >= sentence.lowerBound
                    && hasAnalysis($0.tokens.lowerBound - 1, in: CueWords.agentMarkers, doc)
                    && !Self.isVictim($0.actor)
            })
            return makeEvents(hit, context, source.map { [$0] } ?? [], target: target, pairPartner: nil, doc)
        }

        // «وأعلن تنظيم داعش مسؤوليته عن هجوم انتحاري»: the claimant of an act of force, the subject before «مسؤولية
        // عن», did it; the claim tells it was done. NB: not «عن الهجوم», an act already told (and coded) before.
        if !p.startsWithVerb, Self.forceRoots.contains(p.code.root), let claimant = claimant(of: hit, context, doc) {
            let target =
                tollVictim(of: hit, context, doc)
                ?? targetMention(hit, mentions, after: phraseEnd, doc, exclude: [claimant])
            return makeEvents(hit, context, [claimant], target: target, pairPartner: nil, doc, told: true)
        }

        // «300 شخص خطفوا من قبل التنظيم»، «قتل الصحفي على يد مسلحين»، «تم الإفراج عنه من قبل السلطات»: a passive whose
        // doer is named after «من قبل» or «على يد» has that doer as source. Who suffered it is the passive's subject:
        // the actor between the trigger and the marker, else the toll's victims, else the antecedent of a relative
        // verb («الصحفي الذي قتل على يد …»), else the actor right before the verb, else a target the pattern's
        // preposition names after the doer («قصف من قبل قوات النظام على أماكن …»).
        // NB: not a pattern that marks its own source with «من قبل» (the passive threats of 138).
        if p.sourceWords.isEmpty, p.code.root != "01", let (agent, marker) = passiveAgent(after: hit, context, doc),
            !Self.isVictim(agent.actor)
        {
            // «الأشخاص الذين تم توقيفهم من قبل …»: back over «تم» and a relative pronoun to the subject.
            let lower = doc.sentences[context.index].tokens.lowerBound
            var before = start
            while before > lower, doc.tokens[before - 1].kind == .word,
                hasAnalysis(before - 1, in: CueWords.passiveLightVerbs, doc) || opensRelativeClause(before - 1, doc)
            {
                before -= 1
            }
            // «قتل شاب فلسطيني برصاص …»: a marker inside the phrase has the sufferer in the phrase's gap.
            let after = marker < phraseEnd ? start + 1 : phraseEnd
            var sufferer =
                mentions.first(where: {
                    $0.tokens.lowerBound >= after && $0.tokens.upperBound <= marker && !$0.isAttributive
                })
                ?? (Self.forceRoots.contains(p.code.root) ? tollVictim(of: hit, context, doc) : nil)
            // «بعد اتهامه من قبل الرئيس»: a pronoun on a verbal noun is its object; its antecedent suffers it.
            if sufferer == nil, !p.startsWithVerb, hit.analysis.encliticLength > 0 {
                sufferer = antecedent(before: start, excluding: [agent], context, doc)
            }
            if sufferer == nil {
                sufferer = mentions.last(where: {
                    $0.tokens.upperBound <= before && before - $0.tokens.upperBound <= 1 && !isMarked($0, doc)
                        && $0.tokens.upperBound > lower
                })
            }
            // «قصف من قبل قوات النظام على أماكن …»: else only a target the pattern's own preposition introduces.
            if sufferer == nil, !p.targetWords.isEmpty || !p.targetClitics.isEmpty {
                sufferer = targetMention(hit, mentions, after: agent.tokens.upperBound, doc, exclude: [agent])
            }
            return makeEvents(hit, context, [agent], target: sufferer, pairPartner: nil, doc)
        }
        // «وتمكنت الشرطة من اعتقالهم»، «وتم القبض عليه»: see `lightOrPassiveArrest`.
        if let arrest = lightOrPassiveArrest(hit, context, doc) { return arrest }
        // «قتل جندي تركي بنيران مجموعات …»، «أصيب آخر برصاص أطلق من …»: a phrase that ends on the means fired tells a
        // killing or wounding suffered by its subject; with no doer named right after the means, no event (never the
        // victim as source).
        // NB: only the construct «برصاص»/«بنيران», which a doer should follow; «بالرصاص» names none.
        if hit.tokens.count > 1, CueWords.byFire.contains(wholeForm(phraseEnd - 1, doc)),
            hasAnalysis(start, in: CueWords.sufferedHeads, doc)
        {
            return []
        }

        // «الاجتماع بين X و Y»: the two parties of a symmetric act; also after a verb of occurrence or a word of
        // time («مواجهات وقعت أمس بين الجيش و…»): a few words, none a preposition or an actor.
        // NB: a static function and no `first(where:)`: a nested function passed as a closure boxed a copy of
        // the document for every trigger.
        var bayna: Int? =
            Self.isBayna(end, doc)
            ? end
            : Self.isBayna(end + 1, doc)
                ? end + 1
                : Self.isBayna(phraseEnd, doc) ? phraseEnd : nil
        if bayna == nil, !p.startsWithVerb {
            var t = phraseEnd
            let limit = min(phraseEnd + 4, doc.sentences[context.index].tokens.upperBound)
            while t < limit, doc.tokens[t].kind == .word, !mentions.contains(where: { $0.tokens.contains(t) }) {
                if Self.isBayna(t, doc) {
                    bayna = t
                    break
                }
                if hasAnalysis(t, in: CueWords.prepositions, doc) { break }
                t += 1
            }
        }
        if bayna == nil, !p.startsWithVerb, p.symmetric, Self.isForce(p.code.root) {
            bayna = farBayna(after: phraseEnd, context, mentions, doc)
        }
        // «وعقدت المحادثات في جنيف بين …»: so after a verb-first phrase with nothing in its gap, a passive.
        if bayna == nil, !p.startsWithVerb || (p.kind == .phrase && hit.tokens.count == 2), p.symmetric,
            !Self.isForce(p.code.root)
        {
            bayna = talksBayna(after: phraseEnd, context, mentions, doc)
        }
        if let b = bayna, let i = firstParty(after: b, mentions, doc) {
            let group = coordinated(from: i, mentions, doc)
            // «بين المقاومة والجيش من جهة، والمتمردين من جهة أخرى»: the parties before «من جهة» are one side, all
            // against the first party of the other side.
            if let other = otherSide(after: group[group.count - 1], mentions, doc) {
                return makeEvents(hit, context, group, target: other, pairPartner: nil, doc)
            }
            // «بين المقاومة الشعبية وبين الميليشيات الحوثية»: «وبين» repeated before the second side.
            if let other = secondSide(after: group[group.count - 1], mentions, doc) {
                return makeEvents(hit, context, group, target: mentions[other], pairPartner: nil, doc)
            }
            if group.count >= 2 {
                return makeEvents(hit, context, [group[0]], target: group[1], pairPartner: nil, doc)
            }
        }

        // «قتل 22 شخصا»، «وقتل سبعة متشددين»: a number right after the verb is its patient, never its subject
        // (the verb is an unvocalized passive, or its subject came before it).
        // «فجر 3 انتحاريين أنفسهم»: but with a reflexive in the phrase, the number and its noun are the subject;
        // so they are after a verb of demonstrating, striking or boycotting («تظاهر آلاف العراقيين»، «احتج مئات
        // الطلاب»); riots and blockades («رشق مئات المتظاهرين قوات الأمن») have an object after the number.
        // «طالب عدد من النواب الحكومة»، «وقال عدد من المسؤولين»، «انتقدت مجموعة من الناشطين»: «عدد من»/«مجموعة من»
        // and a class of people right after a verb are its subject, except of force and arrests («قتل عدد من
        // المواطنين» is a passive). NB: the subject only; after a noun or as an object the phrase stays marked.
        var countedSubject: Int?
        if p.startsWithVerb, !Self.forceRoots.contains(p.code.root), end + 2 < doc.tokens.count,
            doc.tokens[end].kind == .word, doc.tokens[end + 1].kind == .word,
            CueWords.quantities.contains(wholeForm(end, doc)), wholeForm(end + 1, doc) == CueWords.man
        {
            countedSubject = mentions.firstIndex {
                $0.tokens.lowerBound == end + 2 && ($0.kind == .bareAgent || $0.kind == .agent)
                    && $0.actor.sector != nil
            }
        }
        let numberFollows =
            p.startsWithVerb && end < doc.tokens.count && isNumber(end, doc)
            && !CueWords.reflexives.contains(wholeForm(hit.tokens.upperBound - 1, doc))
            && !Self.crowdProtests.contains(p.code.code) && countedSubject == nil

        // «الاعتداء الذي استهدف المتحف»: after a relative pronoun the subject is the antecedent — an actor right
        // before the pronoun, or else no actor at all.
        // «التحالف الذي يقصف التنظيم»، «الجماعة التي تقاتل الحكومة»: in the present tense such a clause describes
        // the antecedent by what it does, it does not report an act.
        // «المقاتلين الذين سلحتهم الولايات المتحدة»، «الوزير الذي استقبله نظيره العماني»: a past relative verb with an
        // object pronoun has the antecedent as its object, and its subject comes after it.
        if p.startsWithVerb, start > 0, hit.analysis.encliticLength > 0, opensRelativeClause(start - 1, doc),
            let antecedent = mentions.last(where: { $0.tokens.upperBound == start - 1 }),
            let i = mentions.firstIndex(where: {
                $0.tokens.lowerBound >= end && $0.tokens.lowerBound - end <= 2 && !$0.leadingClitics.contains(.wa)
            }),
            !isMarked(mentions[i], doc), !isPresentTense(hit, doc)
        {
            var subjects = coordinated(from: i, mentions, doc)
            if Self.forceRoots.contains(p.code.root) {
                subjects.removeAll { m in Self.isVictim(m.actor) }
            }
            return makeEvents(hit, context, subjects, target: antecedent, pairPartner: nil, doc)
        }
        if p.startsWithVerb, start > 0, opensRelativeClause(start - 1, doc) {
            if isPresentTense(hit, doc) && !Self.speechRoots.contains(p.code.root) { return [] }
            guard let i = mentions.lastIndex(where: { $0.tokens.upperBound == start - 1 }) else { return [] }
            sources = [mentions[i]]
        }
        // «التحالف الذي يقوم بقصف أهداف التنظيم»: the same with the light verb and a verbal noun.
        if !p.startsWithVerb, start >= 2, hit.analysis.proclitics.contains(.bi),
            !Self.speechRoots.contains(p.code.root), hasAnalysis(start - 1, in: CueWords.presentLightVerbs, doc),
            opensRelativeClause(start - 2, doc)
        {
            return []
        }

        // «إن جنودا نفذوا الغارة وإنهم خطفوا …»: after «أنهم» a plural verb's subject is the group named before, the
        // subject of the sentence's last verb, not the speaker (else the nearest actor before, as for SVO).
        let they = pluralVerb && start > 0 && CueWords.theyComplementizers.contains(wholeForm(start - 1, doc))
        if they, let verbSubject, verbSubject.sentence == context.index, verbSubject.tokens.upperBound < start {
            sources = [verbSubject]
        }
        // «وقال الاتحاد إنه يطالب إيران …»: after «إنه/إنها» the verb's subject is that pronoun, the speaker;
        // «… ندين هذا القصف»: a first-person verb in a quotation is the speaker's too.
        if p.startsWithVerb, sources.isEmpty, let speaker,
            speaker.tokens.upperBound <= start || speaker.sentence < context.index,
            p.firstPersonForms.contains(hit.analysis.hash)
                || (start > 0 && CueWords.pronounComplementizers.contains(wholeForm(start - 1, doc)) && !they)
        {
            sources = [speaker]
        }

        // «وكان الجبير قد التقى لافروف»: an actor right before «قد» is the subject; the one after the verb
        // its object.
        if p.startsWithVerb, sources.isEmpty, start >= 2, wholeForm(start - 1, doc) == CueWords.qad,
            let i = mentions.lastIndex(where: { $0.tokens.upperBound == start - 1 })
        {
            sources = coordinated(from: i, mentions, doc)
        }
        // «إن وزير الخارجية السعودي سوف يزور موسكو»: so is an unmarked actor right before «سوف» (the future particle
        // stands between the subject and its verb); the one after the verb is its object.
        if p.startsWithVerb, sources.isEmpty, start >= 2, CueWords.sawfaForms.contains(wholeForm(start - 1, doc)),
            let i = mentions.lastIndex(where: { $0.tokens.upperBound == start - 1 }), !isMarked(mentions[i], doc)
        {
            sources = coordinated(from: i, mentions, doc)
        }

        // «ودعا البيان الحكومة التركية إلى …»: a document in subject position speaks for whoever issued it, the
        // story's speaker from the sentences before (when no actor precedes the verb here); the actor after it is
        // the verb's object.
        if p.startsWithVerb, sources.isEmpty, end < doc.tokens.count, doc.tokens[end].kind == .word,
            hasAnalysis(end, in: triggers.cues.documents, doc), let speaker, speaker.sentence < context.index,
            !mentions.contains(where: { $0.tokens.upperBound <= start })
        {
            sources = [speaker]
            searchFrom = end + 1
        }

        // «طالب سعودي»: a nisba adjective without the article right after the word makes it a noun qualified
        // by the adjective, not a verb with its subject («طالب السعوديون» would have the article).
        if p.startsWithVerb,
            mentions.contains(where: {
                $0.tokens.lowerBound == end && $0.isDemonym && !$0.leadingClitics.contains(.al)
            })
        {
            return []
        }

        // «ألف طالب»: a number before the word makes it a noun, not the verb «طالب».
        // A year or day of a date before the verb is not such a number: «في 10 أبريل 2007 فجر انتحاريون أنفسهم».
        // «واحد» and «اثنان» follow their noun («خلال شهر واحد اغتيل …»): they count nothing after them.
        // «وبحسب موقع 24 أوضحت الولاية أن …»: a past verb with the feminine «ـت» is no noun a number could count.
        if p.startsWithVerb && start > 0 && isNumber(start - 1, doc) && !isInDate(start - 1, context, doc)
            && !hasAnalysis(start - 1, in: CueWords.postposedNumbers, doc)
            && !(p.pastForms.contains(hit.analysis.hash) && bareLastLetter(start, doc) == "ت")
        {
            return []
        }

        if p.startsWithVerb {
            // VSO: an unmarked actor right after the verb (one adverb or time word may intervene, but no
            // preposition or number: in «أفرج عن ثمانية أشخاص» the actor is the object).
            // For acts of force a victim right after the verb is its object («اعتقلوا الفتاة»), not its subject.
            let force = Self.forceRoots.contains(p.code.root)
            // «إن العراق يطالب تركيا بسحب قواتها»: an actor right before the verb that opens its clause (after the
            // sentence start, a punctuation mark or «إن/أن») is the subject (SVO); the actor after the verb is then
            // the object, even inside the phrase's gap.
            let lower = doc.sentences[context.index].tokens.lowerBound
            // NB: the closure only compares token positions; the checks that call methods run after it.
            var svo = false
            // «وكانت الحكومة المحلية في الأنبار دعت …»: a place where the subject is («في» + a place) may stand between
            // it and the verb.
            let subjectEnd = placePhrase(endingAt: start, context, doc)?.lowerBound ?? start
            if let m = mentions.last(where: { $0.tokens.upperBound == start || $0.tokens.upperBound == subjectEnd }),
                !isMarked(m, doc), !m.isAttributive
            {
                let before = m.tokens.lowerBound - 1
                // «وكانت الحكومة العراقية دعت أهالي الفلوجة إلى الخروج»: so is an actor right after «كان»/«كانت».
                // «وفي يوم الأربعاء 4 مارس الملك سلمان استقبل …»: and an actor right after a date.
                svo =
                    before < lower || doc.tokens[before].kind == .punctuation
                    || CueWords.complementizers.contains(wholeForm(before, doc))
                    || (doc.tokens[before].kind == .word && hasAnalysis(before, in: CueWords.was, doc))
                    || isInDate(before, context, doc)
            }
            // «نطالب الحكومة التركية بـ…»: a first-person verb has its subject in the verb («we»); the actor after it
            // is its object.
            let firstPerson = p.firstPersonForms.contains(hit.analysis.hash)
            let headIsPreposition = CueWords.prepositions.contains(wholeForm(start, doc))
            // «أقدم رجل على قتل زوجته»، «أقدم / فهد بن سالم – سعودي الجنسية – على قتل / خالد … – سعودي الجنسية –»: the
            // subject of a light verb stands in the phrase's gap and does the act, a civilian too; the target comes
            // after the phrase. A nationality told of either names a civilian of that country.
            if sources.isEmpty, p.lightVerb,
                let i = mentions.firstIndex(where: {
                    $0.tokens.lowerBound >= end && $0.tokens.upperBound <= phraseEnd && !isMarked($0, doc)
                }) ?? namedSubject(before: start, mentions, context, doc)
            {
                let doer = holderOfNationality(mentions[i], doc)
                // «على قتل / خالد بن محمد الشهري – سعودي الجنسية –»: past an unknown name, the victim's nationality.
                // NB: never past the end of the clause («على قتل شقيقه؛ وشهد الحادث عامل …»).
                func inClause(_ m: Mention) -> Bool {
                    !(phraseEnd..<m.tokens.lowerBound).contains { t in
                        doc.tokens[t].kind == .punctuation && isClauseEnd(t, doc)
                    }
                }
                let named = targetMention(hit, mentions, after: phraseEnd, doc, exclude: [mentions[i]]).flatMap {
                    inClause($0) ? $0 : nil
                }
                let nationality = mentions.first(where: {
                    $0.tokens.lowerBound >= phraseEnd && $0.tokens.lowerBound - phraseEnd <= 12
                        && tellsNationality($0, doc) && inClause($0)
                })
                // «على قتل / عطية بن حسن – سعودي الجنسية –»: a person's own nationality after the name says who he is
                // better than a namesake in the dictionary.
                let target =
                    named.map { m in
                        guard m.kind == .person || m.name != nil, let n = nationality,
                            n.tokens.lowerBound >= m.tokens.upperBound
                        else { return m }
                        return n
                    } ?? nationality
                return makeEvents(
                    hit, context, [doer], target: target.map { holderOfNationality($0, doc) }, pairPartner: nil, doc)
            }
            if sources.isEmpty && !svo && !firstPerson && !pluralVerb, let i = countedSubject {
                sources = coordinated(from: i, mentions, doc)
                searchFrom = sources.last!.tokens.upperBound
            } else if sources.isEmpty && !numberFollows && !svo && !firstPerson && !pluralVerb,
                let i = mentions.firstIndex(where: {
                    $0.tokens.lowerBound >= end && !$0.isAttributive
                        // «عبر الوزير عن شكره»: a verb spelt like a preposition («عبر»، via) does not mark the actor
                        // right after it; nor does the «من» of «كل من» («وقعت كل من الجزائر وروسيا اتفاقية»: both
                        // signed). NB: the subject only; as an object, past another clause, the list is another
                        // verb's subject («عارضته الولايات المتحدة، وامتنعت كل من بنما وهندوراس»).
                        && (!isMarked($0, doc)
                            || ($0.leadingClitics.isDisjoint(with: [.bi, .li, .ka])
                                && (($0.tokens.lowerBound == end && headIsPreposition)
                                    || opensList($0.tokens.lowerBound - 1, doc))))
                        // «وأعلنتها جماعة إرهابية»: a mention that holds a word of the pattern is part of the trigger
                        // (but the forces of «تم نشر ألف جندي» are the deploying side's: a show of force is one-sided).
                        && !(phraseEnd - 1 > start && $0.tokens.contains(phraseEnd - 1) && p.code.root != "15")
                        // «إن فرنسا بدأت بقتال تنظيم داعش»: an actor after the phrase's last word is its object.
                        && !(phraseEnd - 1 > start && $0.tokens.lowerBound >= phraseEnd)
                        && !$0.leadingClitics.contains(.wa)
                        // «التقى مساء أمس، وزير الخارجية …»: a time of two words and a comma may stand there too. NB:
                        // not in acts of force («أن انفجارا استهدف، الأحد، دورية للشرطة»: the patrol is the object).
                        && ($0.tokens.lowerBound - end <= 2
                            || (!force && onlyTime(from: end, to: $0.tokens.lowerBound, doc, least: 3)))
                        // «التقى الوزير نظيره»: a counterpart after the verb is its object — unless the verb holds its
                        // object as a pronoun («واستقبله نظيره العماني»: the counterpart receives him).
                        && !(hasAnalysis($0.tokens.lowerBound, in: CueWords.counterparts, doc)
                            && !holdsPronounObject(hit, context, doc))
                        // NB: but the gap of a phrase that holds only its subject (option `subject`: «ألقى مستوطنون
                        // زجاجات حارقة») names the doer, civilians too.
                        && !(force && !p.subjectGap && Self.isVictim($0.actor))
                        // «أن قواته قتلت مسلحا»: an indefinite word in the accusative («مسلحا»، «جنديا») is the
                        // verb's object, not its subject.
                        && !(force && isAccusativeObject($0, doc))
                        && !(end..<$0.tokens.lowerBound).contains { t in
                            CueWords.obliquePrepositions.contains(wholeForm(t, doc)) && !opensList(t, doc)
                        }
                        // «ودان المجلس واستنكر بشدة مصادقة الكنيست …»: past a word of degree comes the object; an actor
                        // there is in its genitive, not the verb's subject.
                        && !(end..<$0.tokens.lowerBound).contains { hasAnalysis($0, in: CueWords.intensifiers, doc) }
                        // «قصفت طائرات تركية»، «فرضت سفن التحالف»: a word between verb and actor is usually part
                        // of the subject; a place or target noun («ستقصف مواقع حزب الله») puts the actor in the
                        // object.
                        && !(end..<$0.tokens.lowerBound).contains { t in
                            doc.candidates[
                                Int(doc.tokens[t].candidates.lowerBound)..<Int(doc.tokens[t].candidates.upperBound)
                            ]
                            .contains { triggers.cues.objectNouns.contains($0.hash) }
                        }
                        // «الأردن تدين التفجير الإرهابي»: after the noun of an act of force that a reaction has as
                        // its object, an actor qualifies the act.
                        && !(p.code.root == "11"
                            && (end..<$0.tokens.lowerBound).contains { forceNoun(at: $0, context, doc) != nil })
                })
            {
                sources = coordinated(from: i, mentions, doc)
                // «استقبل الأمير محمد بن نايف بن عبدالعزيز آل سعود - حفظه الله - في قصر السلام امس، الوزراء»: the rest of the
                // subject's name and a prayer after it do not push the object out of reach.
                searchFrom = nameTailEnd(from: sources.last!.tokens.upperBound, doc)
                // «استقبل نائب خادم الحرمين الشريفين صاحب السمو الملكي الأمير محمد بن نايف …»: a title right followed by a
                // named person of its country is that person (apposition), not the object.
                if let last = sources.last, last.kind == .agent,
                    let next = mentions.first(where: { $0.tokens.lowerBound == searchFrom }),
                    next.kind == .person || (next.kind == .agent && next.name != nil),
                    next.actor.country == last.actor.country, !next.leadingClitics.contains(.wa)
                {
                    searchFrom = nameTailEnd(from: next.tokens.upperBound, doc)
                }
            }
            // «اتهم ألبرت ديل روساريو وزير خارجية الفلبين، الصين …»: an unknown name of two or three words right after the
            // verb, in apposition with an office, is the office-holder, the verb's subject; the actor after the office
            // is the object. NB: not statements (a speaker is found otherwise); an office of two words or more (a lone
            // title may be a surname, «فقيه», or an eponym, «جامعة الملك»); the name's words but the last have no article
            // («طالب النجم الدولي السابق محاميه» is no name).
            if sources.isEmpty && !svo && !firstPerson && !pluralVerb, p.code.root != "01",
                let i = mentions.firstIndex(where: {
                    $0.tokens.lowerBound > end + 1 && $0.tokens.lowerBound - end <= 5
                        && (phraseEnd - 1 <= start || $0.tokens.lowerBound < phraseEnd)
                }),
                !isMarked(mentions[i], doc), mentions[i].actor.country != nil, mentions[i].tokens.count >= 2,
                let name = nameBeforeOffice(mentions[i], after: end - 1, mentions, doc), name == end,
                !hasAnalysis(name, in: CueWords.honorifics, doc), !hasAnalysis(name, in: CueWords.ranks, doc),
                // NB: on the written text: folded, «ألبرت» would read as «البرت» (rare: only past the checks above).
                (name..<mentions[i].tokens.lowerBound - 1).allSatisfy({
                    !doc.text(of: doc.tokens[$0].span).hasPrefix("ال")
                }),
                // «اتهم تحقيق قام به جنرال أميركي …»: a preposition with a pronoun («به»، «له») is no name's word
                // («دي» in «جوزيف دي سانتوس» is).
                (name..<mentions[i].tokens.lowerBound).allSatisfy({
                    doc.tokens[$0].normalized.count > 4 || !doc.tokenEnds($0, with: Self.hu, stemBytes: 2)
                })
            {
                sources = [mentions[i]]
                searchFrom = mentions[i].tokens.upperBound
            }
            // «وقال الرائد سعد المطيري الناطق الإعلامي لشرطة المنطقة إن …»، «وأكد العقيد ناصر الحربي، المتحدث الرسمي …»: a
            // rank or an honorific, a name the dictionaries do not know and an office in apposition are one person, who
            // speaks as the holder of that office (not to it).
            // «واستنكر الشيخ فلان المفتي العام للمدينة، قيام …»: a condemnation too.
            if p.code.root == "01" || p.code.root == "11", !svo, !firstPerson, !pluralVerb,
                let office = officeInApposition(after: sources.isEmpty ? end : nil, to: sources, mentions, doc)
            {
                sources = [office]
                searchFrom = office.tokens.upperBound
                // «… المفتي العام للقدس والديار الفلسطينية وخطيب المسجد الأقصى، قيام …»: titles joined to the office up to
                // a comma are his too, not the object.
                if p.code.root == "11" {
                    var t = searchFrom
                    while t < searchFrom + 8, t < doc.tokens.count, doc.tokens[t].kind == .word, isPlainWord(t, doc) {
                        t += 1
                    }
                    if t > searchFrom, t < doc.tokens.count, isComma(t, doc) { searchFrom = t + 1 }
                }
            }
            // «وصف رئيس المجلس نائب رئيس الهيئة العليا الشيخ سالم بن علي الهجوم بالإجرامي»: titles and a name in
            // apposition to the subject of an act in words are the subject, not its object.
            if Self.apposedRoots.contains(p.code.root), !svo, let last = sources.last,
                let after = titleChainEnd(after: last.tokens.upperBound, mentions, doc)
            {
                searchFrom = max(searchFrom, after)
            }
        } else {
            // Genitive after a verbal noun: «زيارة وزير الخارجية». NB: only an indefinite noun stands in
            // construct state; after «حضر الاستقبال المستشار …» the actor is the subject of «حضر».
            // «قام مسلحون بخطف نائب رئيس البلدية»: after «قام … بـ» the genitive is the object; the subject of
            // «قام» (found below, before the noun) acts.
            if hit.analysis.encliticLength == 0, !isLightVerbAct(hit, context, doc),
                let i = mentions.firstIndex(where: {
                    (($0.tokens.lowerBound == end || $0.tokens.lowerBound == phraseEnd) && !isMarked($0, doc)
                        // «استدعاء السفير الفرنسي»: the genitive a pattern's last word heads is its object.
                        && !(p.objectLast && $0.tokens.contains(phraseEnd - 1)))
                        // «الغارات الجوية التركية»: an actor named by the act's own noun and a demonym after it.
                        || ($0.tokens.lowerBound == start && $0.tokens.upperBound > phraseEnd
                            && Self.forceRoots.contains(p.code.root) && $0.kind == .agent)
                        // «مقاتلات التحالف العربي دمرت …»: the doer a phrase of force opens with, named in full before
                        // the phrase's verb.
                        || ($0.tokens.lowerBound == start && $0.tokens.upperBound < phraseEnd && hit.tokens.count > 1
                            && Self.forceRoots.contains(p.code.root))
                })
            {
                sources = coordinated(from: i, mentions, doc)
                searchFrom = sources.last!.tokens.upperBound
            } else if !p.sourceWords.isEmpty || !p.sourceClitics.isEmpty,
                let i = mentions.firstIndex(where: {
                    $0.tokens.lowerBound >= end && $0.tokens.lowerBound - end <= window
                        && (preposition(before: $0, doc).map(p.sourceWords.contains) ?? false
                            || !$0.leadingClitics.isDisjoint(with: p.sourceClitics))
                })
            {
                sources = [mentions[i]]
            } else if !p.targetWords.isEmpty, !p.targetClitics.contains(.li),
                let i = mentions.firstIndex(where: {
                    $0.tokens.lowerBound >= phraseEnd && $0.tokens.lowerBound - phraseEnd <= 1
                        && $0.leadingClitics.contains(.li) && $0.tokens.upperBound < doc.tokens.count
                })
            {
                // «غارات مكثفة لطيران التحالف على مواقع الحوثيين»، «هجوم لتنظيم داعش على نقطة للجيش»: after an
                // indefinite noun «لـ» names the doer when the noun's own target preposition follows the actor.
                let after = mentions[i].tokens.upperBound
                if doc.tokens[after].kind == .word, p.targetWords.contains(wholeForm(after, doc)) {
                    sources = [mentions[i]]
                    searchFrom = after
                }
            }
        }
        // «وقدم باسمه واسم الحكومة الأردنية الشكر للمملكة»: the bodies the subject speaks for are not the subject; the
        // subject is looked for before the verb, else it is the story's (see `speaksFor`).
        if sources.count == 1, let i = mentions.firstIndex(where: { $0.tokens == sources[0].tokens }),
            speaksFor(i, mentions, doc)
        {
            sources = []
        }
        // «هجوم تبنته حركة طالبان»، «ضربة جوية نفذها الجيش»: a relative verb after the noun names its doer — also
        // over an unnamed doer the trigger phrase itself holds («تفجير انتحاري نفذته طالبان»: not «انتحاري» ---REB).
        if Self.lacksDoer(sources, hit),
            !p.startsWithVerb, let doer = doer(of: hit, mentions, context, doc)
        {
            sources = [doer]
            searchFrom = doer.tokens.upperBound
        }
        // «قتل ثلاثون شخصا في تفجير انتحاري نسب إلى تنظيم داعش»، «بعد هجوم دام نسبته الحكومة إلى الحركة»: an act of
        // force that the words after its noun attribute to a group was done by that group (see `attributedGroup`).
        if Self.isForce(p.code.root), !p.startsWithVerb,
            Self.lacksDoer(sources, hit),
            let group = attributedGroup(after: phraseEnd, reach: Self.attributionReach, context, doc)
        {
            sources = [group]
            searchFrom = group.tokens.upperBound
        }
        // «قتل عشرون شخصا في هجمات مفترضة لحركة بوكو حرام»، «في غارة جوية لطيران التحالف»: an armed group with «لـ»
        // right after the noun of an act of force (or after one adjective) is its doer (see `genitiveDoer`).
        if Self.isForce(p.code.root), !p.startsWithVerb,
            Self.lacksDoer(sources, hit),
            let group = genitiveDoer(of: hit, context, doc)
        {
            sources = [group]
            searchFrom = group.tokens.upperBound
        }
        // «قصف مدفعي مصدره مواقع الفصائل»، «قذائف من داخل الأراضي اليمنية»: the positions or the land an act of force
        // came from name its doer (see `originDoer`).
        if Self.isForce(p.code.root), !p.startsWithVerb,
            Self.lacksDoer(sources, hit),
            let group = originDoer(after: phraseEnd, context, doc)
        {
            sources = [group]
            searchFrom = group.tokens.upperBound
        }
        // «تلقى الملك اتصالا هاتفيا من ملك البحرين أعرب فيه عن …»: a verb whose subject is in the message («فيه»،
        // «فيها») is said by the one the message came from, the actor after «من» right before the verb.
        if sources.isEmpty, p.startsWithVerb, start + 1 < doc.tokens.count, doc.tokens[start + 1].kind == .word,
            CueWords.inIt.contains(wholeForm(start + 1, doc)),
            let sender = mentions.last(where: {
                $0.tokens.upperBound <= start && start - $0.tokens.upperBound <= 1
                    && preposition(before: $0, doc) == CueWords.man
            })
        {
            sources = [sender]
        }
        // «هاجمت امرأتان القنصلية … وتبادلتا إطلاق النار مع الشرطة»: a verb joined by «و»/«ف» to an earlier verb
        // of its sentence, with no subject of its own after it, shares that verb's subject; the actor between
        // them is the earlier verb's object, not this one's subject.
        // NB: within one clause (no punctuation between), and not for statements («وأضاف»): those continue the
        // story's speaker.
        if sources.isEmpty, p.startsWithVerb, p.code.root != "01", let verbSubject,
            verbSubject.tokens.upperBound <= start, !hit.analysis.proclitics.isDisjoint(with: [.wa, .fa]),
            !(verbSubject.tokens.upperBound..<start).contains(where: { doc.tokens[$0].kind == .punctuation })
        {
            sources = [verbSubject]
            sharedSubject = true
        }
        // «دان الوزير جريمة حرق الرضيع على يد مستوطنين، وقال: …»: a statement verb with «و» right after a comma, with no
        // subject of its own, goes on with the subject of its sentence's verb before it, not with the actor nearest it
        // (a genitive or object of that verb's clause).
        if sources.isEmpty, p.startsWithVerb, p.code.root == "01", let verbSubject,
            verbSubject.sentence == context.index, verbSubject.tokens.upperBound < start,
            hit.analysis.proclitics.contains(.wa), start > 0, isComma(start - 1, doc),
            !mentions.contains(where: { $0.tokens.lowerBound >= end && $0.tokens.lowerBound - end <= 1 })
        {
            sources = [verbSubject]
        }
        // «أعلن الوزير … خلال لقاء مع نظيره»: a verbal noun after a word of time, with no genitive of its own, is
        // the act of the clause's subject (the sentence's speaker), not of the nearest actor.
        if sources.isEmpty, !p.startsWithVerb, start > doc.sentences[context.index].tokens.lowerBound,
            Self.during.contains(wholeForm(start - 1, doc)), let speaker, speaker.sentence == context.index,
            speaker.tokens.upperBound <= start
        {
            sources = [speaker]
        }
        // SVO, or the subject of the clause for a possessive noun («خلال زيارته»): the nearest unmarked actor
        // before the trigger. NB: a bare verbal noun («الهجوم»، «الاعتداء») takes only a close subject: farther
        // away it mostly names an act reported as background.
        var countedToll = false
        if sources.isEmpty {
            // «… نفذ ضربة جوية»: a noun right after a support verb reaches back as far as the verb.
            let supported =
                start > doc.sentences[context.index].tokens.lowerBound && doc.tokens[start - 1].kind == .word
                && CueWords.supportVerbs.contains(wholeForm(start - 1, doc))
            let reach = p.startsWithVerb || hit.analysis.encliticLength > 0 || supported ? window : nounReach
            // «وتعرض الحوثيون للقصف خلال مئات الغارات»: the subject of «تعرض» suffers the acts of its clause.
            func suffers(_ m: Mention) -> Bool {
                let before = m.tokens.lowerBound - 1
                let after = m.tokens.upperBound
                return
                    (before >= 0 && doc.tokens[before].kind == .word && hasAnalysis(before, in: CueWords.exposed, doc))
                    || (after < doc.tokens.count && doc.tokens[after].kind == .word
                        && hasAnalysis(after, in: CueWords.exposed, doc))
            }
            // «قتل أربعة عناصر من الشرطة في انفجار قنبلة»: a counted group right before a bare noun of force is its toll,
            // not its doer (and nobody before it is).
            // «سبعة من مليشيا الحشد قتلوا في تفجير …»: a number and «من» a word or two before the group count it too.
            func counted(_ m: Mention) -> Bool {
                if isNumber(m.tokens.lowerBound, doc) { return true }
                var t = m.tokens.lowerBound - 1
                while t >= 0, m.tokens.lowerBound - t <= 3, doc.tokens[t].kind != .punctuation {
                    if isNumber(t, doc) { return t == m.tokens.lowerBound - 1 }
                    if wholeForm(t, doc) == CueWords.man { return t > 0 && isNumber(t - 1, doc) }
                    t -= 1
                }
                return false
            }
            // NB: not a fight «مع» another party («مقتل سبعة عناصر من الحركة في مواجهات مع الجيش»): there the counted
            // group is one of the two sides.
            let withParty =
                phraseEnd < doc.tokens.count && doc.tokens[phraseEnd].kind == .word
                && wholeForm(phraseEnd, doc) == Self.with
            let tollNoun =
                !p.startsWithVerb && hit.analysis.encliticLength == 0 && Self.forceRoots.contains(p.code.root)
                && !withParty
            // «أعرب الملك باسمه واسم شعب وحكومة المملكة عن التهاني»: the bodies a speaker speaks for are passed over
            // (see `speaksFor`).
            let sentenceStart = doc.sentences[context.index].tokens.lowerBound
            var upper = mentions.endIndex
            var nearest: Int?
            while true {
                nearest = mentions[..<upper].lastIndex(where: {
                    $0.tokens.upperBound <= start && start - $0.tokens.upperBound <= reach && !isMarked($0, doc)
                        && !$0.isAttributive && !(Self.forceRoots.contains(p.code.root) && suffers($0))
                        && !(Self.forceRoots.contains(p.code.root) && !withParty && !p.symmetric
                            && isCasualty($0, p, doc))
                        && !opensOwnClause(after: $0, before: start, p, mentions, doc)
                        // «وفي اقليم هكاري شرق تركيا، أصيب ثلاثة من الشرطة في هجوم»: a place after a word of direction
                        // tells where, it is no doer.
                        && !isLocated($0, after: sentenceStart, doc)
                })
                guard let i = nearest, speaksFor(i, mentions, doc) else { break }
                upper = i
            }
            countedToll = tollNoun && nearest.map { counted(mentions[$0]) } ?? false
            // «وحذر الرئيس الروسي الولايات المتحدة، وجاء تحذيره …»: a possessive pronoun that cannot point back to the
            // nearest actor (see `pronounAgrees`) points back to the subject of the sentence's last verb or statement,
            // else to the nearest earlier actor it agrees with («قال الوزير الأمريكي …، وانتقدت إسرائيل زيارته»). NB: not
            // past a nearer actor it agrees with after a preposition («يريد من الكرملين وقوفه»): that one may be meant.
            if !countedToll, !p.startsWithVerb, hit.analysis.encliticLength > 0, let i = nearest,
                !pronounAgrees(start, with: mentions[i], doc),
                let subject = [verbSubject, speaker].lazy.compactMap({ $0 }).first(where: {
                    $0.sentence == context.index && $0.tokens.upperBound <= mentions[i].tokens.lowerBound
                        && self.pronounAgrees(start, with: $0, doc)
                })
                    ?? mentions[..<i].last(where: {
                        start - $0.tokens.upperBound <= window && !isMarked($0, doc) && !$0.isAttributive
                            && pronounAgrees(start, with: $0, doc)
                    }),
                !mentions.contains(where: {
                    $0.tokens.lowerBound >= subject.tokens.upperBound && $0.tokens.upperBound <= start
                        && isMarked($0, doc) && pronounAgrees(start, with: $0, doc)
                })
            {
                sources = [subject]
            } else if !countedToll, let i = nearest {
                var head = i
                // «عقد الرئيس المصري، وولي العهد السعودي وزير الدفاع الأمير …، جلسة محادثات»: an actor in apposition to
                // the one right before it (the same actor, no word between) is that actor; a list may go on before it.
                while head > 0, !mentions[head].leadingClitics.contains(.wa),
                    mentions[head - 1].tokens.upperBound == mentions[head].tokens.lowerBound,
                    mentions[head - 1].actor == mentions[head].actor
                {
                    head -= 1
                }
                while head > 0, mentions[head].leadingClitics.contains(.wa),
                    mentions[head].tokens.lowerBound - mentions[head - 1].tokens.upperBound <= 1
                {
                    head -= 1
                }
                // «استخدام الإرهابيين للإنترنت وحثوا …»، «ومنحوا الركاب الورود، والتقوا …»: an actor that is a genitive
                // or another verb's object is not a plural verb's subject; the subject of the sentence's last verb is.
                // NB: the search goes on back to an earlier actor of the sentence that may be one («إن الثوار
                // تمكنوا من …، بمساعدة عناصر الجيش، كما سيطروا على …»).
                if pluralVerb {
                    let lower = doc.sentences[context.index].tokens.lowerBound
                    while head >= 0, governsNext(mentions[head].tokens.lowerBound - 1, context, doc) {
                        head =
                            mentions[..<head].lastIndex(where: {
                                $0.tokens.lowerBound >= lower && start - $0.tokens.upperBound <= 2 * window
                                    && !isMarked($0, doc) && !$0.isAttributive && !$0.leadingClitics.contains(.wa)
                            }) ?? -1
                    }
                }
                if head >= 0 { sources = coordinated(from: head, mentions, doc) }
            }
        }
        if sources.isEmpty, !countedToll, let speaker,
            speaker.sentence < context.index || speaker.tokens.upperBound <= start,
            !(speaker.sentence == context.index && opensOwnClause(after: speaker, before: start, p, mentions, doc))
        {
            // The previous sentence's subject only for a verb that opens this one, or for a possessive noun
            // when no actor comes before it («وقال سموه لدى استقباله وزير الخارجية»: «ـه» is the subject
            // of the story).
            let sentenceStart = doc.sentences[context.index].tokens.lowerBound
            // «كما بعث "حفظه الله" برقية تهنئة …»: so for the object of a verb that opens the sentence (see
            // `followsOpeningVerb`); not an act of force or a protest, whose noun may be the subject of an intransitive
            // verb («ووقعت اشتباكات …»).
            if speaker.sentence == context.index
                || (p.startsWithVerb && start - sentenceStart <= 1)
                || (!p.startsWithVerb && !Self.forceRoots.contains(p.code.root) && p.code.root != "14"
                    && followsOpeningVerb(hit, context, doc))
                || (!p.startsWithVerb && hit.analysis.encliticLength > 0
                    && !mentions.contains(where: { $0.tokens.upperBound <= start }))
            {
                sources = [speaker]
            }
        }
        // «قال مسؤولون أمريكيون إن اشتباكات وقعت …»: a speaker who is no force is not the doer of an act of force
        // that a noun names; nor is any speaker the doer of the unconventional violence (18) it reports («قال الجيش
        // النيجيري إن هجوما انتحاريا أسفر عن …»), nor sources of a force («بحسب ما أفادت مصادر أمنية، في هجمات …»).
        if Self.forceRoots.contains(p.code.root), !p.startsWithVerb, hit.analysis.encliticLength == 0,
            let speaker, speaker.sentence == context.index, sources.count == 1, sources[0].tokens == speaker.tokens,
            !Self.armedSectors.contains(speaker.actor.sector ?? "") || p.code.root == "18"
                || hasAnalysis(speaker.tokens.lowerBound, in: CueWords.reportingSources, doc),
            !isLightVerbAct(hit, context, doc)
        {
            sources = []
        }
        // «ثلاثة جنود أميركيين قتلوا بانفجار عبوة»: who a toll names as killed or hurt by the act is its victim.
        // «وفجر انتحاري يعتقد أنه ينتمي إلى تنظيم داعش نفسه»: an unnamed attacker whom the words right after it attribute
        // to a group is that group.
        // «وطالب المتمردون، الذين يفترض أنهم ينتمون إلى جماعة القوات الديمقراطية لتحرير رواندا، بـ…»: so are bare
        // rebels or fighters, in any act, whom a relative clause right after them attributes.
        if sources.count == 1,
            let group = Self.isForce(p.code.root) && !Self.isKnown(sources[0].actor)
                ? attributedGroup(after: sources[0].tokens.upperBound, reach: 2, context, doc)
                : relativeAttribution(of: sources[0], context, doc)
        {
            sources = [group]
            searchFrom = max(searchFrom, group.tokens.upperBound)
        }
        var victim = Self.forceRoots.contains(p.code.root) ? tollVictim(of: hit, context, doc) : nil
        // «وفي تونس قتل 37 شخصا في هجوم»: people a toll names without a country are of the place where it happened
        // (all the sentence's places in one country), not of the story's home country.
        if let v = victim, v.kind == .bareAgent, !v.isAnonymous,
            Self.isVictim(v.actor), let place = context.places.first,
            place.country != v.actor.country, context.places.allSatisfy({ $0.country == place.country })
        {
            victim?.actor.country = place.country
        }
        // Civilians, students, journalists and the like are the victims of force, not its users; nor is anyone the
        // toll names as killed or hurt by the act («قتل جنديان تركيان إثر تفجير سيارة ملغومة»), but in a fight of two
        // sides («قتلوا خلال اشتباكات مع قوات النظام»), where the dead are one side.
        if Self.forceRoots.contains(p.code.root) {
            // NB: the gap of a phrase that holds only its subject (option `subject`) names the doer, civilians too
            // («ألقى مستوطنون زجاجات حارقة على منزل»).
            // «وقتل ثلاثة عناصر من الجيش والشرطة»، «قتل جنديان وشرطي»: nor those joined to the victims by «و».
            sources.removeAll { m in
                (!p.subjectGap && Self.isVictim(m.actor))
                    || (!p.symmetric && m.tokens == victim?.tokens)
                    || (!p.symmetric && m.leadingClitics.contains(.wa)
                        && m.tokens.lowerBound == victim?.tokens.upperBound)
            }
        }
        // An act of force or a protest reported without a named actor («قتل 20 شخصا»، «تظاهر الآلاف»): coded
        // without a source when the text says it took place (see `reportsOccurrence`).
        guard let firstSource = sources.first else {
            var target = victim ?? targetMention(hit, mentions, after: end, doc, exclude: [])
            // «القصف استهدف قرية يسيطر عليها تنظيم داعش»: with no doer named either (see `heldPlaceParty`).
            if Self.isForce(p.code.root), !p.seizure,
                target == nil || (target?.kind == .state && target?.actor.sector == nil),
                let party = heldPlaceParty(from: phraseEnd, [], context, doc)
            {
                target = party
            }
            return makeEvents(hit, context, [], target: target, pairPartner: nil, doc)
        }
        // «قال الوزير إن إيران تدعم الإرهاب»: what the act's subject is said to do is the speaker's accusation.
        if p.reported {
            guard let speaker, speaker.actor != firstSource.actor, speaker.tokens != firstSource.tokens else {
                return []
            }
            // «قال الوزير إن الحوثيين يستولون على المساعدات»: a verb is the speaker's words only in the clause the
            // speaker opens with «إن/أن», and its subject, the accused, stands in that clause («قال الباحث إن حبري
            // ارتكب جرائم» accuses «حبري», never the speaker's own phrase or an actor before it).
            if p.startsWithVerb {
                let from =
                    speaker.sentence == context.index
                    ? speaker.tokens.upperBound : doc.sentences[context.index].tokens.lowerBound
                guard from < start,
                    let clause = (from..<start).last(where: { CueWords.complementizers.contains(wholeForm($0, doc)) }),
                    firstSource.tokens.lowerBound > clause,
                    clause == 0 || !CueWords.conjunctionHeads.contains(wholeForm(clause - 1, doc))
                else { return [] }
            }
            // «الإرهاب الذي تدعمه إيران»: a relative verb in the pattern names its own subject, right after it; the
            // antecedent («والميليشيات التي تدعمها») is not the accused.
            if !p.startsWithVerb, firstSource.tokens.lowerBound < phraseEnd,
                (start..<phraseEnd).contains(where: { CueWords.relatives.contains(wholeForm($0, doc)) })
            {
                return []
            }
            return makeEvents(hit, context, [speaker], target: firstSource, pairPartner: nil, doc)
        }
        // «وقال الجبير إن إيران ما تزال تساعد الأسد وتقاتل في سورية»: a hostile act in the present tense, in what a
        // speaker of this sentence says another country's actor does, is the speaker's accusation of it (112).
        if p.startsWithVerb, Self.accusableRoots.contains(p.code.root), isPresentTense(hit, doc),
            let speaker, speaker.sentence == context.index, speaker.tokens.upperBound <= start,
            speaker.actor.country != firstSource.actor.country,
            firstSource.tokens.lowerBound >= speaker.tokens.upperBound,
            (speaker.tokens.upperBound..<start).contains(where: {
                CueWords.complementizers.contains(wholeForm($0, doc))
            }),
            let accuse = triggers.accuse
        {
            var accusation = hit
            accusation.pattern.code = accuse
            // «إن إيران ما تزال تساعد الأسد، وتقاتل في سوريا»: a verb joined by «و» shares the subject of the
            // clause the speaker opened, the actor right after «إن», not the object of the verb before it.
            var accused = firstSource
            if hit.analysis.proclitics.contains(.wa),
                let c = (speaker.tokens.upperBound..<start).last(where: {
                    CueWords.complementizers.contains(wholeForm($0, doc))
                }),
                let subject = mentions.first(where: { $0.tokens.lowerBound == c + 1 }),
                subject.tokens.upperBound <= firstSource.tokens.lowerBound,
                subject.actor.country != speaker.actor.country
            {
                accused = subject
            }
            return makeEvents(accusation, context, [speaker], target: accused, pairPartner: nil, doc)
        }
        // «تلقى الملك اتصالا هاتفيا من الرئيس»، «تلقوا تدريبات في إيران»: a verb of receiving with a `source=`
        // preposition; the actor it introduces after the phrase gives, the verb's subject receives.
        if p.startsWithVerb, !p.sourceWords.isEmpty || !p.sourceClitics.isEmpty,
            let g = mentions.firstIndex(where: { m in
                m.tokens.lowerBound >= phraseEnd && m.tokens.lowerBound - phraseEnd <= window
                    && !sources.contains(where: { $0.tokens == m.tokens })
                    && (p.sourceWords.contains(wholeForm(m.tokens.lowerBound - 1, doc))
                        || introduced(m, by: p.sourceWords, or: p.sourceClitics, doc))
            })
        {
            // «وقال المتحدث إن أي تحرك سيتم التصدي له من قبل الجيش»: a passive threat has its doer after «من قبل»;
            // the sentence's speaker, who stood in for the missing subject, is not the one threatened.
            if p.code.root == "13", sources.count == 1, let speaker, speaker.tokens == firstSource.tokens,
                speaker.sentence < context.index || speaker.tokens.upperBound <= start
            {
                return []
            }
            // «اتصالين هاتفيين من وزير الخارجية الروسي، ووزير الخارجية الأمريكي»: one act from each giver joined by «و».
            return makeEvents(
                hit, context, coordinated(from: g, mentions, doc), target: firstSource, pairPartner: nil, doc)
        }
        // «تعتبر كردستان مساعدة النازحين واجبا، بعد أن سلط الضوء على أوضاع النازحين»: refugees and the displaced
        // receive aid; named before the act they are not its giver.
        if p.code.root == "07", sources.count == 1, firstSource.actor.sector == "REF" {
            return []
        }
        // «زار الوزير سفارة بلاده في لندن»: calling on one's own mission abroad is no visit to the host.
        if p.code.code == "042", p.startsWithVerb,
            visitsOwnMission(from: max(searchFrom, end), by: firstSource, context, doc)
        {
            return []
        }
        if firstSource.kind == .reference, let partner = firstSource.also.first {
            pairPartner = partner
        }
        var target =
            pairPartner == nil
            ? targetMention(hit, mentions, after: max(searchFrom, end), doc, exclude: sources) : nil
        if pairPartner == nil, let victim, !sources.contains(where: { $0.actor == victim.actor }) {
            target = victim
        } else if pairPartner == nil, let object = lightVerbObject(hit, sources, context, doc) {
            target = object
        }
        // «ينفذ مركز الملك سلمان برنامجا لإعادة 1400 لاجئ يمني»: an aid body's programme is aid to the refugees or
        // displaced it names after the phrase, in its clause (option `refugees`); with none it is no aid.
        if p.refugees {
            let limit = min(clauseStart(from: phraseEnd, doc), phraseEnd + 2 * window)
            target = mentions.first { m in
                m.tokens.lowerBound >= phraseEnd && m.tokens.lowerBound < limit && m.actor.sector == "REF"
                    && !sources.contains(where: { $0.actor == m.actor })
            }
            guard target != nil else { return [] }
        }
        // «ورحب الرئيس المصري بضيف مصر الأمير محمد بن سلمان»: the guest of a country is the one named right after it.
        if let host = target, let guest = guestNamed(after: host, mentions, doc) {
            target = guest
        }
        // «ونقل كارتر لخادم الحرمين الشريفين تحيات الرئيس أوباما»، «وجه الوزير لنظيره الدعوة»: in a verb-first phrase
        // that takes its target as object, a party with «لـ» in the gap between the subject and the phrase's last word
        // receives what is conveyed; it is the target, not the genitive after that word (whose greetings they are).
        // NB: not the press told something («أكد لـ«عكاظ» …»), not the subject's own side.
        if pairPartner == nil, p.startsWithVerb, p.targetWords.isEmpty, p.targetClitics.isEmpty, hit.tokens.count > 1,
            Self.conveyingRoots.contains(p.code.root), let subject = sources.last,
            let receiver = mentions.first(where: { m in
                m.tokens.lowerBound >= subject.tokens.upperBound && m.tokens.lowerBound > hit.tokens.lowerBound
                    && m.tokens.upperBound < hit.tokens.upperBound
                    && m.leadingClitics.contains(.li) && m.actor.sector != "MED" && m.kind != .reference
                    && !sources.contains { $0.actor == m.actor }
            })
        {
            target = receiver
        }
        // «جاء ذلك خلال استقبال وزير العدل بمكتبه أمس وزير الإسكان»: a meeting noun in construct state with its doer,
        // after a word of time, takes a direct object (see `meetingObject`). NB: not «خلال الزيارة رئيس …» (a noun with
        // «ال» has no genitive), not «لاستقبال الزوار» (a purpose, and visitors), not «لحظات لقاء المصابين».
        if target == nil, pairPartner == nil, p.code.root == "04", !p.startsWithVerb, hit.analysis.encliticLength == 0,
            hit.analysis.proclitics.isEmpty, start > 0, Self.during.contains(wholeForm(start - 1, doc)),
            firstSource.tokens.lowerBound == end || firstSource.tokens.lowerBound == phraseEnd,
            !Self.isVictim(firstSource.actor)
        {
            target = meetingObject(after: sources[sources.count - 1], mentions, doc)
        }
        // «وصلت الطائرة الإغاثية السعودية إلى مطار عدن»، «وصلت إلى ميناء الحديدة أمس سفينة إغاثية كويتية»: aid carried
        // to a place of another country, with no party named to receive it, is given to that country.
        if target == nil, pairPartner == nil, p.code.root == "07", !p.startsWithVerb,
            let place = aidDestination(after: max(searchFrom, end), before: start, context, doc),
            !sources.contains(where: { $0.actor.country == place.country })
        {
            target = Mention(
                span: place.span, tokens: place.tokens, sentence: place.sentence,
                actor: ActorCode(country: place.country),
                kind: .state)
        }
        // «وكانت القوات الأمريكية قد اعتقلتها»: a verb of force or aid with an object pronoun has its object
        // already; the target is the pronoun's antecedent, the last other actor before the subject (this sentence
        // or the one before), not an actor after the verb.
        // NB: only for verbs that take a direct object: on «سيطر على» a pronoun makes the noun «سيطرته».
        // «واستقبله نظيره العماني»، «وهنأه الرئيس الروسي»: so does a verb of meeting or praise, also one whose object may
        // take «مع»/«بـ» («التقى مع»; see `holdsPronounObject`).
        if p.startsWithVerb, hit.analysis.encliticLength > 0,
            (p.targetWords.isEmpty && p.targetClitics.isEmpty
                && (Self.accusableRoots.contains(p.code.root) || Self.forceRoots.contains(p.code.root)))
                || holdsPronounObject(hit, context, doc),
            pairPartner == nil
        {
            // NB: with a subject shared from an earlier verb, the actors between that subject and this verb are
            // the nearest antecedents («شنت الحكومة حملة على الجماعة وأعلنتها …»).
            let before = sharedSubject ? start : min(firstSource.tokens.lowerBound, start)
            target = antecedent(before: before, excluding: sources, context, doc)
        }
        // «أدان الوزير الهجوم»، «استنكرت الحكومة التفجير الإرهابي الذي نفذه داعش»، «وأدانت مصر هذا القصف»: a reaction
        // to an act of force targets the act's doer, as CAMEO codes it — the doer the act's own phrase names, else
        // the source of the story's last act of force — when its only target is an actor that describes the act
        // (see `describesAct`).
        let reacted = pairPartner == nil ? reactedAct(hit, sources: sources, context, doc) : nil
        // «عن إدانة بلاده للتفجير»: the owner of the reaction's noun is the reactor's side, not its target.
        func ownsReaction(_ m: Mention) -> Bool { hit.tokens.count > 1 && m.tokens.lowerBound == hit.tokens.upperBound }
        if let act = reacted, target.map({ ownsReaction($0) || describesAct($0, act, context, doc) }) ?? true {
            if let named = namedDoer(of: act, context, doc), !sources.contains(where: { $0.actor == named.actor }) {
                target = named
            } else if let recentDoer, !isOwnState(recentDoer.actor, of: sources) {
                return makeEvents(hit, context, sources, target: nil, pairPartner: nil, doc, targetActor: recentDoer)
            } else if !sources.isEmpty,
                let unnamed = unnamedAttacker(
                    terror: callsTerror(hit, actEnd: act.tokens.upperBound, context, doc),
                    assault: self.triggers.patterns[act.pattern].code.root == "18",
                    text: String(doc.text(of: doc.tokens[act.tokens.lowerBound].span)))
            {
                // «أدانت الحكومة التفجير الإرهابي الذي استهدف المسجد» with no doer in the story: unnamed militants.
                return makeEvents(hit, context, sources, target: nil, pairPartner: nil, doc, targetActor: unnamed)
            }
        }
        // «أدانت الحكومة العمل الإجرامي الذي استهدف المسجد»، «ونددت الوزارة بالحادث»: a reaction to a deed named by a
        // noun of crime targets the doer of the story's last act of force, or unnamed militants when the noun is
        // called terrorist or criminal; not the victims its relative clause names.
        if reacted == nil, pairPartner == nil, !sources.isEmpty,
            let crime = reactedCrime(hit, sources: sources, context, doc),
            target.map({ ownsReaction($0) || describesAct($0, endingAt: crime.noun + 1, context, doc) }) ?? true
        {
            if let named = doer(after: crime.noun + 1, context.mentions, context, doc),
                !sources.contains(where: { $0.actor == named.actor })
            {
                return makeEvents(hit, context, sources, target: named, pairPartner: nil, doc)
            }
            if let recentDoer, !isOwnState(recentDoer.actor, of: sources) {
                return makeEvents(hit, context, sources, target: nil, pairPartner: nil, doc, targetActor: recentDoer)
            }
            if let unnamed = unnamedAttacker(
                terror: crime.terror, assault: false, text: String(doc.text(of: doc.tokens[crime.noun].span)))
            {
                return makeEvents(hit, context, sources, target: nil, pairPartner: nil, doc, targetActor: unnamed)
            }
        }
        // «أدان المجلس الوطني الفلسطيني بشدة مصادقة كنيست الاحتلال على قانون …»: a reaction to a deed named by a noun
        // with its doer in the genitive targets that doer (see `criticisedOwner`).
        if target == nil, reacted == nil, pairPartner == nil, !sources.isEmpty,
            let owner = criticisedOwner(hit, sources: sources, context, doc)
        {
            target = owner
        }
        // «أطلق الوزير تصريحات ضد المملكة … واستنكرت المنظمة التصريحات»: statements a reaction verb names with no author
        // after them are the story's last statements, their speaker the target.
        if pairPartner == nil, reacted == nil, !sources.isEmpty, let recentAuthor,
            !sources.contains(where: { $0.actor == recentAuthor.actor }),
            condemnsUnnamedStatements(hit, sources: sources, target: target, context, doc)
        {
            return makeEvents(hit, context, sources, target: nil, pairPartner: nil, doc, targetActor: recentAuthor)
        }
        // «… وطالب إيران بوقف التدخل»: a verb opening its sentence with one actor after it and nothing else is
        // verb + object; the subject is the previous sentence's. NB: not for a verb whose target takes a
        // preposition («وأشاد الوزير بالتعاون»: the actor is the subject).
        // NB: not for a statement: «وقال الأمين العام …» is the subject speaking; nor for a reaction whose object is
        // an act of force («وأدانت الحكومة المصرية الهجوم»: the object slot is taken, the actor is the subject).
        if target == nil, pairPartner == nil, reacted == nil, p.startsWithVerb, p.code.root != "01",
            p.targetWords.isEmpty,
            p.targetClitics.isEmpty, sources.count == 1, let speaker,
            speaker.sentence == context.index - 1, start - doc.sentences[context.index].tokens.lowerBound <= 1,
            sources[0].tokens.lowerBound > start, speaker.actor != sources[0].actor,
            !definiteNounFollows(sources[0], context, doc)
        {
            return makeEvents(hit, context, [speaker], target: sources[0], pairPartner: nil, doc)
        }
        // «استعادت المقاومة السيطرة على المديرية بعد طرد قوى التمرد»: taking a place, the loser is the other armed
        // party the sentence names, not the place (nor its civilians).
        // NB: «سيطرته على السلطة» is the noun (control), not the verb with an object pronoun.
        if p.seizure, pairPartner == nil, target == nil || target?.actor.sector == nil,
            hit.analysis.encliticLength == 0,
            let loser = adversary(of: sources, hit, mentions, doc)
        {
            target = loser
        }
        // «شنت قوات النظام غارات على قرية تسيطر عليها المعارضة»، «شن الجيش هجوما لاستعادة المدينة من تنظيم داعش»: an act
        // of force on a place, with no armed target, hits the armed party its clause ties to the place (see
        // `heldPlaceParty`). NB: not a victim already named (civilians), nor a place taken (`seizure`, above).
        if Self.isForce(p.code.root), !p.seizure, pairPartner == nil,
            target == nil || (target?.kind == .state && target?.actor.sector == nil),
            let party = heldPlaceParty(from: max(searchFrom, phraseEnd), sources, context, doc)
        {
            target = party
        }
        // «وقع وزير الخارجية السعودي ونظيره التركي مذكرة تفاهم»: a joint act of coordinated subjects is one
        // event between the first two. Praise or support is no joint act: «بريطانيا وألمانيا وفرنسا تؤيد الاتفاق» is
        // one event per source. Nor is a fight named by a noun after its coordinated subjects of one country:
        // «المقاومة والجيش يتقدمان في معركة …» fight on one side (but «مقاتلين من بوكو حرام وجنديين من تشاد قتلوا في
        // اشتباكات» are the two sides).
        let allies =
            Self.forceRoots.contains(p.code.root) && !p.startsWithVerb
            && sources[0].tokens.upperBound <= start && sources[0].actor.country != nil
            && sources.allSatisfy { $0.actor.country == sources[0].actor.country }
        if target == nil && pairPartner == nil && sources.count >= 2 && isJointAct(p) && !allies {
            // «وأبرمت بريطانيا وفرنسا وروسيا … الدول الدائمة العضوية في مجلس الأمن … اتفاقا مع إيران»: a long list of
            // subjects may push the party after the pattern's preposition past the usual window; it is the target of
            // each subject.
            let last = sources[sources.count - 1].tokens.upperBound
            let sentenceEnd = doc.sentences[context.index].tokens.upperBound
            if p.startsWithVerb, !p.targetWords.isEmpty,
                let partner = mentions.first(where: {
                    $0.tokens.lowerBound > last + window && $0.tokens.lowerBound - last <= 2 * window
                        && $0.tokens.upperBound <= sentenceEnd
                        && (preposition(before: $0, doc).map(p.targetWords.contains) ?? false)
                })
            {
                return makeEvents(hit, context, sources, target: partner, pairPartner: nil, doc)
            }
            return makeEvents(hit, context, [sources[0]], target: sources[1], pairPartner: nil, doc)
        }
        var events = makeEvents(hit, context, sources, target: target, pairPartner: pairPartner, doc)
        // «التقى الجبير لافروف في الدوحة بحضور كيري»: who attends a meeting takes part in it — one more meeting of the
        // source with each attendant named right after «بحضور» or «بمشاركة».
        if p.code.root == "04", let first = events.first {
            for m in mentions where m.tokens.lowerBound > end && m.tokens.lowerBound - end <= window {
                guard hasAnalysis(m.tokens.lowerBound - 1, in: CueWords.attendance, doc),
                    !sources.contains(where: { $0.tokens == m.tokens }), m.actor != first.target?.actor
                else { continue }
                var joint = first
                joint.target = Event.Participant(actor: m.actor, text: String(doc.text(of: m.span)), name: m.name)
                events.append(joint)
            }
        }
        // «وأثنى الجانبان على تطور العلاقات»: an act that is not a joint one (praise, blame), done by «الجانبان», is
        // done by each of the two to the other — unless it names a third party («حث الجانبان الحكومة العراقية»).
        // A joint act (meet, sign an agreement, cooperate: 04, 057, 06) stays one event.
        guard pairPartner != nil, !isJointAct(p), p.code.root != "01",
            targetMention(hit, mentions, after: max(searchFrom, end), doc, exclude: sources) == nil
        else { return events }
        return events
            + events.map { e in
                var reverse = e
                (reverse.source, reverse.target) = (e.target, e.source)
                return reverse
            }
    }

    /// Whether the two parties of a pattern act together, so that «الجانبان» as its subject is one event: meetings
    /// (04), formal agreements (057), cooperation (06), or a pattern marked `symmetric`.
    func isJointAct(_ p: TriggerPattern) -> Bool {
        p.symmetric || p.code.root == "04" || p.code.root == "06" || p.code.code.hasPrefix("057")
    }

    /// «قال مصدر أمني إن عبوة ناسفة انفجرت لدى مرور دورية»: whether a verb of unconventional violence (18) stands in a
    /// clause that «إن/أن» opens, after `m`, with a subject of its own (a word that is no actor): then no actor
    /// before «إن» did it.
    func opensOwnClause(
        after m: Mention, before start: Int, _ p: TriggerPattern, _ mentions: [Mention], _ doc: Document
    )
        -> Bool
    {
        guard p.startsWithVerb, p.code.root == "18", m.tokens.upperBound + 1 < start else { return false }
        return (m.tokens.upperBound..<start - 1).contains { c in
            doc.tokens[c].kind == .word && CueWords.complementizers.contains(wholeForm(c, doc))
                && doc.tokens[c + 1].kind == .word && !mentions.contains(where: { $0.tokens.lowerBound == c + 1 })
        }
    }

    /// «أعلن الجيش مقتل أحد جنوده في انفجار قنبلة»، «إصابة عشرة أشخاص بينهم جندي … في انفجار»: an actor that a word of
    /// death or wound governs, or that «بينهم» counts among the casualties before a noun of force, is hurt by the act,
    /// not its doer. NB: not one of the two sides of a fight (the caller leaves out clashes and fights «مع» a party),
    /// and «بينهم» not before a verb: «أسر 500 متمرد، بينهم عناصر إيرانية كانت تقاتل» names the verb's subject.
    func isCasualty(_ m: Mention, _ p: TriggerPattern, _ doc: Document) -> Bool {
        let before = m.tokens.lowerBound - 1
        guard before >= 0, doc.tokens[before].kind == .word else { return false }
        return hasAnalysis(before, in: CueWords.casualtyHeads, doc)
            || (!p.startsWithVerb && CueWords.among.contains(wholeForm(before, doc)))
    }

    /// The victims of a noun act of force that caused a toll earlier in its sentence («قتل جنديان أميركيان في هجوم
    /// انتحاري»، «ثلاثة جنود أميركيين قتلوا بانفجار عبوة»): the actor counted right after the toll verb (after
    /// its number and «من»), else the one ending right before it.
    func tollVictim(of hit: Hit, _ context: SentenceContext, _ doc: Document) -> Mention? {
        guard let toll = tollCause(hit, doc.sentences[context.index], doc)?.toll,
            hasAnalysis(toll, in: triggers.cues.toll, doc)
        else { return nil }
        let mentions = context.mentions.filter { !$0.tokens.overlaps(hit.tokens) }
        var t = toll + 1
        while t < hit.tokens.lowerBound, t - toll <= 4,
            isNumber(t, doc) || hasAnalysis(t, in: Self.approximations, doc) || wholeForm(t, doc) == CueWords.man
        {
            t += 1
        }
        // «قتل سبعة من عناصر الشرطة»: a partitive «من» after the number; no other preposition. «لقي 7 أشخاص ليبيين
        // مصرعهم»: the actor may start one word into the counted noun phrase.
        if let after = mentions.first(where: {
            ($0.tokens.lowerBound == t || $0.tokens.lowerBound == toll + 1
                || ($0.tokens.lowerBound == t + 1 && t < hit.tokens.lowerBound && t > toll
                    && doc.tokens[t].kind == .word && !CueWords.prepositions.contains(wholeForm(t, doc))))
                && (!isMarked($0, doc) || (t > toll + 1 && preposition(before: $0, doc) == CueWords.man))
        }) {
            // «قتل أربعة مسلحين من حركة الشباب 67 شخصا»: a second count after the first group makes the verb active;
            // the first group is the doer and the second the victims.
            // NB: the first group may run on with a partitive («من حركة الشباب») before the second count.
            var next = after.tokens.upperBound
            if next + 1 < hit.tokens.lowerBound, doc.tokens[next].kind == .word, wholeForm(next, doc) == CueWords.man,
                let group = mentions.first(where: { $0.tokens.lowerBound == next + 1 })
            {
                next = group.tokens.upperBound
            }
            if next < hit.tokens.lowerBound, isNumber(next, doc) {
                return mentions.first { m in
                    (m.tokens.lowerBound == next + 1 || m.tokens.lowerBound == next + 2)
                        && m.tokens.upperBound <= hit.tokens.lowerBound
                        && !isMarked(m, doc)
                }
            }
            return after
        }
        return mentions.last {
            ($0.tokens.upperBound == toll || $0.tokens.upperBound + 1 == toll) && !isMarked($0, doc)
        }
    }

    /// Whether a verb of option `pronoun` holds its object as a pronoun and opens its clause with «و»/«ف» or its sentence
    /// («واستقبله نظيره العماني»، «والتقاه السلطان»، «وهنأه الرئيس الروسي»): the pronoun is the target and the actor after
    /// the verb, a counterpart too, the source. NB: not a relative verb after a noun («قمة تستضيفها رابطة …»: the
    /// pronoun is the summit); not «ـهم» («وهنأهم»: the staff or the people of the story, rarely the last actor named).
    func holdsPronounObject(_ hit: Hit, _ context: SentenceContext, _ doc: Document) -> Bool {
        let start = hit.tokens.lowerBound
        return hit.pattern.pronounObject && hit.analysis.encliticLength > 0
            && !doc.tokenEnds(start, with: Self.hum, stemBytes: 2)
            && (!hit.analysis.proclitics.isDisjoint(with: [.wa, .fa])
                || start == doc.sentences[context.index].tokens.lowerBound)
    }

    /// Roots whose verb-first phrases convey something to a receiver named with «لـ» (appeals, intentions, meetings,
    /// support: «نقل لـ… تحيات»، «قدم لـ… الشكر»، «وجه لـ… دعوة»).
    static let conveyingRoots: Set<String> = ["02", "03", "04", "05"]

    /// The other armed party (forces, police, intelligence, rebels, an armed group) of a sentence: who lost a place
    /// taken by force. It comes after the winner: the one the place was taken from («من داعش») after the act;
    /// else the last between the winner and the act («خالية من قوى التمرد، مشيرة إلى أنها استعادت السيطرة»);
    /// else the first after the act («بعد طرد الحوثيين منها»). The same code as the winner's is allowed for
    /// another phrase (fighting between two militias of one country).
    private func adversary(of sources: [Mention], _ hit: Hit, _ mentions: [Mention], _ doc: Document) -> Mention? {
        guard let winner = sources.map(\.tokens.upperBound).max() else { return nil }
        // «وانتزع المقاتلون من قوات «داعش» السيطرة على …»: a party may stand in the phrase's gap, not on its words; an
        // unnamed group named again in the winner's words («فيما خاض المقاتلون …») is the winner itself.
        let first = hit.tokens.lowerBound
        let last = hit.tokens.upperBound - 1
        let parties = mentions.filter { m in
            m.tokens.lowerBound >= winner && !m.tokens.contains(first) && !m.tokens.contains(last)
                && (m.actor.sector.map(Self.armedSectors.contains) == true
                    || m.actor.organization?.hasPrefix("IMG") == true)
                && !sources.contains { $0.tokens == m.tokens }
                && !(m.kind == .bareAgent
                    && sources.contains { $0.actor == m.actor && doc.text(of: $0.span) == doc.text(of: m.span) })
        }
        let inGap = parties.filter { $0.tokens.lowerBound > first && $0.tokens.upperBound <= last }
        let after = parties.filter { $0.tokens.lowerBound > last }
        if let from = (inGap + after).first(where: { preposition(before: $0, doc) == CueWords.man }) {
            // «من قوات «داعش»»: the named group after a bare force word is whose forces they are.
            let end = from.tokens.upperBound
            let next = mentions.first {
                $0.tokens.lowerBound == end || ($0.tokens.lowerBound == end + 1 && doc.isOpeningQuote(end))
            }
            return from.kind == .bareAgent ? next ?? from : from
        }
        return parties.last { $0.tokens.upperBound <= first } ?? after.first
    }

    /// The index of the document's first mention that starts at or after token `t` (mentions are in text order).
    func firstMention(atOrAfter t: Int, _ doc: Document) -> Int {
        var lo = 0
        var hi = doc.mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if doc.mentions[mid].tokens.lowerBound < t { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The last actor before token `t` in this sentence or the one before, other than the given sources, a
    /// person, force or group before a country or city: the antecedent of an object pronoun.
    func antecedent(before t: Int, excluding sources: [Mention], _ context: SentenceContext, _ doc: Document)
        -> Mention?
    {
        let actors = Set(sources.map(\.actor))
        // A state's own organs are not the object of its own force («اعتقلتها» after «وزارة الدفاع الأمريكية»).
        let countries = Set(sources.compactMap(\.actor.country))
        func ownOrgan(_ m: Mention) -> Bool {
            guard let c = m.actor.country, countries.contains(c), let sector = m.actor.sector else { return false }
            return Self.stateSectors.contains(sector)
        }
        let lo = firstMention(atOrAfter: t, doc)
        // People, forces and groups before countries and cities («أعضاء الجماعة في وسط القاهرة … اعتقلتهم»).
        var fallback: Mention?
        var i = lo
        while i > 0 {
            i -= 1
            let m = doc.mentions[i]
            if m.sentence < context.index - 1 { break }
            guard !actors.contains(m.actor) && !m.isAttributive && m.kind != .reference && !ownOrgan(m) else {
                continue
            }
            if m.kind != .state || m.actor.sector != nil || m.actor.organization != nil { return m }
            if fallback == nil { fallback = m }
        }
        return fallback
    }

    /// Whether a mention names the leader of a coalition before it («التحالف بقيادة السعودية»): right after «بقيادة».
    private func isLeader(_ m: Mention, _ doc: Document) -> Bool {
        let t = m.tokens.lowerBound - 1
        return t >= 0 && doc.tokens[t].kind == .word && CueWords.ledBy.contains(wholeForm(t, doc))
    }

    /// Who claims a noun of force named right after «مسؤوليته عن» («أعلن تنظيم داعش مسؤوليته عن هجوم …»): the nearest
    /// unmarked actor before the word of responsibility, in its clause.
    private func claimant(of hit: Hit, _ context: SentenceContext, _ doc: Document) -> Mention? {
        let start = hit.tokens.lowerBound
        let lower = doc.sentences[context.index].tokens.lowerBound
        guard start - 2 >= lower, doc.tokens[start - 1].kind == .word, doc.tokens[start - 2].kind == .word,
            wholeForm(start - 1, doc) == CueWords.an, CueWords.responsibility.contains(wholeForm(start - 2, doc))
        else { return nil }
        // NB: any reading of the noun with the article.
        let r = doc.tokens[start].candidates
        if (Int(r.lowerBound)..<Int(r.upperBound)).contains(where: { doc.candidates[$0].proclitics.contains(.al) }) {
            return nil
        }
        // «أعلن فرع تنظيم داعش في اليمن مسؤوليته»: the claimant follows the verb of the claim (a word or two may come
        // between), not some actor of an earlier clause («في العاصمة كابول، كما أعلنت الحركة مسؤوليتها»).
        guard
            let m = context.mentions.last(where: {
                $0.tokens.upperBound <= start - 2 && start - 2 - $0.tokens.upperBound <= window && !isMarked($0, doc)
                    && !$0.isAttributive
            })
        else { return nil }
        let from = max(lower, m.tokens.lowerBound - 3)
        return (from..<m.tokens.lowerBound).contains {
            doc.tokens[$0].kind == .word && hasAnalysis($0, in: CueWords.claimVerbs, doc)
        }
            ? m : nil
    }

    /// The token of «تعرض» a few words before a noun trigger with «لـ» («تعرضت السفارة لهجوم»), within its clause.
    private func exposedVerb(before hit: Hit, _ context: SentenceContext, _ doc: Document) -> Int? {
        guard hit.analysis.proclitics.contains(.li) else { return nil }
        return clauseWord(in: CueWords.exposed, before: hit, context, doc)
    }

    /// Ports and airports that an aid carrier reaches («إلى ميناء عدن»، «إلى مطار صنعاء»).
    static let ports = CueWords.set(["ميناء", "مطار", "مرفأ", "موانئ"])

    /// Verbs of a carrier's arrival («وصلت إلى مطار عدن»، «حطت في مطار صنعاء»، «رست في ميناء المكلا»).
    static let arrived = CueWords.set([
        "وصل", "وصلت", "وصلا", "وصلتا", "وصلوا", "يصل", "تصل", "حط", "حطت", "يحط", "تحط", "رست", "رسا", "ترسو", "يرسو",
        "هبط", "هبطت", "يهبط", "تهبط",
    ])

    /// The place an aid carrier goes to: a place right after «إلى», or after «إلى» and a port or airport («إلى مطار
    /// عدن»), within eight words after `after` in the trigger's sentence; else, told before the carrier right after
    /// a verb of arrival, a place after «إلى» or a port or airport after «في» that ends at most eight words before
    /// `before` («وصلت إلى مطار عدن أمس طائرة إغاثية»، «حطت في مطار صنعاء طائرة مساعدات»).
    func aidDestination(after: Int, before: Int, _ context: SentenceContext, _ doc: Document) -> PlaceMention? {
        let lower = doc.sentences[context.index].tokens.lowerBound
        var earlier: PlaceMention?
        for place in doc.places where place.sentence == context.index && !place.isDateline {
            let first = place.tokens.lowerBound
            guard first - 2 >= lower else { continue }
            let ahead = first > after && first - after <= 8
            guard ahead || (place.tokens.upperBound <= before && before - place.tokens.upperBound <= 8) else {
                continue
            }
            var t = first - 1
            let port = doc.tokens[t].kind == .word && Self.ports.contains(wholeForm(t, doc))
            if port { t -= 1 }
            guard doc.tokens[t].kind == .word else { continue }
            let word = wholeForm(t, doc)
            if ahead, word == CueWords.ila { return place }
            if !ahead, word == CueWords.ila || (port && word == CueWords.fi), t - 1 >= lower,
                doc.tokens[t - 1].kind == .word, hasAnalysis(t - 1, in: Self.arrived, doc)
            {
                earlier = place
            }
        }
        return earlier
    }

    /// The actor a relative verb after a noun trigger names as its doer («هجوم تبنته حركة طالبان»).
    func doer(of hit: Hit, _ mentions: [Mention], _ context: SentenceContext, _ doc: Document) -> Mention? {
        doer(after: hit.tokens.upperBound, mentions, context, doc)
    }

    /// `doer(of:)` for a noun that ends before token `end`.
    func doer(after end: Int, _ mentions: [Mention], _ context: SentenceContext, _ doc: Document) -> Mention? {
        guard let t = doerVerb(from: end, before: doc.sentences[context.index].tokens.upperBound, doc) else {
            return nil
        }
        // «غارات نفذها الطيران التابع للنظام السوري»: a unit no mention names, «التابع لـ» an actor, is that actor.
        if t + 3 < doc.tokens.count, doc.tokens[t + 1].kind == .word, doc.tokens[t + 2].kind == .word,
            hasAnalysis(t + 2, in: CueWords.affiliated, doc),
            !mentions.contains(where: { $0.tokens.contains(t + 1) || $0.tokens.contains(t + 2) }),
            let owner = mentions.first(where: { $0.tokens.lowerBound == t + 3 && $0.leadingClitics.contains(.li) })
        {
            return owner
        }
        // «مؤتمر صحافي مشترك عقده مع وزير الداخلية»: an actor after a preposition is the other party, not the doer.
        guard let m = mentions.first(where: { $0.tokens.lowerBound > t && $0.tokens.lowerBound - t <= 2 }),
            !isMarked(m, doc)
        else { return nil }
        return m
    }

    /// Whether the two to ten tokens from `start` up to `end`, between a verb's subject and its object, are only
    /// adverbials: commas, time words («أمس»، «اليوم الأحد»), places with «في» or «بـ» and up to four words each («في
    /// القاهرة»، «بمقر الوزارة»، «في القصر الرئاسي»), after the subject's name in apposition with an honorific
    /// («الدكتور مفرج بن سعد الحقباني»). The word right before the object is a comma, a time word, a place's name or a
    /// word with the article: after a noun without it the actor would be its genitive («في مقر سفارة المملكة»).
    func adverbialsOnly(from start: Int, to end: Int, _ doc: Document) -> Bool {
        // NB: up to ten tokens: «، اليوم في مقر الحكومة اليمنية المؤقت بالرياض،» is nine.
        guard end - start >= 2, end - start <= 10 else { return false }
        func timed(_ t: Int) -> Bool {
            hasAnalysis(t, in: CueWords.dayParts, doc) || isInDate(t, among: doc.temporals, doc)
        }
        func opensPlace(_ t: Int) -> Bool { wholeForm(t, doc) == CueWords.fi || hasLeadingClitic(t, [.bi], doc) }
        var t = start
        if doc.tokens[t].kind == .word, hasAnalysis(t, in: CueWords.honorifics, doc) {
            t += 1
            let names = t
            while t < end, t - names < 5, doc.tokens[t].kind == .word, !timed(t), !opensPlace(t) { t += 1 }
            guard t > names else { return false }
        }
        var words = -1  // words in the current place phrase; -1 outside one
        var ownAct = -1  // the end of a phrase «خلال زيارته (تلك)», if one ends the span
        while t < end {
            defer { t += 1 }
            if doc.tokens[t].kind != .word {
                guard isComma(t, doc) else { return false }
                words = -1
            } else if CueWords.during.contains(wholeForm(t, doc)), t + 1 < end, doc.tokens[t + 1].kind == .word,
                ownsAct(t + 1, doc)
            {
                // «دعا بحاح خلال زيارته تلك أهالي المدينة …»: the subject's own act, with a demonstrative at most, tells
                // when.
                t += 1
                if t + 1 < end, doc.tokens[t + 1].kind == .word, CueWords.demonstratives.contains(wholeForm(t + 1, doc))
                {
                    t += 1
                }
                ownAct = t + 1
                words = -1
            } else if timed(t) {
                words = -1
            } else if wholeForm(t, doc) != CueWords.fi && hasAnalysis(t, in: CueWords.prepositions, doc) {
                // «في قضايا عدة من بينها الملف السوري»: another preposition inside is no place phrase.
                return false
            } else if opensPlace(t) {
                words = wholeForm(t, doc) == CueWords.fi ? 0 : 1
            } else if words >= 0 && words < 4 {
                words += 1
            } else {
                return false
            }
        }
        let last = end - 1
        if doc.tokens[last].kind != .word { return isComma(last, doc) }
        if ownAct == end { return true }
        if timed(last) || doc.places.contains(where: { $0.isLocative && $0.tokens.upperBound == end }) { return true }
        let r = doc.tokens[last].candidates
        return wholeForm(last, doc) != CueWords.fi
            && (Int(r.lowerBound)..<Int(r.upperBound)).contains { doc.candidates[$0].proclitics.contains(.al) }
    }

    /// Whether token `t` is a noun with a pronoun suffix and no proclitic («زيارته»، «كلمتها»، «لقائه»): an act of the
    /// one it refers to.
    func ownsAct(_ t: Int, _ doc: Document) -> Bool {
        let r = doc.tokens[t].candidates
        return (Int(r.lowerBound)..<Int(r.upperBound)).contains {
            doc.candidates[$0].encliticLength > 0 && doc.candidates[$0].proclitics.isEmpty
        }
    }

    /// The end (exclusive) of an unknown name of one to three plain words (and the joiners «بن»، «آل») from token
    /// `start`, before `end`, after an optional honorific written «د.» or whole: the subject's name in apposition
    /// («وزير الصحة عبدالله الربيعة»، «المستشار د. عبدالله الربيعة»). Its words are no number, time, place phrase,
    /// preposition or word with «بـ»/«لـ»/«و»; nil when no such name stands there.
    func subjectNameEnd(from start: Int, to end: Int, _ doc: Document) -> Int? {
        var t = start
        if t + 1 < end, doc.tokens[t].kind == .word, hasAnalysis(t, in: CueWords.honorifics, doc) {
            t += 1
            if t < end, doc.tokens[t].kind == .punctuation,
                doc.normalized[Int(doc.tokens[t].normalized.lowerBound)] == 0x2E
            {
                t += 1
            }
        }
        let first = t
        var words = 0
        while t < end, doc.tokens[t].kind == .word, words < 3 {
            guard isPlainWord(t, doc), !isNumber(t, doc), !hasAnalysis(t, in: CueWords.dayParts, doc),
                !isInDate(t, among: doc.temporals, doc), wholeForm(t, doc) != CueWords.fi,
                !hasLeadingClitic(t, [.bi, .li, .wa], doc), !doc.places.contains(where: { $0.tokens.contains(t) })
            else { break }
            if !CueWords.nameJoiners.contains(wholeForm(t, doc)) { words += 1 }
            t += 1
        }
        return t > first ? t : nil
    }

    /// The first token of an unknown name of one to three plain words right before office `m`, which names its holder
    /// in apposition («تيان تشي السفير الصيني»), found after `after`; nil when `m` is no office of an unnamed
    /// holder or no such name stands there. The name's words are no actor, time, number or place phrase.
    func nameBeforeOffice(_ m: Mention, after: Int, _ mentions: [Mention], _ doc: Document) -> Int? {
        guard m.isOffice, m.name == nil, m.kind == .agent || m.kind == .bareAgent,
            m.leadingClitics.isDisjoint(with: [.wa, .bi, .li, .ka])
        else { return nil }
        var t = m.tokens.lowerBound
        var words = 0
        while t - 1 > after, doc.tokens[t - 1].kind == .word, words < 3 {
            let w = t - 1
            guard isPlainWord(w, doc), !isNumber(w, doc), !hasAnalysis(w, in: CueWords.dayParts, doc),
                !isInDate(w, among: doc.temporals, doc), wholeForm(w, doc) != CueWords.fi,
                !hasLeadingClitic(w, [.bi, .li, .wa], doc),
                !mentions.contains(where: { $0.tokens.contains(w) }),
                !doc.places.contains(where: { $0.tokens.contains(w) })
            else { break }
            t = w
            if !CueWords.nameJoiners.contains(wholeForm(w, doc)) { words += 1 }
        }
        return t < m.tokens.lowerBound && t > after ? t : nil
    }

    /// Whether the `least` (two by default) to four tokens from `start` up to `end` are a date expression and commas
    /// only («أمس،»، «مساء أمس،»; a part of the day counts as time), with at least one such word.
    func onlyTime(from start: Int, to end: Int, _ doc: Document, least: Int = 2) -> Bool {
        guard end - start >= least, end - start <= 4 else { return false }
        var timed = false
        for t in start..<end {
            if doc.tokens[t].kind == .punctuation {
                guard isComma(t, doc) else { return false }
                continue
            }
            guard hasAnalysis(t, in: CueWords.dayParts, doc) || isInDate(t, among: doc.temporals, doc) else {
                return false
            }
            timed = true
        }
        return timed
    }

    /// Whether token `t` is part of one of the sentence's date expressions.
    func isInDate(_ t: Int, _ context: SentenceContext, _ doc: Document) -> Bool {
        isInDate(t, among: context.temporals, doc)
    }

    /// Whether token `t` is part of one of the given date expressions.
    func isInDate(_ t: Int, among temporals: [TemporalMention], _ doc: Document) -> Bool {
        let span = doc.tokens[t].span
        return temporals.contains { $0.span.start <= span.start && span.end <= $0.span.end }
    }

    /// Whether a token is a noun carrying one of the given prepositional proclitics (ب، ل) before a stem of at
    /// least three letters.
    func hasLeadingClitic(_ t: Int, _ clitics: Clitic, _ doc: Document) -> Bool {
        let r = doc.tokens[t].candidates
        for c in Int(r.lowerBound)..<Int(r.upperBound) {
            let candidate = doc.candidates[c]
            if !candidate.proclitics.isDisjoint(with: clitics) && candidate.stem.count >= 6 { return true }
        }
        return false
    }

    /// Whether a mention is introduced by one of the given prepositions: right after it («على إيران»,
    /// «لإيران»), or with up to three nouns between («على مواقع للحوثيين»، «ضد معاقل تنظيم داعش»). With `counts`, a
    /// count may stand among them (see `nounsIntroduced`).
    func introduced(
        _ m: Mention, by words: Set<UInt64>, or clitics: Clitic, _ doc: Document, counts: Bool = false
    ) -> Bool {
        if let prep = preposition(before: m, doc), words.contains(prep) { return true }
        if !m.leadingClitics.isDisjoint(with: clitics) { return true }
        return nounsIntroduced(before: m.tokens.lowerBound, by: words, or: clitics, doc, counts: counts)
    }

    /// Whether the one to three nouns ending right before token `start` follow one of the given prepositions
    /// («على مواقع»، «بجهود عناصر»). With `counts` (arrests, sanctions), a count stands among them: a number in
    /// figures («القبض على 21 متهما»), or a count with the partitive «من» («القبض على عدد من المقيمين»، «على العشرات
    /// من الشبان»). NB: not for acts of force: «أدت التفجيرات إلى مقتل 33 شخصا» names the toll's victims, coded
    /// elsewhere (on the dev gold a bombing's event moved to the wrong sentence).
    func nounsIntroduced(
        before start: Int, by words: Set<UInt64>, or clitics: Clitic, _ doc: Document, counts: Bool = false
    ) -> Bool {
        var t = start - 1
        var nouns = 0
        while t >= 0 && nouns < 4 {
            let token = doc.tokens[t]
            if counts, token.kind == .number {
                nouns += 1
                t -= 1
                continue
            }
            if token.kind != .word { return false }
            let h = doc.candidates[Int(token.candidates.lowerBound)].hash
            if words.contains(h) { return nouns > 0 }
            if counts, h == CueWords.man, t > 0,
                isNumber(t - 1, doc) || CueWords.quantities.contains(wholeForm(t - 1, doc))
            {
                nouns += 2
                t -= 2
                continue
            }
            // NB: any reading: «من بينها الملف السوري» — «بينها» is «بين» with a pronoun, not «ب» + a noun.
            if hasAnalysis(t, in: CueWords.prepositions, doc) { return false }
            // «بجهود عناصر الشرطة»: the preposition is a proclitic on the first noun; not in «بحضور كيري».
            if hasAnalysis(t, in: CueWords.companions, doc) { return false }
            if !clitics.isEmpty && hasLeadingClitic(t, clitics, doc) { return true }
            nouns += 1
            t -= 1
        }
        return false
    }

    /// The first token from `t0` on, within the target window, that opens another clause (see `targetCandidate`);
    /// `Int.max` if none does.
    func clauseStart(from t0: Int, _ doc: Document) -> Int {
        let limit = min(t0 + window + 1, doc.tokens.count)
        var t = t0
        while t < limit {
            if doc.tokens[t].kind == .word {
                let form = wholeForm(t, doc)
                if CueWords.clauseOpeners.contains(form) {
                    return t
                }
            }
            t += 1
        }
        return Int.max
    }

    /// Whether the only target found for a verb stands past a participle of speaking after it («وانتقد الوزير تأخر
    /// الإصلاحات، داعيا البرلمان إلى …»): the act is then told with no target, not dropped, so that its subject
    /// stays the subject of the participle. NB: after a conjunction («إذ»، «فيما»، «لكن») the act with no target of
    /// its own is dropped as before (on SaudiNewsNet those were mostly false events or background); so is a verbal
    /// noun.
    func targetPastClause(_ hit: Hit, _ context: SentenceContext, _ sources: [Mention], _ doc: Document) -> Bool {
        let root = hit.pattern.code.root
        guard hit.pattern.startsWithVerb, root != "01", root != "14", !Self.forceRoots.contains(root) else {
            return false
        }
        var after = hit.tokens.lowerBound + 1
        for s in sources where s.tokens.lowerBound > hit.tokens.lowerBound { after = max(after, s.tokens.upperBound) }
        let boundary = clauseStart(from: max(after, hit.tokens.upperBound), doc)
        guard boundary != Int.max, CueWords.participleOpeners.contains(wholeForm(boundary, doc)),
            let m = targetMention(hit, context.mentions, after: after, doc, exclude: sources, bounded: false)
        else { return false }
        return m.tokens.lowerBound >= boundary
    }

    /// The target: after a preposition the pattern names, else the first suitable actor after the trigger.
    /// NB: a target may have the source's code («استقبل محافظ مؤسسة النقد وزير الإسكان»: two Saudi officials);
    /// only the source mentions themselves are excluded.
    /// With `bounded` false, also an actor past the start of another clause (see `targetCandidate`).
    /// Whether a mention is the subject right after the verb that opens a relative clause on one of `sources`, the verb
    /// carrying its object pronoun («طيران التحالف الذي تقوده المملكة»، «القوات، التي يدعمها التحالف،»). NB: not a
    /// clause on a place («المنطقة التي حولتها قوات الأسد إلى قاعدة»): who holds a place may be what was hit there.
    func isRelativeSubject(_ m: Mention, of sources: [Mention], _ doc: Document) -> Bool {
        let verb = m.tokens.lowerBound - 1
        guard verb >= 1, doc.tokens[verb].kind == .word, m.leadingClitics.isEmpty, opensRelativeClause(verb - 1, doc)
        else { return false }
        let relative = verb - 1
        guard
            sources.contains(where: {
                $0.tokens.upperBound == relative || ($0.tokens.upperBound == relative - 1 && isComma(relative - 1, doc))
            })
        else { return false }
        let r = doc.tokens[verb].candidates
        for c in Int(r.lowerBound)..<Int(r.upperBound) where doc.candidates[c].encliticLength > 0 { return true }
        return false
    }

    func targetMention(
        _ hit: Hit, _ mentions: [Mention], after: Int, _ doc: Document, exclude: [Mention], bounded: Bool = true
    ) -> Mention? {
        // «غارة أميركية قتلت عشرة جنود أفغان في ولاية لوغار جنوب كابل»: a place after a word of direction is the target
        // only when no other actor is (see `isLocated`).
        guard mentions.contains(where: { isLocated($0, after: after, doc) }) else {
            return targetCandidate(hit, mentions, after: after, doc, exclude: exclude, bounded: bounded)
        }
        let parties = mentions.filter { !isLocated($0, after: after, doc) }
        return targetCandidate(hit, parties, after: after, doc, exclude: exclude, bounded: bounded)
            ?? targetCandidate(hit, mentions, after: after, doc, exclude: exclude, bounded: bounded)
    }

    private func targetCandidate(
        _ hit: Hit, _ mentions: [Mention], after: Int, _ doc: Document, exclude: [Mention], bounded: Bool
    ) -> Mention? {
        // NB: `exclude` holds a source or two: scanning it beats building sets for every trigger.
        func excludes(_ m: Mention) -> Bool { exclude.contains { $0.tokens.lowerBound == m.tokens.lowerBound } }
        // Two people or bodies of one government are two actors; a country named twice is one, and so is a
        // title split from its name («وزير الخارجية الأستاذ عادل الجبير»).
        // «هاجمت المقاومة الشعبية الحوثيين»، «اشتبكت حركة أحرار الشام مع جبهة النصرة»: two named groups of one code are
        // two actors too (rival militias of one country); a group named twice by one name is one.
        func sameActor(_ m: Mention) -> Bool {
            // «استقبل أمير منطقة القصيم الأمير فيصل بن مشعل مدير الجوازات»: a lone style or rank right after the place
            // the source's office is of opens the source's own name, in apposition (the name the dictionaries do not
            // know).
            if m.tokens.count == 1, m.name == nil, CueWords.styles.contains(wholeForm(m.tokens.lowerBound, doc)),
                exclude.contains(where: { source in
                    source.kind != .person && source.name == nil
                        && doc.places.contains {
                            $0.tokens.lowerBound == source.tokens.upperBound
                                && $0.tokens.upperBound == m.tokens.lowerBound
                        }
                })
            {
                return true
            }
            // «أكد الناطق الإعلامي بشرطة منطقة مكة المكرمة العقيد فلان»، «ودعا الناطق الإعلامي لجوازات المنطقة الشرقية،
            // العقيد فلان، المسافرين»: in words (statements, appeals, demands), a lone rank a few plain words after the
            // source (a place, a comma) opens the source's own name, in apposition.
            if m.tokens.count == 1, m.name == nil, Self.verbalRoots.contains(hit.pattern.code.root),
                CueWords.ranks.contains(wholeForm(m.tokens.lowerBound, doc)),
                exclude.contains(where: { source in
                    source.tokens.upperBound <= m.tokens.lowerBound
                        && m.tokens.lowerBound - source.tokens.upperBound <= 4
                        && (source.tokens.upperBound..<m.tokens.lowerBound).allSatisfy {
                            isComma($0, doc) || isPlainWord($0, doc)
                        }
                })
            {
                return true
            }
            guard exclude.contains(where: { $0.actor == m.actor }) else { return false }
            // «دفعت القوات السورية بعدد من عناصرها»: the members of the doer's own group are the doer.
            if m.isMembers { return true }
            // NB: named armed groups only (an IGO's official and the IGO are one party).
            if let name = m.name, m.actor.sector == "REB" || m.actor.organization?.hasPrefix("IMG") == true {
                return exclude.contains { $0.actor == m.actor && ($0.name == nil || $0.name == name) }
            }
            if !(m.kind == .agent || m.kind == .person || m.kind == .bareAgent) { return true }
            // «استقبل ولي العهد … الوزراء»: a plural title is other people, never the source's title split off.
            if m.tokens.count == 1, CueWords.pluralTitles.contains(wholeForm(m.tokens.lowerBound, doc)) { return false }
            // «التقى الرئيس عددا من المستشارين»: nor is a counted group.
            if isPartitive(m, doc) { return false }
            // «دعا نائب الرئيس أسامة النجيفي الحكومة إلى …»: a body (no office, no name) after a person is his object,
            // never his title split off.
            if m.kind != .person, !m.isOffice, m.name == nil,
                exclude.contains(where: { $0.kind == .person && $0.tokens.upperBound == m.tokens.lowerBound })
            {
                return false
            }
            return exclude.contains { n in
                guard abs(n.tokens.upperBound - m.tokens.lowerBound) <= 2 else { return false }
                // «التقى وزير العمل … أمس، وزير العدل …»: two offices, or two people of different names, with a word
                // or a comma between them are two people, not a title and its holder.
                let apart =
                    m.tokens.lowerBound > n.tokens.upperBound
                    && onlyTime(from: n.tokens.upperBound, to: m.tokens.lowerBound, doc, least: 1)
                let twoOffices = n.isOffice && m.isOffice
                let twoNames = n.name != nil && m.name != nil && n.name != m.name
                // «استقبل أمير منطقة القصيم محافظ عنيزة»: two offices with the first one's place between them are two
                // people, the one received or met, or the one a preposition marks («رحب أمير منطقة عسير بمحافظ …»). But a
                // style of address there opens the first one's name («أمير منطقة جازان صاحب السمو …»), and in other acts
                // an unmarked second title is mostly the doer's own («أمين منطقة المدينة المنورة رئيس اللجنة العليا»).
                let placed =
                    twoOffices && m.tokens.lowerBound > n.tokens.upperBound
                    && (hit.pattern.code.root == "04" || !m.leadingClitics.isDisjoint(with: [.bi, .li]))
                    && !CueWords.stylesOfAddress.contains(wholeForm(m.tokens.lowerBound, doc))
                    && doc.places.contains {
                        $0.tokens.lowerBound == n.tokens.upperBound && $0.tokens.upperBound == m.tokens.lowerBound
                    }
                return !(apart && (twoOffices || twoNames)) && !placed
            }
        }
        let p = hit.pattern
        // «نشرت الولايات المتحدة مقاتلات»، «شن … غارات جوية»: the pattern's own last word is the act, not its target;
        // but it heads the target of a pattern with option `object` («استدعت طهران السفير الفرنسي»).
        let lastWord = hit.tokens.count > 1 && !p.objectLast ? hit.tokens.upperBound - 1 : -1
        // «هنأ رئيس السنغال بذكرى استقلال بلاده»، «الاجتماع الأسبوعي لحكومته»: a word pointing back to the source's own
        // country («بلاده»، «حكومته») is never its target.
        func ownReference(_ m: Mention) -> Bool {
            guard m.kind == .reference, m.also.isEmpty, let country = m.actor.country else { return false }
            return exclude.contains { $0.actor.country == country }
        }
        // «وطالبوا بإيقاف التلاعب بالأسعار إذ يستغل التجار …»، «وحذر من حرب باردة، مشيرا إلى انسحاب الولايات المتحدة»:
        // an actor past a subordinating conjunction or a participle of speaking belongs to another clause, not to this
        // act (with no target left the act is dropped; a verb before a participle is kept, see `targetPastClause`).
        // NB: not statements (01): what a speaker says comes after «أن»; not protests (14), arrests and acts of force
        // (17–20): dropping them lost protests on the GSR sentences. Not past a complementizer or a relative pronoun:
        // its verb's doer or subject is often the target («أدان الهجوم الذي شنه تنظيم داعش»، «حثت السعودية إيران على
        // أن …»).
        let boundary =
            !bounded || p.code.root == "01" || p.code.root == "14" || Self.forceRoots.contains(p.code.root)
            ? Int.max : clauseStart(from: max(after, hit.tokens.upperBound), doc)
        // «قصف طيران التحالف الذي تقوده المملكة مواقع للحوثيين»: the subject of a relative clause on the source, right
        // after its verb, describes the source (who leads, backs or sent it); it is not what an act of force hit.
        let ofForce = Self.isForce(p.code.root)
        let candidates = mentions.filter {
            $0.tokens.lowerBound >= after && $0.tokens.lowerBound - after <= window
                && $0.tokens.lowerBound < boundary && !excludes($0) && !sameActor($0) && !$0.tokens.contains(lastWord)
                && !ownReference($0) && !isLeader($0, doc) && !followsCompoundHead($0, doc)
                && !(ofForce && isRelativeSubject($0, of: exclude, doc))
                && (ofForce || !p.startsWithVerb || !inSourceRelative($0, of: exclude, trigger: hit.tokens, doc))
        }
        if !p.targetWords.isEmpty || !p.targetClitics.isEmpty {
            // «القبض على 21 متهما»، «القبض على عدد من المقيمين»، «فرض عقوبات على 15 شركة»: the ones arrested or sanctioned
            // may be counted after the preposition.
            let counts = p.code.root == "17" || p.code.root == "16"
            if let m = candidates.first(where: {
                introduced($0, by: p.targetWords, or: p.targetClitics, doc, counts: counts)
                    // «خلال اجتماعه مع عدد من المستشارين»: so may a group an office-holder meets or receives.
                    || (Self.meetsGroups(p.code.code) && exclude.contains(where: isOfficeHolder)
                        && isCountedGroup($0, mentions, doc)
                        && nounsIntroduced(before: $0.tokens.lowerBound, by: p.targetWords, or: [], doc, counts: true))
            }) {
                return m
            }
            if p.code.root == "05",
                let m = candidates.first(where: {
                    isRelativeDoer($0, introducedBy: p.targetWords, or: p.targetClitics, doc)
                })
            {
                return m
            }
            // «التقى الرئيس عددا من المستشارين»: a counted group right after the subject is the object of a meeting or a
            // reception by an office-holder (a body receives cases and the wounded: «استقبلت المحاكم … عدد من …»).
            // «التقى السفير في واشنطن 50 عضوا من أعضاء الكونغرس»: the subject's time and place may come between.
            if p.startsWithVerb, Self.meetsGroups(p.code.code), exclude.contains(where: isOfficeHolder),
                let m = candidates.first(where: {
                    guard isCountedGroup($0, mentions, doc), !$0.leadingClitics.contains(.wa),
                        let c = countStart(of: $0, doc)
                    else { return false }
                    return c - after <= 1 || onlyTime(from: after, to: c, doc, least: 1)
                        || adverbialsOnly(from: after, to: c, doc)
                })
            {
                return m
            }
            // «التقى كيري لافروف»: a verb that also takes a prepositional target («التقى بلافروف») may have a
            // direct object right after its subject.
            // NB: not when the pattern ends in its preposition («غادر كيري واشنطن متوجها إلى …»): the object is left.
            // «التقى وزير العمل أمس، وزير العدل»: a time word and a comma may stand between them; so may a place
            // and the subject's name in apposition («التقى الرئيس أمس في القاهرة نظيره الفرنسي»، «التقى وزير العمل
            // الدكتور خالد العمر وزير العدل»; see `adverbialsOnly`), when no other unmarked actor stands there.
            if p.startsWithVerb, !p.targetWords.contains(wholeForm(hit.tokens.upperBound - 1, doc)),
                let m = candidates.first(where: {
                    ($0.tokens.lowerBound - after <= 1 || onlyTime(from: after, to: $0.tokens.lowerBound, doc))
                        && !isMarked($0, doc) && !$0.leadingClitics.contains(.wa)
                })
                    ?? candidates.first(where: { p.code.root != "01" && !isMarked($0, doc) && !isInPhrase($0, doc) })
                    .flatMap({ c in
                        guard c.kind != .state, !c.leadingClitics.contains(.wa) else { return nil }
                        if adverbialsOnly(from: after, to: c.tokens.lowerBound, doc) { return c }
                        // «التقى الأمير محمد بن سلمان ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع في جدة أمس
                        // الرئيس الشيشاني»: more offices of the subject in apposition may come before the adverbials, when the
                        // one met is of another country. NB: meetings only.
                        if p.code.root == "04", let chain = apposedOffices(after: after, of: exclude, mentions, doc),
                            chain < c.tokens.lowerBound,
                            !exclude.contains(where: { $0.actor.country == c.actor.country }),
                            onlyTime(from: chain, to: c.tokens.lowerBound, doc, least: 1)
                                || adverbialsOnly(from: chain, to: c.tokens.lowerBound, doc)
                        {
                            return c
                        }
                        // «التقى وزير الصحة السعودي عبدالله الربيعة أمس وزير الصحة الكويتي»: a meeting's subject with
                        // its own name, unknown to the dictionaries and with no honorific (or «د.»), in apposition before
                        // the office of the one met, past the adverbials. NB: meetings only (a verb of praise takes no
                        // direct object), and not an office opened by a rank («مدير الأمن العقيد فلان»: his own rank).
                        if p.code.root == "04", c.isOffice || c.kind == .person,
                            !hasAnalysis(c.tokens.lowerBound, in: CueWords.ranks, doc),
                            !hasAnalysis(c.tokens.lowerBound, in: CueWords.honorifics, doc),
                            let e = subjectNameEnd(from: after, to: c.tokens.lowerBound, doc),
                            e == c.tokens.lowerBound || onlyTime(from: e, to: c.tokens.lowerBound, doc, least: 1)
                                || adverbialsOnly(from: e, to: c.tokens.lowerBound, doc)
                        {
                            return c
                        }
                        // «التقى الرئيس، أمس في الرياض، تيان تشي السفير الصيني»: an unknown name in apposition before
                        // the object's office, past the adverbials.
                        guard let name = nameBeforeOffice(c, after: after, mentions, doc) else { return nil }
                        return onlyTime(from: after, to: name, doc, least: 1)
                            || adverbialsOnly(from: after, to: name, doc) ? c : nil
                    })
            {
                return m
            }
            // «لدى استقباله وزير الخارجية»: a verbal noun whose subject is a pronoun takes a direct object.
            if !p.startsWithVerb && hit.analysis.encliticLength > 0,
                let m = candidates.first(where: { !isMarked($0, doc) && !$0.leadingClitics.contains(.wa) })
            {
                return m
            }
            // A verbal noun's target may come first: «شد الرحال إلى موسكو، في زيارة».
            // NB: when a relative verb after the noun names its doer, an actor of the doer's own country before the
            // noun is not the receiver («طائرات تابعة للقوات الجوية السعودية لنقل المساعدات التي يقدمها المركز»: the
            // carrier).
            if !p.startsWithVerb {
                let start = hit.tokens.lowerBound
                // NB: no sentence here; the search stops at punctuation («المساعدات التي يقدمها المركز»).
                let doerNamed = !exclude.isEmpty && doerVerb(after: hit, before: doc.tokens.count, doc) != nil
                return mentions.last { m in
                    m.tokens.upperBound <= start && start - m.tokens.upperBound <= 8
                        && !excludes(m) && !sameActor(m)
                        && introduced(m, by: p.targetWords, or: p.targetClitics, doc)
                        && !(doerNamed && exclude.contains { $0.actor.country == m.actor.country })
                }
            }
            return nil
        }
        // «طالبت رئاسة الإقليم من حزب العمال إخراج قواعده»، «نطالب من الحكومة التركية»: a demand made «من» an actor
        // right after the verb or its subject is made of that actor.
        if p.startsWithVerb, p.code.root == "10",
            let m = candidates.first(where: {
                $0.tokens.lowerBound - after <= 1 && preposition(before: $0, doc) == CueWords.man
                    && $0.leadingClitics.isDisjoint(with: [.wa, .bi, .li])
            })
        {
            return m
        }
        // A verb's direct object; also a possessive verbal noun's («لدى استقباله في أبوظبي وزير الخارجية»).
        // «خطفت الحركة 23 من الكوريين»: in an act of force, a partitive «من» after a counted object names who the
        // object is. NB: roots 18–20 only; elsewhere (arrests, 17) it was not measured to help (session 24: on the dev
        // gold it split «تعتقل العشرات من الصحفيين والنشطاء» into two arrests, one event more than the gold codes).
        // Also a pattern whose last word heads its object («استقبلت تركيا نحو مئتين من اللاجئين»، option `object`).
        let force = Self.isForce(p.code.root)
        // «سعى الوزير لإقناع الحكومة الروسية بـ…»: the genitive of the phrase's own last word, a verbal noun of purpose
        // with «لـ», is its object, not a noun inside some other prepositional phrase; and no actor further on is
        // («سعى لإقناع نظرائه بأن إيران …»). NB: not a place taken by force («سيطروا على مباني الإذاعة»), nor a noun
        // with «بـ» («تطالب … بتسليمها»: its object is the pronoun).
        // «توعد الرئيس بسحق جماعة بوكو حرام»: so is an actor that is the genitive of the act a threat names with «بـ»
        // (with no pronoun of its own), the one threatened.
        let actCandidates = doc.tokens[hit.tokens.upperBound - 1].candidates
        let threatened =
            p.code.root == "13"
            && (Int(actCandidates.lowerBound)..<Int(actCandidates.upperBound)).contains {
                doc.candidates[$0].proclitics.contains(.bi) && doc.candidates[$0].encliticLength == 0
                    && doc.candidates[$0].stem.count >= 6
            } && candidates.contains { $0.tokens.lowerBound == hit.tokens.upperBound }
        let governed =
            p.startsWithVerb && !p.seizure && hit.tokens.count > 1
            && (hasLeadingClitic(hit.tokens.upperBound - 1, [.li], doc) || threatened)
        let phraseObject = governed ? hit.tokens.upperBound : -1
        if p.startsWithVerb || hit.analysis.encliticLength > 0,
            let direct = candidates.first(where: { c in
                // «استقبل الوزير عددا من المسؤولين»: a counted group is the object of an office-holder's meeting or
                // reception too.
                (((force || p.objectLast) && isPartitive(c, doc))
                    || (p.startsWithVerb && Self.meetsGroups(p.code.code) && exclude.contains(where: isOfficeHolder)
                        && isCountedGroup(c, mentions, doc))
                    || (!isMarked(c, doc)
                        && (c.tokens.lowerBound == phraseObject || !isInPhrase(c, doc)
                            // «استقبل بارزاني وزير الخارجية القطري»: the word before ends the source's name («بـ» is
                            // its letter), and an actor of another country follows it; or of his own, after a name the
                            // dictionaries know («استقبل الأمير فيصل بن بندر مدير الجوازات»).
                            || exclude.contains {
                                $0.tokens.upperBound == c.tokens.lowerBound
                                    && ($0.actor.country != c.actor.country || $0.kind == .person)
                            })))
                    && !(governed && c.tokens.lowerBound > phraseObject)
                    && !c.leadingClitics.contains(.wa)
            })
        {
            // «قصفت طائرات تركية مواقع لتنظيم داعش … وسمحت أنقرة …»: an actor with «لـ» after a target noun that
            // comes first owns the object; an unmarked actor further on belongs to another clause.
            let owner = candidates.first {
                $0.tokens.lowerBound < direct.tokens.lowerBound && $0.tokens.lowerBound > 0
                    && $0.leadingClitics.contains(.li)
                    && hasAnalysis($0.tokens.lowerBound - 1, in: triggers.cues.objectNouns, doc)
            }
            return owner ?? direct
        }
        // A noun's genitive, also after a number («باعتقال عشرة فلسطينيين»); the actor the pattern's last word heads
        // (option `object`: «استدعاء السفير الفرنسي»).
        let next = hit.tokens.upperBound - (p.objectLast ? 1 : 0)
        let genitive = next < doc.tokens.count && isNumber(next, doc) ? next + 1 : next
        // «دعا إلى دعم الحكومة»، «طالب بتسليم المطلوبين إلى الولايات المتحدة»: what an appeal or a demand asks for is
        // its content; who is addressed is its object, not an actor inside the content. So for these a target is
        // only an actor right after the preposition.
        let content = p.startsWithVerb && p.code.root == "02"
        // «وطالب المتظاهرون برحيل الرئيس»، «دعت الجامعة إلى انسحاب القوات الإسرائيلية»: a demand or an appeal for an
        // act whose noun takes its doer as genitive (`CueWords.doerActs`), right after the verb or its subject, is
        // made of that doer.
        if p.startsWithVerb, p.code.root == "10" || content,
            let m = candidates.first(where: { c in
                let n = c.tokens.lowerBound - 1
                // NB: the noun may be the phrase's own last word («طالب … برحيل»).
                guard c.leadingClitics.isDisjoint(with: [.bi, .li, .ka, .wa]),
                    n == hit.tokens.upperBound - 1 || (n >= after && n - after <= 3),
                    doc.tokens[n].kind == .word, hasAnalysis(n, in: CueWords.doerActs, doc)
                else { return false }
                return content
                    ? hasLeadingClitic(n, [.li], doc) || (n > 0 && wholeForm(n - 1, doc) == CueWords.ila)
                    : hasLeadingClitic(n, [.bi], doc)
            })
        {
            return m
        }
        return candidates.first {
            (content
                ? preposition(before: $0, doc).map(Self.defaultTargetWords.contains) ?? false
                : introduced($0, by: Self.defaultTargetWords, or: [.li], doc))
                || (!p.startsWithVerb && ($0.tokens.lowerBound == next || $0.tokens.lowerBound == genitive))
                || (p.code.root == "05" && isRelativeDoer($0, introducedBy: Self.defaultTargetWords, or: [.li], doc))
        }
    }
}

extension EventCoder {
    /// A reception told from the guest (option `hosted`): «وصل الرئيس إلى جدة، وكان في استقباله لدى وصوله مطار الملك
    /// عبدالعزيز الدولي الأمير سعود …، ووزير الثقافة …», «حيث كان باستقباله الرئيس كينياتا», «وكان في استقبال سموه أمير
    /// الفوج». The guest is the actor right after «استقبال» (a name or a pronoun of style), or, when «استقبال» carries
    /// the pronoun, the one it refers to: this sentence's first actor before the phrase, else the story's speaker. The
    /// hosts (one event each, those joined by «و» too) are the first actor after that within `receptionReach` words,
    /// not a place («لدى وصوله بغداد» comes between). No guest or no host, no event («وكان في استقبال الطائرة وفد»).
    func reception(_ hit: Hit, _ context: SentenceContext, _ doc: Document, speaker: Mention?) -> [Event] {
        let mentions = context.mentions
        let start = hit.tokens.lowerBound
        let phraseEnd = hit.tokens.upperBound
        let sentenceEnd = doc.sentences[context.index].tokens.upperBound
        // «كما كان في الاستقبال سفير المملكة …»: who else was there, not a host and his guest.
        if CueWords.theReception.contains(wholeForm(phraseEnd - 1, doc)) { return [] }
        var guest: Mention?
        var from = phraseEnd
        if CueWords.receivingHim.contains(wholeForm(phraseEnd - 1, doc)) {
            // «وصل الرئيس إلى جدة، وكان في استقباله …»: the sentence's first actor; «… وكان في استقباله» opening its
            // sentence: the story's speaker, else the first actor of the sentence before.
            guest =
                mentions.first(where: { $0.tokens.upperBound <= start })
                ?? speaker
                ?? doc.mentions.first(where: { $0.sentence == context.index - 1 })
        } else if let named = mentions.first(where: { $0.tokens.lowerBound == phraseEnd }) {
            guest = named
            from = named.tokens.upperBound
        }
        guard let guest,
            let i = mentions.firstIndex(where: {
                $0.tokens.lowerBound >= from && $0.tokens.lowerBound - from <= Self.receptionReach
                    && $0.tokens.upperBound <= sentenceEnd && $0.actor != guest.actor && $0.kind != .state
            })
        else { return [] }
        let hosts = coordinated(from: i, mentions, doc, appositions: true).prefix(4).filter { $0.actor != guest.actor }
        return makeEvents(hit, context, Array(hosts), target: guest, pairPartner: nil, doc)
    }

    /// Words between a reception phrase and its host: «لدى وصوله مطار الملك عبدالعزيز الدولي بجدة».
    static let receptionReach = 10
}
