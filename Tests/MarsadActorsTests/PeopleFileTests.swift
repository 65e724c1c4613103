import Foundation
import MarsadActors
import MarsadCore
import Testing

/// The named office-holders file (`Resources/people.ar.txt`) linted as data: columns, codes, dates, forms.
@Suite struct PeopleFileTests {
    struct Row {
        var line: Int
        var fields: [String]
        var text: String
        var forms: [String] { fields[3].split(separator: "|").map(String.init) }
    }

    static let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/MarsadActors/Resources/people.ar.txt")

    /// Every line that is neither empty nor a comment, with its 1-based line number.
    static let rows: [Row] = {
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { return [] }
        return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { i, line in
            line.isEmpty || line.hasPrefix("#")
                ? nil
                : Row(
                    line: i + 1, fields: line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init),
                    text: String(line))
        }
    }()

    /// Spellings the loader reads as one (hamza on alef, alef maqsura, hamza on waw and yeh, tatweel, harakat:
    /// `ScalarFolding`); `firstName` also folds ة into ه and «عبد ال» into «عبدال», for the list of given names.
    static func fold(_ s: String, firstName: Bool = false) -> String {
        var out = ""
        for c in s.unicodeScalars {
            switch c {
            case "أ", "إ", "آ", "ٱ": out.append("ا")
            case "ى": out.append("ي")
            case "ؤ": out.append("و")
            case "ئ": out.append("ي")
            case "ة": out.append(firstName ? "ه" : "ة")
            case "\u{0640}", "\u{064B}"..."\u{065F}", "\u{0670}": continue
            default: out.unicodeScalars.append(c)
            }
        }
        return firstName ? out.replacingOccurrences(of: "عبد ال", with: "عبدال") : out
    }

    /// A date column as (first day, last day) of what it names; nil when it is not YYYY[-MM[-DD]].
    static func period(_ s: String) -> (start: Int, end: Int)? {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard (1...3).contains(parts.count), parts.allSatisfy({ $0 != nil }) else { return nil }
        guard s.split(separator: "-").map(\.count) == [4, 2, 2].prefix(parts.count).map({ $0 }) else { return nil }
        let y = parts[0]!
        let m = parts.count > 1 ? parts[1]! : nil
        let d = parts.count > 2 ? parts[2]! : nil
        if let m, !(1...12).contains(m) { return nil }
        if let m, let d, !(1...CalendarDate.daysIn(month: m, year: y)).contains(d) { return nil }
        let start = y * 10000 + (m ?? 1) * 100 + (d ?? 1)
        let end = y * 10000 + (m ?? 12) * 100 + (d ?? m.map { CalendarDate.daysIn(month: $0, year: y) } ?? 31)
        return (start, end)
    }

    /// Given names common enough that one standing alone names nobody in particular.
    static let firstNames: Set<String> = Set(
        [
            "محمد", "أحمد", "علي", "عبدالله", "عبد الله", "حسن", "حسين", "خالد", "عمر", "سعيد", "سعد", "إبراهيم",
            "يوسف", "مصطفى", "محمود", "فهد", "سلمان", "ناصر", "فيصل", "عبدالعزيز", "عبد العزيز", "صالح", "جمال",
            "طارق", "حمد", "سلطان", "عبدالرحمن", "عبد الرحمن", "سعود", "نايف", "تركي", "بندر", "مشعل", "عادل",
            "ماجد", "وليد", "عيسى", "موسى", "إسماعيل", "عثمان", "حمزة", "كمال", "جاسم", "راشد", "زايد", "منصور",
            "نواف", "جابر", "صباح", "هشام", "سامي", "ياسر", "عماد", "أيمن", "زياد", "فؤاد", "نبيل", "مروان",
            "أسامة", "عبدالمجيد", "عبدالقادر", "عبدالملك", "عبدالحميد", "عبدالفتاح", "يحيى", "بشار", "رشيد", "شريف",
            "طلال", "هاني", "سمير", "كريم", "ناجي", "أنور", "جعفر", "عمرو", "حامد", "رامي", "محمد علي",
        ].map { fold($0, firstName: true) })

    @Test func fileIsThereAndBig() {
        #expect(Self.rows.count >= 880, "people file not found or shrunk: \(Self.file.path)")
    }

    @Test func everyLineHasFiveTabSeparatedColumns() {
        for row in Self.rows {
            #expect(row.fields.count == 5, "line \(row.line): \(row.fields.count) columns: \(row.text)")
            if row.fields.count == 5 {
                #expect(!row.fields[3].isEmpty && !row.fields[4].isEmpty, "line \(row.line): empty FORMS or ENGLISH")
            }
        }
    }

    @Test func codesHaveTheShapeOfActorCodes() {
        for row in Self.rows {
            let code = row.fields[0]
            let shape =
                code.count >= 6 && code.count % 3 == 0 && code.allSatisfy { $0.isASCII && $0.isUppercase }
            let parsed = ActorCode(code: code)
            #expect(shape && parsed != nil, "line \(row.line): \"\(code)\" is not a country+sector or IGO code")
            if let parsed, parsed.organization == nil {
                #expect(
                    parsed.sector.map { ActorCode.sectors.contains($0) } ?? false,
                    "line \(row.line): unknown sector in \(code)")
            }
        }
    }

    @Test func datesParseAndAreInOrder() {
        for row in Self.rows where row.fields.count == 5 {
            let from = Self.period(row.fields[1])
            #expect(from != nil, "line \(row.line): FROM \"\(row.fields[1])\" is not YYYY[-MM[-DD]]")
            let to = row.fields[2].isEmpty ? nil : Self.period(row.fields[2])
            #expect(
                row.fields[2].isEmpty || to != nil, "line \(row.line): TO \"\(row.fields[2])\" is not YYYY[-MM[-DD]]")
            for p in [from, to].compactMap({ $0 }) {
                #expect((1990...2026).contains(p.start / 10000), "line \(row.line): year out of 1990…2026")
            }
            if let from, let to { #expect(from.start <= to.end, "line \(row.line): FROM after TO") }
        }
    }

    @Test func noFormIsABareFirstName() {
        for row in Self.rows where row.fields.count == 5 {
            for form in row.forms {
                #expect(
                    !Self.firstNames.contains(Self.fold(form, firstName: true)),
                    "line \(row.line): bare first name «\(form)»")
                #expect(
                    form == form.trimmingCharacters(in: .whitespaces) && !form.isEmpty && !form.contains("  "),
                    "line \(row.line): stray spaces in «\(form)»")
            }
            var seen: Set<String> = []
            for form in row.forms where !seen.insert(Self.fold(form)).inserted {
                Issue.record("line \(row.line): «\(form)» is listed twice (the loader folds hamza and ى)")
            }
        }
    }

    /// A form marked «~» (a surname that is also a common word) names the person only after the full name or a title,
    /// so it is one word and its line has an unmarked full name to introduce the person.
    @Test func markedFormsAreSurnamesOfAnIntroducedName() {
        for row in Self.rows where row.fields.count == 5 {
            for form in row.forms where form.hasPrefix("~") {
                #expect(!form.contains(" ") && form.count > 1, "line \(row.line): «\(form)» is not one marked word")
                #expect(
                    row.forms.contains { !$0.hasPrefix("~") && $0.contains(" ") },
                    "line \(row.line): «\(form)» has no full name on its line to introduce it")
            }
        }
    }

    @Test func noDuplicateLines() {
        var seen: [String: Int] = [:]
        for row in Self.rows {
            #expect(seen[row.text] == nil, "line \(row.line) repeats line \(seen[row.text] ?? 0)")
            seen[row.text] = row.line
        }
    }

    /// A form shared by two roles with different codes is told apart by the article date, so their periods
    /// may touch (a hand-over month) but not overlap for longer than two months.
    @Test func sharedFormsDoNotNameTwoRolesAtOnce() {
        struct Role {
            var line: Int
            var code: String
            var start: Int
            var end: Int
        }
        var byForm: [String: [Role]] = [:]
        for row in Self.rows where row.fields.count == 5 {
            guard let from = Self.period(row.fields[1]) else { continue }
            let end = row.fields[2].isEmpty ? 2026_12_31 : Self.period(row.fields[2])?.end ?? 2026_12_31
            for form in Set(row.forms.map { Self.fold($0) }) {
                byForm[form, default: []].append(Role(line: row.line, code: row.fields[0], start: from.start, end: end))
            }
        }
        func days(_ d: Int) -> Int { (d / 10000) * 372 + (d / 100 % 100) * 31 + d % 100 }
        for (form, roles) in byForm where roles.count > 1 {
            for (i, a) in roles.enumerated() {
                for b in roles[(i + 1)...] where a.code != b.code {
                    let overlap = days(min(a.end, b.end)) - days(max(a.start, b.start))
                    #expect(
                        overlap <= 62,
                        "«\(form)»: lines \(a.line) (\(a.code)) and \(b.line) (\(b.code)) overlap \(overlap) days")
                }
            }
        }
    }

    @Test func bundledDictionaryLoadsThePeople() throws {
        let dictionary = try ActorDictionary.bundled()
        let people = dictionary.entries.filter {
            if case .person = $0 { return true }
            return false
        }
        let forms = Self.rows.reduce(0) { $0 + $1.forms.count }
        #expect(people.count == forms)
    }
}
