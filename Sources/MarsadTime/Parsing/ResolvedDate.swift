import MarsadCore

/// What a temporal expression denotes: a representative day, a precision, and the first and last day.
///
/// ```swift
/// ResolvedDate.month(year: 2023, month: 6)  // value 2023-06-01, .month, 2023-06-01…2023-06-30
/// ```
struct ResolvedDate: Hashable, Sendable {
    var value: CalendarDate
    var precision: DatePrecision
    var start: CalendarDate
    var end: CalendarDate

    /// One day.
    static func day(_ date: CalendarDate) -> ResolvedDate {
        ResolvedDate(value: date, precision: .day, start: date, end: date)
    }

    /// A whole month; the value is its first day.
    static func month(year: Int, month: Int) -> ResolvedDate {
        let first = CalendarDate(year: year, month: month, day: 1)
        let last = CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))
        return ResolvedDate(value: first, precision: .month, start: first, end: last)
    }

    /// A whole year; the value is its first day unless given.
    static func year(_ year: Int, value: CalendarDate? = nil) -> ResolvedDate {
        let first = CalendarDate(year: year, month: 1, day: 1)
        return ResolvedDate(
            value: value ?? first, precision: .year, start: first, end: CalendarDate(year: year, month: 12, day: 31))
    }

    /// The start, middle or end of this period; the value is its first day, middle day or last day.
    ///
    /// The start and the end are halves (1–15 and 16–end of a month; January–June and July–December of a
    /// year), the middle is the middle third; for a week they are its first and last two days (its weekend,
    /// when weeks start on Monday). The precision stays that of the period: «نهاية الشهر الماضي» is still
    /// known to the month. `.rest` is handled by the parser (it needs the reference).
    func part(_ part: DateWord.Part) -> ResolvedDate {
        let first = start.dayNumber
        let last = end.dayNumber
        let length = last - first + 1
        let firstHalfEnd: Int
        if length == 7 {
            firstHalfEnd = first + 1
        } else if precision == .year && start.month == 1 && start.day == 1 && length >= 365 {
            firstHalfEnd = CalendarDate(year: start.year, month: 6, day: 30).dayNumber
        } else {
            firstHalfEnd = first + length / 2 - 1
        }
        let secondHalfStart = length == 7 ? last - 1 : firstHalfEnd + 1
        switch part {
        case .start, .rest:
            return ResolvedDate(
                value: start, precision: precision, start: start, end: CalendarDate(dayNumber: firstHalfEnd))
        case .middle:
            let third = max(length / 3, 1)
            return ResolvedDate(
                value: CalendarDate(dayNumber: (first + last) / 2), precision: precision,
                start: CalendarDate(dayNumber: first + third), end: CalendarDate(dayNumber: last - third))
        case .end:
            return ResolvedDate(
                value: end, precision: precision, start: CalendarDate(dayNumber: secondHalfStart), end: end)
        }
    }

    /// The same period with another representative day.
    func with(value: CalendarDate) -> ResolvedDate {
        ResolvedDate(value: value, precision: precision, start: start, end: end)
    }
}
