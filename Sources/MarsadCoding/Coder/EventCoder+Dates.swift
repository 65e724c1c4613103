import MarsadCore
import MarsadText

extension EventCoder {
    /// «منذ»: a date after «منذ بدء العمليات …» dates the start of a period the event falls in, not the event.
    static let since = CueWords.set(["منذ", "ومنذ"])
    /// «جاء ذلك خلال استقباله أمس …»: a sentence that tells when and where the sentences before it happened.
    static let cameThat = CueWords.set(["جاء", "وجاء", "جاءت", "وجاءت"])
    static let that = CueWords.set(["ذلك", "هذا", "هذه", "ذلك،", "هذا،"])
    /// Verbs that open background sentences.
    static let background = CueWords.set(["كان", "كانت", "وكان", "وكانت", "سبق", "سبقت", "وسبق", "وسبقت"])
    /// «غداة لقائه»: the day after the act named next.
    static let dayAfter = CueWords.set(["غداة"])
    /// «في اليوم التالي», «صباح اليوم التالي»: words before «اليوم التالي/السابق» that make it tell when the
    /// clause's act happened; after a noun («برامج اليوم التالي», «عمليات اليوم السابق») it only qualifies the noun.
    static let storyDayIntro = CueWords.set([
        "في", "وفي", "ففي", "صباح", "وصباح", "مساء", "ومساء", "ظهر", "وظهر", "فجر", "وفجر", "ليلة", "وليلة", "عصر",
        "وعصر",
    ])

    /// The date of an event: the time expression that governs its trigger in its sentence; else the one of a
    /// following «جاء ذلك خلال … أمس»; else the story's date carried over from an earlier sentence; else the
    /// publication date (precision unknown).
    ///
    /// A day named without a year takes the year of the article's other mention of the same day («اعتصام
    /// استمر من 21 يونيو 2013 حتى 14 أغسطس … فض الاعتصام يوم 14 أغسطس»). A day or month named without a year
    /// that falls after the publication date, for an act told in the past tense («وفضت قوات الأمن الاعتصام
    /// يوم 14 أغسطس» in an article of 11 August), is last year's. A date still after the publication date is
    /// when a planned act is to happen («سيزور المملكة خلال شهر سبتمبر المقبل»); the act coded — the
    /// announcement, the intent — happened when it was told, so such a date is not the event's.
    ///
    /// An act that is the speaker's (`speaker`: an accusation coded from what is said, a circumstantial participle,
    /// a statement) is done when the statement is made: «وقال في بيان صباح أمس الأحد إن … وأضاف بأن اليوم يصدح صوت
    /// الشعب …، داعيا البرلمان إلى …» is dated by «صباح أمس الأحد», not by the «اليوم» of the words said (see
    /// ``statementTime(_:over:_:_:speaker:doer:)``). So is an act whose one doer (`doer`) is named before the words said
    /// begin: «وقال الوزير أمس إن …، معبرا عن تأييده للمتظاهرين» — the minister's support, voiced in speaking.
    func eventDate(
        _ trigger: TextSpan, _ context: SentenceContext, _ doc: Document, past: Bool = false, speaker: Bool = false,
        doer: TextSpan? = nil
    ) -> (
        CalendarDate?, DatePrecision, String?
    ) {
        if var best = governingTemporal(trigger, context, doc) {
            if speaker || doer != nil,
                let told = statementTime(trigger, over: best, context, doc, speaker: speaker, doer: doer)
            {
                best = told
            }
            // «وفي اليوم التالي اقتحمت القوات …»: the day after the story's last dated event.
            if let offset = best.storyOffset {
                return fromStory(offset, best, before: context.index, context.storyStart, doc, past: past)
            }
            // «يعقد الوزير اجتماعا في قطر أمس واليوم»: of two days joined by «و», an act not told in the past is
            // on the later one.
            if !past, let later = coordinated(after: best, context.temporals, doc), later.value > best.value {
                best = later
            }
            if let dated = dated(best, doc, past: past) { return dated }
        }
        // «غداة لقائه لافروف»: the meeting was the day before the story's day.
        if precedes(trigger, word: Self.dayAfter, context, doc) {
            let (storyDay, precision, _) = storyDate(context, doc, past: past)
            if let storyDay, precision == .day || precision == .unknown {
                return (storyDay.adding(days: -1), .day, "غداة")
            }
        }
        if context.temporals.isEmpty, let report = followingReportDate(context, doc),
            let dated = dated(report, doc, past: true)
        {
            return dated
        }
        let story = storyDate(context, doc, past: past)
        // «طلبت جيبوتي مساعدة المجتمع الدولي … وقال المتحدث باسم الرئاسة أمس …»: an undated lead told in the past is
        // dated by the statement that opens the next sentence and tells what it said.
        // NB: `past: false`, so that a day after publication («يوم الأحد القادم») is dropped, not moved a year back.
        if past, story.1 == .unknown, context.temporals.isEmpty, let told = followingStatementDate(context, doc),
            let dated = dated(told, doc, past: false)
        {
            return dated
        }
        // «وصل الرئيس الأمريكي إلى كينيا في بدء أول زيارة …» then «وحطت طائرته في مطار نيروبي مساء الجمعة …»: an undated
        // lead told in the past is dated by the day its next sentence names first, when that sentence goes on with
        // the story (no background). NB: a day of the week before publication only («أمس»، «الجمعة»): «اليوم» there is
        // as often "nowadays", and a date with its year mostly background («منذ 25 يناير 2011»).
        if past, story.1 == .unknown, context.temporals.isEmpty, context.index == context.storyStart,
            let next = followingStoryDay(context, doc), let dated = dated(next, doc, past: true), dated.1 == .day,
            let published = doc.published, dated.0 < published, dated.0 >= published.adding(days: -7)
        {
            return dated
        }
        return story
    }

