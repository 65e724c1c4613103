import ArgumentParser
import Foundation
import MarsadCore

/// `marsad demo`: ingest the example articles under Examples/demo and serve them.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Ingest the Arabic example articles (Examples/demo) into a store and serve the UI and API.")

    @Option(help: "Port to listen on.")
    var port = 8080

    @Option(help: "Address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The SQLite store (default: a new file in the temporary folder).")
    var database: String?

    @Option(help: "The example articles (a folder or file).")
    var examples = "Examples/demo"

    func run() async throws {
        guard FileManager.default.fileExists(atPath: examples) else {
            Console.error("\(examples): unreadable: no examples here; run from the repository or pass --examples")
            throw ExitCode(1)
        }
        let path =
            database
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("marsad-demo-\(getpid()).sqlite").path
        let stats = try await IngestCommand.ingest(
            paths: [examples], database: path, published: nil, jobs: 2, batchSize: 64, storyWindow: 3,
            showProgress: false)
        Console.error("demo store \(path): \(stats.added) articles added, \(stats.events) events")
        try await ServeCommand.serve(database: path, host: host, port: port)
    }
}
