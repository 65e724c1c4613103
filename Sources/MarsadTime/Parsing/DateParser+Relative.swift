import MarsadCore

/// Dates relative to the reference: «أمس», «الجمعة الماضي», «الشهر الماضي», «نهاية الشهر الماضي», «قبل يومين».
///
/// Weeks start on Saturday by default, as on most Arab calendars (``TemporalResolver`` takes another
/// start): «الأسبوع الماضي» is the Saturday-to-Friday week before the one that holds the reference. Week expressions have precision `.month` because a week is
/// coarser than a day and the precision scale has nothing between.
extension DateParser {
    /// «أمس», «أول أمس», «اليوم» (alone), «غدا», with a following weekday absorbed: «أمس الجمعة».
    func dayWord(at i: Int) -> DateCandidate? {
        guard let (offset, next) = first(i, { if case .day(let d) = $0 { d } else { nil } }) else { return nil }
        // «في نفس اليوم», «في ذات اليوم»: the story's day, as «في اليوم نفسه», not today.
        if offset == 0, i > 0, lexemes[i]?.clitic == 0, Keys.same.contains(tokens[i - 1].key) { return nil }
        // «عين اليوم – متابعات»: a news site's name, not today.
        if offset == 0, i > 0, lexemes[i]?.clitic == 0, lexemes[i - 1]?.words.contains(.masthead) == true { return nil }
        if offset == 0, next < tokens.count, tokens[next].kind == .word {
            // «اليوم الوطني»، «اليوم التالي»، «اليوم نفسه» name a day, not today; «اليوم الجمعة» is today.
            let words = lexemes[next]?.words ?? []
            let isWeekday = words.contains { if case .weekday = $0 { true } else { false } }
            if words.contains(.blocker) || (tokens[next].isDefinite && !isWeekday) {
                return nil
            }
        }
        var end = next
        var date = reference.adding(days: offset)
        if let (day, after) = weekdayName(at: next) {
            end = after
            // «اليوم الثلاثاء» in a paper dated Thursday: the article was written earlier than printed, and the
            // weekday is the more precise word. Take that weekday nearest the day word (at most 3 days away).
            let back = (date.weekday - day + 7) % 7
            date = back <= 3 ? date.adding(days: -back) : date.adding(days: 7 - back)
        }
        return candidate(i, end, .day(date))
    }

    /// «الجمعة» (on or before the reference), «الجمعة الماضي» (before), «الجمعة المقبل» (after),
    /// «الجمعة 30 يونيو» (the date given).
    func weekday(at i: Int, afterYawm: Bool) -> DateCandidate? {
        guard let ((day, needsYawm), next) = first(i, { if case .weekday(let d, let y) = $0 { (d, y) } else { nil } })
        else { return nil }
        if needsYawm && !afterYawm { return nil }
        let k = isMark(next, Keys.commas) ? next + 1 : next
        let dated = dayMonth(at: k) ?? monthDay(at: k) ?? numericDate(at: k)
        // «الجمعة الأولى من الشهر المقبل» is the first Friday, not the first of the month, unless that is a Friday.
        if let dated, dated.date.value.weekday == day || weekdayDetail(day, at: next) == nil {
            return DateCandidate(
                range: candidate(i, next, dated.date).range.lowerBound..<dated.range.upperBound,
                date: dated.date)
        }
        if let (date, after) = weekdayDetail(day, at: next) { return candidate(i, after, .day(date)) }
        let back = (reference.weekday - day + 7) % 7
        let ahead = (day - reference.weekday + 7) % 7
        // «الجمعة قبل الماضية», «الخميس بعد المقبل»: one week further.
        if let (step, after) = secondQualifier(at: next) {
            let days = step < 0 ? -(back == 0 ? 7 : back) - 7 : (ahead == 0 ? 7 : ahead) + 7
            return candidate(i, after, .day(reference.adding(days: days)))
        }
        guard let (direction, after) = qualifier(at: next) else {
            return candidate(i, next, .day(reference.adding(days: -back)))
        }
        switch direction {
        case .past: return candidate(i, after, .day(reference.adding(days: back == 0 ? -7 : -back)))
        case .next: return candidate(i, after, .day(reference.adding(days: ahead == 0 ? 7 : ahead)))
        case .current: return candidate(i, after, .day(reference.adding(days: -back)))
        }
    }

