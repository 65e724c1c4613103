import MarsadCore

extension EventCoder {
    /// The time expression nearest the trigger in its sentence, else the publication date (precision unknown).
    ///
    /// A day or month named without a year that falls after the publication date, for an act told in the
    /// past tense («وفضت قوات الأمن الاعتصام يوم 14 أغسطس» in an article of 11 August), is last year's.
    func eventDate(_ trigger: TextSpan, _ context: SentenceContext, _ doc: Document, past: Bool = false) -> (
        CalendarDate?, DatePrecision, String?
    ) {
        let (value, precision, text) = nearestDate(trigger, context, doc)
        if past, let value, let published = doc.published, value > published,
            precision == .day || precision == .month, let text, !Self.namesAYear(text)
        {
            let day = value.month == 2 && value.day == 29 ? 28 : value.day
            return (CalendarDate(year: value.year - 1, month: value.month, day: day), precision, text)
        }
        return (value, precision, text)
    }

    /// Whether a date expression writes its year (four digits, Latin or Arabic-Indic).
    static func namesAYear(_ text: String) -> Bool {
        var run = 0
        for u in text.unicodeScalars {
            let digit =
                ("0"..."9").contains(u) || ("\u{0660}"..."\u{0669}").contains(u)
                || ("\u{06F0}"..."\u{06F9}").contains(u)
            run = digit ? run + 1 : 0
            if run >= 4 { return true }
        }
        return false
    }

    private func nearestDate(_ trigger: TextSpan, _ context: SentenceContext, _ doc: Document) -> (
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
        // The story's time carries over: the last date named before in the article («أمس» in the lead), back to
        // a change of subject («من جهة أخرى»، «في سياق آخر»).
        if let previous = doc.temporals.last(where: { $0.sentence < context.index && $0.sentence >= context.storyStart }
        ) {
            return (previous.value, previous.precision, String(doc.text(of: previous.span)))
        }
        return (doc.published, .unknown, nil)
    }

    func eventLocation(_ trigger: TextSpan, _ context: SentenceContext) -> Event.Location? {
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

    /// For each sentence, the last sentence at or before it that opens a new subject: one whose first words
    /// hold «آخر»/«أخرى» («من جهة أخرى»، «في سياق آخر»، «على صعيد آخر»). One pass over the document.
    static func storyStarts(_ doc: Document) -> [Int] {
        var out: [Int] = []
        out.reserveCapacity(doc.sentences.count)
        var current = 0
        for (i, sentence) in doc.sentences.enumerated() {
            var words = 0
            var shifts = false
            for t in sentence.tokens.prefix(4) where doc.tokens[t].kind == .word {
                words += 1
                if words > 1 && CueWords.another.contains(doc.candidates[Int(doc.tokens[t].candidates.lowerBound)].hash)
                {
                    shifts = true
                }
            }
            if shifts { current = i }
            out.append(current)
        }
        return out
    }
}
