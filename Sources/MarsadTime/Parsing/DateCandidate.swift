/// A match of the date grammar: a range of folded UTF-8 offsets and what it resolves to.
///
/// ```swift
/// DateCandidate(range: 6..<25, date: .day(CalendarDate(year: 2023, month: 6, day: 30)))
/// ```
struct DateCandidate: Sendable {
    var range: Range<Int>
    var date: ResolvedDate
    /// Days counted from the story's time instead of the reference («اليوم التالي» is +1); `date` is then
    /// the reading with no story before it (the reference moved by as many days).
    var storyOffset: Int? = nil
}
