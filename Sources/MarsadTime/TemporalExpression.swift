public import MarsadCore

/// A temporal expression found in a text and resolved against a reference date.
///
/// ```swift
/// let resolver = try TemporalResolver()
/// let found = resolver.resolve("في 30 يونيو (حزيران) الماضي", reference: CalendarDate(iso: "2023-07-03")!)
/// found[0].text       // "30 يونيو (حزيران) الماضي"
/// found[0].value      // 2023-06-30
/// found[0].precision  // .day
/// ```
public struct TemporalExpression: Hashable, Sendable {
    /// The expression as written (original text, not folded).
    public var text: String
    /// UTF-8 offsets of the expression in the string given to ``TemporalResolver/resolve(_:reference:)``.
    public var range: Range<Int>
    /// The representative day: the day itself; the first day of a month or year; the last day after
    /// «نهاية»; the reference day moved by a year for «العام الماضي»; the middle day of a stretch.
    public var value: CalendarDate
    public var precision: DatePrecision
    /// First day (inclusive) of what the expression denotes.
    public var start: CalendarDate
    /// Last day (inclusive) of what the expression denotes.
    public var end: CalendarDate
    /// Days counted from the time of the story told rather than from the reference: +1 for «اليوم التالي»
    /// (the day after the last event told), -1 for «اليوم السابق»; nil for every other expression. `value`,
    /// `start` and `end` are then the reading with no story before it (the reference moved by as many days).
    public var storyOffset: Int?

    public init(
        text: String, range: Range<Int>, value: CalendarDate, precision: DatePrecision, start: CalendarDate,
        end: CalendarDate, storyOffset: Int? = nil
    ) {
        self.text = text
        self.range = range
        self.value = value
        self.precision = precision
        self.start = start
        self.end = end
        self.storyOffset = storyOffset
    }
}
