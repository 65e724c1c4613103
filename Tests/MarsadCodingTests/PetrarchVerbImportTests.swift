import Foundation
import MarsadCoding
import MarsadCore
import Testing

struct PetrarchVerbImportTests {
    static let verbs = """
        &CURRENCY
        +DOLLAR
        ---  CONDEMN   [122]  ---
        CONDEMN {CONDEMNS CONDEMNED}
        DENOUNCE
        DECRY [111]
        SPEAK_OUT_AGAINST
        - * {TERRORIST ATTACK}   [1223]  # CONDEMN
        - * (AS {WAR CRIME})     [1223]
        - * &CURRENCY            [122]
        - * POLICY               [042:043]
        - $ * +                  [122]
        - * ATTACK               [99x]
        ---  شجب   [---]  ---
        شجب
        - * هجوم [1223]
        ~ a (b . ATTACK) SAY = a b 112
        """

    @Test func verbsConvertAndLoad() throws {
        let codebook = try Codebook.bundled()
        var report = DictionaryImportReport()
        PetrarchVerbImporter(codebook: codebook).convert(text: Self.verbs, file: "verbs.txt", into: &report)
        #expect(
            report.outputs["triggers"] == [
                "122\tphrase\tCONDEMN|CONDEMNS|CONDEMNED|DENOUNCE",
                "111\tphrase\tDECRY",
                "122\tphrase\tSPEAK OUT AGAINST",
                "1223\tphrase\tCONDEMN|CONDEMNS|CONDEMNED|DENOUNCE|DECRY ... TERRORIST ATTACK",
                "1223\tphrase\tCONDEMN|CONDEMNS|CONDEMNED|DENOUNCE|DECRY ... AS ... WAR CRIME",
                "1223\tphrase\tشجب ... هجوم",
            ])
        #expect(
            report.diagnostics.map(\.description) == [
                "verbs.txt:13: dictionary-syntax: \"[99x]\" is not a CAMEO event code"
            ])
        #expect(report.skipped["synset definition (&NAME and its +members)"] == 2)
        #expect(report.skipped["transformation rule (~)"] == 1)
        let lexicon = try TriggerLexicon(
            text: report.outputs["triggers"]!.joined(separator: "\n"), file: "triggers.t.txt", codebook: codebook)
        #expect(lexicon.patterns.count == 6)
    }

    static func shared(_ relative: String) -> String? {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let url = root.deletingLastPathComponent().appendingPathComponent("shared/data/" + relative)
        return FileManager.default.fileExists(atPath: url.path) ? url.path : nil
    }

    static let realVerbs = ["petrarch/CAMEO.2.0.txt", "upetrarch/CAMEO.ar.0.5.txt"]

    @Test(.enabled(if: realVerbs.allSatisfy { shared($0) != nil }, "needs ../shared/data"))
    func realVerbDictionariesConvertAndLoad() throws {
        let codebook = try Codebook.bundled()
        var report = DictionaryImportReport()
        for file in Self.realVerbs {
            let text = try String(contentsOfFile: Self.shared(file)!, encoding: .utf8)
            PetrarchVerbImporter(codebook: codebook).convert(text: text, file: file, into: &report)
        }
        #expect(report.outputs["triggers"]!.count > 5_000)
        let lexicon = try TriggerLexicon(
            text: report.outputs["triggers"]!.joined(separator: "\n"), file: "triggers.t.txt", codebook: codebook)
        #expect(lexicon.patterns.count == report.outputs["triggers"]!.count)
    }
}