    /// The first day named in the sentence after the story's lead, unless that sentence is background, counts from
    /// the story («في اليوم التالي») or dates the start of a period («منذ»).
    private func followingStoryDay(_ context: SentenceContext, _ doc: Document) -> TemporalMention? {
        let s = context.index + 1
        guard s < doc.sentences.count, !isBackground(s, doc),
            let k = doc.temporals.firstIndex(where: { $0.sentence == s }),
            doc.temporals[k].precision == .day, doc.temporals[k].storyOffset == nil,
            !opensWithSince(doc.temporals[k], doc)
        else { return nil }
        return doc.temporals[k]
    }

    /// The story's time carries over: the first date of the last sentence before that names one («أمس» in
    /// the lead), back to a change of subject («من جهة أخرى»، «في سياق آخر»); else the publication date,
    /// precision unknown. The first date of a sentence is its main clause's («طالب الجبوري أمس الاثنين … بحزمة
    /// أقرتها الحكومة أول أمس الأحد»). Background told in the pluperfect («وكانت القوات قد شنت أمس الأول»،
    /// «وسبق الهجوم …») sets the story's time only when nothing else does.
    private func storyDate(_ context: SentenceContext, _ doc: Document, past: Bool) -> (
        CalendarDate?, DatePrecision, String?
    ) {
        storyDate(before: context.index, context.storyStart, doc, past: past)
    }

    /// A day counted from the story's time («اليوم التالي» +1, «اليوم السابق» -1): moved from the story's day
    /// before sentence `index`. Without a story day (none, or one known only to the month) the story's date
    /// as it is, as before such expressions were read.
    private func fromStory(
        _ offset: Int, _ t: TemporalMention, before index: Int, _ storyStart: Int, _ doc: Document, past: Bool
    ) -> (CalendarDate?, DatePrecision, String?) {
        let story = storyDate(before: index, storyStart, doc, past: past)
        guard let day = story.0, story.1 == .day else { return story }
        let moved = day.adding(days: offset)
        if let published = doc.published, moved > published { return story }
        return (moved, .day, String(doc.text(of: t.span)))
    }

