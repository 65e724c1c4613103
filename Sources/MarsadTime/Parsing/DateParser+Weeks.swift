import MarsadCore

/// Weeks and weekdays tied to a week or a month: «الأسبوع الأول من أكتوبر», «أسبوع 16 سبتمبر»,
/// «هذا الأسبوع الجمعة», «الجمعة 15», «السبت الثاني من الشهر».
extension DateParser {
    /// The first day of the week that holds `date`.
    func weekStart(of date: CalendarDate) -> CalendarDate {
        date.adding(days: -((date.weekday - weekStart + 7) % 7))
    }

    /// A week from its first day; precision `.month`, as for other weeks (nothing lies between day and month).
    func week(from first: CalendarDate) -> ResolvedDate {
        ResolvedDate(value: first, precision: .month, start: first, end: first.adding(days: 6))
    }

    /// «الأسبوع الأول من أكتوبر» (the first week that starts in it), «الأسبوع الأخير من عام 2015» (the week
    /// holding its last day), «أسبوع 16 سبتمبر» (the week holding that day).
    func weekOf(at i: Int) -> DateCandidate? {
        guard let (unit, next) = first(i, { if case .unit(let u, .one, let d) = $0 { (u, d) } else { nil } }),
            unit.0 == .week
        else { return nil }
        if !unit.1 {
            guard let dated = dayMonth(at: next) ?? monthDay(at: next) else { return nil }
            return DateCandidate(
                range: candidate(i, next, dated.date).range.lowerBound..<dated.range.upperBound,
                date: week(from: weekStart(of: dated.date.value)))
        }
        let which: Int
        let after: Int
        if let (q, n) = first(next, { if case .ordinal(let q) = $0 { q } else { nil } }), (1...5).contains(q) {
            (which, after) = (q, n)
        } else if let n = marker(.last, at: next) {
            (which, after) = (0, n)
        } else {
            return nil
        }
        let j = marker(.of, at: after) ?? after
        let period: ResolvedDate
        let end: Int
        if let month = monthName(at: marker(.month, at: j) ?? j) {
            let year = yearSpec(at: month.next, calendar: month.calendar)
            period = resolveMonth(month.month, year: year?.spec, calendar: month.calendar)
            end = year?.next ?? month.next
        } else if let (p, n, unit) = relativePeriod(at: j), unit == .month || unit == .year {
            (period, end) = (p, n)
        } else if let (y, n) = yearOf(at: j) {
            (period, end) = (.year(y), n)
        } else {
            return nil
        }
        let first: CalendarDate
        if which == 0 {
            first = weekStart(of: period.end)
        } else {
            let s = period.start
            first = s.adding(days: (weekStart - s.weekday + 7) % 7 + 7 * (which - 1))
            guard first <= period.end else { return nil }
        }
        return candidate(i, end, week(from: first))
    }

    /// «هذا الأسبوع الجمعة», «الأسبوع القادم الأحد», «الأسبوع المقبل بين الأربعاء والجمعة»: days of a week
    /// named relative to the reference.
    func weekThenDay(at i: Int) -> DateCandidate? {
        guard let (period, next, unit) = relativePeriod(at: i), unit == .week else { return nil }
        let k = marker(.between, at: next) ?? marker(.in, at: next) ?? marker(.yawm, at: next) ?? next
        guard let (day, after) = weekdayName(at: k) else { return nil }
        let from = dayOfWeek(day, in: period.start)
        if let (last, end) = weekdayName(at: after), let lexeme = lexemes[after], lexeme.clitic == 2,
            startsWithWaw(after)
        {
            let to = dayOfWeek(last, in: period.start)
            guard from <= to else { return nil }
            return candidate(i, end, ResolvedDate(value: from, precision: .day, start: from, end: to))
        }
        return candidate(i, after, .day(from))
    }

    /// The ISO weekday named at `i` (with «ال»), and the token after it.
    func weekdayName(at i: Int) -> (Int, next: Int)? {
        first(i) { word in
            if case .weekday(let d, false) = word { return d }
            return nil
        }
    }

    /// The day of the week starting `weekFirst` that falls on ISO weekday `day`.
    func dayOfWeek(_ day: Int, in weekFirst: CalendarDate) -> CalendarDate {
        weekFirst.adding(days: (day - weekFirst.weekday + 7) % 7)
    }

    /// After a weekday: «15» or «في خمسة عشر» (the day of the month, in the month nearest the reference where
    /// it falls on that weekday), «الحادي والثلاثين» (the same), «الأول»…«الخامس» (the n-th such weekday of
    /// the reference month, or of the month named after «من»), «الأخير» (the last one), «من الأسبوع
    /// المقبل» (that weekday of that week).
    func weekdayDetail(_ day: Int, at next: Int) -> (CalendarDate, next: Int)? {
        let j = marker(.of, at: next) ?? next
        if let (period, after, unit) = relativePeriod(at: j), unit == .week {
            return (dayOfWeek(day, in: period.start), after)
        }
        let k = marker(.in, at: next) ?? next
        if k < tokens.count, tokens[k].kind == .number {
            guard tokens[k].digits <= 2, (1...31).contains(tokens[k].number) else { return nil }
            if k + 1 < tokens.count, tokens[k + 1].kind == .word, tokens[k + 1].start > tokens[k].end,
                lexemes[k + 1] == nil
            {
                return nil  // «الجمعة 15 قتيلا»
            }
            return monthDay(tokens[k].number, falling: day).map { ($0, k + 1) }
        }
        if let (n, after) = first(next, { if case .ordinal(let n) = $0 { n } else { nil } }) {
            if n > 5 { return monthDay(n, falling: day).map { ($0, after) } }
            let (month, end) = monthAfter(after)
            let first = month.start
            let date = first.adding(days: (day - first.weekday + 7) % 7 + 7 * (n - 1))
            return date <= month.end ? (date, end) : nil
        }
        if let after = marker(.last, at: next) {
            let (month, end) = monthAfter(after)
            let last = month.end
            return (last.adding(days: -((last.weekday - day + 7) % 7)), end)
        }
        if k > next, let (n, after) = numberWords(at: k), (1...31).contains(n) {
            return monthDay(n, falling: day).map { ($0, after) }
        }
        return nil
    }

    /// «من الشهر المقبل», «من يوليو» after an ordinal weekday, else the reference month.
    private func monthAfter(_ i: Int) -> (ResolvedDate, next: Int) {
        if let j = marker(.of, at: i) {
            if let (period, after, unit) = relativePeriod(at: j), unit == .month { return (period, after) }
            if let month = monthName(at: marker(.month, at: j) ?? j) {
                let year = yearSpec(at: month.next, calendar: month.calendar)
                return (
                    resolveMonth(month.month, year: year?.spec, calendar: month.calendar), year?.next ?? month.next
                )
            }
        }
        return (.month(year: reference.year, month: reference.month), i)
    }

    /// The day `day` of the month nearest the reference (this month first, then one back, one ahead …) that
    /// falls on ISO weekday `weekday`.
    private func monthDay(_ day: Int, falling weekday: Int) -> CalendarDate? {
        for offset in [0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5, -6, 6] {
            let m = reference.adding(months: offset)
            guard day <= CalendarDate.daysIn(month: m.month, year: m.year) else { continue }
            let date = CalendarDate(year: m.year, month: m.month, day: day)
            if date.weekday == weekday { return date }
        }
        return nil
    }
}
