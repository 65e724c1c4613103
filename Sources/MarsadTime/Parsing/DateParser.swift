import MarsadCore

/// The date grammar over one folded text: tokens, the vocabulary phrase at each token, and the reference day.
///
/// ```swift
/// let parser = DateParser(folded: "في 30 يونيو الماضي", vocabulary: v, reference: CalendarDate(iso: "2023-07-03")!)
/// parser.candidates().first?.date.value  // 2023-06-30
/// ```
///
/// Every pattern starts at a token that is a vocabulary phrase or a number, so the scan looks up each token
/// once in a hash map and tries the patterns only there. Patterns live in `DateParser+Absolute.swift`
/// (calendar dates) and `DateParser+Relative.swift` (dates relative to the reference). Candidates may
/// overlap; ``TemporalResolver`` keeps the longest.
struct DateParser {
    let tokens: [DateToken]
    /// The vocabulary phrase starting at each token, if any.
    let lexemes: [DateLexeme?]
    let reference: CalendarDate

    init(folded: String, vocabulary: DateVocabulary, reference: CalendarDate) {
        let bytes = Array(folded.utf8)
        let tokens = DateToken.scan(bytes)
        self.tokens = tokens
        self.lexemes = tokens.indices.map { Self.lexeme(at: $0, in: tokens, bytes: bytes, vocabulary: vocabulary) }
        self.reference = reference
    }

    /// Every match of every pattern, in token order.
    func candidates() -> [DateCandidate] {
        var found: [DateCandidate] = []
        func add(_ c: DateCandidate?) {
            if let c { found.append(c) }
        }
        for i in tokens.indices {
            if tokens[i].kind == .number {
                add(numericDate(at: i))
                add(dayMonth(at: i))
                add(yearOnly(at: i))
            } else if lexemes[i] != nil {
                add(dayMonth(at: i))
                add(monthOnly(at: i))
                add(yearOnly(at: i))
                add(dayWord(at: i))
                add(weekday(at: i, afterYawm: false))
                add(yawm(at: i))
                add(relativePeriodCandidate(at: i))
                add(periodEndingNow(at: i))
                add(part(at: i))
                add(ago(at: i))
            }
        }
        return found
    }

    // MARK: - Looking at tokens

    /// The first meaning of the phrase at token `i` that `pick` accepts, and the token after the phrase.
    func first<T>(_ i: Int, _ pick: (DateWord) -> T?) -> (T, next: Int)? {
        guard i < tokens.count, let lexeme = lexemes[i] else { return nil }
        for word in lexeme.words {
            if let value = pick(word) { return (value, lexeme.end) }
        }
        return nil
    }

    /// The token after marker `marker` at `i`.
    func marker(_ marker: DateWord.Marker, at i: Int) -> Int? {
        first(i) { word in word == .marker(marker) ? true : nil }?.next
    }

    /// A qualifier that follows its noun («الماضي»), and the token after it.
    func qualifier(at i: Int) -> (DateWord.Direction, next: Int)? {
        first(i) { word in
            if case .relative(let direction, prefix: false) = word { return direction }
            return nil
        }
    }

    /// Keys of the marks and short words the grammar looks at.
    enum Keys {
        static let openParenthesis = DateToken.key("(")
        static let closeParenthesis = DateToken.key(")")
        static let commas: Set<UInt64> = [DateToken.key(","), DateToken.key("\u{060C}")]  // ARABIC COMMA
        static let dateSeparators: Set<UInt64> = [DateToken.key("/"), DateToken.key("-"), DateToken.key(".")]
        static let monthSeparators: Set<UInt64> = [DateToken.key("/"), DateToken.key("-")]
        /// «م», the Gregorian era after a year («2023م»).
        static let gregorianEra = DateToken.key("\u{0645}")
        /// «على» (folded «علي»): «بعد يومين على التفجير» counts from another event.
        static let ala = DateToken.key("\u{0639}\u{0644}\u{064A}")
    }

    /// Whether token `i` is a mark with one of the given keys.
    func isMark(_ i: Int, _ marks: Set<UInt64>) -> Bool {
        i < tokens.count && tokens[i].kind == .mark && marks.contains(tokens[i].key)
    }

