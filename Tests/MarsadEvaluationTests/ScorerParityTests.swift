import Foundation
import MarsadEvaluation
import Testing

/// The scorer against `eval/score.py` itself on the dev gold and prediction files derived from it: the JSON and
/// the text reports must be byte for byte what Python prints.
@Suite("Parity with eval/score.py")
struct ScorerParityTests {
    @Test(
        "prints what score.py prints",
        .enabled(
            if: ReferenceScorer.located != nil,
            "needs ../shared/eval/score.py and dev-gold.jsonl next to the package, and python3 on PATH"),
        arguments: PredictionVariant.all)
    func matchesReference(_ variant: PredictionVariant) throws {
        let reference = try #require(ReferenceScorer.located)
        let scratch = try ScratchDirectory()
        let goldText = try String(contentsOfFile: reference.goldPath, encoding: .utf8)
        let gold = try goldText.split(separator: "\n").map { line in
            try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
        let variantPath = try scratch.write("variant.jsonl", lines: variant.lines(from: gold))
        let (goldPath, predPath) =
            variant.swapsRoles ? (variantPath, reference.goldPath) : (reference.goldPath, variantPath)

        let report = try EventScorer().score(
            gold: EventScorer.load(path: goldPath), pred: EventScorer.load(path: predPath))

        let expectedJSON = try reference.run(gold: goldPath, pred: predPath, json: true)
        #expect(report.jsonString + "\n" == expectedJSON)
        #expect(report.text + "\n" == (try reference.run(gold: goldPath, pred: predPath, json: false)))
        print("parity [\(variant.name)] \(report.jsonString)")
    }
}
