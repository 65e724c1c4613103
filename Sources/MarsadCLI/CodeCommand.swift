import ArgumentParser
import Foundation
import MarsadCore
import MarsadPipeline

/// `marsad code`: code documents and write events (see CONTRACT.md).
struct CodeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "code",
        abstract: "Code documents into CAMEO events (JSON Lines on stdout).",
        discussion: """
            Inputs: .txt files (one document), .jsonl/.jsonl.gz (one {"id","text","published",...} per line), \
            folders (recursively), or - for stdin. Errors are reported per input on stderr as \
            file[:line]: code: message and the run goes on; exit status 1 when any input failed.
            """)

    @Argument(help: "Input files or folders; - for stdin (the default).")
    var paths: [String] = []

    @Option(help: "Reference date YYYY-MM-DD for documents that carry none.")
    var published: String?

    @Option(help: "Language: ar, fa, en or auto.")
    var language: String = "auto"

    @Option(help: "Output format: jsonl, tsv or plover.")
    var format: String = "jsonl"

    @Option(help: "Documents coded concurrently (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .shortAndLong, help: "Write events to this file instead of stdout.")
    var output: String?

    @Flag(help: "Continue an interrupted run: skip the inputs recorded in OUTPUT.checkpoint and append.")
    var resume = false

    @Option(help: "Largest document (or JSON line) accepted, in bytes.")
    var maxBytes: Int = 10 << 20

    func validate() throws {
        if let published, CalendarDate(iso: published) == nil {
            throw ValidationError("--published must be a date YYYY-MM-DD, got \"\(published)\"")
        }
        if language != "auto" && Language(rawValue: language) == nil {
            throw ValidationError("--language must be ar, fa, en or auto")
        }
        if resume && output == nil { throw ValidationError("--resume needs --output FILE") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if OutputFormat(rawValue: format) == nil { throw ValidationError("--format must be jsonl, tsv or plover") }
    }

    func run() async throws {
        let pipeline: MarsadPipeline
        do {
            pipeline = try MarsadPipeline.standard()
        } catch {
            Console.error(error.description)
            throw ExitCode(1)
        }
        let checkpoint = output.map { $0 + ".checkpoint" }
        var skip = 0
        if resume, let checkpoint, let output, let text = try? String(contentsOfFile: checkpoint, encoding: .utf8) {
            // "ITEMS BYTES": inputs finished and the output size after them; output written after the last
            // checkpoint (a batch cut short by a kill) is truncated away so nothing is duplicated.
            let parts = text.split(separator: " ").compactMap {
                Int($0.trimmingCharacters(in: .whitespacesAndNewlines))
            }
            if parts.count == 2 {
                skip = parts[0]
                truncate(output, off_t(parts[1]))
            }
        }
        let options = CodingRunner.Options(
            jobs: jobs, format: OutputFormat(rawValue: format) ?? .jsonl,
            published: published.flatMap { CalendarDate(iso: $0) },
            language: Language(rawValue: language), skip: skip)
        let sink = try OutputSink(path: output, append: resume && skip > 0)
        if format == "tsv" && skip == 0 { sink.write(EventFormatter.tsvHeader) }
        var inputOptions = InputEnumerator.Options()
        inputOptions.maxDocumentBytes = maxBytes
        let inputs = InputEnumerator(paths: paths.isEmpty ? ["-"] : paths, options: inputOptions)
        let showProgress = Console.stderrIsTerminal
        let total = showProgress ? inputs.totalBytes : nil
        let start = Console.now
        var bar = ProgressBar(start: start)
        let stats = await CodingRunner(pipeline: pipeline, options: options).run(
            inputs, writeBytes: sink.write(bytes:),
            report: { error in
                if showProgress { Console.endProgress() }
                Console.error(error.description)
            },
            batchDone: { stats in
                sink.flush()
                if let checkpoint {
                    try? "\(stats.items) \(sink.offset)\n".write(toFile: checkpoint, atomically: true, encoding: .utf8)
                }
                if showProgress {
                    let now = Console.now
                    let rate = Double(stats.documents) / max(now - start, 0.001)
                    let g = ProgressBar.grouped
                    Console.progress(
                        bar.line(
                            done: inputs.bytesDone, total: total, now: now,
                            detail: "\(g(stats.documents)) documents, \(g(stats.events)) events, "
                                + "\(g(stats.failures)) failed, \(Int(rate)) docs/s",
                            width: Console.terminalWidth))
                }
            })
        sink.flush()
        if showProgress { Console.endProgress() }
        if let checkpoint { try? FileManager.default.removeItem(atPath: checkpoint) }
        if stats.failures > 0 {
            Console.error("\(stats.failures) of \(stats.items) inputs failed; \(stats.documents) coded")
            throw ExitCode(1)
        }
    }
}
