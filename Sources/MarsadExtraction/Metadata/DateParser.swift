public import MarsadCore

/// Finds a calendar day in a date string or a piece of text: ISO dates and timestamps, `12.05.2019`,
/// `12/05/2019`, `12. Mai 2019`, `May 12, 2019`, `١٢ مايو ٢٠١٩`, Persian `۲۱ اردیبهشت ۱۳۹۹` (Solar Hijri,
/// converted), with month names from `Resources/date-words.txt`.
///
/// ```swift
/// let parser = try DateParser.bundled()
/// parser.firstDate(in: "Veröffentlicht am 12. Mai 2019")?.description  // "2019-05-12"
/// ```
public struct DateParser: Sendable {
    var months: [String: Int] = [:]
    var jalaliMonths: [String: Int] = [:]
    /// Years accepted as publication years.
    public var years = 1990...2035

    public init(file: RuleFile) throws(MarsadError) {
        for (section, isJalali) in [("months", false), ("jalali-months", true)] {
            for line in file.lines(section) {
                let parts = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
                guard let number = parts.first.flatMap({ Int($0) }), (1...12).contains(number) else {
                    throw MarsadError(
                        .dictionarySyntax, "a month line starts with its number 1–12", location: file.name)
                }
                for name in parts.dropFirst() where !name.isEmpty {
                    if isJalali { jalaliMonths[name] = number } else { months[name] = number }
                }
            }
        }
    }

    private static let shared: Result<DateParser, MarsadError> = {
        do throws(MarsadError) {
            return .success(try DateParser(file: try ContentRules.load("date-words.txt")))
        } catch {
            return .failure(error)
        }
    }()

    public static func bundled() throws(MarsadError) -> DateParser { try shared.get() }

    enum Piece: Equatable {
        case number(Int, digits: Int)
        case word(String)
        case mark(Character)
    }

    /// Cuts text into numbers (any script's digits), words and punctuation marks; spaces separate pieces.
    static func pieces(_ text: Substring) -> [Piece] {
        var out: [Piece] = []
        var number = 0
        var digits = 0
        var word = ""
        func flush() {
            if digits > 0 { out.append(.number(number, digits: digits)) }
            if !word.isEmpty { out.append(.word(word.lowercased())) }
            number = 0
            digits = 0
            word = ""
        }
        for c in text.unicodeScalars {
            let v = c.value
            let digit: UInt32? =
                (0x30...0x39).contains(v)
                ? v - 0x30
                : (0x660...0x669).contains(v)
                    ? v - 0x660
                    : (0x6F0...0x6F9).contains(v) ? v - 0x6F0 : nil
            if let digit {
                if !word.isEmpty { flush() }
                number = number &* 10 &+ Int(digit)
                digits += 1
            } else if c.properties.isAlphabetic {
                if digits > 0 { flush() }
                word.unicodeScalars.append(c)
            } else {
                flush()
                if c != " " && c != "\u{A0}" && c != "\t" && c != "\n" { out.append(.mark(Character(c))) }
            }
        }
        flush()
        return out
    }

    /// The first day found in the text. `twoDigitYears`: also read `31.10.23` and `26/10/13` (day, month,
    /// two-digit year), which only a text known to hold a date (a date element, a byline) can be trusted with.
    public func firstDate(in text: some StringProtocol, twoDigitYears: Bool = false) -> CalendarDate? {
        guard twoDigitYears || Self.hasFourDigits(text) else { return nil }
        let p = Self.pieces(Substring(text))
        for i in p.indices {
            if let d = date(at: i, in: p, twoDigitYears: twoDigitYears) { return d }
        }
        return nil
    }

    /// Every day found in the text, in order.
    public func allDates(in text: some StringProtocol, limit: Int = 50) -> [CalendarDate] {
        guard Self.hasFourDigits(text) else { return [] }
        let p = Self.pieces(Substring(text))
        var out: [CalendarDate] = []
        for i in p.indices {
            if let d = date(at: i, in: p) {
                out.append(d)
                if out.count >= limit { break }
            }
        }
        return out
    }

    /// True when the text has four digits in a row (ASCII, Arabic-Indic or Persian): every date form but
    /// the two-digit-year one has a four-digit year, so text without them is skipped unparsed.
    static func hasFourDigits(_ text: some StringProtocol) -> Bool {
        var run = 0
        var lead: UInt8 = 0
        for b in text.utf8 {
            if b >= 0x30 && b <= 0x39 {
                run += 1
            } else if b >= 0xA0 && b <= 0xB9 && ((lead == 0xD9 && b <= 0xA9) || (lead == 0xDB && b >= 0xB0)) {
                run += 1
            } else if b != 0xD9 && b != 0xDB {
                run = 0
            }
            if run >= 4 { return true }
            lead = b
        }
        return false
    }

    func valid(_ y: Int, _ m: Int, _ d: Int) -> CalendarDate? {
        guard years.contains(y), (1...12).contains(m), d >= 1, d <= CalendarDate.daysIn(month: m, year: y) else {
            return nil
        }
        return CalendarDate(year: y, month: m, day: d)
    }

    func month(_ piece: Piece?) -> Int? {
        guard case .word(let w) = piece else { return nil }
        return months[w] ?? (w.hasSuffix(".") ? months[String(w.dropLast())] : nil)
    }

