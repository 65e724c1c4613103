public import MarsadCore

/// A day of the Islamic (Hijri) calendar, by the tabular (arithmetic) rule.
///
/// ```swift
/// let d = HijriDate(year: 1444, month: 9, day: 15)   // 15 Ramadan 1444
/// d.gregorian                                         // 2023-04-06
/// HijriDate(CalendarDate(year: 2023, month: 4, day: 6)) == d  // true
/// ```
///
/// The tabular calendar has 30-year cycles of 354- and 355-day years (11 leap years, the "civil" epoch
/// Friday 16 July 622 Julian) and odd months of 30 days, even months of 29 (the twelfth has 30 in a leap
/// year). NB: official calendars (Umm al-Qura in Saudi Arabia, sightings elsewhere) may differ from it by a
/// day or two; the resolver reads Hijri dates by ``UmmAlQura``, which falls back on this rule outside its
/// table.
public struct HijriDate: Hashable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The Hijri day of a Gregorian day.
    public init(_ date: CalendarDate) {
        let n = date.dayNumber - Self.epoch
        // Years of 10631/30 days on average; the estimate is exact or one too small.
        var year = Self.floorDiv(30 * n + 10_646, 10_631)
        while Self.firstDay(ofYear: year + 1) <= date.dayNumber { year += 1 }
        while Self.firstDay(ofYear: year) > date.dayNumber { year -= 1 }
        var month = 1
        while month < 12 && Self.dayNumber(year: year, month: month + 1, day: 1) <= date.dayNumber { month += 1 }
        self.init(year: year, month: month, day: date.dayNumber - Self.dayNumber(year: year, month: month, day: 1) + 1)
    }

    /// The Gregorian day.
    public var gregorian: CalendarDate {
        CalendarDate(dayNumber: Self.dayNumber(year: year, month: month, day: day))
    }

    /// Whether `year` has 355 days (the twelfth month has 30).
    public static func isLeap(_ year: Int) -> Bool {
        ((14 + 11 * year) % 30 + 30) % 30 < 11
    }

    /// 30 for odd months, 29 for even ones, 30 for the twelfth of a leap year.
    public static func daysIn(month: Int, year: Int) -> Int {
        month % 2 == 1 || (month == 12 && isLeap(year)) ? 30 : 29
    }

    public var description: String {
        "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day) AH"
    }

    /// Day number (days since 1970-01-01) of 1 Muharram 1 AH, 16 July 622 Julian (JDN 1948440).
    static let epoch = 1_948_440 - 2_440_588

    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let yearsBefore = (year - 1) * 354 + floorDiv(3 + 11 * year, 30)
        return epoch + yearsBefore + (59 * (month - 1) + 1) / 2 + day - 1
    }

    static func firstDay(ofYear year: Int) -> Int { dayNumber(year: year, month: 1, day: 1) }

    private static func floorDiv(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }
}
