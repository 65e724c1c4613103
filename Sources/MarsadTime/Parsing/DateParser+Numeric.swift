import MarsadCore

/// Numeric dates: «30/6/2023», «2023/06/30», «2015-3», «2014-2018», «22/4».
extension DateParser {
    /// «30/6/2023», «30-6-2023», «2023/06/30» (day first unless the year is), «2015-3» (a month), «2014-2018»
    /// (years), and «22/4» or «4/22» (a day and month; the day first unless only the second can be a day).
    func numericDate(at i: Int) -> DateCandidate? {
        let separators = Keys.dateSeparators
        func joined(_ a: Int) -> Bool { a + 1 < tokens.count && tokens[a].end == tokens[a + 1].start }
        func number(_ a: Int) -> Bool { a < tokens.count && tokens[a].kind == .number }
        // «15 / 10 / 1436هـ»، «31 / 7 / 2015م»: three parts with spaces around their slashes, one a four-digit year.
        if number(i), !joined(i), isMark(i + 1, Keys.slash), number(i + 2), isMark(i + 3, Keys.slash), number(i + 4),
            tokens[i].digits == 4 || tokens[i + 4].digits == 4,
            !(i > 0 && isMark(i - 1, Keys.slash)), !(isMark(i + 5, Keys.slash) && number(i + 6))
        {
            return threePartDate(i, tokens[i], tokens[i + 2], tokens[i + 4])
        }
        guard number(i), joined(i), isMark(i + 1, separators), joined(i + 1), number(i + 2) else { return nil }
        // Part of something longer (a phone number, «1/2/3/4»)?
        if i > 0, tokens[i - 1].end == tokens[i].start, tokens[i - 1].kind != .word { return nil }
        let sep = tokens[i + 1].key
        let (a, b) = (tokens[i], tokens[i + 2])
        let threeParts = joined(i + 2) && tokens[i + 3].key == sep && joined(i + 3) && number(i + 4)
        if !threeParts {
            // «1/2/3/4» or «2015-1-32» continue with more numbers; a full stop after the date ends the sentence.
            if joined(i + 2) && isMark(i + 3, separators) && joined(i + 3) && number(i + 4) { return nil }
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
            // «7.30 ساعة»، «2.5 مليون»، «الساعة 7.30»: a decimal or a clock time, not a date.
            if sep == Keys.period,
                (i + 3 < tokens.count && Keys.units.contains(tokens[i + 3].key))
                    || (i > 0 && tokens[i - 1].key == Keys.hour)
            {
                return nil
            }
            return dayAndMonth(i, a, b, sep)
        }
        if joined(i + 4) && isMark(i + 5, separators) && joined(i + 5) && number(i + 6) { return nil }
        return threePartDate(i, a, b, tokens[i + 4])
    }

    /// A day, a month and a year written as numbers from token `i` (five tokens: number, separator, number,
    /// separator, number), year first or last, with an optional era mark after it.
    private func threePartDate(_ i: Int, _ a: DateToken, _ b: DateToken, _ c: DateToken) -> DateCandidate? {
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
        // «12-8-1436هـ», «1394/5/12 هـ.ش»: an era mark after the date names its calendar; a four-digit year far
        // from any Gregorian year of news is read in the calendar whose current year is nearest («1436/8/12»).
        let era = eraMark(at: i + 5)
        let calendar = era?.0 ?? (a.digits == 4 || c.digits == 4 ? numericCalendar(year) : .gregorian)
        guard let date = calendar.date(year: year, month: month, day: day) else { return nil }
        return candidate(i, era?.next ?? i + 5, .day(date))
    }

    /// The calendar of a four-digit year written without an era mark: Gregorian in 1900–2100, else Hijri or
    /// Jalali, whichever has its year at the reference nearest (within 50 years), else Gregorian.
    private func numericCalendar(_ year: Int) -> CalendarSystem {
        guard !(1900...2100).contains(year) else { return .gregorian }
        let near = [CalendarSystem.hijri, .jalali].map { ($0, abs($0.yearMonth(of: reference).year - year)) }
            .min { $0.1 < $1.1 }
        guard let near, near.1 <= 50 else { return .gregorian }
        return near.0
    }

    /// An era mark at `k` and the token after it: «هـ» (Hijri), «ش» or «هـ.ش» (Jalali), «م» (Gregorian).
    func eraMark(at k: Int) -> (CalendarSystem, next: Int)? {
        guard k < tokens.count, tokens[k].kind == .word else { return nil }
        switch tokens[k].key {
        case Keys.gregorianEra: return (.gregorian, k + 1)
        case Keys.solarEra: return (.jalali, k + 1)
        case Keys.hijriEra:
            if isMark(k + 1, Keys.period), k + 2 < tokens.count, tokens[k + 2].key == Keys.solarEra {
                return (.jalali, k + 3)
            }
            return (.hijri, k + 1)
        default: return nil
        }
    }

    /// «22/4», «4/22», «في 22-4», «يوم 4.22»: a day and a month without year. With «-» or «.» (scores,
    /// decimals) a preceding «في» or «يوم» must say it is a date; with «/» either that or a day above 12.
    private func dayAndMonth(_ i: Int, _ a: DateToken, _ b: DateToken, _ separator: UInt64) -> DateCandidate? {
        guard a.digits <= 2, b.digits <= 2, a.number >= 1, b.number >= 1 else { return nil }
        let introduced = i > 0 && (marker(.in, at: i - 1) == i || marker(.yawm, at: i - 1) == i)
        if i + 3 < tokens.count, Keys.percent.contains(tokens[i + 3].key) { return nil }
        let (day, month): (Int, Int)
        if a.number <= 31, b.number <= 12 {
            (day, month) = (a.number, b.number)
        } else if a.number <= 12, b.number <= 31 {
            (day, month) = (b.number, a.number)  // «4/22»: only 22 can be the day
        } else {
            return nil
        }
        let clearlyDay = max(a.number, b.number) > 12
        guard introduced || (separator == DateToken.key("/") && clearlyDay) else { return nil }
        guard let date = resolveDay(day, month: month, year: nil) else { return nil }
        return candidate(i, i + 3, .day(date))
    }
}
