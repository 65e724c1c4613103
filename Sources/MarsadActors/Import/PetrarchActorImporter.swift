public import MarsadCore

/// Converts a PETRARCH/TABARI actor dictionary into Marsad `organizations` and `people` lines.
///
/// ```swift
/// var report = DictionaryImportReport()
/// PetrarchActorImporter().convert(text: "UN_ [IGOUNO]\n+UNITED_NATIONS_\n", file: "a.txt", into: &report)
/// report.outputs["organizations"]   // ["IGOUNO\tUN", "IGOUNO\tUNITED NATIONS"]
/// ```
///
/// Input: an entry line `NAME_ [CODE]` or `NAME_` followed by `+SYNONYM_` lines and indented `[CODE]` or
/// `[CODE DATES]` lines, where DATES is `FROM-TO`, `>FROM` or `<TO` (`YYMMDD` or `YYYYMMDD`); `#` starts a
/// comment. Underscores become spaces. A code without dates gives one `CODE<TAB>FORM` organizations line
/// per form; a dated code gives one `CODE<TAB>FROM<TAB>TO<TAB>FORM|FORM…` people line. Codes Marsad cannot
/// represent (a role such as `ELI`, a second sector such as `KORGOVBUS`, a bare sector such as `MIL`) and
/// impossible date ranges are skipped and counted.
public struct PetrarchActorImporter: Sendable {
    /// Two-digit years up to this one are 20YY; later ones 19YY (TABARI dates start in the 1930s).
    public var centuryPivot = 30

    public init() {}

    /// CAMEO three-letter codes that are not countries (roles, extra sectors); they cannot stand alone.
    static let nonCountryCodes: Set<String> = [
        "ELI", "UAF", "CRM", "HLH", "AGR", "DEV", "ENV", "MUS", "CHR", "JEW", "BUD", "HIN", "MOD", "RAD", "SET",
        "INS", "IMG", "NGO", "MNC", "NGM", "UNK",
    ]

    private struct Entry {
        var line: Int
        var forms: [String]
        var codes: [(text: String, line: Int)] = []
    }

    public func convert(text: String, file: String, into report: inout DictionaryImportReport) {
        var entry: Entry?
        for (number, trimmed) in PetrarchLines(text) {
            if trimmed.hasPrefix("+") {
                guard entry != nil else {
                    report.fail("synonym outside an entry", "synonym before any entry line", file: file, line: number)
                    continue
                }
                let synonym = trimmed.dropFirst().prefix(while: { $0 != "[" })
                entry!.forms.append(Self.form(synonym))
                entry!.codes += Self.brackets(trimmed.dropFirst(synonym.count + 1)).map { ($0, number) }
            } else if trimmed.hasPrefix("[") {
                guard entry != nil else {
                    report.fail("code outside an entry", "code line before any entry line", file: file, line: number)
                    continue
                }
                entry!.codes += Self.brackets(trimmed).map { ($0, number) }
            } else {
                if let done = entry { flush(done, file: file, into: &report) }
                let name = trimmed.prefix(while: { $0 != "[" })
                entry = Entry(line: number, forms: [Self.form(name)])
                entry!.codes = Self.brackets(trimmed.dropFirst(name.count)).map { ($0, number) }
            }
        }
        if let done = entry { flush(done, file: file, into: &report) }
    }

    /// `AFGHAN_NATIONAL_ARMY_` → `AFGHAN NATIONAL ARMY`.
    static func form<S: StringProtocol>(_ raw: S) -> String {
        raw.split(whereSeparator: { $0 == "_" || $0 == " " || $0 == "\t" }).joined(separator: " ")
    }