    private func storyDate(before index: Int, _ storyStart: Int, _ doc: Document, past: Bool) -> (
        CalendarDate?, DatePrecision, String?
    ) {
        // NB: indices into the document's temporals (in text order), no arrays built per event.
        let all = doc.temporals
        var end = all.count
        while end > 0 && all[end - 1].sentence >= index { end -= 1 }
        for background in [false, true] {
            var k = end - 1
            while k >= 0 && all[k].sentence >= storyStart {
                let sentence = all[k].sentence
                var first = k
                while first > 0 && all[first - 1].sentence == sentence { first -= 1 }
                if background || !isBackground(sentence, doc) {
                    for j in first...k where !isGlossed(j, all, doc) {
                        if let offset = all[j].storyOffset {
                            guard tellsStoryDay(all[j], doc) else { continue }
                            let moved = fromStory(offset, all[j], before: sentence, storyStart, doc, past: past)
                            if moved.1 == .day { return moved }
                        } else if !opensWithSince(all[j], doc), let dated = dated(all[j], doc, past: past) {
                            return dated
                        }
                    }
                }
                k = first - 1
            }
        }
        return (doc.published, .unknown, nil)
    }

    /// Whether a sentence opens with «كان» or «سبق» (background: «وكان العبادي قد أكد …»، «وسبق الهجوم …»).
    private func isBackground(_ sentence: Int, _ doc: Document) -> Bool {
        guard let first = doc.sentences[sentence].tokens.first(where: { doc.tokens[$0].kind == .word }) else {
            return false
        }
        return Self.background.contains(wholeForm(first, doc))
    }

    /// The expression nearest the trigger in its sentence, leaving out those that date what follows «منذ».
    /// Whether an act not told in the past is set wholly after the publication date by the time words of its
    /// clause («ينظم التيار مسيرة مساء غد»، «اجتماع الأسبوع المقبل»): a plan, not an event.
    func isSetInFuture(_ trigger: TextSpan, _ context: SentenceContext, _ doc: Document) -> Bool {
        guard let published = doc.published, let t = governingTemporal(trigger, context, doc), t.storyOffset == nil
        else { return false }
        return (t.start > published && !Self.namesAYear(String(doc.text(of: t.span)))) || t.start.year > published.year
    }

    /// Whether a conjunction that opens another clause («لكن»، «بينما»، «فيما»، «حيث») stands between a date and a
    /// trigger: «المحادثات مقررة في 30 يوليو لكن المشاورات مستمرة بين …» — the date is the talks', not the
    /// consultations'.
    private func isInOtherClause(_ span: TextSpan, from trigger: TextSpan, _ context: SentenceContext, _ doc: Document)
        -> Bool
    {
        let (low, high) = span.end <= trigger.start ? (span.end, trigger.start) : (trigger.end, span.start)
        guard high > low else { return false }
        return hasWord(from: low, to: high, context, doc) { CueWords.subordinatorForms.contains($0) }
    }

    /// Whether a word of the sentence that starts in the byte offsets `low..<high` has a whole form `matching`.
    private func hasWord(
        from low: Int, to high: Int, _ context: SentenceContext, _ doc: Document, matching: (UInt64) -> Bool
    ) -> Bool {
        for t in doc.sentences[context.index].tokens where doc.tokens[t].kind == .word {
            let s = doc.tokens[t].span
            if s.start >= high { break }
            if s.start >= low, matching(wholeForm(t, doc)) { return true }
        }
        return false
    }

    private func governingTemporal(_ trigger: TextSpan, _ context: SentenceContext, _ doc: Document)
        -> TemporalMention?
    {
        var best: TemporalMention?
        var bestDistance = Int.max
        for (k, t) in context.temporals.enumerated()
        where !followsSince(t, context, doc) && !isGlossed(k, context.temporals, doc)
            && (t.storyOffset == nil || tellsStoryDay(t, doc))
            && !isInOtherClause(t.span, from: trigger, context, doc)
        {
            var d = t.span.end <= trigger.start ? trigger.start - t.span.end : max(0, t.span.start - trigger.end)
            // «أعلن الوزير أمس أن القضاء أفرج عن أشخاص تم توقيفهم إثر الاعتداء في مارس الماضي»: a date before the «أن» that
            // opens the words said is the saying's; one in the words said, after the act, is the act's. NB: only
            // weighed when there is another date to choose.
            if context.temporals.count > 1, t.span.end <= trigger.start,
                hasWord(
                    from: t.span.end, to: trigger.start, context, doc,
                    matching: {
                        CueWords.complementizers.contains($0) || CueWords.pronounComplementizers.contains($0)
                    })
            {
                d += Self.saidElsewhere
            }
            if d < bestDistance {
                best = t
                bestDistance = d
            }
        }
        return best
    }

