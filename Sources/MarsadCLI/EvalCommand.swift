import ArgumentParser
import Foundation
import MarsadCore
import MarsadEvaluation

/// `marsad eval GOLD PRED [--json]`: scores predicted events against gold, printing what `eval/score.py` prints.
///
/// ```
/// $ marsad eval dev-gold.jsonl pred.jsonl
/// root  P=0.812 R=0.640 F1=0.716 (tp 194, fp 45, fn 109)
/// ...
/// ```
///
/// Exit status 0 with the report on stdout; 1 with `file:line: invalid-input: ...` on stderr when an input
/// cannot be scored; 2 for usage errors.
struct EvalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score predicted events against gold, with the numbers eval/score.py gives.")

    @Argument(help: "Gold file: JSON Lines, one article a line ({\"id\", \"events\": [...]}).")
    var gold: String

    @Argument(help: "Predictions: the same per-article format, or `marsad code` output (one event a line).")
    var pred: String?

    @Flag(help: "Print the report as JSON, as `score.py --json` does.")
    var json = false

    func run() async throws {
        guard let pred else {
            throw ValidationError("missing PRED: give the predictions file to score against \(gold)")
        }
        do {
            let report = try EventScorer().score(gold: EventScorer.load(path: gold), pred: EventScorer.load(path: pred))
            print(json ? report.jsonString : report.text)
        } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            throw ExitCode.failure
        }
    }
}
