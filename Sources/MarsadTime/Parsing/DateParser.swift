import MarsadCore
import MarsadText

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
    /// ISO weekday weeks start on (6 = Saturday, 7 = Sunday, 1 = Monday).
    let weekStart: Int
    /// The folded text's UTF-8 bytes.
    let bytes: [UInt8]

    init(folded: String, vocabulary: DateVocabulary, reference: CalendarDate, weekStart: Int = 6) {
        self.init(bytes: Array(folded.utf8), vocabulary: vocabulary, reference: reference, weekStart: weekStart)
    }

    /// A parser over folded UTF-8 bytes (``MarsadText/FoldedText/foldedBytes``).
    init(bytes: [UInt8], vocabulary: DateVocabulary, reference: CalendarDate, weekStart: Int = 6) {
        let tokens = DateToken.scan(bytes)
        self.tokens = tokens
        self.lexemes = tokens.indices.map { Self.lexeme(at: $0, in: tokens, bytes: bytes, vocabulary: vocabulary) }
        self.reference = reference
        self.weekStart = weekStart
        self.bytes = bytes
    }

    /// Every match of every pattern, in token order.
    func candidates() -> [DateCandidate] {
        var found: [DateCandidate] = []
        func add(_ c: DateCandidate?) {
            if let c { found.append(c) }
        }
        // NB: no pattern starts inside a phrase that began earlier: «الحادي والثلاثين» is one ordinal, and
        // «والثلاثين» alone must not give the 30th when the month has no 31st.
        var phraseEnd = 0
        for i in tokens.indices {
            if i < phraseEnd { continue }
            if let lexeme = lexemes[i], lexeme.end > i + 1 { phraseEnd = lexeme.end }
            if tokens[i].kind == .number {
                add(numericDate(at: i))
                add(dayMonth(at: i))
                add(yearOnly(at: i))
                add(range(at: i))
            } else if lexemes[i] != nil {
                add(dayMonth(at: i))
                add(monthOnly(at: i))
                add(yearOnly(at: i))
                add(dayWord(at: i))
                add(nightBefore(weekday(at: i, afterYawm: false), at: i))
                add(yawm(at: i))
                add(relativePeriodCandidate(at: i))
                add(relativeDay(at: i))
                add(periodEndingNow(at: i))
                add(part(at: i))
                add(ago(at: i))
                add(range(at: i))
                add(bareDay(at: i))
                add(holiday(at: i))
                add(fraction(at: i))
                add(decade(at: i))
                add(weekOf(at: i))
                add(weekThenDay(at: i))
                add(monthRange(at: i))
                add(monthDay(at: i))
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
        static let slash = DateToken.key("/")
        /// «م», the Gregorian era after a year («2023م»).
        static let gregorianEra = DateToken.key("\u{0645}")
        /// «على» (folded «علي»): «بعد يومين على التفجير» counts from another event.
        static let ala = DateToken.key("\u{0639}\u{0644}\u{064A}")
        /// «و» written apart: «بين 3 و 12 سبتمبر».
        static let waw = DateToken.key("\u{0648}")
        /// «هـ» (folded «ه»), the Hijri era: «1444 هـ»، «1444هـ».
        static let hijriEra = DateToken.key("\u{0647}")
        /// «ش» or «هـ.ش», the Solar Hijri (Jalali) era.
        static let solarEra = DateToken.key("\u{0634}")
        static let period = DateToken.key(".")
        /// Units after a number with a decimal point («7.30 ساعة»، «2.5 مليون»): a quantity, not a date.
        static let units: Set<UInt64> = Set(
            [
                "ساعة", "ساعات", "دقيقة", "دقائق", "يوم", "ايام", "مليون", "مليار", "الف", "بالمئة", "بالمائة", "درجة",
                "كيلومتر", "كلم", "كم", "متر", "دولار", "طن", "برميل", "نقطة",
            ].map { DateToken.key(FoldedText.fold($0)) })
        /// «الساعة 7.30»: a clock time.
        static let hour = DateToken.key(FoldedText.fold("الساعة"))
        /// «ما» in «الأسبوع ما بعد المقبل».
        static let ma = DateToken.key("\u{0645}\u{0627}")
        /// «منذ»: since (see ``DateParser/ago(at:)``).
        static let mundhu = DateToken.key("\u{0645}\u{0646}\u{0630}")
        /// «نفس»، «ذات» before «اليوم»: the same day (of the story), not today.
        static let same: Set<UInt64> = [
            DateToken.key("\u{0646}\u{0641}\u{0633}"), DateToken.key("\u{0630}\u{0627}\u{062A}"),
        ]
        static let percent: Set<UInt64> = [DateToken.key("%"), DateToken.key("\u{066A}")]  // ARABIC PERCENT SIGN
        /// «ليلة»، «وليلة» before a weekday: the night before that day (see ``DateParser/nightBefore(_:at:)``).
        static let night: Set<UInt64> = [DateToken.key(FoldedText.fold("ليلة")), andNight]
        static let andNight = DateToken.key(FoldedText.fold("وليلة"))
        /// Words that join a night's first day to the next («ليلة الجمعة إلى السبت»).
        static let toNext: Set<UInt64> = [
            DateToken.key(FoldedText.fold("إلى")), DateToken.key(FoldedText.fold("الى")),
            DateToken.key(FoldedText.fold("على")), DateToken.key("-"),
        ]
    }

    /// «ليلة السبت» in an article of that Saturday is the night just gone, Friday night: in Arabic usage the night
    /// goes before its day («ليلة الجمعة» is Thursday night), and a morning paper cannot tell the coming night as
    /// past. That weekday moves one day back, and its span takes «ليلة» in. A night of an earlier weekday is left
    /// on the day named: news translated from the wires writes «ليلة الخميس» for Thursday night as often. Not a
    /// night named by its two days («ليلة الجمعة إلى السبت»، «ليلة الخميس الجمعة»): that is the first day's night.
    func nightBefore(_ c: DateCandidate?, at i: Int) -> DateCandidate? {
        guard var c, i > 0, c.date.precision == .day, c.date.value == reference, tokens[i - 1].kind == .word,
            Keys.night.contains(tokens[i - 1].key)
        else { return c }
        var next = i + 1
        while next < tokens.count && tokens[next].start < c.range.upperBound { next += 1 }
        if next < tokens.count {
            if Keys.toNext.contains(tokens[next].key) { return c }
            if first(next, { if case .weekday = $0 { true } else { nil } }) != nil { return c }
        }
        c.date = .day(c.date.value.adding(days: -1))
        // NB: «وليلة»: the span starts after the conjunction's two bytes.
        let clitic = tokens[i - 1].key == Keys.andNight ? 2 : 0
        c.range = tokens[i - 1].start + clitic..<c.range.upperBound
        return c
    }

    /// Whether token `i` is a mark with one of the given keys.
    func isMark(_ i: Int, _ marks: Set<UInt64>) -> Bool {
        i < tokens.count && tokens[i].kind == .mark && marks.contains(tokens[i].key)
    }

    /// Whether token `i` is a mark with the given key.
    func isMark(_ i: Int, _ mark: UInt64) -> Bool {
        i < tokens.count && tokens[i].kind == .mark && tokens[i].key == mark
    }

    /// A cardinal count at `i`: digits (up to 3) or number words.
    func count(at i: Int) -> (Int, next: Int)? {
        guard i < tokens.count else { return nil }
        if tokens[i].kind == .number {
            return tokens[i].digits <= 3 && tokens[i].number > 0 ? (tokens[i].number, i + 1) : nil
        }
        return numberWords(at: i)
    }

    /// A number written in words, its parts joined by «و» or a teen's «عشر»: «خمسة عشر» (15), «تسعة وعشرين»
    /// (29), «ألف وتسعمائة وثمانية وسبعون» (1978), «ألفين وعشرين» (2020). Arabic says the units before the
    /// tens, so the parts simply add up.
    func numberWords(at i: Int) -> (Int, next: Int)? {
        func number(_ k: Int) -> Int? {
            first(k) { word in
                if case .number(let n) = word { return n }
                return nil
            }?.0
        }
        guard var total = number(i), let lexeme = lexemes[i] else { return nil }
        var last = total
        var k = lexeme.end
        while k < tokens.count, let n = number(k), let next = lexemes[k] {
            if n == 10 && next.clitic == 0 && (1...9).contains(last) {
                total += 10  // «خمسة عشر»
            } else if next.clitic == 2 && startsWithWaw(k) && n < 10_000 && (n < last || last < 10) {
                total += n  // «وعشرين»، «وتسعمائة»
            } else {
                break
            }
            last = n
            k = next.end
        }
        return (total, k)
    }

    /// Whether token `k` starts with the letter «و».
    func startsWithWaw(_ k: Int) -> Bool {
        let t = tokens[k]
        return t.kind == .word && t.end - t.start >= 2 && bytes[t.start] == 0xD9 && bytes[t.start + 1] == 0x88
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
