import Foundation
public import MarsadCore

/// Hijri days by the Umm al-Qura calendar, Saudi Arabia's official one, as ICU tabulates it (through
/// Foundation's `Calendar(identifier: .islamicUmmAlQura)`) for 1300–1600 AH; the tabular rule of ``HijriDate``
/// outside those years.
///
/// ```swift
/// UmmAlQura.gregorian(HijriDate(year: 1444, month: 10, day: 1))  // 2023-04-21 (Eid al-Fitr; tabular: the 22nd)
/// UmmAlQura.hijri(CalendarDate(year: 2024, month: 6, day: 16))   // 1445-12-10 AH (Eid al-Adha)
/// ```
///
/// Arabic news writes Hijri dates by the official calendar of its country; Umm al-Qura is right for the Gulf
/// and within a day of the sighting-based calendars elsewhere, where the tabular rule is off by one or two days.
public enum UmmAlQura {
    /// The Hijri years of ICU's Umm al-Qura table.
    public static let years: ClosedRange<Int> = 1300...1600

    private static let calendar: Calendar = {
        var c = Calendar(identifier: .islamicUmmAlQura)
        c.timeZone = TimeZone(identifier: "UTC") ?? c.timeZone
        return c
    }()

    /// Noon UTC of a day (a day number counts days since 1970-01-01).
    private static func noon(_ dayNumber: Int) -> Date {
        Date(timeIntervalSince1970: Double(dayNumber) * 86_400 + 43_200)
    }

    private static func dayNumber(_ date: Date) -> Int { Int((date.timeIntervalSince1970 / 86_400).rounded(.down)) }

    /// The first day of a Hijri month, inside the table.
    private static func firstDay(year: Int, month: Int) -> Date? {
        calendar.date(from: DateComponents(year: year, month: month, day: 1, hour: 12))
    }

    /// 29 or 30.
    public static func daysIn(month: Int, year: Int) -> Int {
        guard years.contains(year), (1...12).contains(month), let first = firstDay(year: year, month: month),
            let days = calendar.range(of: .day, in: .month, for: first)?.count
        else { return HijriDate.daysIn(month: month, year: year) }
        return days
    }

    /// The Gregorian day of a Hijri day; nil when the day is not in its month.
    public static func gregorian(_ h: HijriDate) -> CalendarDate? {
        guard (1...12).contains(h.month), h.day >= 1, h.day <= daysIn(month: h.month, year: h.year) else { return nil }
        guard years.contains(h.year), let first = firstDay(year: h.year, month: h.month) else { return h.gregorian }
        return CalendarDate(dayNumber: dayNumber(first) + h.day - 1)
    }

    /// The Hijri day of a Gregorian day.
    public static func hijri(_ date: CalendarDate) -> HijriDate {
        let c = calendar.dateComponents([.year, .month, .day], from: noon(date.dayNumber))
        guard let year = c.year, let month = c.month, let day = c.day, years.contains(year) else {
            return HijriDate(date)
        }
        return HijriDate(year: year, month: month, day: day)
    }
}