    /// How much farther a date counts when an «إن/أن» stands between it and the act (see `governingTemporal`).
    static let saidElsewhere = 1 << 20

    /// The time the sentence's statement is made, when `best` lies in the words said and the trigger after them begin:
    /// the day nearest the trigger among those named before the sentence's first «إن/أن» («وقال في بيان صباح أمس
    /// الأحد إن …»; a year or month there mostly qualifies a noun: «جوائز هذا العام»). `best` is in the words said when it stands before the trigger, or after it with an «إن/أن» or a
    /// colon between («وأضاف بأن اليوم …»); one right after the trigger is its own («وأضاف أمس أن …»).
    private func statementTime(
        _ trigger: TextSpan, over best: TemporalMention, _ context: SentenceContext, _ doc: Document, speaker: Bool,
        doer: TextSpan?
    ) -> TemporalMention? {
        var opener: Int?
        var between = false
        // A statement verb after the last «إن/أن» before `best` («وأضاف اليوم أن …»): `best` is that statement's time.
        var toldAgain = false
        for t in doc.sentences[context.index].tokens {
            let span = doc.tokens[t].span
            if span.start >= best.span.start && span.start >= trigger.end { break }
            guard doc.tokens[t].kind == .word || isColon(t, doc) else { continue }
            let form = doc.tokens[t].kind == .word ? wholeForm(t, doc) : 0
            if span.end <= best.span.start && Self.statementOpeners.contains(form) { toldAgain = true }
            guard form == 0 || CueWords.complementizers.contains(form) || CueWords.pronounComplementizers.contains(form)
            else { continue }
            if opener == nil { opener = span.start }
            if span.end <= best.span.start { toldAgain = false }
            if span.start >= trigger.end { between = true }
        }
        guard let opener, opener < trigger.start, best.span.start > opener, !toldAgain,
            speaker || (doer.map { $0.end <= opener } ?? false),
            best.span.start < trigger.start || between
        else { return nil }
        var told: TemporalMention?
        for (k, t) in context.temporals.enumerated()
        where t.span.end <= opener && t.precision == .day && !followsSince(t, context, doc)
            && !isGlossed(k, context.temporals, doc) && t.storyOffset == nil
        {
            told = t
        }
        return told
    }

    /// The value of a temporal as an event date, with the year rules; nil when it falls after publication.
    private func dated(_ t: TemporalMention, _ doc: Document, past: Bool) -> (CalendarDate, DatePrecision, String)? {
        let text = String(doc.text(of: t.span))
        var value = t.value
        if !Self.namesAYear(text) {
            if t.precision == .day, let year = yearOfSameDay(t, doc) {
                value = CalendarDate(year: year, month: value.month, day: value.day)
            } else if past, let published = doc.published, value > published,
                t.precision == .day || t.precision == .month
            {
                // «اليوم الأربعاء» in a paper dated Tuesday: the day word and its weekday name the day; the paper's
                // date lags (the weekday is within three days of it). Not last year's Wednesday.
                if t.precision == .day, value.dayNumber - published.dayNumber <= 3, opensWithDayWord(t, doc) {
                    return (value, t.precision, text)
                }
                // «خلال اليومين المقبلين»، «الشهر المقبل»: counted forward from the paper's date, so never last year's.
                if looksForward(t, doc) { return nil }
                let day = value.month == 2 && value.day == 29 ? 28 : value.day
                value = CalendarDate(year: value.year - 1, month: value.month, day: day)
            }
        }
        if let published = doc.published, value > published { return nil }
        return (value, t.precision, text)
    }

