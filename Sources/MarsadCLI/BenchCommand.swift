import ArgumentParser
import Foundation
import MarsadCore
import MarsadPipeline

/// `marsad bench`: codes a corpus end to end (gzip, JSON, pipeline, JSON output) and reports throughput.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Code the SaudiNewsNet corpus (or another .jsonl[.gz]) and print articles/s, MB/s and memory.",
        discussion: "Build in release mode for meaningful numbers: swift build -c release.")

    @Option(help: "Corpus of JSON Lines documents (gzip read in-process).")
    var corpus: String = "../shared/data/saudinewsnet/articles.jsonl.gz"

    @Option(help: "Concurrent coding tasks (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Pass over the corpus this many times (memory must stay flat).")
    var passes: Int = 1

    @Flag(help: "Print the result as one JSON object.")
    var json = false

    @Option(
        help: "Instead of the throughput run: code the first N documents on one thread and print each stage's time.")
    var stages: Int?

    func run() async throws {
        guard FileManager.default.fileExists(atPath: corpus) else {
            Console.error("\(corpus): unreadable: corpus not found; pass --corpus PATH")
            throw ExitCode(1)
        }
        let loadStart = Date()
        let pipeline: MarsadPipeline
        do {
            pipeline = try MarsadPipeline.standard()
        } catch {
            Console.error(error.description)
            throw ExitCode(1)
        }
        let loadSeconds = Date().timeIntervalSince(loadStart)
        if let stages {
            let times = await stageTimes(pipeline, documents: max(1, stages))
            let total = times.reduce(Duration.zero) { $0 + $1.1 }
            func ms(_ d: Duration) -> Double {
                Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
            }
            for (name, d) in times {
                let share = ms(total) > 0 ? 100 * ms(d) / ms(total) : 0
                print(
                    name.padding(toLength: 22, withPad: " ", startingAt: 0)
                        + String(format: "%9.1f ms  %5.1f%%", ms(d), share))
            }
            print("total".padding(toLength: 22, withPad: " ", startingAt: 0) + String(format: "%9.1f ms", ms(total)))
            return
        }
        let runner = CodingRunner(pipeline: pipeline, options: .init(jobs: jobs))
        let start = Date()
        var total = CodingRunner.Stats()
        var outputBytes = 0
        var memoryLog: [(Int, Int)] = []
        var nextLog = 5000
        for _ in 0..<max(1, passes) {
            let base = total
            let stats = await runner.run(
                InputEnumerator(paths: [corpus], options: .init()), writeBytes: { outputBytes += $0.count },
                report: { error in
                    if total.failures + 0 < 5 { Console.error(error.description) }
                },
                batchDone: { s in
                    let done = base.documents + s.documents
                    if done >= nextLog {
                        memoryLog.append((done, Console.peakMemoryBytes))
                        nextLog += 5000
                    }
                })
            total.items += stats.items
            total.documents += stats.documents
            total.failures += stats.failures
            total.sentences += stats.sentences
            total.events += stats.events
            total.bytes += stats.bytes
        }
        let seconds = Date().timeIntervalSince(start)
        let mb = Double(total.bytes) / 1_000_000
        let peak = Console.peakMemoryBytes
        if json {
            print(
                """
                {"articles":\(total.documents),"failures":\(total.failures),"sentences":\(total.sentences),\
                "events":\(total.events),"seconds":\(round3(seconds)),"articles_per_second":\(Int(Double(total.documents) / seconds)),\
                "sentences_per_second":\(Int(Double(total.sentences) / seconds)),"mb_per_second":\(round3(mb / seconds)),\
                "peak_memory_mb":\(peak / 1_048_576),"jobs":\(jobs),"load_seconds":\(round3(loadSeconds))}
                """)
        } else {
            print("corpus        \(corpus) × \(max(1, passes))")
            print("jobs          \(jobs)")
            print("articles      \(total.documents) (\(total.failures) failed)")
            print("sentences     \(total.sentences)")
            print("events        \(total.events)")
            print("text          \(String(format: "%.1f", mb)) MB; output \(outputBytes / 1_000_000) MB")
            print("dictionaries  loaded in \(String(format: "%.2f", loadSeconds)) s")
            print("elapsed       \(String(format: "%.2f", seconds)) s")
            print("articles/s    \(Int(Double(total.documents) / seconds))")
            print("sentences/s   \(Int(Double(total.sentences) / seconds))")
            print("MB/s          \(String(format: "%.1f", mb / seconds))")
            print("peak memory   \(peak / 1_048_576) MB")
            print(
                "memory by progress (documents → peak MB): "
                    + memoryLog.map { "\($0.0)→\($0.1 / 1_048_576)" }.joined(separator: " "))
        }
    }

    private func round3(_ v: Double) -> Double { (v * 1000).rounded() / 1000 }
}