    /// The contents of each `[...]` group in a line.
    static func brackets(_ text: Substring) -> [String] {
        var out: [String] = []
        var rest = text
        while let open = rest.firstIndex(of: "[") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "]") else {
                out.append(String(after))  // unclosed: reported as a malformed code
                break
            }
            out.append(String(after[..<close]))
            rest = after[after.index(after: close)...]
        }
        return out
    }

    private func flush(_ entry: Entry, file: String, into report: inout DictionaryImportReport) {
        var forms: [String] = []
        for form in entry.forms where !form.isEmpty && !forms.contains(form) { forms.append(form) }
        guard !forms.isEmpty else {
            report.fail("entry without a name", "entry has no name", file: file, line: entry.line)
            return
        }
        guard !entry.codes.isEmpty else {
            report.skip("entry without a code")
            return
        }
        for (codeText, line) in entry.codes {
            let parts = codeText.split(separator: " ")
            guard let first = parts.first else {
                report.fail("malformed code", "empty code \"[]\"", file: file, line: line)
                continue
            }
            let code = String(first)
            guard code.allSatisfy({ ($0.isASCII && $0.isUppercase) || $0 == "-" }), code.count % 3 == 0 else {
                report.fail(
                    "malformed code", "\"\(code)\" is not a CAMEO actor code (groups of three capitals)", file: file,
                    line: line)
                continue
            }
            guard code != "---" else {
                report.skip("null code [---]")
                continue
            }
            guard Self.representable(code) else {
                report.skip("code Marsad cannot represent (role, bare sector or second sector)")
                continue
            }
            guard parts.count > 1 else {
                for form in forms { report.emit("organizations", "\(code)\t\(form)") }
                continue
            }
            // NB: some entries put a space after ">" («[EGYGOV > 140608]»); the dates are read without spaces.
            let range = parts.dropFirst().joined()
            guard let (from, to) = dates(range) else {
                report.fail(
                    "malformed date", "\"\(range)\" is not FROM-TO, >FROM or <TO with YYMMDD or YYYYMMDD dates",
                    file: file, line: line)
                continue
            }
            if let from, let to, from > to {
                report.skip("impossible date range (ends before it starts)")
                continue
            }
            report.emit("people", "\(code)\t\(from ?? "")\t\(to ?? "")\t\(forms.joined(separator: "|"))")
        }
    }

    static func representable(_ code: String) -> Bool {
        guard let actor = ActorCode(code: code) else { return false }
        if let country = actor.country {
            return !ActorCode.sectors.contains(country) && !nonCountryCodes.contains(country)
        }
        return true
    }

    /// `970101-061231` → ("1997-01-01", "2006-12-31"); `>20070101` → ("2007-01-01", nil).
    func dates(_ text: String) -> (String?, String?)? {
        if text.hasPrefix(">") {
            guard let d = date(text.dropFirst()) else { return nil }
            return (d, nil)
        }
        if text.hasPrefix("<") {
            guard let d = date(text.dropFirst()) else { return nil }
            return (nil, d)
        }
        let halves = text.split(separator: "-", omittingEmptySubsequences: false)
        guard halves.count == 2, let from = date(halves[0]), let to = date(halves[1]) else { return nil }
        return (from, to)
    }

    /// `YYMMDD` or `YYYYMMDD` → `YYYY-MM-DD`.
    func date(_ text: Substring) -> String? {
        guard text.allSatisfy({ $0.isASCII && $0.isNumber }), text.count == 6 || text.count == 8 else { return nil }
        let digits = Array(text).map { Int(String($0))! }
        var year: Int
        var rest: ArraySlice<Int>
        if digits.count == 6 {
            year = digits[0] * 10 + digits[1]
            year += year <= centuryPivot ? 2000 : 1900
            rest = digits[2...]
        } else {
            year = digits[0...3].reduce(0) { $0 * 10 + $1 }
            rest = digits[4...]
        }
        let month = rest[rest.startIndex] * 10 + rest[rest.startIndex + 1]
        let day = rest[rest.startIndex + 2] * 10 + rest[rest.startIndex + 3]
        guard (1...12).contains(month), (1...CalendarDate.daysIn(month: month, year: year)).contains(day) else {
            return nil
        }
        let pad = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(pad(month))-\(pad(day))"
    }
}
