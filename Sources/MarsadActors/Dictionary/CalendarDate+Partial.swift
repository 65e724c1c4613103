import MarsadCore

extension CalendarDate {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `end` picks the last day of a year or month.
    static func partial(_ s: String, end: Bool) -> CalendarDate? {
        let parts = s.split(separator: "-").map { Int($0) }
        guard !parts.isEmpty, parts.allSatisfy({ $0 != nil }) else { return nil }
        let y = parts[0]!
        switch parts.count {
        case 1: return end ? CalendarDate(year: y, month: 12, day: 31) : CalendarDate(year: y, month: 1, day: 1)
        case 2:
            let m = parts[1]!
            guard (1...12).contains(m) else { return nil }
            return CalendarDate(year: y, month: m, day: end ? CalendarDate.daysIn(month: m, year: y) : 1)
        case 3: return CalendarDate(iso: s)
        default: return nil
        }
    }
}
