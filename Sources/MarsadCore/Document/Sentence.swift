/// A sentence: a span of the text and the range of its tokens in ``Document/tokens``.
public struct Sentence: Hashable, Sendable {
    public var span: TextSpan
    public var tokens: Range<Int>
    /// True when the sentence starts a paragraph or follows a line break (headlines, datelines).
    public var startsLine: Bool

    public init(span: TextSpan, tokens: Range<Int>, startsLine: Bool) {
        self.span = span
        self.tokens = tokens
        self.startsLine = startsLine
    }
}
