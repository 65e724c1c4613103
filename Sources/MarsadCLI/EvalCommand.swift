import ArgumentParser
import Foundation
import MarsadCore
import MarsadEvaluation
import MarsadPipeline

/// `marsad eval GOLD [PRED | --run] [--json] [--floors FILE]`: scores events against gold, printing what
/// `eval/score.py` prints; `marsad eval --gsr SENTENCES [--json] [--floors FILE]` codes the Arabic
/// PROTEST/ASSAULT sentences and scores detection instead.
///
/// ```
/// $ marsad eval dev-gold.jsonl --run --floors Evaluation/dev-gold/baseline.json
/// root  P=0.812 R=0.640 F1=0.716 (tp 194, fp 45, fn 109)
/// ...
/// $ marsad eval --gsr ../shared/data/arabic-event-gsr/sentences.jsonl
/// PROTEST  P=0.500 R=0.400 F1=0.444 (tp 2, fp 2, fn 3, tn 10; 1 ambiguous left out)
/// ...
/// ```
///
/// Exit status 0 with the report on stdout; 1 with `file:line: invalid-input: ...` on stderr when an input
/// cannot be scored, or when a score is below its pinned floor; 2 for usage errors.
struct EvalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score predicted events against gold, with the numbers eval/score.py gives.",
        discussion: """
            Two modes: GOLD with PRED or --run scores events article by article as eval/score.py does; \
            --gsr FILE codes the Arabic event GSR sentences (PROTEST/ASSAULT) and scores detection per task \
            and agreement with the gold codings.
            """)

    @Argument(
        help: "Gold file: JSON Lines, one article a line ({\"id\", \"published\", \"text\", \"events\": [...]}).")
    var gold: String?

    @Argument(help: "Predictions: the same per-article format, or `marsad code` output (one event a line).")
    var pred: String?

    @Flag(help: "Code the gold articles with the standard pipeline and score that (instead of PRED).")
    var run = false

    @Option(
        help: ArgumentHelp(
            "Code these GSR sentences with the standard pipeline and score PROTEST/ASSAULT detection (instead of GOLD).",
            valueName: "sentences.jsonl"))
    var gsr: String?

    @Option(help: "With --run or --gsr: also write the predicted events to this file.")
    var save: String?

    @Flag(help: "Print the report as JSON (for GOLD, as `score.py --json` does).")
    var json = false

    @Option(help: "Fail (exit 1) when a score is below the floors in this JSON file.")
    var floors: String?

    func validate() throws {
        if gsr != nil {
            if gold != nil {
                throw ValidationError("--gsr scores its own sentences: give either GOLD or --gsr, not both")
            }
            if run { throw ValidationError("--gsr codes the sentences itself: drop --run") }
            return
        }
        guard gold != nil else {
            throw ValidationError(
                "missing GOLD: give the gold file (with PRED or --run), or --gsr FILE for the GSR sentences")
        }
        if run && pred != nil { throw ValidationError("give either PRED or --run, not both") }
        if !run && pred == nil {
            throw ValidationError("missing PRED: give the predictions file, or --run to code the gold articles")
        }
        if save != nil && !run { throw ValidationError("--save needs --run or --gsr") }
    }

    func run() async throws {
        if let gsr {
            try runDetection(sentences: gsr)
            return
        }
        guard let gold else { throw ValidationError("missing GOLD") }
        var predictions = pred ?? ""
        if run {
            predictions =
                save
                ?? FileManager.default.temporaryDirectory.appendingPathComponent(
                    "marsad-eval-\(UUID().uuidString).jsonl"
                ).path
            try await codeGold(gold, into: predictions)
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
        if !json {
            do {
                print(try RootConfusion(gold: gold, pred: predictions).text)
            } catch {
                Console.error("\(error)")
            }
        }
        try enforceFloors { $0.check(report) }
    }

    /// With `--floors`: prints every score below its floor on stderr and exits 1, or says all are met.
    func enforceFloors(_ check: (QualityFloors) -> [String]) throws {
        guard let floors else { return }
        let failures = check(try QualityFloors.load(path: floors))
        for f in failures { Console.error("\(floors): below floor: \(f)") }
        if !failures.isEmpty { throw ExitCode.failure }
        if !json { print("floors: all met (\(floors))") }
    }

    private func codeGold(_ gold: String, into path: String) async throws {
        let pipeline = try Self.standardPipeline()
        let sink = try OutputSink(path: path, append: false)
        var failed = false
        _ = await CodingRunner(pipeline: pipeline, options: .init()).run(
            InputEnumerator(paths: [gold], options: .init()), writeBytes: sink.write(bytes:),
            report: {
                Console.error($0.description)
                failed = true
            })
        sink.flush()
        if failed { throw ExitCode.failure }
    }

    /// The standard pipeline, or exit status 1 with the error on stderr.
    static func standardPipeline() throws -> MarsadPipeline {
        do {
            return try MarsadPipeline.standard()
        } catch {
            Console.error(error.description)
            throw ExitCode.failure
        }
    }
}
