/// The one value every stage reads and writes: the text and every annotation on it, as spans.
///
/// ```swift
/// var doc = Document(id: "a1", text: "وقع الجانبان على مذكرة تفاهم.")
/// try pipeline.run(&doc)
/// for event in doc.events { print(event.code) }
/// ```
public struct Document: Sendable {
    public var id: String
    public var text: String
    public var title: String?
    public var published: CalendarDate?
    public var url: String?
    /// The language the caller declared (`nil` = detect).
    public var declaredLanguage: Language?
    /// The language the pipeline used.
    public var language: Language?
    /// The dateline, when the input gives it apart from the text («موسكو - رويترز»، «واس (أبوظبي)»).
    public var dateline: String?

    /// Folded UTF-8 bytes used for matching; ``Token/normalized`` ranges point here.
    public var normalized: [UInt8] = []
    public var tokens: [Token] = []
    public var words: [Word] = []
    /// Clitic analyses of every token; ``Token/candidates`` ranges point here.
    public var candidates: [WordCandidate] = []
    public var sentences: [Sentence] = []
    public var mentions: [Mention] = []
    public var temporals: [TemporalMention] = []
    public var places: [PlaceMention] = []
    public var triggers: [TriggerMention] = []
    public var events: [Event] = []
    /// Versioned names of the stages that ran, in order.
    public var provenance: [String] = []

    public init(
        id: String, text: String, title: String? = nil, published: CalendarDate? = nil, url: String? = nil,
        language: Language? = nil
    ) {
        self.id = id
        self.text = text
        self.title = title
        self.published = published
        self.url = url
        self.declaredLanguage = language
    }

    /// The original text of a span.
    public func text(of span: TextSpan) -> Substring {
        let utf8 = text.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: span.start)
        let to = utf8.index(from, offsetBy: span.length)
        return text[from..<to]
    }

    /// The hash of token `t`'s whole folded form (its first clitic analysis), as `FormHash.folded` gives for a
    /// word; 0 for a token with no analysis. Hot paths compare words by it instead of making strings.
    public func formHash(_ t: Int) -> UInt64 {
        let r = tokens[t].candidates
        return r.isEmpty ? 0 : candidates[Int(r.lowerBound)].hash
    }

    /// Whether token `t` is a comma, Latin «,» or Arabic «،» (U+060C, UTF-8 D8 8C), read on its folded bytes.
    public func isComma(_ t: Int) -> Bool {
        let r = tokens[t].normalized
        guard !r.isEmpty else { return false }
        let b = normalized[Int(r.lowerBound)]
        return (r.count == 1 && b == 0x2C) || (r.count == 2 && b == 0xD8 && normalized[Int(r.lowerBound) + 1] == 0x8C)
    }

    /// Whether token `t`'s folded form ends with the UTF-8 bytes of `letters` and is longer than them by at least
    /// `stemBytes` («نائبا» ends with «ا»; «شنت» with «ت»). Read in place: no string per call.
    /// NB: inlinable, and compared byte by byte: it runs for every token of every document.
    @inlinable
    public func tokenEnds(_ t: Int, with letters: [UInt8], stemBytes: Int = 0) -> Bool {
        let r = tokens[t].normalized
        guard r.count >= letters.count + stemBytes else { return false }
        let start = Int(r.upperBound) - letters.count
        for k in 0..<letters.count where normalized[start + k] != letters[k] { return false }
        return true
    }

    /// The folded form of a token, as a string (for debugging and tests; hot paths use the bytes).
    public func normalizedText(of token: Token) -> String {
        String(decoding: normalized[Int(token.normalized.lowerBound)..<Int(token.normalized.upperBound)], as: UTF8.self)
    }

    /// Converts a UTF-8 offset into the Unicode-scalar offset that public outputs use.
    public func scalarOffset(utf8 offset: Int) -> Int {
        var count = 0
        var index = 0
        for byte in text.utf8 {
            if index == offset { break }
            if byte & 0xC0 != 0x80 { count += 1 }
            index += 1
        }
        return count
    }
}
