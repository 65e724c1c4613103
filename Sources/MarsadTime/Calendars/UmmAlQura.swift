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

    private static func dayNumber(_ date: Date) -> Int { Int((date.timeIntervalSince1970 / 86_400).rounded(.down)) }

    /// The first day of a Hijri month, inside the table.
    private static func firstDay(year: Int, month: Int) -> Date? {
        calendar.date(from: DateComponents(year: year, month: month, day: 1, hour: 12))
    }

    /// The day number of the first day of every month of the table's years, then of the month after the last:
    /// month `m` of year `y` starts at `firstDays[(y - 1300) * 12 + m - 1]`. Read from ICU once, on first use.
    /// NB: asking ICU per date cost a fifth of the time stage (dates in news are resolved by the thousand).
    private static let firstDays: [Int] = {
        var out: [Int] = []
        out.reserveCapacity(years.count * 12 + 1)
        for y in years {
            for m in 1...12 { out.append(firstDay(year: y, month: m).map(dayNumber) ?? Int.min) }
        }
        out.append(firstDay(year: years.upperBound + 1, month: 1).map(dayNumber) ?? Int.min)
        return out
    }()

    /// Where a month of the table starts and how long it is; nil outside the table.
    private static func month(_ month: Int, of year: Int) -> (first: Int, days: Int)? {
        guard years.contains(year), (1...12).contains(month) else { return nil }
        let i = (year - years.lowerBound) * 12 + month - 1
        let first = firstDays[i]
        let next = firstDays[i + 1]
        guard first != Int.min, next != Int.min else { return nil }
        return (first, next - first)
    }

    /// 29 or 30.
    public static func daysIn(month m: Int, year: Int) -> Int {
        month(m, of: year)?.days ?? HijriDate.daysIn(month: m, year: year)
    }

    /// The Gregorian day of a Hijri day; nil when the day is not in its month.
    public static func gregorian(_ h: HijriDate) -> CalendarDate? {
        guard (1...12).contains(h.month), h.day >= 1, h.day <= daysIn(month: h.month, year: h.year) else { return nil }
        guard let m = month(h.month, of: h.year) else { return h.gregorian }
        return CalendarDate(dayNumber: m.first + h.day - 1)
    }

    /// The Hijri day of a Gregorian day.
    public static func hijri(_ date: CalendarDate) -> HijriDate {
        let day = date.dayNumber
        // The last month whose first day is not after `day` (binary search; the table is in day order).
        guard let start = firstDays.first, let end = firstDays.last, start != Int.min, end != Int.min,
            day >= start, day < end
        else { return HijriDate(date) }
        var lo = 0
        var hi = firstDays.count - 1
        while hi - lo > 1 {
            let mid = (lo + hi) / 2
            if firstDays[mid] <= day { lo = mid } else { hi = mid }
        }
        guard firstDays[lo] != Int.min else { return HijriDate(date) }
        return HijriDate(year: years.lowerBound + lo / 12, month: lo % 12 + 1, day: day - firstDays[lo] + 1)
    }
}
