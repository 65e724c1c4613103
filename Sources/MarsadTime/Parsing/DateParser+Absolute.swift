import MarsadCore

/// Calendar dates: «30 يونيو (حزيران) 2023», «في يونيو الماضي», «عام 2015», «15 رمضان 1444 هـ».
extension DateParser {
    /// «30 يونيو 2023», «الثالث من يوليو الماضي», «الأول من الشهر الجاري», «23 في الشهر المقبل»,
    /// «15 رمضان 1444 هـ», «خمسة عشر مارس».
    func dayMonth(at i: Int) -> DateCandidate? {
        guard let (day, afterDay) = dayOfMonth(at: i) else { return nil }
        let j = marker(.of, at: afterDay) ?? afterDay
        if let month = monthName(at: j) {
            let year = yearSpec(at: month.next, calendar: month.calendar)
            guard let date = resolveDay(day, month: month.month, year: year?.spec, calendar: month.calendar) else {
                return nil
            }
            return candidate(i, year?.next ?? month.next, .day(date))
        }
        let k = marker(.in, at: afterDay) ?? j
        if let (period, next, unit) = relativePeriod(at: k), unit == .month {
            let (y, m) = (period.start.year, period.start.month)
            guard day <= CalendarDate.daysIn(month: m, year: y) else { return nil }
            return candidate(i, next, .day(CalendarDate(year: y, month: m, day: day)))
        }
        return nil
    }

    /// The month first: «يناير الثاني والعشرين، 2018», «مايو تسعة وعشرين», «أكتوبر/ 2», «سبتمبر 21 من عام 1978».
    ///
    /// NB: not after «شهر»: Arabic puts the day first («16 من شهر سبتمبر»), so in «شهر سبتمبر 16» or «شهر
    /// سبتمبر 9 ميلادي» the number is no day of that month.
    func monthDay(at i: Int) -> DateCandidate? {
        guard marker(.month, at: i) == nil, i == 0 || marker(.month, at: i - 1) != i, let month = monthName(at: i)
        else { return nil }
        let k = isMark(month.next, Keys.monthSeparators) ? month.next + 1 : month.next
        guard let (day, afterDay) = dayOfMonth(at: k) else { return nil }
        // «في يونيو 30 قتيلا»: a number before a noun counts the noun.
        if afterDay < tokens.count, tokens[afterDay].kind == .word, lexemes[afterDay] == nil { return nil }
        let year = yearSpec(at: afterDay, calendar: month.calendar)
        if month.ambiguous && !month.paired && year == nil && k == month.next { return nil }
        guard let date = resolveDay(day, month: month.month, year: year?.spec, calendar: month.calendar) else {
            return nil
        }
        return candidate(i, year?.next ?? afterDay, .day(date))
    }

    /// A day of the month at `i`: one or two digits, an ordinal («الثالث»), or number words up to 31.
    func dayOfMonth(at i: Int) -> (Int, next: Int)? {
        guard i < tokens.count else { return nil }
        if tokens[i].kind == .number {
            guard tokens[i].digits <= 2, (1...31).contains(tokens[i].number) else { return nil }
            return (tokens[i].number, i + 1)
        }
        if let (d, next) = first(i, { if case .ordinal(let d) = $0 { return d } else { return nil } }) {
            return (d, next)
        }
        if let (n, next) = numberWords(at: i), (1...31).contains(n) { return (n, next) }
        return nil
    }

    /// «في يونيو الماضي», «فبراير (شباط) 2022», «شهر آب», «رمضان 1444»: a whole month.
    func monthOnly(at i: Int) -> DateCandidate? {
        let named = marker(.month, at: i)
        guard let month = monthName(at: named ?? i) else { return nil }
        let year = yearSpec(at: month.next, calendar: month.calendar)
        // NB: «مارس» is also «he practised» and «آب» folds to «أب» (father): such names need support.
        if month.ambiguous && !month.paired && named == nil && year == nil { return nil }
        return candidate(
            i, year?.next ?? month.next, resolveMonth(month.month, year: year?.spec, calendar: month.calendar))
    }

