import Foundation
import MarsadActors
import MarsadCore
import Testing

struct PetrarchImportTests {
    static let actors = """
        # a comment
        THE_UNITED_NATIONS_ [IGOUNO]
        +UNITED_NATIONS_
        KOFI_ANNAN_
        +K_ANNAN_
        \t[IGOUNO 970101-061231]
        \t[ELI]
        OLD_LEADER_
        \t[AFGGOV 20100101-18000101]
        BROKEN_
        \t[AFG? 990101]
        NO_CODE_
        +حركة_حماس_ [PSEREB >20140908]
        """

    static let agents = """
        !PERSON! = MAN, WOMAN
        SPOKES!PERSON! [~GOV]
        RIOT_POLICE {} [~COP]
        FARMER [~AGR]
        STATE_TELEVISION [~GOVMED]
        ARMED_SEPARATIST [~REB]انفصالي مسلح/انفصاليون مسلحون
        BROKEN_LINE
        """

    @Test func actorsConvertAndLoad() throws {
        var report = DictionaryImportReport()
        PetrarchActorImporter().convert(text: Self.actors, file: "actors.txt", into: &report)
        #expect(report.outputs["organizations"] == ["IGOUNO\tTHE UNITED NATIONS", "IGOUNO\tUNITED NATIONS"])
        #expect(
            report.outputs["people"] == [
                "IGOUNO\t1997-01-01\t2006-12-31\tKOFI ANNAN|K ANNAN", "PSEREB\t2014-09-08\t\tNO CODE|حركة حماس",
            ])
        #expect(report.skipped["impossible date range (ends before it starts)"] == 1)
        #expect(report.skipped["code Marsad cannot represent (role, bare sector or second sector)"] == 1)
        #expect(
            report.diagnostics.map(\.description) == [
                "actors.txt:11: dictionary-syntax: \"AFG?\" is not a CAMEO actor code (groups of three capitals)"
            ])
        var dict = ActorDictionary()
        try dict.load(text: report.outputs["organizations"]!.joined(separator: "\n"), file: "organizations.t.txt")
        try dict.load(text: report.outputs["people"]!.joined(separator: "\n"), file: "people.t.txt")
        #expect(dict.entries.count == 6)
    }

    @Test func agentsConvertAndLoad() throws {
        var report = DictionaryImportReport()
        PetrarchAgentImporter().convert(text: Self.agents, file: "agents.txt", into: &report)
        #expect(
            report.outputs["agents"] == [
                "GOV\tbody\tSPOKESMAN", "GOV\tbody\tSPOKESWOMAN", "COP\tbody\tRIOT POLICE",
                "REB\tbody\tانفصالي مسلح", "REB\tbody\tانفصاليون مسلحون",
            ])
        #expect(report.skippedCount == 3)
        #expect(report.diagnostics.map(\.description) == ["agents.txt:7: dictionary-syntax: expected NAME [~SECTOR]"])
        var dict = ActorDictionary()
        try dict.load(text: report.outputs["agents"]!.joined(separator: "\n"), file: "agents.t.txt")
        #expect(dict.entries.count == 5)
    }

    /// `../shared/data/<relative>` beside the package, or nil (the test is then skipped).
    static func shared(_ relative: String) -> String? {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let url = root.deletingLastPathComponent().appendingPathComponent("shared/data/" + relative)
        return FileManager.default.fileExists(atPath: url.path) ? url.path : nil
    }

    static let realActors = [
        "petrarch/Phoenix.Countries.actors.txt", "petrarch/Phoenix.International.actors.txt",
        "upetrarch/actor_dict_ar_v4.txt",
    ]
    static let realAgents = ["petrarch/Phoenix.agents.txt", "upetrarch/agents.all.ar.txt"]

    @Test(.enabled(if: realActors.allSatisfy { shared($0) != nil }, "needs ../shared/data"))
    func realActorDictionariesConvertAndLoad() throws {
        var report = DictionaryImportReport()
        for file in Self.realActors {
            let text = try String(contentsOfFile: Self.shared(file)!, encoding: .utf8)
            PetrarchActorImporter().convert(text: text, file: file, into: &report)
        }
        #expect(report.outputs["organizations"]!.count > 10_000)
        #expect(report.outputs["people"]!.count > 10_000)
        var dict = ActorDictionary()
        try dict.load(text: report.outputs["organizations"]!.joined(separator: "\n"), file: "organizations.t.txt")
        try dict.load(text: report.outputs["people"]!.joined(separator: "\n"), file: "people.t.txt")
        #expect(dict.entries.count > 20_000)
    }

    @Test(.enabled(if: realAgents.allSatisfy { shared($0) != nil }, "needs ../shared/data"))
    func realAgentDictionariesConvertAndLoad() throws {
        var report = DictionaryImportReport()
        for file in Self.realAgents {
            let text = try String(contentsOfFile: Self.shared(file)!, encoding: .utf8)
            PetrarchAgentImporter().convert(text: text, file: file, into: &report)
        }
        #expect(report.outputs["agents"]!.count > 3_000)
        var dict = ActorDictionary()
        try dict.load(text: report.outputs["agents"]!.joined(separator: "\n"), file: "agents.t.txt")
        #expect(dict.entries.count == report.outputs["agents"]!.count)
    }
}
