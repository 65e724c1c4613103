import ArgumentParser
import Foundation
import Testing

@testable import MarsadCLI

/// `marsad eval` argument handling and exit status; the scoring itself is tested in MarsadEvaluationTests.
@Suite("marsad eval")
struct EvalCommandTests {
    @Test("parses GOLD, PRED and --json")
    func parsesArguments() throws {
        let command = try EvalCommand.parse(["gold.jsonl", "pred.jsonl", "--json"])
        #expect(command.gold == "gold.jsonl")
        #expect(command.pred == "pred.jsonl")
        #expect(command.json)
    }

    @Test("malformed input exits with status 1")
    func malformedInput() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("marsad-eval-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let gold = folder.appendingPathComponent("gold.jsonl")
        try Data("{\"id\": \"a\", \"events\": []}\n{oops\n".utf8).write(to: gold)
        let command = try EvalCommand.parse([gold.path, gold.path])
        await #expect(throws: ExitCode.failure) { try await command.run() }
    }

    @Test(
        "PRED and --run exclude each other; one of them is needed; GOLD and --gsr exclude each other",
        arguments: [
            [], ["gold.jsonl"], ["g", "p", "--run"], ["g", "p", "--save", "x"], ["g", "--gsr", "s.jsonl"],
            ["--gsr", "s.jsonl", "p.jsonl"], ["--gsr", "s.jsonl", "--run"], ["--save", "x"],
        ])
    func usageErrors(_ arguments: [String]) {
        #expect(throws: (any Error).self) { _ = try EvalCommand.parse(arguments) }
        #expect(EvalCommand.exitCode(for: ValidationError("x")) == .validationFailure)
    }

    @Test("--run codes the gold articles itself")
    func parsesRun() throws {
        let command = try EvalCommand.parse(["gold.jsonl", "--run", "--floors", "f.json"])
        #expect(command.run)
        #expect(command.floors == "f.json")
    }

    @Test("--gsr takes no GOLD and may save the events and check floors")
    func parsesDetection() throws {
        let command = try EvalCommand.parse(["--gsr", "s.jsonl", "--save", "p.jsonl", "--floors", "f.json", "--json"])
        #expect(command.gsr == "s.jsonl")
        #expect(command.gold == nil)
        #expect(command.save == "p.jsonl")
        #expect(command.floors == "f.json")
        #expect(command.json)
    }
}
