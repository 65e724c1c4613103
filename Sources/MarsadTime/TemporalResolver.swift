public import MarsadCore
import MarsadText

/// Finds date expressions in Arabic text and resolves them against a reference (publication) date.
///
/// ```swift
/// let resolver = try TemporalResolver()
/// let reference = CalendarDate(iso: "2023-07-03")!
/// for e in resolver.resolve("التقى الوزيران أمس بعد اجتماع الجمعة الماضي", reference: reference) {
///     print(e.text, e.value, e.precision)  // أمس 2023-07-02 day, الجمعة الماضي 2023-06-30 day
/// }
/// ```
///
/// The words come from `Resources/dates.ar.txt` (data, not code); the grammar is a token scan over the
/// folded text (see ``MarsadText/FoldedText``). Where matches overlap the longest wins; results never
/// overlap and are sorted by offset. The conventions (weeks start on Saturday; «العام الماضي» keeps the
/// reference day; dates without a year lie at most about two months after the reference) are documented
/// on the parser and in the MarsadTime DocC article.
public struct TemporalResolver: Sendable {
    let vocabulary: DateVocabulary
    /// ISO weekday weeks start on: 6 (Saturday, most Arab calendars; the default), 7 (Sunday, the Gulf until
    /// recently) or 1 (Monday, the Maghreb and ISO 8601). It places «الأسبوع الماضي», «الأسبوع الأول من
    /// أكتوبر» and the days of «نهاية الأسبوع».
    public let weekStart: Int

    /// A resolver with the bundled vocabulary; throws `dictionary-syntax` if the bundled file is malformed.
    public init(weekStart: Int = 6) throws(MarsadError) {
        vocabulary = try DateVocabulary.bundled.get()
        self.weekStart = (1...7).contains(weekStart) ? weekStart : 6
    }

    /// A resolver with vocabulary text in the `dates.ar.txt` format; `file` names it in error locations.
    public init(vocabulary text: String, file: String, weekStart: Int = 6) throws(MarsadError) {
        vocabulary = try DateVocabulary(parsing: text, file: file)
        self.weekStart = (1...7).contains(weekStart) ? weekStart : 6
    }

    /// Folded words that can anchor a date expression (see ``TemporalStage``'s sentence filter).
    public var cueWords: Set<String> { vocabulary.cueWords }

    /// Folded words of which every date expression holds one, or else a digit: the cue words and the year
    /// units («منذ 3 سنوات»).
    public var anchorWords: Set<String> { vocabulary.anchorWords }

    /// The date expressions of `text`, resolved against `reference`, sorted by offset and not overlapping.
    public func resolve(_ text: String, reference: CalendarDate) -> [TemporalExpression] {
        let folded = FoldedText(text)
        let parser = DateParser(
            bytes: folded.foldedBytes, vocabulary: vocabulary, reference: reference, weekStart: weekStart)
        let candidates = parser.candidates()
        guard !candidates.isEmpty else { return [] }
        // Longest first (earliest on ties), then keep whatever does not overlap what was kept.
        let ordered = candidates.sorted { a, b in
            a.range.count != b.range.count ? a.range.count > b.range.count : a.range.lowerBound < b.range.lowerBound
        }
        var kept: [DateCandidate] = []
        for c in ordered where !kept.contains(where: { $0.range.overlaps(c.range) }) {
            kept.append(c)
        }
        kept.sort { $0.range.lowerBound < $1.range.lowerBound }
        let utf8 = text.utf8
        return kept.map { c in
            let range = Self.withTrailingMarks(folded.originalRange(ofFolded: c.range), in: text)
            let from = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
            let to = utf8.index(from, offsetBy: range.count)
            return TemporalExpression(
                text: String(text[from..<to]), range: range, value: c.date.value, precision: c.date.precision,
                start: c.date.start, end: c.date.end, storyOffset: c.storyOffset)
        }
    }

    /// Extends a range over the diacritics and tatweel right after it, which folding dropped: «غداً» not «غدا».
    private static func withTrailingMarks(_ range: Range<Int>, in text: String) -> Range<Int> {
        let utf8 = text.utf8
        var end = range.upperBound
        let scalars = text.unicodeScalars
        var index = String.Index(utf8.index(utf8.startIndex, offsetBy: end), within: scalars) ?? scalars.endIndex
        while index < scalars.endIndex {
            let v = scalars[index].value
            guard (0x064B...0x065F).contains(v) || v == 0x0670 || v == 0x0640 else { break }
            end += UTF8.width(scalars[index])
            index = scalars.index(after: index)
        }
        return range.lowerBound..<end
    }
}