    /// «يوم» before a day word, weekday or date: «يوم أمس», «يوم الجمعة», «يوم جمعة», «يوم 30 يونيو».
    func yawm(at i: Int) -> DateCandidate? {
        guard let n = marker(.yawm, at: i) else { return nil }
        guard
            let inner = dayWord(at: n) ?? weekday(at: n, afterYawm: true) ?? dayMonth(at: n) ?? numericDate(at: n)
                ?? holiday(at: n)
        else { return nil }
        let start = tokens[i].start + (lexemes[i]?.clitic ?? 0)
        return DateCandidate(range: start..<inner.range.upperBound, date: inner.date)
    }

    /// «هذا الأسبوع», «الشهر الماضي», «العام المقبل», «السنة الجارية».
    func relativePeriodCandidate(at i: Int) -> DateCandidate? {
        guard let (period, next, _) = relativePeriod(at: i) else { return nil }
        return candidate(i, next, period)
    }

    /// A week, month, year or decade named relative to the reference, the token after it, and its unit:
    /// «هذا الأسبوع», «العام الماضي», «الأسبوع بعد المقبل», «العام قبل الماضي», «العقد الماضي».
    func relativePeriod(at i: Int) -> (ResolvedDate, next: Int, unit: DateWord.Unit)? {
        // NB: «هذا العقد» and «العقد الحالي» are mostly «this contract»; a decade takes only «الماضي» or
        // «المقبل» and their synonyms, not «السابق» (also «the previous contract»).
        if let (_, n) = first(i, { if case .relative(.current, prefix: true) = $0 { true } else { nil } }),
            let (unit, next) = singularUnit(at: n, definite: true), unit != .day, unit != .decade
        {
            return (period(unit, step: 0), next, unit)
        }
        guard let (unit, n) = singularUnit(at: i, definite: true), unit != .day else { return nil }
        if let (step, next) = secondQualifier(at: n) { return (period(unit, step: step), next, unit) }
        guard let (direction, next) = qualifier(at: n) else { return nil }
        if unit == .decade && (direction == .current || marker(.story, at: n) != nil) { return nil }
        return (period(unit, step: direction == .past ? -1 : direction == .next ? 1 : 0), next, unit)
    }

    /// «بعد المقبل», «ما بعد التالي», «قبل الماضي», «ما قبل الماضية» after a unit or weekday: two steps from the
    /// reference (+2 or -2), and the token after.
    func secondQualifier(at i: Int) -> (Int, next: Int)? {
        let k = i < tokens.count && tokens[i].key == Keys.ma ? i + 1 : i
        if let n = marker(.after, at: k), let (direction, next) = qualifier(at: n), direction == .next {
            return (2, next)
        }
        if let n = marker(.ago, at: k), let (direction, next) = qualifier(at: n), direction == .past {
            return (-2, next)
        }
        return nil
    }

    /// «اليوم الماضي» (yesterday), «اليوم المقبل» (tomorrow), and «اليوم التالي» / «اليوم السابق»: the day after
    /// or before the story's last event, which is the reference's next or previous day when no story precedes
    /// (a lone sentence: «سأعود اليوم التالي»).
    func relativeDay(at i: Int) -> DateCandidate? {
        guard let (unit, n) = singularUnit(at: i, definite: true), unit == .day,
            let (direction, next) = qualifier(at: n), direction != .current
        else { return nil }
        let offset = direction == .past ? -1 : 1
        var found = candidate(i, next, .day(reference.adding(days: offset)))
        if marker(.story, at: n) != nil { found.storyOffset = offset }
        return found
    }

    /// «الأسبوعين الماضيين», «الأشهر الستة الماضية», «الأيام الثلاثة المقبلة»: a stretch ending (or
    /// starting) at the reference; the value is its middle day.
    func periodEndingNow(at i: Int) -> DateCandidate? {
        guard
            let ((unit, quantity), n) = first(
                i,
                { word -> (DateWord.Unit, DateWord.Quantity)? in
                    if case .unit(let u, let q, definite: true) = word, q != .one { return (u, q) }
                    return nil
                })
        else { return nil }
        var units = 2
        var k = n
        if quantity == .plural {
            guard let (c, next) = count(at: n) else { return nil }
            (units, k) = (c, next)
        }
        guard let (direction, end) = qualifier(at: k), direction != .current else { return nil }
        // A past stretch ends at the reference («خلال الأسبوعين الماضيين» includes today); a coming one
        // starts the day after.
        return candidate(i, end, stretch(unit, units: direction == .past ? -units : units))
    }

