import MarsadCore

/// A day that comes back every year: a fixed day of a calendar, or the n-th weekday of a Gregorian month.
///
/// ```swift
/// Holiday(parsing: "12-25")        // Christmas: 25 December
/// Holiday(parsing: "hijri:10-01")  // Eid al-Fitr: 1 Shawwal
/// Holiday(parsing: "11-4th-4")     // Thanksgiving (US): the fourth Thursday of November
/// ```
struct Holiday: Hashable, Sendable {
    var calendar: CalendarSystem
    var month: Int
    /// The day of the month, or (with `weekday`) which occurrence of the weekday.
    var day: Int
    /// ISO weekday for an n-th-weekday holiday.
    var weekday: Int?

    /// `[CALENDAR:]MM-DD` or `MM-Nth-W` (N-th ISO weekday W); nil when malformed.
    init?(parsing text: String) {
        var rest = Substring(text)
        calendar = .gregorian
        if let colon = rest.firstIndex(of: ":") {
            guard let c = CalendarSystem(rawValue: String(rest[..<colon])) else { return nil }
            calendar = c
            rest = rest[rest.index(after: colon)...]
        }
        let parts = rest.split(separator: "-")
        guard let m = Int(parts.first ?? ""), (1...12).contains(m) else { return nil }
        month = m
        if parts.count == 2, let d = Int(parts[1]), (1...30).contains(d) || (calendar == .gregorian && d == 31) {
            day = d
            weekday = nil
        } else if parts.count == 3, calendar == .gregorian, parts[1].hasSuffix("th"),
            let n = Int(parts[1].dropLast(2)), (1...5).contains(n), let w = Int(parts[2]), (1...7).contains(w)
        {
            day = n
            weekday = w
        } else {
            return nil
        }
    }

    /// The holiday in `year` of its calendar; nil when it does not exist that year.
    func date(inYear year: Int) -> CalendarDate? {
        guard let weekday else { return calendar.date(year: year, month: month, day: day) }
        let first = CalendarDate(year: year, month: month, day: 1)
        let d = first.adding(days: (weekday - first.weekday + 7) % 7 + 7 * (day - 1))
        return d.month == month ? d : nil
    }
}
