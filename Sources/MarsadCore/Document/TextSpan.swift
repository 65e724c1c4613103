/// A half-open range of UTF-8 byte offsets into a ``Document``'s text.
///
/// ```swift
/// let span = TextSpan(start: 0, end: 10)
/// let scalars = document.scalarRange(of: span)  // public, Unicode-scalar offsets
/// ```
///
/// NB: spans are UTF-8 offsets inside the engine because every hot path scans bytes. Public outputs convert
/// them to Unicode-scalar offsets (the unit of Python `str`) with ``Document/scalarOffset(utf8:)``.
public struct TextSpan: Hashable, Sendable, Codable, Comparable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        precondition(start <= end, "TextSpan start must not follow its end")
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }
    public var isEmpty: Bool { start == end }

    public func contains(_ other: TextSpan) -> Bool { start <= other.start && other.end <= end }
    public func overlaps(_ other: TextSpan) -> Bool { start < other.end && other.start < end }

    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }
}
