import MarsadCore

/// The calendar a month name or a holiday belongs to. Hijri days are Umm al-Qura's (``UmmAlQura``).
///
/// ```swift
/// CalendarSystem.hijri.date(year: 1444, month: 10, day: 1)  // 2023-04-21
/// ```
enum CalendarSystem: String, Hashable, Sendable {
    case gregorian, hijri, jalali

    /// The Gregorian day of a day of this calendar; nil when the day is not in the month.
    func date(year: Int, month: Int, day: Int) -> CalendarDate? {
        guard (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year) else { return nil }
        switch self {
        case .gregorian: return CalendarDate(year: year, month: month, day: day)
        case .hijri: return UmmAlQura.gregorian(HijriDate(year: year, month: month, day: day))
        case .jalali: return JalaliDate(year: year, month: month, day: day).gregorian
        }
    }

    func daysIn(month: Int, year: Int) -> Int {
        switch self {
        case .gregorian: CalendarDate.daysIn(month: month, year: year)
        case .hijri: UmmAlQura.daysIn(month: month, year: year)
        case .jalali: JalaliDate.daysIn(month: month, year: year)
        }
    }

    /// The year and month of this calendar that hold `date`.
    func yearMonth(of date: CalendarDate) -> (year: Int, month: Int) {
        switch self {
        case .gregorian: return (date.year, date.month)
        case .hijri:
            let h = UmmAlQura.hijri(date)
            return (h.year, h.month)
        case .jalali:
            let j = JalaliDate(date)
            return (j.year, j.month)
        }
    }

    /// Years a four-digit number may be in this calendar («1444» is Hijri, «1402» Jalali, «2023» Gregorian).
    var years: ClosedRange<Int> {
        switch self {
        case .gregorian: 1000...2999
        case .hijri: 1000...1600
        case .jalali: 1000...1600
        }
    }
}
