import MarsadCore
import Testing

/// One row of a resolver table: a sentence we wrote, the expression we expect, and what it resolves to.
///
/// ```swift
/// ResolverCase("وصل أمس إلى القاهرة", "أمس", "2023-07-02", .day)
/// ```
struct ResolverCase: Sendable, CustomTestStringConvertible {
    var sentence: String
    var text: String
    var value: String
    var precision: DatePrecision
    var start: String
    var end: String

    /// `start` and `end` default to `value` (a single day).
    init(
        _ sentence: String, _ text: String, _ value: String, _ precision: DatePrecision, _ start: String? = nil,
        _ end: String? = nil
    ) {
        self.sentence = sentence
        self.text = text
        self.value = value
        self.precision = precision
        self.start = start ?? value
        self.end = end ?? value
    }

    var testDescription: String { "«\(text)» in «\(sentence)»" }
}