    /// «اليوم»، «أمس» (and «بالأمس»، «واليوم»): day words counted from the paper's date.
    static let dayWords = CueWords.set(["اليوم", "أمس", "واليوم", "وأمس", "بالأمس", "وبالأمس", "امس", "وامس"])
    /// Words that count forward from the paper's date («المقبل»، «القادم»، «غدا»).
    static let forward = CueWords.set([
        "المقبل", "المقبلة", "المقبلين", "المقبلتين", "القادم", "القادمة", "القادمين", "غدا", "غد", "وغدا",
    ])

    /// Whether a word of date expression `t` has a whole form in `table` (only its first word when `first`).
    /// NB: a plain loop: a lazy filter over the tokens captured, and copied, the document.
    private func dateWord(of t: TemporalMention, in table: FormTable, first: Bool, _ doc: Document) -> Bool {
        for k in doc.sentences[t.sentence].tokens where doc.tokens[k].kind == .word {
            let span = doc.tokens[k].span
            if span.end > t.span.end { break }
            guard span.start >= t.span.start else { continue }
            if table.contains(wholeForm(k, doc)) { return true }
            if first { return false }
        }
        return false
    }

    private func opensWithDayWord(_ t: TemporalMention, _ doc: Document) -> Bool {
        dateWord(of: t, in: Self.dayWords, first: true, doc)
    }

    /// «منذ 12 عاما»: how long ago something began, the time of no story told after it.
    /// NB: on the text (no token scan): it runs for every date the story's time is looked for in.
    private func opensWithSince(_ t: TemporalMention, _ doc: Document) -> Bool {
        let text = doc.text(of: t.span)
        return text.hasPrefix("منذ") || text.hasPrefix("ومنذ")
    }

    private func looksForward(_ t: TemporalMention, _ doc: Document) -> Bool {
        dateWord(of: t, in: Self.forward, first: false, doc)
    }

    /// The year of another mention in the article that names a year and starts or ends on the same day of the
    /// same month.
    private func yearOfSameDay(_ t: TemporalMention, _ doc: Document) -> Int? {
        for other in doc.temporals where other.span != t.span && other.precision == .day {
            for d in [other.start, other.end]
            where d.month == t.value.month && d.day == t.value.day && d.year != t.value.year {
                if Self.namesAYear(String(doc.text(of: other.span))) { return d.year }
            }
        }
        return nil
    }

    /// The date joined to `t` by «و» right after it («أمس واليوم»، «الأحد والاثنين»).
    private func coordinated(after t: TemporalMention, _ temporals: [TemporalMention], _ doc: Document)
        -> TemporalMention?
    {
        guard let next = temporals.first(where: { $0.sentence == t.sentence && $0.span.start >= t.span.end }) else {
            return nil
        }
        let between = doc.text(of: TextSpan(start: t.span.end, end: next.span.start)).filter { !$0.isWhitespace }
        let joined = between == "و" || (between.isEmpty && doc.text(of: next.span).hasPrefix("و"))
        return joined ? next : nil
    }

    /// Whether a date is glossed by the next one in brackets: in «قتل مواطنون فجر اليوم (أمس السبت)» the quoted
    /// statement's «اليوم» is the article's «أمس السبت».
    private func isGlossed(_ k: Int, _ temporals: [TemporalMention], _ doc: Document) -> Bool {
        let t = temporals[k]
        guard k + 1 < temporals.count, temporals[k + 1].sentence == t.sentence,
            temporals[k + 1].span.start >= t.span.end
        else { return false }
        let between = doc.text(of: TextSpan(start: t.span.end, end: temporals[k + 1].span.start))
        // NB: the byte test first (Foundation's `contains("(")` stood out in profiles of `marsad bench`); with every
        // character a bracket or a space, a «(» byte is a «(» character.
        return between.utf8.contains(UInt8(ascii: "(")) && between.allSatisfy { $0 == "(" || $0.isWhitespace }
    }

