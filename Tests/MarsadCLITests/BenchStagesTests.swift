import Foundation
import MarsadPipeline
import Testing

@testable import MarsadCLI

/// `marsad bench --stages N`: every stage of the standard pipeline gets a time.
@Suite("marsad bench --stages")
struct BenchStagesTests {
    @Test("each stage is timed over the documents read")
    func stageTimes() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("marsad-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = dir.appendingPathComponent("c.jsonl")
        let lines = [
            #"{"id": "a", "published": "2024-03-10", "text": "التقى وزير الخارجية السعودي نظيره التركي في أنقرة أمس."}"#,
            #"{"id": "b", "published": "2024-03-10", "text": "وأسفر هجوم على نقطة عسكرية عن مقتل ثلاثة جنود."}"#,
        ]
        try (lines.joined(separator: "\n") + "\n").write(to: corpus, atomically: true, encoding: .utf8)
        var command = try BenchCommand.parse(["--corpus", corpus.path, "--stages", "2"])
        command.jobs = 1
        let pipeline = try MarsadPipeline.standard()
        let times = await command.stageTimes(pipeline, documents: 2)
        var names = pipeline.stages.stages.map(\.name)
        names.insert("ar.trigger-gate.v1", at: names.firstIndex(of: "ar.sentences.v1")! + 1)
        #expect(times.map(\.0) == names)
        #expect(times.contains { $0.0 == "ar.code.v1" })
        #expect(times.reduce(Duration.zero) { $0 + $1.1 } > .zero)
    }
}
