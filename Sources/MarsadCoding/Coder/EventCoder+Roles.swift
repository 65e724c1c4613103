import MarsadCore
import MarsadText

extension EventCoder {
    static let bayna = FormHash.hash(FoldedText.fold("بين"))
    /// Prepositions that can introduce a target when the pattern names none.
    static let defaultTargetWords = CueWords.set(["الى", "مع", "على", "ضد", "بحق", "تجاه", "نحو", "لدى"])
    /// Prepositions after which an actor is only a circumstance.
    static let circumstantial = CueWords.set(["في", "من", "عن", "خلال", "بعد", "قبل", "منذ", "حول", "عبر", "بين"])

    /// The word right before a mention, if it is a preposition.
    private func preposition(before m: Mention, _ doc: Document) -> UInt64? {
        let t = m.tokens.lowerBound - 1
        guard t >= 0, doc.tokens[t].kind == .word else { return nil }
        let h = doc.candidates[Int(doc.tokens[t].candidates.lowerBound)].hash
        return CueWords.prepositions.contains(h) ? h : nil
    }

    private func isMarked(_ m: Mention, _ doc: Document) -> Bool {
        preposition(before: m, doc) != nil || !m.leadingClitics.isDisjoint(with: [.bi, .li, .ka])
    }

    /// The mention and the ones coordinated with it («الولايات المتحدة وبريطانيا والاتحاد الأوروبي»).
    private func coordinated(from index: Int, _ mentions: [Mention], _ doc: Document) -> [Mention] {
        var out = [mentions[index]]
        var j = index + 1
        while j < mentions.count {
            let gap = mentions[j].tokens.lowerBound - out.last!.tokens.upperBound
            let joined = mentions[j].leadingClitics.contains(.wa) && gap <= 1
            if !joined { break }
            if gap == 1 && doc.tokens[out.last!.tokens.upperBound].kind != .punctuation { break }
            out.append(mentions[j])
            j += 1
        }
        return out
    }

