import MarsadCore

/// Calendar dates: «30 يونيو (حزيران) 2023», «في يونيو الماضي», «عام 2015», «30/6/2023».
extension DateParser {
    /// How the year of a day or month is given.
    enum YearSpec: Equatable {
        /// «2023»، «عام 2023»، «من العام الماضي»
        case explicit(Int)
        /// «الماضي»، «المقبل»، «الجاري» right after the month.
        case relative(DateWord.Direction)
    }

    /// How far after the reference a date without year may lie before it is read as last year's: about two
    /// months, because news reports past events but also announces near ones.
    static let futureWindow = 62

    /// «30 يونيو 2023», «الثالث من يوليو الماضي», «الأول من الشهر الجاري».
    func dayMonth(at i: Int) -> DateCandidate? {
        guard i < tokens.count else { return nil }
        let day: Int
        let afterDay: Int
        if tokens[i].kind == .number {
            guard tokens[i].digits <= 2, (1...31).contains(tokens[i].number) else { return nil }
            day = tokens[i].number
            afterDay = i + 1
        } else if let (d, next) = first(i, { if case .ordinal(let d) = $0 { return d } else { return nil } }) {
            day = d
            afterDay = next
        } else {
            return nil
        }
        let j = marker(.of, at: afterDay) ?? afterDay
        if let month = monthName(at: j) {
            let year = yearSpec(at: month.next)
            guard let date = resolveDay(day, month: month.month, year: year?.spec) else { return nil }
            return candidate(i, year?.next ?? month.next, .day(date))
        }
        if let (period, next, unit) = relativePeriod(at: j), unit == .month {
            let (y, m) = (period.start.year, period.start.month)
            guard day <= CalendarDate.daysIn(month: m, year: y) else { return nil }
            return candidate(i, next, .day(CalendarDate(year: y, month: m, day: day)))
        }
        return nil
    }

    /// «في يونيو الماضي», «فبراير (شباط) 2022», «شهر آب»: a whole month.
    func monthOnly(at i: Int) -> DateCandidate? {
        let named = marker(.month, at: i)
        guard let month = monthName(at: named ?? i) else { return nil }
        let year = yearSpec(at: month.next)
        // NB: «مارس» is also «he practised» and «آب» folds to «أب» (father): such names need support.
        if month.ambiguous && !month.paired && named == nil && year == nil { return nil }
        let y = resolveMonthYear(month.month, year: year?.spec)
        return candidate(i, year?.next ?? month.next, .month(year: y, month: month.month))
    }

    /// «عام 2015», «في 2014» (only the number), «2015م»: a year between 1900 and 2100.
    func yearOnly(at i: Int) -> DateCandidate? {
        if let n = marker(.year, at: i), let (y, next) = yearNumber(at: n) {
            return candidate(i, next, .year(y))
        }
        guard let (y, next) = yearNumber(at: i) else { return nil }
        let attachedEra = next > i + 1
        let introduced =
            i > 0 && lexemes[i - 1]?.end == i
            && [.in, .ago, .within].contains { marker($0, at: i - 1) != nil }
        return attachedEra || introduced ? candidate(i, next, .year(y)) : nil
    }

    /// «30/6/2023», «30-6-2023», «2023/06/30» (day first unless the year is), and «2015-3» (a month).
    func numericDate(at i: Int) -> DateCandidate? {
        let separators = Keys.dateSeparators
        func joined(_ a: Int) -> Bool { a + 1 < tokens.count && tokens[a].end == tokens[a + 1].start }
        func number(_ a: Int) -> Bool { a < tokens.count && tokens[a].kind == .number }
        guard number(i), joined(i), isMark(i + 1, separators), joined(i + 1), number(i + 2) else { return nil }
        // Part of something longer (a phone number, «1/2/3/4»)?
        if i > 0, tokens[i - 1].end == tokens[i].start, tokens[i - 1].kind != .word { return nil }
        let sep = tokens[i + 1].key
        let (a, b) = (tokens[i], tokens[i + 2])
        let threeParts = joined(i + 2) && tokens[i + 3].key == sep && joined(i + 3) && number(i + 4)
        if !threeParts {
            guard !(joined(i + 2) && isMark(i + 3, separators)) else { return nil }
            let years = 1900...2100
            if a.digits == 4, years.contains(a.number), b.digits <= 2, (1...12).contains(b.number) {
                return candidate(i, i + 3, .month(year: a.number, month: b.number))  // «2015-3»
            }
            if a.digits <= 2, (1...12).contains(a.number), b.digits == 4, years.contains(b.number) {
                return candidate(i, i + 3, .month(year: b.number, month: a.number))  // «3/2015»
            }
            if a.digits == 4, b.digits == 4, years.contains(a.number), years.contains(b.number), a.number < b.number {
                // «2014-2018»: the years from one to the other; the value is the first day.
                let span = ResolvedDate.year(a.number)
                return candidate(
                    i, i + 3,
                    ResolvedDate(
                        value: span.start, precision: .year, start: span.start, end: ResolvedDate.year(b.number).end))
            }
            return nil
        }
        if joined(i + 4) && isMark(i + 5, separators) { return nil }
        let c = tokens[i + 4]
        let (year, month, day): (Int, Int, Int)
        if a.digits == 4 {
            guard b.digits <= 2, c.digits <= 2 else { return nil }
            (year, month, day) = (a.number, b.number, c.number)
        } else {
            guard a.digits <= 2, b.digits <= 2, c.digits == 4 || c.digits == 2 else { return nil }
            // Two-digit years: the century that keeps the date from lying far in the future.
            let y = c.digits == 4 ? c.number : c.number + (c.number <= reference.year % 100 + 1 ? 2000 : 1900)
            (year, month, day) = (y, b.number, a.number)
        }
        guard (1...12).contains(month), day >= 1, day <= CalendarDate.daysIn(month: month, year: year) else {
            return nil
        }
        return candidate(i, i + 5, .day(CalendarDate(year: year, month: month, day: day)))
    }

