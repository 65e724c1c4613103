import MarsadEvaluation
import Testing

@Suite struct RootConfusionTests {
    @Test func pairsBySentenceSameRootFirst() throws {
        let scratch = try ScratchDirectory()
        let gold = try scratch.write(
            "gold.jsonl",
            lines: [
                #"{"id": "a", "events": [{"sentence": "S1.", "code": "112"}, {"sentence": "S1.", "code": "190"}, {"sentence": "S2.", "code": "042"}, {"sentence": "S3.", "code": "010"}]}"#
            ])
        let pred = try scratch.write(
            "pred.jsonl",
            lines: [
                #"{"doc_id": "a", "sentence": "S1.", "code": "183"}"#,
                #"{"doc_id": "a", "sentence": "S1.", "code": "111"}"#,
                #"{"doc_id": "a", "sentence": "S4.", "code": "057"}"#,
                #"{"doc_id": "a", "sentence": "S3.", "code": "010"}"#,
            ])
        let c = try RootConfusion(gold: gold, pred: pred)
        #expect(c.counts["11"] == ["11": 1])
        #expect(c.counts["19"] == ["18": 1])
        #expect(c.counts["04"] == [RootConfusion.none: 1])
        #expect(c.counts[RootConfusion.none] == ["05": 1])
        #expect(c.counts["01"] == nil)
        #expect(c.text.contains("19→18 ×1"))
    }

    @Test func badGoldLineNamesItsLine() throws {
        let scratch = try ScratchDirectory()
        let gold = try scratch.write("gold.jsonl", lines: [#"{"id": "a", "events": []}"#, "{oops"])
        let pred = try scratch.write("pred.jsonl", lines: [])
        #expect(throws: (any Error).self) { try RootConfusion(gold: gold, pred: pred) }
        do {
            _ = try RootConfusion(gold: gold, pred: pred)
        } catch {
            #expect(error.location?.hasSuffix("gold.jsonl:2") == true)
        }
    }
}