    /// The `|units|` units ending at the reference (`units` < 0) or starting the day after (`units` > 0); the
    /// value is the middle day. A past stretch includes the reference: «خلال الأسبوعين الماضيين» includes today.
    func stretch(_ unit: DateWord.Unit, units: Int) -> ResolvedDate {
        let far = shift(reference, unit, by: units)
        let (from, to) = units < 0 ? (far, reference) : (reference.adding(days: 1), far)
        let middle = CalendarDate(dayNumber: (from.dayNumber + to.dayNumber) / 2)
        let precision: DatePrecision = unit == .year || unit == .decade ? .year : .month
        return ResolvedDate(value: middle, precision: precision, start: from, end: to)
    }

    /// «مطلع الشهر الجاري», «نهاية الشهر الماضي», «منتصف العام الماضي», «أواخر يونيو», «أوائل 2015».
    func part(at i: Int) -> DateCandidate? {
        guard let (part, next) = first(i, { if case .part(let p) = $0 { p } else { nil } }) else { return nil }
        let j = marker(.of, at: next) ?? next
        let base: (ResolvedDate, next: Int)?
        if let (period, after, _) = relativePeriod(at: j) {
            base = (period, after)
        } else if let month = monthName(at: marker(.month, at: j) ?? j) {
            let year = yearSpec(at: month.next, calendar: month.calendar)
            base = (resolveMonth(month.month, year: year?.spec, calendar: month.calendar), year?.next ?? month.next)
        } else if let (y, after) = yearNumber(at: marker(.year, at: j) ?? j) {
            base = (.year(y), after)
        } else if let (unit, after) = singularUnit(at: j, definite: true), unit != .day, unit != .decade {
            base = (period(unit, step: 0), after)  // «نهاية العام» = of this year («نهاية العقد»: of a contract)
        } else {
            base = nil
        }
        guard let (period, end) = base else { return nil }
        if part == .rest {
            // «بقية العام»: from the reference (or the period's start, if later) to the period's end.
            guard reference <= period.end else { return nil }
            let from = max(reference, period.start)
            return candidate(
                i, end, ResolvedDate(value: from, precision: period.precision, start: from, end: period.end))
        }
        return candidate(i, end, period.part(part))
    }

    /// «قبل يومين», «قبل ثلاثة أيام», «منذ أسبوع», «منذ 20 عاما», «بعد شهرين».
    func ago(at i: Int) -> DateCandidate? {
        guard
            let (sign, afterMarker) = first(
                i,
                { word -> Int? in
                    if word == .marker(.ago) { return -1 }
                    return word == .marker(.after) || word == .marker(.in) ? 1 : nil
                })
        else { return nil }
        // «قبل نحو شهر», «بعد أكثر من عامين»: an approximate count still places a day. NB: not after «منذ»:
        // «يسيطرون عليها منذ أكثر من عشرة أشهر» tells how long a state has lasted, not when anything happened.
        let stem = tokens[i].start + (lexemes[i]?.clitic ?? 0)
        let since = DateToken.key(bytes[stem..<tokens[i].end]) == Keys.mundhu
        let n = since ? afterMarker : marker(.about, at: afterMarker) ?? afterMarker
        let counted = count(at: n)
        // «في 10 أيام» (in ten days) needs its number: «في يوم» or «في أسبوع» name no date.
        if marker(.in, at: i) != nil && (counted == nil || tokens[n].kind != .number) { return nil }
        let j = counted?.next ?? n
        guard
            let ((unit, quantity), unitEnd) = first(
                j,
                { word -> (DateWord.Unit, DateWord.Quantity)? in
                    if case .unit(let u, let q, definite: false) = word { return (u, q) }
                    return nil
                })
        else { return nil }
        let units: Int
        switch quantity {
        case .dual:
            guard counted == nil else { return nil }
            units = 2
        case .plural:
            guard let c = counted?.0 else { return nil }  // «قبل أيام» is too vague
            units = c
        case .one:
            units = counted?.0 ?? 1
        }
        var next = unitEnd
        var value = shift(reference, unit, by: sign * units)
        // «منذ شهر و21 يوما»: more units joined by «و».
        if next + 1 < tokens.count, tokens[next].kind == .word, tokens[next].key == Keys.waw,
            let (more, k) = count(at: next + 1),
            let (moreUnit, after) = first(
                k, { if case .unit(let u, let q, definite: false) = $0, q != .dual { u } else { nil } })
        {
            value = shift(value, moreUnit, by: sign * more)
            next = after
        }
        // «بعد أسبوعين من الآن» counts from now, like the bare form.
        if let k = marker(.of, at: next), let after = marker(.now, at: k) { next = after }
        // «منذ عام 2015» is a year; «قبل يومين من الانتخابات» and «بعد يومين على» count from another
        // event; «يوما بعد يوم» is «day after day».
        if yearNumber(at: next) != nil || marker(.of, at: next) != nil { return nil }
        if next < tokens.count && tokens[next].key == Keys.ala { return nil }
        if i > 0, first(i - 1, { if case .unit(unit, _, _) = $0 { true } else { nil } }) != nil { return nil }
        let date: ResolvedDate
        switch unit {
        case .day: date = .day(value)
        case .week:
            date = ResolvedDate(
                value: value, precision: .month, start: value.adding(days: -3), end: value.adding(days: 3))
        case .month: date = .month(year: value.year, month: value.month).with(value: value)
        case .year, .decade: date = .year(value.year, value: value)
        }
        return candidate(i, next, date)
    }

