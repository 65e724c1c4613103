import ArgumentParser
import Foundation
import MarsadCore
import MarsadPipeline
import MarsadServer
import MarsadStore

/// `marsad ingest`: code documents and store articles, sentences, events and stories in SQLite.
struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Code documents and store them (SQLite): idempotent, resumable, in committed batches.",
        discussion: """
            Inputs are those of `marsad code`. An article whose text is stored already is skipped, so running \
            twice adds nothing and a killed run, started again, goes on after its last committed batch. \
            Stories are regrouped at the end.
            """)

    @Argument(help: "Input files or folders; - for stdin.")
    var paths: [String]

    @Option(help: "The SQLite store (created when missing).")
    var database = "marsad.sqlite"

    @Option(help: "Reference date YYYY-MM-DD for documents that carry none.")
    var published: String?

    @Option(help: "Documents coded concurrently (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Documents per committed batch.")
    var batchSize = 256

    @Option(help: "Days within which events of one root and dyad form one story.")
    var storyWindow = 3

    func validate() throws {
        if let published, CalendarDate(iso: published) == nil {
            throw ValidationError("--published must be a date YYYY-MM-DD, got \"\(published)\"")
        }
        if jobs < 1 || batchSize < 1 { throw ValidationError("--jobs and --batch-size must be at least 1") }
        if storyWindow < 0 { throw ValidationError("--story-window must not be negative") }
    }

    func run() async throws {
        let stats = try await Self.ingest(
            paths: paths, database: database, published: published.flatMap { CalendarDate(iso: $0) }, jobs: jobs,
            batchSize: batchSize, storyWindow: storyWindow, showProgress: Console.stderrIsTerminal)
        Console.error(
            "ingested \(stats.added) articles (\(stats.events) events); \(stats.skipped) already stored; "
                + "\(stats.failures) failed")
        if stats.failures > 0 { throw ExitCode(1) }
    }

    /// Opens the store and ingests; shared with `marsad demo`.
    static func ingest(
        paths: [String], database: String, published: CalendarDate?, jobs: Int, batchSize: Int, storyWindow: Int,
        showProgress: Bool
    ) async throws -> Ingester.Stats {
        let store: SQLiteEventStore
        let pipeline: MarsadPipeline
        do {
            store = try SQLiteEventStore(path: database)
            pipeline = try MarsadPipeline.standard()
        } catch let error as MarsadError {
            Console.error(error.description)
            throw ExitCode(1)
        }
        let runner = CodingRunner(pipeline: pipeline, options: .init(jobs: jobs, published: published))
        let ingester = Ingester(runner: runner, store: store, batchSize: batchSize, storyWindowDays: storyWindow)
        let inputs = InputEnumerator(paths: paths, options: .init())
        let total = showProgress ? inputs.totalBytes : nil
        let start = Console.now
        var bar = ProgressBar(start: start)
        let stats = try await ingester.run(
            inputs,
            report: { error in
                if showProgress { Console.endProgress() }
                Console.error(error.description)
            },
            progress: { stats in
                guard showProgress else { return }
                let now = Console.now
                let rate = Double(stats.added + stats.skipped) / max(now - start, 0.001)
                let g = ProgressBar.grouped
                Console.progress(
                    bar.line(
                        done: inputs.bytesDone, total: total, now: now,
                        detail: "\(g(stats.added)) stored, \(g(stats.skipped)) already, \(g(stats.events)) events, "
                            + "\(g(stats.failures)) failed, \(Int(rate)) docs/s",
                        width: Console.terminalWidth))
            })
        if showProgress { Console.endProgress() }
        return stats
    }
}
