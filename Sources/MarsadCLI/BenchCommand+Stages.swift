import Foundation
import MarsadCore
import MarsadPipeline

extension BenchCommand {
    /// `--stages N`: codes the first N documents on one thread and prints the time each stage took, so a
    /// slowdown can be traced to the stage that caused it.
    func stageTimes(_ pipeline: MarsadPipeline, documents limit: Int) async -> [(String, Duration)] {
        let runner = CodingRunner(pipeline: pipeline, options: .init(jobs: 1))
        let inputs = InputEnumerator(paths: [corpus], options: .init())
        var totals = [Duration](repeating: .zero, count: pipeline.stages.stages.count)
        let clock = ContinuousClock()
        var done = 0
        var gateTime = Duration.zero
        while done < limit, let item = inputs.next() {
            guard case .success(var doc) = runner.document(for: item) else { continue }
            for (i, stage) in pipeline.stages.stages.enumerated() {
                let start = clock.now
                do { try stage.process(&doc) } catch { break }
                totals[i] += clock.now - start
                if i == pipeline.stages.gateIndex, let gate = pipeline.stages.gate {
                    let start = clock.now
                    let admitted = gate.admits(doc)
                    gateTime += clock.now - start
                    if !admitted { break }
                }
            }
            done += 1
        }
        var times = zip(pipeline.stages.stages.map(\.name), totals).map { ($0, $1) }
        if let i = pipeline.stages.gateIndex, let gate = pipeline.stages.gate {
            times.insert((gate.name, gateTime), at: i + 1)
        }
        return times
    }
}
