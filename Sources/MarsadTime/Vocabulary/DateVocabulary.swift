import Foundation
import MarsadCore
import MarsadText

/// The date words of `dates.ar.txt`, folded and indexed by their first word for a token scan.
///
/// ```swift
/// let vocabulary = try DateVocabulary(parsing: "month\tيونيو\t6\n", file: "mine.txt")
/// vocabulary.phrases(startingWith: DateToken.key("يونيو"))?.first?.words
/// // [.month(6, calendar: .gregorian, ambiguous: false)]
/// ```
///
/// The bundled file is parsed once per process (``bundled``); a malformed line is a
/// ``MarsadCore/MarsadError`` with code `dictionary-syntax` and location `dates.ar.txt:LINE`.
struct DateVocabulary: Sendable {
    /// A phrase: the keys of the folded words after the first one, and what the whole phrase means.
    struct Phrase: Sendable {
        var rest: [UInt64]
        var words: [DateWord]
    }

    /// Phrases by the key of their first folded word (``DateToken/key(_:)``), longest first.
    private var index: [UInt64: [Phrase]] = [:]

    /// One bit per value of a key's top 12 bits, set for every first word: most words of a sentence are no date
    /// word, and this answers them without hashing the key again for the dictionary.
    private var firstWords = [UInt64](repeating: 0, count: 64)

    /// The longest phrase in words.
    private(set) var longestPhrase = 1

    /// Folded words that can anchor a date expression (months, weekdays, day words, relative words and
    /// units); a sentence with none of them and no digit has no date, and the stage skips it.
    private(set) var cueWords: Set<String> = []
    /// The cue words and the year units left out of them: every date expression holds one of these (or a
    /// digit), so the stage parses only the stretch of a sentence around them.
    private(set) var anchorWords: Set<String> = []

