import MarsadCore
import MarsadText
import Testing

@testable import MarsadCoding

@Suite struct CueVocabularyTests {
    static func hash(_ word: String) -> UInt64 { FormHash.hash(FoldedText.fold(word)) }

    static func file(_ sections: [String: String]) -> String {
        CueVocabulary.sections.map { "[\($0)]\n\(sections[$0] ?? "")" }.joined(separator: "\n")
    }

    @Test func readsEverySectionAndFoldsSpellings() throws {
        let cues = try CueVocabulary(
            text: "# comment\n" + Self.file(["reactions": "أدان  تندد\nالتحقيق", "aims": "بهدف"]), file: "t.txt")
        #expect(cues.reactions.contains(Self.hash("ادان")))
        #expect(cues.reactions.contains(Self.hash("تندد")))
        #expect(cues.reactions.contains(Self.hash("التحقيق")))
        #expect(cues.aims.contains(Self.hash("بهدف")))
        #expect(!cues.aims.contains(Self.hash("تندد")))
    }

    @Test func errorsNameTheFileAndLine() {
        #expect {
            try CueVocabulary(text: "قتل\n[toll]\n", file: "t.txt")
        } throws: { ($0 as? MarsadError)?.location == "t.txt:1" }
        #expect {
            try CueVocabulary(text: Self.file([:]) + "\n[elsewhere]\n", file: "t.txt")
        } throws: { ($0 as? MarsadError)?.message.contains("unknown section") ?? false }
        #expect {
            try CueVocabulary(text: "[toll]\nقتل\n", file: "t.txt")
        } throws: { ($0 as? MarsadError)?.message.contains("missing section") ?? false }
    }

    @Test func theBundledFileHasEveryList() throws {
        let cues = try TriggerLexicon.bundled().cues
        let lists = [
            cues.toll, cues.plans, cues.cancellers, cues.potential, cues.documents, cues.aims, cues.anchors,
            cues.reactions, cues.perpetrated, cues.plannedAfter, cues.objectNouns, cues.claims, cues.killed,
            cues.aerial,
            cues.airDefence, cues.ahead, cues.attributed, cues.suspected, cues.groupHeads,
            cues.holding, cues.retaking, cues.expelling, cues.slain, cues.aimedAt,
        ]
        // A word of each list (in the file's order) is in that list.
        let samples = [
            "قتل", "يعتزم", "الغى", "خشية", "البيان", "بهدف", "غداة", "تدين", "نفذها", "مرتقب", "مواقع", "مزاعم",
            "استشهد", "غارات", "الدفاعات", "المقبل", "نسبت", "يشتبه", "حركة",
            "تسيطر", "استعادة", "طرد", "مقتل", "مستهدفة",
        ]
        for (name, (list, word)) in zip(CueVocabulary.sections, zip(lists, samples)) {
            #expect(list.contains(Self.hash(word)), "\(name) lacks \(word)")
        }
        #expect(cues.anchors.contains(Self.hash("غداة")))
        #expect(cues.toll.contains(Self.hash("أصيب")))
    }
}
