/// A match of the date grammar: a range of folded UTF-8 offsets and what it resolves to.
///
/// ```swift
/// DateCandidate(range: 6..<25, date: .day(CalendarDate(year: 2023, month: 6, day: 30)))
/// ```
struct DateCandidate: Sendable {
    var range: Range<Int>
    var date: ResolvedDate
}
