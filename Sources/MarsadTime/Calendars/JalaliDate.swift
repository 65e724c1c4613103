public import MarsadCore

/// A day of the Persian (Jalali, Solar Hijri) calendar, by the 33-year arithmetic rule.
///
/// ```swift
/// let d = JalaliDate(year: 1402, month: 1, day: 1)   // 1 Farvardin 1402, Nowruz
/// d.gregorian                                         // 2023-03-21
/// JalaliDate(CalendarDate(year: 2023, month: 3, day: 21)) == d  // true
/// ```
///
/// Months 1–6 have 31 days, 7–11 have 30, the twelfth (Esfand) 29 or 30. A year is leap when
/// (25·year + 11) mod 33 < 8, which agrees with Iran's astronomical calendar for the years news writes
/// (1300–1500 AP at least) and is anchored at 1 Farvardin 1403 = 2024-03-20.
public struct JalaliDate: Hashable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The Jalali day of a Gregorian day.
    public init(_ date: CalendarDate) {
        let n = date.dayNumber
        var year = 1403 + Int((Double(n - Self.anchor) / 365.2422).rounded(.down))
        while Self.firstDay(ofYear: year + 1) <= n { year += 1 }
        while Self.firstDay(ofYear: year) > n { year -= 1 }
        let dayOfYear = n - Self.firstDay(ofYear: year)  // 0-based
        let month = dayOfYear < 186 ? dayOfYear / 31 + 1 : min((dayOfYear - 186) / 30 + 7, 12)
        let monthStart = month <= 7 ? (month - 1) * 31 : 186 + (month - 7) * 30
        self.init(year: year, month: month, day: dayOfYear - monthStart + 1)
    }

    /// The Gregorian day.
    public var gregorian: CalendarDate {
        let monthStart = month <= 7 ? (month - 1) * 31 : 186 + (month - 7) * 30
        return CalendarDate(dayNumber: Self.firstDay(ofYear: year) + monthStart + day - 1)
    }

    /// Whether Esfand of `year` has 30 days.
    public static func isLeap(_ year: Int) -> Bool {
        ((25 * year + 11) % 33 + 33) % 33 < 8
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        month <= 6 ? 31 : month <= 11 ? 30 : isLeap(year) ? 30 : 29
    }

    public var description: String {
        "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day) AP"
    }

    /// Day number of 1 Farvardin 1403 (2024-03-20).
    static let anchor = CalendarDate(year: 2024, month: 3, day: 20).dayNumber

    /// Leap years among 1…n (n ≥ 0), by whole 33-year cycles (8 leap years each) and the remainder.
    static func leapYears(through n: Int) -> Int {
        let cycles = n >= 0 ? n / 33 : (n - 32) / 33
        var count = cycles * 8
        var y = cycles * 33 + 1
        while y <= n {
            if isLeap(y) { count += 1 }
            y += 1
        }
        return count
    }

    /// Day number of 1 Farvardin of `year`.
    static func firstDay(ofYear year: Int) -> Int {
        let fromEpoch = 365 * (year - 1) + leapYears(through: year - 1)
        let anchorFromEpoch = 365 * 1402 + leapYears(through: 1402)
        return anchor + fromEpoch - anchorFromEpoch
    }
}
