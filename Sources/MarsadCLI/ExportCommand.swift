import ArgumentParser
import Foundation
import MarsadCore
import MarsadStore

/// `marsad export`: the stored events as GDELT-style TSV, PLOVER JSON Lines, CSV or a GraphML network.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Export stored events: --format gdelt | plover | csv | graphml.")

    @Option(help: "The SQLite store.")
    var database = "marsad.sqlite"

    @Option(help: "gdelt (TSV), plover (JSON Lines), csv, or graphml (the actor network).")
    var format: String = "csv"

    @Option(name: .shortAndLong, help: "Write to this file instead of stdout.")
    var output: String?

    @Option(help: "Only events with this actor code or code prefix.")
    var actor: String?

    @Option(help: "Only events with this country or IGO on either side.")
    var country: String?

    @Option(help: "Only events of this CAMEO root.")
    var root: String?

    @Option(help: "First event date YYYY-MM-DD.")
    var from: String?

    @Option(help: "Last event date YYYY-MM-DD.")
    var to: String?

    func validate() throws {
        if ExportFormat(rawValue: format) == nil {
            throw ValidationError("--format must be gdelt, plover, csv or graphml")
        }
        for (name, value) in [("--from", from), ("--to", to)] {
            if let value, CalendarDate(iso: value) == nil { throw ValidationError("\(name) must be a date YYYY-MM-DD") }
        }
    }

    func run() async throws {
        guard FileManager.default.fileExists(atPath: database) else {
            Console.error("\(database): store-unavailable: no such store; create it with `marsad ingest`")
            throw ExitCode(1)
        }
        let store = try SQLiteEventStore(path: database)
        let sink = try OutputSink(path: output, append: false)
        let query = EventQuery(actor: actor, country: country, root: root, from: from, to: to)
        let count = try await EventExporter(store: store, format: ExportFormat(rawValue: format) ?? .csv)
            .export(query, write: sink.write)
        sink.flush()
        Console.error("exported \(count) \(format == "graphml" ? "dyads" : "events")")
    }
}
