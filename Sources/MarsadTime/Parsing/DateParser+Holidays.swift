import MarsadCore

/// Yearly days, fractions of a year and decades: «عيد الفطر», «الربع الثالث من 2016», «السبعينيات».
extension DateParser {
    /// «عيد الميلاد» (the nearest one), «عيد الفطر الماضي», «يوم الأب عام 2015».
    func holiday(at i: Int) -> DateCandidate? {
        guard let (h, next) = first(i, { if case .holiday(let h) = $0 { h } else { nil } }) else { return nil }
        let spec = yearSpec(at: next, calendar: .gregorian) ?? yearSpec(at: next, calendar: h.calendar)
        let ref = reference
        let y0 = h.calendar.yearMonth(of: ref).year
        let date: CalendarDate?
        switch spec?.spec {
        case .explicit(let y) where h.calendar != .gregorian && y >= 1900:
            // «عيد الفطر عام 2023»: the one that falls in that Gregorian year.
            let first = h.calendar.yearMonth(of: CalendarDate(year: y, month: 1, day: 1)).year
            date = [first, first + 1].lazy.compactMap { h.date(inYear: $0) }.first { $0.year == y }
        case .explicit(let y):
            date = h.date(inYear: y)
        case .relative(.past):
            date = [y0, y0 - 1].lazy.compactMap { h.date(inYear: $0) }.first { $0 <= ref }
        case .relative(.next):
            date = [y0, y0 + 1].lazy.compactMap { h.date(inYear: $0) }.first { $0 > ref }
        case .relative(.current):
            date = h.date(inYear: y0)
        case nil:
            date = [y0, y0 - 1].lazy.compactMap { h.date(inYear: $0) }.first {
                $0.dayNumber <= ref.dayNumber + Self.futureWindow
            }
        }
        guard let date else { return nil }
        return candidate(i, spec?.next ?? next, .day(date))
    }

    /// «الربع الثالث من هذا العام», «النصف الأول من 2022», «الربع الأخير من العام الماضي».
    func fraction(at i: Int) -> DateCandidate? {
        guard let (parts, next) = first(i, { if case .fraction(let n) = $0 { n } else { nil } }) else { return nil }
        let which: Int
        let afterOrdinal: Int
        if let (q, n) = first(next, { if case .ordinal(let q) = $0 { q } else { nil } }), (1...parts).contains(q) {
            (which, afterOrdinal) = (q, n)
        } else if let n = marker(.last, at: next) {
            (which, afterOrdinal) = (parts, n)
        } else {
            return nil
        }
        guard let (year, end) = yearOf(at: afterOrdinal) else { return nil }
        let months = 12 / parts
        let firstMonth = (which - 1) * months + 1
        let from = CalendarDate(year: year, month: firstMonth, day: 1)
        let lastMonth = firstMonth + months - 1
        let to = CalendarDate(year: year, month: lastMonth, day: CalendarDate.daysIn(month: lastMonth, year: year))
        return candidate(i, end, ResolvedDate(value: from, precision: .year, start: from, end: to))
    }

    /// The Gregorian year after a part of it: «من هذا العام», «2016», «من عام 2015», «من ألفين وعشرين»,
    /// «من العام» (this year).
    func yearOf(at i: Int) -> (Int, next: Int)? {
        let j = marker(.of, at: i) ?? i
        if let (period, next, unit) = relativePeriod(at: j), unit == .year { return (period.start.year, next) }
        if let n = marker(.year, at: j), let found = year(at: n, calendar: .gregorian) { return found }
        if let found = year(at: j, calendar: .gregorian) { return found }
        if let (unit, next) = singularUnit(at: j, definite: true), unit == .year { return (reference.year, next) }
        return nil
    }

    /// «السبعينيات»: the most recent such decade that has begun by the reference year.
    func decade(at i: Int) -> DateCandidate? {
        guard let (d, next) = first(i, { if case .decade(let d) = $0 { d } else { nil } }) else { return nil }
        var y = reference.year / 100 * 100 + d
        if y > reference.year { y -= 100 }
        let from = CalendarDate(year: y, month: 1, day: 1)
        return candidate(
            i, next,
            ResolvedDate(value: from, precision: .year, start: from, end: CalendarDate(year: y + 9, month: 12, day: 31))
        )
    }
}