    // MARK: - Pieces

    /// A month name, with an optional second name for the same month: «يونيو (حزيران)», «حزيران/يونيو».
    func monthName(at i: Int) -> (month: Int, next: Int, paired: Bool, ambiguous: Bool)? {
        func name(_ k: Int) -> (Int, Bool, next: Int)? {
            guard let ((m, a), next) = first(k, { if case .month(let m, let a) = $0 { (m, a) } else { nil } })
            else { return nil }
            return (m, a, next)
        }
        guard let (month, ambiguous, next) = name(i) else { return nil }
        if isMark(next, Keys.openParenthesis), let (other, _, after) = name(next + 1), other == month,
            isMark(after, Keys.closeParenthesis)
        {
            return (month, after + 1, true, false)
        }
        if isMark(next, Keys.monthSeparators), let (other, _, after) = name(next + 1), other == month {
            return (month, after, true, false)
        }
        return (month, next, false, ambiguous)
    }

    /// The year part after a month: «2023», «، 2023», «من عام 2023», «من العام الماضي», «الماضي».
    func yearSpec(at i: Int) -> (spec: YearSpec, next: Int)? {
        let k = isMark(i, Keys.commas) ? i + 1 : i
        if let (y, next) = yearNumber(at: k, in: 1000...2999) { return (.explicit(y), next) }
        let j = marker(.of, at: i) ?? i
        if let n = marker(.year, at: j), let (y, next) = yearNumber(at: n, in: 1000...2999) {
            return (.explicit(y), next)
        }
        if let (period, next, unit) = relativePeriod(at: j), unit == .year {
            return (.explicit(period.start.year), next)
        }
        if let (direction, next) = qualifier(at: i) { return (.relative(direction), next) }
        return nil
    }

    /// The day `day` of `month` in the year the text gives or implies.
    func resolveDay(_ day: Int, month: Int, year: YearSpec?) -> CalendarDate? {
        func date(_ y: Int) -> CalendarDate? {
            day <= CalendarDate.daysIn(month: month, year: y) ? CalendarDate(year: y, month: month, day: day) : nil
        }
        let ref = reference
        switch year {
        case .explicit(let y):
            return date(y)
        case .relative(.past):
            // The most recent such day on or before the reference.
            if let d = date(ref.year), d <= ref { return d }
            return date(ref.year - 1)
        case .relative(.next):
            if let d = date(ref.year), d > ref { return d }
            return date(ref.year + 1)
        case .relative(.current):
            return date(ref.year)
        case nil:
            if let d = date(ref.year), d.dayNumber <= ref.dayNumber + Self.futureWindow { return d }
            return date(ref.year - 1)
        }
    }

    /// The year of a month named without a day.
    func resolveMonthYear(_ month: Int, year: YearSpec?) -> Int {
        let ref = reference
        switch year {
        case .explicit(let y): return y
        // «يونيو الماضي» written in June means last year's June.
        case .relative(.past): return month < ref.month ? ref.year : ref.year - 1
        case .relative(.next): return month > ref.month ? ref.year : ref.year + 1
        case .relative(.current): return ref.year
        case nil:
            let first = CalendarDate(year: ref.year, month: month, day: 1)
            return first.dayNumber <= ref.dayNumber + Self.futureWindow ? ref.year : ref.year - 1
        }
    }
}