    // MARK: - Pieces

    /// A singular unit word at `i` («الشهر», «عام»), definite or not as asked.
    func singularUnit(at i: Int, definite: Bool) -> (DateWord.Unit, next: Int)? {
        first(i) { word in
            if case .unit(let u, .one, let d) = word, d == definite { return u }
            return nil
        }
    }

    /// The week, month or year `step` units from the one that holds the reference (-1: «الماضي», 0: «هذا»,
    /// 2: «بعد المقبل»); for a decade, the ten years before the reference (-1) or after it (1).
    ///
    /// NB: a decade is not a calendar unit here. Arabic names calendar decades by their numbers
    /// («التسعينيات»); «خلال العقد الماضي» and «العقدين الماضيين» in news are the last ten and twenty years.
    func period(_ unit: DateWord.Unit, step: Int) -> ResolvedDate {
        switch unit {
        case .day:
            return .day(reference.adding(days: step))
        case .week:
            let first = weekStart(of: reference).adding(days: 7 * step)
            return ResolvedDate(
                value: reference.adding(days: 7 * step), precision: .month, start: first, end: first.adding(days: 6))
        case .month:
            let m = reference.adding(months: step)
            return .month(year: m.year, month: m.month)
        case .year:
            // «العام الماضي» = the reference day a year earlier, known to the year (as the dev gold codes it).
            return .year(reference.year + step, value: reference.adding(months: 12 * step))
        case .decade:
            guard step != 0 else {
                let first = reference.year / 10 * 10
                return ResolvedDate(
                    value: reference, precision: .year, start: CalendarDate(year: first, month: 1, day: 1),
                    end: CalendarDate(year: first + 9, month: 12, day: 31))
            }
            // «العقد قبل الماضي»: the ten years before the last ten.
            let nearer = step < 0 ? step + 1 : step - 1
            let whole = stretch(.decade, units: step < 0 ? -1 : 1)
            let move = 120 * nearer
            let start = whole.start.adding(months: move)
            let end = whole.end.adding(months: move)
            return ResolvedDate(
                value: CalendarDate(dayNumber: (start.dayNumber + end.dayNumber) / 2), precision: .year,
                start: start, end: end)
        }
    }

    /// `date` moved by `count` units.
    func shift(_ date: CalendarDate, _ unit: DateWord.Unit, by count: Int) -> CalendarDate {
        switch unit {
        case .day: date.adding(days: count)
        case .week: date.adding(days: 7 * count)
        case .month: date.adding(months: count)
        case .year: date.adding(months: 12 * count)
        case .decade: date.adding(months: 120 * count)
        }
    }
}
