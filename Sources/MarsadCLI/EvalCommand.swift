import ArgumentParser
import Foundation
import MarsadCore
import MarsadEvaluation
import MarsadPipeline

/// `marsad eval GOLD [PRED | --run] [--json] [--floors FILE]`: scores events against gold, printing what
/// `eval/score.py` prints.
///
/// ```
/// $ marsad eval dev-gold.jsonl --run --floors Evaluation/dev-gold/baseline.json
/// root  P=0.812 R=0.640 F1=0.716 (tp 194, fp 45, fn 109)
/// ...
/// ```
///
/// Exit status 0 with the report on stdout; 1 with `file:line: invalid-input: ...` on stderr when an input
/// cannot be scored, or when a score is below its pinned floor; 2 for usage errors.
struct EvalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score predicted events against gold, with the numbers eval/score.py gives.")

    @Argument(help: "Gold file: JSON Lines, one article a line ({\"id\", \"published\", \"text\", \"events\": [...]}).")
    var gold: String

    @Argument(help: "Predictions: the same per-article format, or `marsad code` output (one event a line).")
    var pred: String?

    @Flag(help: "Code the gold articles with the standard pipeline and score that (instead of PRED).")
    var run = false

    @Option(help: "With --run: also write the predicted events to this file.")
    var save: String?

    @Flag(help: "Print the report as JSON, as `score.py --json` does.")
    var json = false

    @Option(help: "Fail (exit 1) when a score is below the floors in this JSON file.")
    var floors: String?

    func validate() throws {
        if run && pred != nil { throw ValidationError("give either PRED or --run, not both") }
        if !run && pred == nil {
            throw ValidationError("missing PRED: give the predictions file, or --run to code the gold articles")
        }
        if save != nil && !run { throw ValidationError("--save needs --run") }
    }

    func run() async throws {
        var predictions = pred ?? ""
        if run {
            predictions =
                save
                ?? FileManager.default.temporaryDirectory.appendingPathComponent(
                    "marsad-eval-\(UUID().uuidString).jsonl"
                ).path
            try await codeGold(into: predictions)
        }
        defer { if run && save == nil { try? FileManager.default.removeItem(atPath: predictions) } }
        let report: ScoreReport
        do {
            report = try EventScorer().score(
                gold: EventScorer.load(path: gold), pred: EventScorer.load(path: predictions))
        } catch {
            Console.error("\(error)")
            throw ExitCode.failure
        }
        print(json ? report.jsonString : report.text)
        if let floors {
            let failures = try QualityFloors.load(path: floors).check(report)
            for f in failures { Console.error("\(floors): below floor: \(f)") }
            if !failures.isEmpty { throw ExitCode.failure }
            if !json { print("floors: all met (\(floors))") }
        }
    }

    private func codeGold(into path: String) async throws {
        let pipeline: MarsadPipeline
        do {
            pipeline = try MarsadPipeline.standard()
        } catch {
            Console.error(error.description)
            throw ExitCode.failure
        }
        let sink = try OutputSink(path: path, append: false)
        var failed = false
        _ = await CodingRunner(pipeline: pipeline, options: .init()).run(
            InputEnumerator(paths: [gold], options: .init()), write: sink.write,
            report: {
                Console.error($0.description)
                failed = true
            })
        sink.flush()
        if failed { throw ExitCode.failure }
    }
}
