import ArgumentParser
import Foundation
import MarsadEvaluation
import Testing

@testable import MarsadCLI

/// `marsad eval --gsr` on the first records of the shared GSR sentences; skipped when `../shared` is absent.
@Suite("marsad eval --gsr on shared data")
struct DetectionEvalTests {
    /// `../shared/data/arabic-event-gsr/sentences.jsonl` beside the package root, located from this file.
    static let sentences: String? = {
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let shared = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
        let path = shared.appendingPathComponent("data/arabic-event-gsr/sentences.jsonl").path
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }()

    /// The first `count` lines of the GSR file, written to a scratch folder.
    static func firstRecords(_ count: Int, in folder: URL) throws -> (path: String, records: [[String: Any]]) {
        let text = try String(contentsOfFile: sentences!, encoding: .utf8)
        let lines = text.split(separator: "\n").prefix(count).map(String.init)
        let records = try lines.map {
            try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        let path = folder.appendingPathComponent("sentences.jsonl").path
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path))
        return (path, records)
    }

    static func scratchFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("marsad-gsr-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test("the first 50 records are coded and every scored sentence is counted once", .enabled(if: sentences != nil))
    func firstFifty() throws {
        let folder = try Self.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (path, records) = try Self.firstRecords(50, in: folder)
        let saved = folder.appendingPathComponent("pred.jsonl").path
        let report = try EvalCommand.detectionReport(sentences: path, save: saved)

        for score in report.tasks {
            let labels = records.filter { $0["task"] as? String == score.task.rawValue }.map { $0["label"] as? String }
            #expect(score.truePositives + score.falseNegatives == labels.filter { $0 == "yes" }.count)
            #expect(
                score.falsePositives + score.trueNegatives
                    == labels.filter { $0 == "easy no" || $0 == "difficult no" }.count)
            #expect(score.leftOut == labels.filter { $0 == "ambiguous" }.count)
        }
        let counted: Int = report.tasks.reduce(0) { $0 + $1.scored + $1.leftOut }
        #expect(counted == 50)
        #expect(report.coded == records.filter { $0["coded"] != nil }.count)
        #expect(report.coded > 0)
        #expect(report.familyAndCountriesMatched <= report.familyAndKnownCountriesMatched)
        #expect(report.familyAndKnownCountriesMatched <= report.familyMatched)
        #expect(report.familyMatched <= report.coded)
        // The coder finds something in 50 news sentences, and not everything is an assault.
        let predicted: Int = report.tasks.reduce(0) { $0 + $1.truePositives + $1.falsePositives }
        let negatives: Int = report.tasks.reduce(0) { $0 + $1.trueNegatives }
        #expect(predicted > 0)
        #expect(negatives > 0)
        let events = try String(contentsOfFile: saved, encoding: .utf8).split(separator: "\n")
        #expect(events.count >= predicted)
    }

    @Test("the command exits 0 with --json and 1 below a floor", .enabled(if: sentences != nil))
    func exitStatus() async throws {
        let folder = try Self.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (path, _) = try Self.firstRecords(10, in: folder)
        try await EvalCommand.parse(["--gsr", path, "--json"]).run()
        let floors = folder.appendingPathComponent("floors.json")
        try Data(#"{"assault": {"f1": 1.01}}"#.utf8).write(to: floors)
        let command = try EvalCommand.parse(["--gsr", path, "--floors", floors.path])
        await #expect(throws: ExitCode.failure) { try await command.run() }
    }

    @Test("an unreadable sentences file exits with status 1")
    func unreadable() async throws {
        let command = try EvalCommand.parse(["--gsr", "/nonexistent/sentences.jsonl"])
        await #expect(throws: ExitCode.failure) { try await command.run() }
    }
}
