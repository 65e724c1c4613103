import Foundation
import Testing

/// `marsad ingest` and `marsad export` as a user runs them: the built binary in a child process.
@Suite("marsad ingest", .serialized)
struct IngestCommandTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    /// The `marsad` binary next to the test bundle (`swift build` puts both in the same folder).
    static let binary: URL? = {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("marsad")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return nil
    }()

    static func run(_ arguments: [String]) throws -> (Int32, String, String) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (
            process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self)
        )
    }

    static func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("marsad-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test("ingesting twice adds nothing; export writes every event", .enabled(if: binary != nil))
    func twice() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("m.sqlite").path
        let demo = Self.repository.appendingPathComponent("Examples/demo").path
        let (status1, _, err1) = try Self.run(["ingest", demo, "--database", db])
        #expect(status1 == 0)
        #expect(err1.contains("ingested 12 articles"))
        let (status2, _, err2) = try Self.run(["ingest", demo, "--database", db])
        #expect(status2 == 0)
        #expect(err2.contains("ingested 0 articles (0 events); 12 already stored"))
        let (status3, csv, _) = try Self.run(["export", "--database", db, "--format", "csv"])
        #expect(status3 == 0)
        let (_, jsonl, _) = try Self.run([
            "code", Self.repository.appendingPathComponent("Examples/demo/articles.jsonl").path,
        ])
        #expect(
            csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == jsonl.split(separator: "\n").count + 1)
        let (badStatus, _, badErr) = try Self.run(["export", "--database", db, "--format", "xml"])
        #expect(badStatus == 2 && badErr.contains("--format"))
    }

    @Test("a killed ingest, run again, stores every document once", .enabled(if: binary != nil))
    func resumeAfterKill() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        // 3,000 distinct short documents, enough that the first run is still going when it is killed.
        let input = dir.appendingPathComponent("many.jsonl")
        var lines = ""
        for i in 0..<3000 {
            lines +=
                "{\"id\":\"d\(i)\",\"published\":\"2024-01-01\",\"text\":\"زار وزير الخارجية المصري الرياض في اليوم \(i) واستقبله ولي العهد السعودي.\"}\n"
        }
        try lines.write(to: input, atomically: true, encoding: .utf8)
        let db = dir.appendingPathComponent("m.sqlite").path
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = ["ingest", input.path, "--database", db, "--batch-size", "50"]
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Kill it once some batches are committed (the WAL file grows), or after 20 s at most. NB: one batch of
        // 50 writes about 250 KB with the v3 indexes, and the WAL grows while a commit is being written: wait
        // for several batches, so that the first has surely committed.
        let wal = db + "-wal"
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline, process.isRunning {
            let size = (try? FileManager.default.attributesOfItem(atPath: wal)[.size] as? Int) ?? 0
            if size > 1_000_000 { break }
            usleep(20_000)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let (status, _, err) = try Self.run(["ingest", input.path, "--database", db])
        #expect(status == 0)
        let match = err.firstMatch(of: /ingested (\d+) articles .*; (\d+) already stored/)
        let added = Int(match?.1 ?? "") ?? -1
        let skipped = Int(match?.2 ?? "") ?? -1
        #expect(added + skipped == 3000, "\(err)")
        #expect(skipped > 0, "the killed run committed nothing")
    }
}