    /// «عام 2015», «في 2014» (only the number), «2015م», «عام 1444 هـ», «في ألف وسبعمائة وتسعة وثمانين».
    func yearOnly(at i: Int) -> DateCandidate? {
        if let n = marker(.year, at: i) {
            if let (y, calendar, next) = eraYear(at: n) { return candidate(i, next, wholeYear(y, calendar)) }
            if let (y, next) = year(at: n, calendar: .gregorian) { return candidate(i, next, .year(y)) }
            // «عام 247»: three digits only after «عام», and not counting a noun.
            if n < tokens.count, tokens[n].kind == .number, tokens[n].digits == 3, tokens[n].number >= 100,
                !(n + 1 < tokens.count && tokens[n + 1].kind == .word && lexemes[n + 1] == nil)
            {
                return candidate(i, n + 1, .year(tokens[n].number))
            }
        }
        if let (y, calendar, next) = eraYear(at: i), calendar != .gregorian {
            return candidate(i, next, wholeYear(y, calendar))
        }
        let introduced =
            i > 0 && lexemes[i - 1]?.end == i
            && [.in, .ago, .within, .to].contains { marker($0, at: i - 1) != nil }
        if tokens[i].kind == .word {
            // Number words make a year only where a year is expected and nothing is counted after them.
            guard introduced, let (y, next) = year(at: i, calendar: .gregorian),
                !(next < tokens.count && tokens[next].kind == .word && lexemes[next] == nil)
            else { return nil }
            return candidate(i, next, .year(y))
        }
        guard let (y, next) = yearNumber(at: i) else { return nil }
        let attachedEra = next > i + 1
        return attachedEra || introduced ? candidate(i, next, .year(y)) : nil
    }

    /// «في 15» at the end of a clause: the day of the reference month. A number followed by a word counts it
    /// («في 15 مدينة»), so only a clause end or nothing may follow.
    func bareDay(at i: Int) -> DateCandidate? {
        guard let n = marker(.in, at: i), n < tokens.count, tokens[n].kind == .number, tokens[n].digits <= 2,
            (1...31).contains(tokens[n].number),
            tokens[n].number
                <= CalendarDate.daysIn(
                    month: reference.month, year: reference.year)
        else { return nil }
        if n + 1 < tokens.count {
            let next = tokens[n + 1]
            guard next.kind == .mark, !Keys.dateSeparators.contains(next.key) || next.key == Keys.period,
                !Keys.percent.contains(next.key)
            else { return nil }
            if next.key == Keys.period && n + 2 < tokens.count && tokens[n + 2].start == next.end { return nil }
        }
        let date = CalendarDate(year: reference.year, month: reference.month, day: tokens[n].number)
        return DateCandidate(range: tokens[n].start..<tokens[n].end, date: .day(date))
    }

    // MARK: - Pieces

    /// A month name, with an optional second name for the same month: «يونيو (حزيران)», «حزيران/يونيو»,
    /// «يونيو حزيران».
    func monthName(at i: Int) -> (month: Int, calendar: CalendarSystem, next: Int, paired: Bool, ambiguous: Bool)? {
        func name(_ k: Int) -> (Int, CalendarSystem, Bool, next: Int)? {
            guard
                let ((m, c, a), next) = first(
                    k, { if case .month(let m, let c, let a) = $0 { (m, c, a) } else { nil } })
            else { return nil }
            return (m, c, a, next)
        }
        guard let (month, calendar, ambiguous, next) = name(i) else { return nil }
        func same(_ other: (Int, CalendarSystem, Bool, next: Int)?) -> Int? {
            guard let other, other.0 == month, other.1 == calendar else { return nil }
            return other.next
        }
        if isMark(next, Keys.openParenthesis), let after = same(name(next + 1)), isMark(after, Keys.closeParenthesis) {
            return (month, calendar, after + 1, true, false)
        }
        if isMark(next, Keys.monthSeparators), let after = same(name(next + 1)) {
            return (month, calendar, after, true, false)
        }
        if let after = same(name(next)) { return (month, calendar, after, true, false) }
        return (month, calendar, next, false, ambiguous)
    }
}