    func code(_ hit: Hit, _ context: SentenceContext, previousTrigger: Int, _ doc: Document) -> [Event] {
        let mentions = context.mentions
        let p = hit.pattern
        let start = hit.tokens.lowerBound
        // NB: actors are looked for around the head word; words after a gap («حذر ... عقوبات») often come
        // after the actors («حذرت واشنطن طهران من فرض عقوبات»).
        let end = start + 1
        var sources: [Mention] = []
        var pairPartner: ActorCode?
        var searchFrom = end

        // «الاجتماع بين X و Y»: the two parties of a symmetric act.
        let phraseEnd = hit.tokens.upperBound
        if let b = [end, end + 1, phraseEnd].first(where: {
            $0 < doc.tokens.count && doc.candidates[Int(doc.tokens[$0].candidates.lowerBound)].hash == Self.bayna
        }), let i = mentions.firstIndex(where: { $0.tokens.lowerBound == b + 1 }) {
            let group = coordinated(from: i, mentions, doc)
            if group.count >= 2 {
                return makeEvents(hit, context, [group[0]], target: group[1], pairPartner: nil, doc)
            }
        }

        if p.startsWithVerb {
            // VSO: an unmarked actor right after the verb (one adverb or time word may intervene).
            if let i = mentions.firstIndex(where: {
                $0.tokens.lowerBound >= end && $0.tokens.lowerBound - end <= 2 && !isMarked($0, doc)
                    && !$0.leadingClitics.contains(.wa)
            }) {
                sources = coordinated(from: i, mentions, doc)
                searchFrom = sources.last!.tokens.upperBound
            }
        } else {
            // Genitive after a verbal noun: «زيارة وزير الخارجية».
            if hit.analysis.encliticLength == 0,
                let i = mentions.firstIndex(where: {
                    ($0.tokens.lowerBound == end || $0.tokens.lowerBound == phraseEnd) && !isMarked($0, doc)
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
            }
        }
        if sources.isEmpty {
            // SVO, or the subject of the clause for a possessive noun («خلال زيارته»): the nearest unmarked
            // actor before the trigger.
            if let i = mentions.lastIndex(where: {
                $0.tokens.upperBound <= start && start - $0.tokens.upperBound <= window && !isMarked($0, doc)
            }) {
                var head = i
                while head > 0, mentions[head].leadingClitics.contains(.wa),
                    mentions[head].tokens.lowerBound - mentions[head - 1].tokens.upperBound <= 1
                {
                    head -= 1
                }
                sources = coordinated(from: head, mentions, doc)
            }
        }
        guard let firstSource = sources.first else {
            return p.noSource
                ? makeEvents(
                    hit, context, [], target: targetMention(hit, mentions, after: end, doc, exclude: nil), pairPartner: nil,
                    doc) : []
        }
        if firstSource.kind == .reference, let partner = firstSource.also.first {
            pairPartner = partner
        }
        let target =
            pairPartner == nil
            ? targetMention(hit, mentions, after: max(searchFrom, end), doc, exclude: firstSource.actor) : nil
        return makeEvents(hit, context, sources, target: target, pairPartner: pairPartner, doc)
    }

    /// The target: after a preposition the pattern names, else the first suitable actor after the trigger.
    private func targetMention(_ hit: Hit, _ mentions: [Mention], after: Int, _ doc: Document, exclude: ActorCode?)
        -> Mention?
    {
        let p = hit.pattern
        let candidates = mentions.filter {
            $0.tokens.lowerBound >= after && $0.tokens.lowerBound - after <= window && $0.actor != exclude
        }
        if !p.targetWords.isEmpty || !p.targetClitics.isEmpty {
            return candidates.first {
                (preposition(before: $0, doc).map(p.targetWords.contains) ?? false)
                    || !$0.leadingClitics.isDisjoint(with: p.targetClitics)
            }
        }
        if p.startsWithVerb,
            let direct = candidates.first(where: { !isMarked($0, doc) && !$0.leadingClitics.contains(.wa) })
        {
            return direct
        }
        return candidates.first {
            if let prep = preposition(before: $0, doc) { return Self.defaultTargetWords.contains(prep) }
            return $0.leadingClitics.contains(.li)
                || (!p.startsWithVerb && $0.tokens.lowerBound == hit.tokens.upperBound)
        }
    }

    private func makeEvents(
        _ hit: Hit, _ context: SentenceContext, _ sources: [Mention], target: Mention?, pairPartner: ActorCode?,
        _ doc: Document
    ) -> [Event] {
        let s = context.index
        let triggerSpan = TextSpan(
            start: doc.tokens[hit.tokens.lowerBound].span.start, end: doc.tokens[hit.tokens.upperBound - 1].span.end)
        let (date, precision, dateText) = eventDate(triggerSpan, context, doc)
        let location = eventLocation(triggerSpan, context)
        func participant(_ m: Mention) -> Event.Participant {
            Event.Participant(actor: m.actor, text: String(doc.text(of: m.span)), name: m.name)
        }
        var out: [Event] = []
        // A weak trigger («قتل»، «هجوم») is an event only when both its actors are found.
        if hit.pattern.weak && (sources.isEmpty || (target == nil && pairPartner == nil)) { return [] }
        let sourceList: [Mention?] = sources.isEmpty ? [nil] : sources
        for source in sourceList {
            var targetParticipant = target.map(participant)
            if let pairPartner, let source {
                targetParticipant = Event.Participant(actor: pairPartner, text: String(doc.text(of: source.span)))
            }
            if let t = targetParticipant, let source, t.actor == source.actor { targetParticipant = nil }
            var confidence = 0.5
            if source != nil { confidence += 0.2 }
            if targetParticipant != nil { confidence += 0.2 }
            if hit.pattern.weak { confidence -= 0.2 }
            out.append(
                Event(
                    sentence: s, trigger: triggerSpan, code: hit.pattern.code, source: source.map(participant),
                    target: targetParticipant, date: date, datePrecision: precision, dateText: dateText,
                    location: location, rule: hit.pattern.rule, confidence: confidence))
        }
        return out
    }

    /// The time expression nearest the trigger in its sentence, else the publication date (precision unknown).
    private func eventDate(_ trigger: TextSpan, _ context: SentenceContext, _ doc: Document) -> (
        CalendarDate?, DatePrecision, String?
    ) {
        var best: TemporalMention?
        var bestDistance = Int.max
        for t in context.temporals {
            let d = t.span.end <= trigger.start ? trigger.start - t.span.end : max(0, t.span.start - trigger.end)
            if d < bestDistance {
                best = t
                bestDistance = d
            }
        }
        if let best { return (best.value, best.precision, String(doc.text(of: best.span))) }
        return (doc.published, .unknown, nil)
    }

    private func eventLocation(_ trigger: TextSpan, _ context: SentenceContext) -> Event.Location? {
        var best: PlaceMention?
        var bestDistance = Int.max
        for p in context.places {
            let d = abs(p.span.start - trigger.start)
            if d < bestDistance {
                best = p
                bestDistance = d
            }
        }
        return best.map { Event.Location(country: $0.country, name: $0.name) }
    }
}