    /// The month named at `k` (one word, or two: «كانون الثاني») and the index after it. A second name of the
    /// same month after a slash or a dash is skipped: Levantine and Iraqi dates give both calendars' names
    /// («24 نيسان / أبريل 2020»).
    func monthName(at k: Int, in p: [Piece]) -> (month: Int, next: Int)? {
        func single(_ k: Int) -> (Int, Int)? {
            guard k < p.count else { return nil }
            if let m = month(p[k]) { return (m, k + 1) }
            if case .word(let w1) = p[k], k + 1 < p.count, case .word(let w2) = p[k + 1], let m = months[w1 + " " + w2]
            {
                return (m, k + 2)
            }
            return nil
        }
        guard let (m, next) = single(k) else { return nil }
        if next + 1 < p.count, case .mark(let c) = p[next], c == "/" || c == "-", let (m2, after) = single(next + 1),
            m2 == m
        {
            return (m, after)
        }
        return (m, next)
    }

    // swift-format-ignore
    func date(at i: Int, in p: [Piece], twoDigitYears: Bool = false) -> CalendarDate? {
        func num(_ k: Int) -> (Int, Int)? {
            guard k < p.count, case .number(let v, let n) = p[k] else { return nil }
            return (v, n)
        }
        func isMark(_ k: Int, _ set: String) -> Bool {
            guard k < p.count, case .mark(let c) = p[k] else { return false }
            return set.contains(c)
        }
        func skipFillers(_ k: Int) -> Int {
            var k = k
            while k < p.count {
                if case .mark(let c) = p[k], ".,،".contains(c) { k += 1; continue }
                if case .word(let w) = p[k], ["de", "del", "of", "the", "th", "st", "nd", "rd", "du", "di"].contains(w) {
                    k += 1
                    continue
                }
                break
            }
            return k
        }
        guard let (a, an) = num(i) else {
            // Month D, YYYY
            if let m = month(p[i]) {
                let k = skipFillers(i + 1)
                if let (d, dn) = num(k), dn <= 2 {
                    let k2 = skipFillers(k + 1)
                    if let (y, yn) = num(k2), yn == 4 { return valid(y, m, d) }
                }
            }
            return nil
        }
        // YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD (Solar Hijri years 1300–1420 converted)
        if an == 4, isMark(i + 1, "-/."), let (b, bn) = num(i + 2), bn <= 2, isMark(i + 3, "-/."),
            let (c, cn) = num(i + 4), cn <= 2
        {
            if (1300...1420).contains(a) { return jalali(a, b, c) }
            return valid(a, b, c)
        }
        // YYYYMMDD (URLs, compact timestamps)
        if an == 8 { return valid(a / 10000, a / 100 % 100, a % 100) }
        guard an <= 2 else { return nil }
        // DD.MM.YYYY, DD/MM/YYYY, MM/DD/YYYY (day first unless the middle number cannot be a month)
        if isMark(i + 1, "-/."), let (b, bn) = num(i + 2), bn <= 2, isMark(i + 3, "-/."), let (y, yn) = num(i + 4),
            yn == 4
        {
            if (1300...1420).contains(y) { return jalali(y, b, a) }
            return valid(y, b, a) ?? valid(y, a, b)
        }
        // DD.MM.YY, DD/MM/YY (trusted texts only; not a part of a longer dotted number such as a version)
        if twoDigitYears, isMark(i + 1, "-/."), let (b, bn) = num(i + 2), bn <= 2, isMark(i + 3, "-/."),
            let (y, yn) = num(i + 4), yn == 2, !(isMark(i + 5, "-/.") && num(i + 6) != nil)
        {
            let year = valid(2000 + y, b, a) != nil ? 2000 + y : 1900 + y
            return valid(year, b, a)
        }
        // D Month YYYY, D. Month YYYY, D de mes de YYYY; Solar Hijri D month YYYY
        let k = skipFillers(i + 1)
        guard k < p.count else { return nil }
        if case .word(let w) = p[k], let jm = jalaliMonths[w], let (y, yn) = num(k + 1), yn == 4,
            (1300...1420).contains(y)
        {
            return jalali(y, jm, a)
        }
        if let (m, next) = monthName(at: k, in: p) {
            let k2 = skipFillers(next)
            if let (y, yn) = num(k2), yn == 4 { return valid(y, m, a) }
        }
        return nil
    }

    /// Converts a Solar Hijri (Jalali) date to the Gregorian calendar.
    func jalali(_ jy: Int, _ jm: Int, _ jd: Int) -> CalendarDate? {
        guard (1...12).contains(jm), (1...31).contains(jd) else { return nil }
        // Days since 1 Farvardin 1 AP with the 33-year arithmetic cycle (accurate for 1300–1420 AP).
        let y = jy - 1
        let days = 365 * y + (y * 8 + 29) / 33 + (jm <= 7 ? (jm - 1) * 31 : 186 + (jm - 7) * 30) + jd - 1
        // 1 Farvardin 1 AP = 19 March 622 (Julian) = day number -492_268 relative to 1970-01-01.
        let date = CalendarDate(dayNumber: days - 492_268)
        return years.contains(date.year) ? date : nil
    }
}
