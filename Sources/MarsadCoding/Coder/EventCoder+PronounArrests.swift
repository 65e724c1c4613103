import MarsadCore
import MarsadText

extension EventCoder {
    /// «عليه»، «عليهم»: «على» of «القبض على» with the pronoun of the one arrested.
    static let onPronouns = CueWords.set(["عليه", "عليها", "عليهم", "عليهما", "عليهن"])
    /// Verbal nouns of an arrest whose pronoun is the one arrested («اعتقاله»، «توقيفهم»، «احتجازه»). NB: not
    /// «محاكمتهم» (a trial) nor «إيداعه السجن».
    static let arrestNouns = CueWords.set(["اعتقال", "توقيف", "احتجاز"])
    /// Words before a light verb that make it a noun of a time, an aim or a condition («قبل تمكن الأجهزة من
    /// اعتقالهم»، «بعد تمكنها من …»، «حتى تمكنت …»): the arrest is not told as done.
    static let unrealizedHeads = CueWords.set([
        "قبل", "بعد", "حتى", "دون", "لدى", "عند", "لحين", "حين", "عقب", "إثر", "اثر", "بعيد", "قبيل", "في", "من", "على",
        "إلى", "الى", "عن", "لم", "لن", "لا", "ما", "إذا", "اذا", "إن", "لو", "كي", "لكي",
    ])

    /// Whether an arrest noun has a pronoun for its object: «اعتقاله»، «توقيفهم», or «القبض عليهم» (the pronoun on
    /// «على», the phrase's last word or the word right after it).
    func hasArrestPronoun(_ hit: Hit, _ doc: Document) -> Bool {
        guard hit.pattern.code.code == "173", !hit.pattern.startsWithVerb || hit.tokens.count > 1 else { return false }
        let last = hit.tokens.upperBound - 1
        if last > hit.tokens.lowerBound, doc.tokens[last].kind == .word, Self.onPronouns.contains(wholeForm(last, doc))
        {
            return true
        }
        let next = hit.tokens.upperBound
        if next < doc.tokens.count, doc.tokens[next].kind == .word, Self.onPronouns.contains(wholeForm(next, doc)) {
            return true
        }
        guard doc.tokens[last].kind == .word else { return false }
        let r = doc.tokens[last].candidates
        for c in Int(r.lowerBound)..<Int(r.upperBound)
        where doc.candidates[c].encliticLength > 0 && Self.arrestNouns.contains(doc.candidates[c].hash) {
            return true
        }
        return false
    }

    /// An arrest told with a light verb or in the passive whose object is a pronoun, or whose light verb's subject the
    /// clause leaves out: «وتمكنت الشرطة من اعتقالهم»، «وقامت باعتقاله»، «وتمكنت من القبض على المتهمين»، «وتم اعتقاله
    /// أمس»، «وتم القبض عليه». The one arrested is the pronoun's antecedent (the last person, civilian, armed man or
    /// member of the opposition named before, in this sentence or the one before) or the object after the noun; the
    /// arrester is the light verb's subject (a state's organ or an armed group), else the last organ of a state named
    /// before it, in this sentence or the one before; in the passive the police of the place (see
    /// `agentlessAuthority`).
    /// Nil when the construction is not one of these (the usual roles apply); an empty list when it is but has no
    /// arrest to code. NB: not a purpose, a condition or a time («للقبض عليهم»، «قبل تمكن الأجهزة من اعتقالهم»،
    /// «أثناء احتجازه»): without a past light verb or «تم», the usual roles (which need both parties) apply.
    func lightOrPassiveArrest(_ hit: Hit, _ context: SentenceContext, _ doc: Document) -> [Event]? {
        guard hit.pattern.code.code == "173" else { return nil }
        let start = hit.tokens.lowerBound
        let lower = doc.sentences[context.index].tokens.lowerBound
        let pronoun = hasArrestPronoun(hit, doc)
        // The passive: «تم» opens the phrase («تم|جرى قبض») or stands right before the noun.
        let passiveAt: Int? =
            hasAnalysis(start, in: CueWords.passiveArrestVerbs, doc)
            ? start
            : (start > lower && doc.tokens[start - 1].kind == .word
                && hasAnalysis(start - 1, in: CueWords.passiveArrestVerbs, doc))
                ? start - 1 : nil
        // «وتم رصد المتهمين والقبض عليهم»: the noun joined by «و» to the one «تم» opens (see `coordinatedPassive`).
        let coordinated = passiveAt == nil ? coordinatedPassive(hit, context, doc) : nil
        if let v = passiveAt ?? coordinated {
            // «الناشط الذي تم اعتقاله»: a relative clause describes (and its antecedent is not the last actor).
            guard pronoun, !opensRelativeClause(v - 1, doc), v == lower || !isUnrealizedHead(v - 1, doc) else {
                return nil
            }
            let span = TextSpan(
                start: doc.tokens[start].span.start, end: doc.tokens[hit.tokens.upperBound - 1].span.end)
            guard coordinated != nil else {
                guard let held = heldAntecedent(before: v, excluding: [], context, doc),
                    let police = agentlessAuthority(hit, sufferer: held, span: span, context, doc, before: true)
                else { return nil }
                return makeEvents(hit, context, [police], target: held, pairPartner: nil, doc)
            }
            // Coordinated: the one arrested is the first noun's object (else the pronoun's antecedent before «تم»),
            // and the arrester the police of the last state organ named, in this sentence or the one before.
            let object = context.mentions.first {
                $0.tokens.lowerBound > v && $0.tokens.upperBound <= start
                    && Self.heldSectors.contains($0.actor.sector ?? "")
            }
            guard let held = object ?? heldAntecedent(before: v, excluding: [], context, doc),
                let custodian = lastCustodian(before: v, context, doc), let country = custodian.actor.country,
                !Self.occupiedCountries.contains(country)
            else { return nil }
            let police = unnamedAuthority(country, Self.police, hit, span: span, context)
            return makeEvents(hit, context, [police], target: held, pairPartner: nil, doc)
        }
        guard !hit.pattern.startsWithVerb, let verb = lightVerb(before: hit, context, doc) else { return nil }
        if verb > lower, isUnrealizedHead(verb - 1, doc) { return nil }
        // The light verb's subject: right after it («وتمكنت الشرطة من …»), or right before it («الشرطة تمكنت من …»).
        let subject =
            context.mentions.first(where: {
                $0.tokens.lowerBound > verb && $0.tokens.upperBound <= start && !$0.isAttributive
            })
            ?? context.mentions.last(where: {
                $0.tokens.upperBound <= verb && verb - $0.tokens.upperBound <= 1 && !$0.isAttributive
            })
        if subject != nil && !pronoun { return nil }
        let arrester = subject ?? lastCustodian(before: verb, context, doc)
        guard let arrester, Self.arresterSectors.contains(arrester.actor.sector ?? "") else {
            return pronoun ? [] : nil
        }
        let held =
            pronoun
            ? heldAntecedent(
                before: subject.map { min(verb, $0.tokens.lowerBound) } ?? verb, excluding: [arrester], context, doc)
            : targetMention(hit, context.mentions, after: hit.tokens.upperBound, doc, exclude: [arrester])
        guard let held, Self.heldSectors.contains(held.actor.sector ?? "") || held.isDemonym else {
            return pronoun ? [] : nil
        }
        return makeEvents(hit, context, [arrester], target: held, pairPartner: nil, doc)
    }

