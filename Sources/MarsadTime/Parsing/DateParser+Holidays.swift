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

    /// «السبعينيات»: the most recent such decade that has begun by the reference year; «ثمانينيات القرن الماضي»,
    /// «الثمانينيات من القرن العشرين», «تسعينيات القرن التاسع عشر»: that decade of the century named.
    ///
    /// The century attaches in a construct («ثمانينيات القرن», the decade without «ال») or after «من»; a
    /// definite decade right before «القرن» is no construct, and stays the most recent such decade.
    func decade(at i: Int) -> DateCandidate? {
        guard let (d, next) = first(i, { if case .decade(let d) = $0 { d } else { nil } }) else { return nil }
        var y = reference.year / 100 * 100 + d
        if y > reference.year { y -= 100 }
        var end = next
        let inConstruct = stemIsDefinite(i) ? nil : century(at: next)
        if let (c, after) = inConstruct ?? marker(.of, at: next).flatMap({ century(at: $0) }) {
            y = (c - 1) * 100 + d
            end = after
        }
        let from = CalendarDate(year: y, month: 1, day: 1)
        return candidate(
            i, end,
            ResolvedDate(value: from, precision: .year, start: from, end: CalendarDate(year: y + 9, month: 12, day: 31))
        )
    }

    /// A century and the token after it: «القرن الماضي» (the one before the reference's), «هذا القرن», «القرن
    /// الحالي», «القرن العشرين», «القرن التاسع عشر», «القرن 19». Centuries are numbered from 1: the 20th holds
    /// 1900–1999 for its decades.
    func century(at i: Int) -> (Int, next: Int)? {
        let current = reference.year / 100 + 1
        if let (_, n) = first(i, { if case .relative(.current, prefix: true) = $0 { true } else { nil } }),
            let next = marker(.century, at: n)
        {
            return (current, next)
        }
        guard let k = marker(.century, at: i), k < tokens.count else { return nil }
        if let (direction, next) = qualifier(at: k), marker(.story, at: k) == nil {
            return (current + (direction == .past ? -1 : direction == .next ? 1 : 0), next)
        }
        if let (n, next) = first(k, { if case .ordinal(let n) = $0 { n } else { nil } }), (1...30).contains(n) {
            return (n, next)
        }
        if tokens[k].kind == .number, tokens[k].digits <= 2, (1...30).contains(tokens[k].number) {
            return (tokens[k].number, k + 1)
        }
        return nil
    }

    /// Whether the word at `i`, after its proclitics, starts with the article «ال».
    func stemIsDefinite(_ i: Int) -> Bool {
        let at = tokens[i].start + (lexemes[i]?.clitic ?? 0)
        return at + 4 <= tokens[i].end && bytes[at] == 0xD8 && bytes[at + 1] == 0xA7 && bytes[at + 2] == 0xD9
            && bytes[at + 3] == 0x84
    }
}
