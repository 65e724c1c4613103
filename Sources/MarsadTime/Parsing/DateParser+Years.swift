import MarsadCore

/// Years and how a day or month without one is placed: «2023», «1444 هـ», «ألفين وعشرين», «الماضي».
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

    /// A four-digit Gregorian year in `range` at `i`, with an attached «م» (Gregorian era); another era fails.
    func yearNumber(at i: Int, in range: ClosedRange<Int> = 1900...2100) -> (Int, next: Int)? {
        guard let (y, calendar, next) = eraYear(at: i), calendar == .gregorian, range.contains(y) else { return nil }
        return (y, next)
    }

    /// A four-digit year at `i` and the calendar its era mark names: «2023م» and «2023» are Gregorian,
    /// «1444 هـ» and «1444هـ» Hijri, «1402 هـ.ش» and «1402ش» Jalali.
    func eraYear(at i: Int) -> (Int, CalendarSystem, next: Int)? {
        guard i < tokens.count, tokens[i].kind == .number, tokens[i].digits == 4, tokens[i].number >= 1000 else {
            return nil
        }
        let y = tokens[i].number
        let next = i + 1
        guard next < tokens.count, tokens[next].kind == .word else { return (y, .gregorian, next) }
        let attached = tokens[next].start == tokens[i].end
        switch tokens[next].key {
        case Keys.gregorianEra: return (y, .gregorian, next + 1)
        case Keys.solarEra: return (y, .jalali, next + 1)
        case Keys.hijriEra:
            if isMark(next + 1, Keys.period), next + 2 < tokens.count, tokens[next + 2].key == Keys.solarEra {
                return (y, .jalali, next + 3)
            }
            return (y, .hijri, next + 1)
        default:
            // «2023مليون» is no year; «2023 قتيلا» is a Gregorian number the callers judge.
            return attached ? nil : (y, .gregorian, next)
        }
    }

    /// A year of `calendar` at `i`: four digits (an era mark, if any, must agree) or number words above 1000.
    func year(at i: Int, calendar: CalendarSystem) -> (Int, next: Int)? {
        guard i < tokens.count else { return nil }
        if tokens[i].kind == .number {
            guard let (y, c, next) = eraYear(at: i), calendar.years.contains(y) else { return nil }
            // An era mark decides; without one a Gregorian-looking year after a Hijri month is still Hijri.
            return c == calendar || next == i + 1 ? (y, next) : nil
        }
        guard let (n, next) = numberWords(at: i), n > 1000, calendar.years.contains(n) else { return nil }
        return (n, next)
    }

    /// The year part after a month: «2023», «، 2023», «من عام 2023», «من العام الماضي», «الماضي», «1444 هـ».
    func yearSpec(at i: Int, calendar: CalendarSystem = .gregorian) -> (spec: YearSpec, next: Int)? {
        let k = isMark(i, Keys.commas) ? i + 1 : i
        if let (y, next) = year(at: k, calendar: calendar) { return (.explicit(y), next) }
        let j = marker(.of, at: i) ?? i
        if j > i, let (y, next) = year(at: j, calendar: calendar) { return (.explicit(y), next) }
        if let n = marker(.year, at: j), let (y, next) = year(at: n, calendar: calendar) {
            return (.explicit(y), next)
        }
        if calendar == .gregorian, let (period, next, unit) = relativePeriod(at: j), unit == .year {
            return (.explicit(period.start.year), next)
        }
        if calendar == .gregorian, let (y, next) = twoDigitYear(at: k) { return (.explicit(y), next) }
        if let (direction, next) = qualifier(at: i) { return (.relative(direction), next) }
        return nil
    }

    /// A year written with two digits after a month, where it cannot be a day: «حرب أكتوبر 73», «نكسة يونيو
    /// 67», «5 يونيو 67». Only 32–99 (a smaller number may be a day), read as the latest such year not after
    /// the reference; not before a counted noun («سبتمبر 87 سنتا»), a percent sign or another number part
    /// («أبريل 9.5»).
    func twoDigitYear(at k: Int) -> (Int, next: Int)? {
        guard k < tokens.count, tokens[k].kind == .number, tokens[k].digits == 2, (32...99).contains(tokens[k].number)
        else { return nil }
        let next = k + 1
        if next < tokens.count {
            let t = tokens[next]
            if t.kind == .word && lexemes[next] == nil { return nil }
            if t.kind == .mark && Keys.percent.contains(t.key) { return nil }
            if t.kind == .mark && t.start == tokens[k].end && next + 1 < tokens.count
                && tokens[next + 1].kind == .number && tokens[next + 1].start == t.end
            {
                return nil
            }
        }
        let year = 2000 + tokens[k].number
        return (year <= reference.year ? year : year - 100, next)
    }

    /// The day `day` of `month` of `calendar` in the year the text gives or implies.
    func resolveDay(_ day: Int, month: Int, year: YearSpec?, calendar: CalendarSystem = .gregorian) -> CalendarDate? {
        func date(_ y: Int) -> CalendarDate? { calendar.date(year: y, month: month, day: day) }
        let ref = reference
        let y0 = calendar.yearMonth(of: ref).year
        switch year {
        case .explicit(let y):
            return date(y)
        case .relative(.past):
            // The most recent such day on or before the reference.
            if let d = date(y0), d <= ref { return d }
            return date(y0 - 1)
        case .relative(.next):
            if let d = date(y0), d > ref { return d }
            return date(y0 + 1)
        case .relative(.current):
            return date(y0)
        case nil:
            if let d = date(y0) {
                if d.dayNumber <= ref.dayNumber + Self.futureWindow { return d }
                return date(y0 - 1)
            }
            // 30 Dhu al-Hijja or 29 February: not in every year; try the years around.
            return date(y0 - 1) ?? date(y0 + 1)
        }
    }

    /// A whole month of `calendar`, in the year the text gives or implies.
    func resolveMonth(_ month: Int, year: YearSpec?, calendar: CalendarSystem = .gregorian) -> ResolvedDate {
        let ref = reference
        let (y0, m0) = calendar.yearMonth(of: ref)
        let y: Int
        switch year {
        case .explicit(let given): y = given
        // «يونيو الماضي» written in June means last year's June.
        case .relative(.past): y = month < m0 ? y0 : y0 - 1
        case .relative(.next): y = month > m0 ? y0 : y0 + 1
        case .relative(.current): y = y0
        case nil:
            let first = calendar.date(year: y0, month: month, day: 1)
            y = first.map { $0.dayNumber <= ref.dayNumber + Self.futureWindow } ?? true ? y0 : y0 - 1
        }
        return monthPeriod(y, month, calendar)
    }

    /// Month `month` of year `y` of `calendar` as a period; the value is its first day.
    func monthPeriod(_ y: Int, _ month: Int, _ calendar: CalendarSystem) -> ResolvedDate {
        if calendar == .gregorian { return .month(year: y, month: month) }
        let first = calendar.date(year: y, month: month, day: 1) ?? reference
        let last = calendar.date(year: y, month: month, day: calendar.daysIn(month: month, year: y)) ?? first
        return ResolvedDate(value: first, precision: .month, start: first, end: last)
    }

    /// Year `y` of `calendar` as a period; the value is its first day.
    func wholeYear(_ y: Int, _ calendar: CalendarSystem) -> ResolvedDate {
        if calendar == .gregorian { return .year(y) }
        let first = calendar.date(year: y, month: 1, day: 1) ?? reference
        let last = calendar.date(year: y, month: 12, day: calendar.daysIn(month: 12, year: y)) ?? first
        return ResolvedDate(value: first, precision: .year, start: first, end: last)
    }
}