    /// Whether «منذ» stands in the third to fifth word before the expression: «منذ بدء عمليات التحالف قبل أربعة
    /// أشهر» dates the start of the operations, while «منذ نهار الاثنين» still dates the event's start.
    private func followsSince(_ t: TemporalMention, _ context: SentenceContext, _ doc: Document) -> Bool {
        let sentence = doc.sentences[context.index]
        guard let first = sentence.tokens.first(where: { doc.tokens[$0].span.start >= t.span.start }) else {
            return false
        }
        var words = 0
        var i = first - 1
        while i >= sentence.tokens.lowerBound && words < 5 {
            let token = doc.tokens[i]
            if token.kind == .punctuation { return false }
            words += 1
            if words > 2 && Self.since.contains(wholeForm(i, doc)) { return true }
            i -= 1
        }
        return false
    }

    /// Whether «اليوم التالي» / «اليوم السابق» follows «في» or a part of the day (see ``storyDayIntro``).
    private func tellsStoryDay(_ t: TemporalMention, _ doc: Document) -> Bool {
        let sentence = doc.sentences[t.sentence]
        guard let i = sentence.tokens.last(where: { doc.tokens[$0].span.end <= t.span.start }) else { return false }
        return doc.tokens[i].kind == .word && Self.storyDayIntro.contains(wholeForm(i, doc))
    }

    /// Whether the word right before the trigger is one of `word`.
    private func precedes(_ trigger: TextSpan, word: FormTable, _ context: SentenceContext, _ doc: Document) -> Bool {
        let sentence = doc.sentences[context.index]
        guard let i = sentence.tokens.last(where: { doc.tokens[$0].span.end <= trigger.start }) else { return false }
        return doc.tokens[i].kind == .word && word.contains(wholeForm(i, doc))
    }

    /// The first date of the next sentence when it opens with «جاء ذلك» («جاء ذلك خلال استقباله أمس …»), over
    /// at most one more sentence with no date between.
    private func followingReportDate(_ context: SentenceContext, _ doc: Document) -> TemporalMention? {
        var s = context.index + 1
        while s < doc.sentences.count && s <= context.index + 2 {
            // NB: the first two words by a plain scan: a lazy filter here copied the document on every call.
            var first: Int?
            var second: Int?
            for t in doc.sentences[s].tokens where doc.tokens[t].kind == .word {
                if first == nil {
                    first = t
                } else {
                    second = t
                    break
                }
            }
            if let first, let second, Self.cameThat.contains(wholeForm(first, doc)),
                Self.that.contains(wholeForm(second, doc))
            {
                return doc.temporals.first { $0.sentence == s }
            }
            if doc.temporals.contains(where: { $0.sentence == s }) { return nil }
            s += 1
        }
        return nil
    }

    /// Statement verbs that open a sentence going on with the story before it («وقال المتحدث أمس»).
    static let statementOpeners = CueWords.set([
        "وقال", "وقالت", "وأضاف", "وأضافت", "وأوضح", "وأوضحت", "وأكد", "وأكدت", "وعبر", "وعبرت", "وأعرب", "وأعربت",
    ])

    /// The day the next sentence gives its statement when its first word is a statement verb with «و» («وقال المتحدث
    /// باسم الرئاسة أمس …»، «وعبر في بيان أمس السبت عن إدانته»): a day named before the words said begin (at «إن/أن» or
    /// a colon), not one inside them («وقال: "… في 22 مايو"»). NB: a quotation mark may name a newspaper before the day
    /// («زود "الرياض" بنسخة منه أمس»).
    private func followingStatementDate(_ context: SentenceContext, _ doc: Document) -> TemporalMention? {
        let s = context.index + 1
        guard s < doc.sentences.count,
            let first = doc.sentences[s].tokens.first(where: { doc.tokens[$0].kind == .word }),
            Self.statementOpeners.contains(wholeForm(first, doc)),
            let told = doc.temporals.first(where: { $0.sentence == s }), told.precision == .day
        else { return nil }
        let saying = doc.sentences[s].tokens.first {
            $0 > first
                && (doc.tokens[$0].kind == .word
                    ? CueWords.complementizers.contains(wholeForm($0, doc))
                    : isColon($0, doc))
        }
        if let saying, doc.tokens[saying].span.start <= told.span.start { return nil }
        return told
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