    /// Whether token `i` is a mark with the given key.
    func isMark(_ i: Int, _ mark: UInt64) -> Bool {
        i < tokens.count && tokens[i].kind == .mark && tokens[i].key == mark
    }

    /// A cardinal count at `i`: digits (up to 3) or a number word.
    func count(at i: Int) -> (Int, next: Int)? {
        guard i < tokens.count else { return nil }
        if tokens[i].kind == .number {
            return tokens[i].digits <= 3 && tokens[i].number > 0 ? (tokens[i].number, i + 1) : nil
        }
        return first(i) { word in
            if case .number(let n) = word { return n }
            return nil
        }
    }

    /// A four-digit Gregorian year in `range` at `i`, with an attached «م» (Gregorian era); «هـ» (Hijri) fails.
    func yearNumber(at i: Int, in range: ClosedRange<Int> = 1900...2100) -> (Int, next: Int)? {
        guard i < tokens.count, tokens[i].kind == .number, tokens[i].digits == 4, range.contains(tokens[i].number)
        else { return nil }
        let next = i + 1
        if next < tokens.count, tokens[next].start == tokens[i].end, tokens[next].kind == .word {
            // «2023م» is Gregorian; «1445هـ» (folded «1445ه») is Hijri, which this first cut does not convert.
            return tokens[next].key == Keys.gregorianEra ? (tokens[i].number, next + 1) : nil
        }
        return (tokens[i].number, next)
    }

    /// A candidate from token `i` up to (not including) token `end`; starts after any proclitic of token `i`.
    func candidate(_ i: Int, _ end: Int, _ date: ResolvedDate) -> DateCandidate {
        let start = tokens[i].start + (lexemes[i]?.clitic ?? 0)
        return DateCandidate(range: start..<tokens[end - 1].end, date: date)
    }

    // MARK: - Vocabulary lookup

    private static func lexeme(
        at i: Int, in tokens: [DateToken], bytes: [UInt8], vocabulary: DateVocabulary
    ) -> DateLexeme? {
        let token = tokens[i]
        guard token.kind == .word else { return nil }
        func match(_ key: UInt64, clitic: Int) -> DateLexeme? {
            guard let phrases = vocabulary.phrases(startingWith: key) else { return nil }
            for phrase in phrases where i + phrase.rest.count < tokens.count {
                var ok = true
                for (k, word) in phrase.rest.enumerated() where tokens[i + 1 + k].key != word {
                    ok = false
                    break
                }
                if ok { return DateLexeme(end: i + 1 + phrase.rest.count, clitic: clitic, words: phrase.words) }
            }
            return nil
        }
        if let found = match(token.key, clitic: 0) { return found }
        // Proclitics: و/ف, then ب/ل («وبالأمس»), and ل before ال losing its alef («للعام» = ل + العام).
        // Each is two bytes (U+0600 block); a stem keeps at least two letters.
        func letter(_ at: Int, _ scalar: Unicode.Scalar) -> Bool {
            // Arabic letters are two bytes: 0xD8 or 0xD9, then the low six bits with 0x80.
            let v = scalar.value
            return at + 1 < token.end && bytes[at] == UInt8(0xC0 | (v >> 6))
                && bytes[at + 1] == UInt8(0x80 | (v & 0x3F))
        }
        var at = token.start
        if letter(at, "\u{0648}") || letter(at, "\u{0641}") {  // و ف
            at += 2
            if token.end - at >= 4, let found = match(DateToken.key(bytes[at..<token.end]), clitic: at - token.start) {
                return found
            }
        }
        if letter(at, "\u{0628}") || letter(at, "\u{0644}") {  // ب ل
            if letter(at, "\u{0644}") && letter(at + 2, "\u{0644}") && token.end - at >= 6 {
                let article = DateToken.key([0xD8, 0xA7, 0xD9, 0x84])  // ال
                let key = DateToken.key(bytes[(at + 4)..<token.end], continuing: article)
                if let found = match(key, clitic: at + 2 - token.start) { return found }
            }
            at += 2
            if token.end - at >= 4, let found = match(DateToken.key(bytes[at..<token.end]), clitic: at - token.start) {
                return found
            }
        }
        return nil
    }
}