    /// «وتم تحديد هوياتهم والقبض عليهم»، «وتمت مداهمة المنزل والقبض على …»: an arrest's noun joined by «و» to the
    /// verbal noun that «تم/تمت/جرى» opens (up to three words between, no punctuation) is told in the passive too.
    /// The token of that light verb, or nil.
    func coordinatedPassive(_ hit: Hit, _ context: SentenceContext, _ doc: Document) -> Int? {
        let start = hit.tokens.lowerBound
        guard !hit.pattern.startsWithVerb, hit.analysis.proclitics.contains(.wa) else { return nil }
        let lower = doc.sentences[context.index].tokens.lowerBound
        var t = start - 1
        while t >= lower, start - t <= 5, doc.tokens[t].kind == .word {
            if hasAnalysis(t, in: CueWords.passiveArrestVerbs, doc) { return start - t >= 3 ? t : nil }
            t -= 1
        }
        return nil
    }

    /// Who makes arrests: a state's organs (see `custodianSectors`) and armed groups.
    static let arresterSectors = custodianSectors + ["REB"]

    private func isUnrealizedHead(_ t: Int, _ doc: Document) -> Bool {
        t >= 0 && doc.tokens[t].kind == .word && Self.unrealizedHeads.contains(wholeForm(t, doc))
    }

    /// The token of a past light verb («قام» before «بـ»، «تمكن» before «من») in the arrest noun's clause.
    private func lightVerb(before hit: Hit, _ context: SentenceContext, _ doc: Document) -> Int? {
        let start = hit.tokens.lowerBound
        let lower = doc.sentences[context.index].tokens.lowerBound
        if hit.analysis.proclitics.contains(.bi) {
            return clauseWord(in: CueWords.lightVerbs, before: hit, context, doc)
        }
        if start > lower, doc.tokens[start - 1].kind == .word, wholeForm(start - 1, doc) == CueWords.man {
            return clauseWord(in: CueWords.lightVerbsMin, before: hit, context, doc)
        }
        return nil
    }

    /// The last organ of a state named before token `t`, in this sentence or the one before (not an armed man: «تلقت
    /// الشرطة بلاغا عن رجل مسلح، وقامت باعتقاله»).
    private func lastCustodian(before t: Int, _ context: SentenceContext, _ doc: Document) -> Mention? {
        var i = firstMention(atOrAfter: t, doc)
        while i > 0 {
            i -= 1
            let m = doc.mentions[i]
            if m.sentence < context.index - 1 { return nil }
            if !m.isAttributive, m.kind != .reference, Self.custodianSectors.contains(m.actor.sector ?? "") { return m }
        }
        return nil
    }

    /// The antecedent of the pronoun of the one arrested: the last person, civilian, armed man or member of the
    /// opposition before token `t` (see `antecedent`).
    private func heldAntecedent(before t: Int, excluding: [Mention], _ context: SentenceContext, _ doc: Document)
        -> Mention?
    {
        // NB: not a group by its name («كل من لم ينفصل عن التنظيم قد تم اعتقاله»: its members, of no country told).
        guard let m = antecedent(before: t, excluding: excluding, context, doc), m.kind != .organization else {
            return nil
        }
        if m.isDemonym { return m.isAttributive ? nil : Self.civilian(m) }
        return Self.heldSectors.contains(m.actor.sector ?? "") ? m : nil
    }
}