    /// The vocabulary bundled with MarsadTime, parsed on first use.
    static let bundled: Result<DateVocabulary, MarsadError> = Result { () throws(MarsadError) in
        let file = "dates.ar.txt"
        guard let url = Bundle.module.url(forResource: "dates.ar", withExtension: "txt", subdirectory: "Resources")
        else {
            throw MarsadError(
                .unreadable, "the bundled date vocabulary is missing; rebuild the MarsadTime target", location: file)
        }
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw MarsadError(.unreadable, "cannot read the bundled date vocabulary", location: file, cause: error)
        }
        return try DateVocabulary(parsing: text, file: file)
    }

    /// Parses vocabulary text in the `dates.ar.txt` format; `file` names it in error locations.
    init(parsing text: String, file: String) throws(MarsadError) {
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine[...]
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) || line.hasPrefix("#") { continue }
            let location = "\(file):\(lineNumber)"
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count == 3 || columns.count == 4 else {
                throw MarsadError(
                    .dictionarySyntax,
                    "expected KIND<TAB>PHRASE<TAB>VALUE[<TAB>FLAGS], found \(columns.count) tab-separated field(s); "
                        + "separate the fields with one tab each",
                    location: location)
            }
            let flags = columns.count == 4 ? Set(columns[3].split(separator: ",").map(String.init)) : []
            let word = try Self.meaning(
                kind: String(columns[0]), value: String(columns[2]), flags: flags,
                phrase: String(columns[1]), location: location)
            let folded = FoldedText.fold(columns[1]).split(separator: " ").map { DateToken.key($0) }
            guard let first = folded.first else {
                throw MarsadError(
                    .dictionarySyntax, "empty phrase; write the word in the second field", location: location)
            }
            add(first: first, rest: Array(folded.dropFirst()), word: word)
            // NB: the year units («عام»، «سنة») are left out: as words they mostly mean "general" and "year of
            // age"; «العام الماضي» is still found through «الماضي», «عام 2015» through its digits.
            let cueKinds = [
                "month", "hijri-month", "jalali-month", "weekday", "day", "relative", "unit", "holiday", "decade",
            ]
            // A phrase can only match from its first word, so that word is cue enough («رأس السنة» needs
            // «رأس», not the common «السنة»).
            if cueKinds.contains(String(columns[0])), let w = FoldedText.fold(columns[1]).split(separator: " ").first {
                anchorWords.insert(String(w))
                if String(columns[2]) != "year" { cueWords.insert(String(w)) }
            }
        }
        for key in index.keys {
            index[key]?.sort { $0.rest.count > $1.rest.count }
            let bit = Int(truncatingIfNeeded: key >> 52)
            firstWords[bit >> 6] |= 1 << UInt64(bit & 63)
        }
    }

    /// The phrases whose first folded word has key `key`, longest first.
    func phrases(startingWith key: UInt64) -> [Phrase]? {
        let bit = Int(truncatingIfNeeded: key >> 52)
        guard firstWords[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return nil }
        return index[key]
    }

    private mutating func add(first: UInt64, rest: [UInt64], word: DateWord) {
        longestPhrase = max(longestPhrase, rest.count + 1)
        var list = index[first, default: []]
        if let i = list.firstIndex(where: { $0.rest == rest }) {
            if !list[i].words.contains(word) { list[i].words.append(word) }
        } else {
            list.append(Phrase(rest: rest, words: [word]))
        }
        index[first] = list
    }

    private static let kinds =
        "month, hijri-month, jalali-month, weekday, day, relative, unit, part, number, ordinal, marker, blocker, "
        + "holiday, fraction, decade"

    private static func meaning(
        kind: String, value: String, flags: Set<String>, phrase: String, location: String
    ) throws(MarsadError) -> DateWord {
        func fail(_ message: String) -> MarsadError {
            MarsadError(.dictionarySyntax, message, location: location)
        }
        func integer(_ range: ClosedRange<Int>) throws(MarsadError) -> Int {
            guard let v = Int(value), range.contains(v) else {
                throw fail("\(kind) value \"\(value)\" is not an integer in \(range.lowerBound)…\(range.upperBound)")
            }
            return v
        }
        let known: Set<String> = ["ambiguous", "yawm", "prefix", "dual", "plural"]
        if let unknown = flags.subtracting(known).sorted().first {
            throw fail("unknown flag \"\(unknown)\"; expected one of \(known.sorted().joined(separator: ", "))")
        }
        switch kind {
        case "month", "hijri-month", "jalali-month":
            let calendar: CalendarSystem = kind == "month" ? .gregorian : kind == "hijri-month" ? .hijri : .jalali
            return .month(try integer(1...12), calendar: calendar, ambiguous: flags.contains("ambiguous"))
        case "weekday":
            return .weekday(try integer(1...7), needsYawm: flags.contains("yawm"))
        case "day":
            return .day(try integer(-7...7))
        case "relative":
            guard let direction = DateWord.Direction(rawValue: value) else {
                throw fail("relative value \"\(value)\" must be past, next or current")
            }
            return .relative(direction, prefix: flags.contains("prefix"))
        case "unit":
            guard let unit = DateWord.Unit(rawValue: value) else {
                throw fail("unit value \"\(value)\" must be day, week, month, year or decade")
            }
            let quantity: DateWord.Quantity =
                flags.contains("dual") ? .dual : flags.contains("plural") ? .plural : .one
            return .unit(unit, quantity, definite: FoldedText.fold(phrase).hasPrefix("\u{0627}\u{0644}"))
        case "part":
            guard let part = DateWord.Part(rawValue: value) else {
                throw fail("part value \"\(value)\" must be start, middle, end or rest")
            }
            return .part(part)
        case "number":
            return .number(try integer(0...9999))
        case "ordinal":
            return .ordinal(try integer(1...31))
        case "marker":
            guard let marker = DateWord.Marker(rawValue: value) else {
                throw fail(
                    "marker value \"\(value)\" must be year, in, ago, after, of, yawm, within, month, between, to, "
                        + "last, now, story, century or about")
            }
            return .marker(marker)
        case "blocker":
            switch value {
            case "today": return .blocker
            case "masthead": return .masthead
            default:
                throw fail(
                    "blocker value \"\(value)\" must be today (a word after «اليوم») or masthead (a word before it)")
            }
        case "holiday":
            guard let holiday = Holiday(parsing: value) else {
                throw fail(
                    "holiday value \"\(value)\" must be MM-DD, hijri:MM-DD, jalali:MM-DD or MM-Nth-W "
                        + "(the N-th ISO weekday W of month MM)")
            }
            return .holiday(holiday)
        case "fraction":
            return .fraction(try integer(2...4))
        case "decade":
            return .decade(try integer(0...90))
        default:
            throw fail("unknown kind \"\(kind)\"; expected one of \(kinds)")
        }
    }
}
