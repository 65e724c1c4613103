import Foundation
public import MarsadCore

/// Converts a PETRARCH/TABARI agents dictionary into Marsad `agents` lines (`SECTOR<TAB>body<TAB>FORM`).
///
/// ```swift
/// var report = DictionaryImportReport()
/// PetrarchAgentImporter().convert(text: "RIOT_POLICE [~COP]\n", file: "agents.txt", into: &report)
/// report.outputs["agents"]   // ["COP\tbody\tRIOT POLICE"]
/// ```
///
/// Input: `NAME [{PLURAL…}] [~SECTOR] [TRANSLATION]` lines and `!MACRO! = A, B` definitions, which are
/// expanded in names (`SPOKES!PERSON!`). Underscores become spaces. When text follows the sector (the
/// UniversalPetrarch Arabic files put the Arabic there, `/` between variants), that text is the form;
/// otherwise the name and its plurals are. Only Marsad's sectors (`ActorCode.sectors`) are converted;
/// compound sectors such as `~GOVMED` and other sectors such as `~AGR` are skipped and counted.
public struct PetrarchAgentImporter: Sendable {
    public init() {}

    public func convert(text: String, file: String, into report: inout DictionaryImportReport) {
        var macros: [String: [String]] = [:]
        for (number, trimmed) in PetrarchLines(text) {
            if trimmed.hasPrefix("!"), let eq = trimmed.firstIndex(of: "="), !trimmed.contains("[") {
                let name = trimmed[..<eq].trimmingWhitespace()
                macros[String(name)] = trimmed[trimmed.index(after: eq)...].split(separator: ",").map {
                    String($0.trimmingWhitespace())
                }
                continue
            }
            guard let open = trimmed.range(of: "[~") else {
                report.fail("not an agent line", "expected NAME [~SECTOR]", file: file, line: number)
                continue
            }
            let afterOpen = trimmed[open.upperBound...]
            guard let close = afterOpen.firstIndex(of: "]") else {
                report.fail("malformed sector", "\"[~\" is not closed by \"]\"", file: file, line: number)
                continue
            }
            let sector = String(afterOpen[..<close])
            guard ActorCode.sectors.contains(sector) else {
                let reason =
                    sector.count > 3 && ActorCode.sectors.contains(String(sector.prefix(3)))
                    ? "compound sector (e.g. GOVMED)" : "sector not in Marsad (e.g. AGR, CRM, HLH)"
                report.skip(reason)
                continue
            }
            let translation = afterOpen[afterOpen.index(after: close)...].trimmingWhitespace()
            var forms: [String] = []
            if !translation.isEmpty {
                forms = translation.split(separator: "/").map { PetrarchActorImporter.form($0) }
            } else {
                var head = trimmed[..<open.lowerBound]
                var names: [Substring] = []
                if let brace = head.firstIndex(of: "{") {
                    let inner = head[head.index(after: brace)...].prefix(while: { $0 != "}" })
                    names = inner.split(separator: " ")
                    head = head[..<brace]
                }
                names.insert(head, at: 0)
                do throws(MarsadError) {
                    for name in names { forms += try expand(String(name), macros: macros) }
                } catch {
                    report.fail("unknown macro", error.message, file: file, line: number)
                    continue
                }
                forms = forms.map { PetrarchActorImporter.form($0) }
            }
            var seen = Set<String>()
            forms = forms.filter { !$0.isEmpty && seen.insert($0).inserted }
            guard !forms.isEmpty else {
                report.fail("agent without a name", "no name before \"[~\(sector)]\"", file: file, line: number)
                continue
            }
            for form in forms { report.emit("agents", "\(sector)\tbody\t\(form)") }
        }
    }

    /// `SPOKES!PERSON!` with `!PERSON! = MAN, WOMAN` → `SPOKESMAN`, `SPOKESWOMAN`.
    func expand(_ name: String, macros: [String: [String]]) throws(MarsadError) -> [String] {
        guard let start = name.firstIndex(of: "!") else { return [name] }
        let after = name[name.index(after: start)...]
        guard let end = after.firstIndex(of: "!") else {
            throw MarsadError(.dictionarySyntax, "unclosed macro in \"\(name)\"")
        }
        let key = "!" + after[..<end] + "!"
        guard let values = macros[key] else {
            throw MarsadError(.dictionarySyntax, "unknown macro \"\(key)\"; define it first as \(key) = A, B")
        }
        var out: [String] = []
        for value in values {
            out += try expand(
                String(name[..<start]) + value + String(after[after.index(after: end)...]), macros: macros)
        }
        return out
    }
}
