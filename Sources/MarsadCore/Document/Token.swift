/// A surface token: a run of letters/digits or one punctuation mark, as it appears in the text.
///
/// `span` points into ``Document/text``; `normalized` points into ``Document/normalized``, the folded form
/// used for matching (alef variants, yeh, teh marbuta, diacritics and tatweel folded; digits ASCII).
public struct Token: Hashable, Sendable {
    public enum Kind: UInt8, Sendable {
        case word
        case number
        case punctuation
    }

    public var span: TextSpan
    public var normalized: Range<Int32>
    public var kind: Kind
    /// True when a line break separates this token from the previous one (paragraphs, headlines).
    public var lineBreakBefore: Bool
    /// The token's possible analyses in ``Document/candidates`` (whole form first, then clitic splits).
    public var candidates: Range<Int32>
    /// Bit `h & 63` set for the hash `h` of each candidate: a one-word filter lexicons test before probing.
    public var candidateMask: UInt64 = 0

    public init(span: TextSpan, normalized: Range<Int32>, kind: Kind, lineBreakBefore: Bool = false) {
        self.span = span
        self.normalized = normalized
        self.kind = kind
        self.lineBreakBefore = lineBreakBefore
        self.candidates = 0..<0
    }
}
