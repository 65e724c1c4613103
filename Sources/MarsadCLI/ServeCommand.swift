import ArgumentParser
import Foundation
import Hummingbird
import MarsadCore
import MarsadServer
import MarsadStore

/// `marsad serve`: the JSON API and web UI over a store.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Serve the JSON API (/api/...) and the web UI (/) over a SQLite store.")

    @Option(help: "The SQLite store.")
    var database = "marsad.sqlite"

    @Option(help: "Address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on.")
    var port = 8080

    func run() async throws {
        guard FileManager.default.fileExists(atPath: database) else {
            Console.error("\(database): store-unavailable: no such store; create it with `marsad ingest`")
            throw ExitCode(1)
        }
        try await Self.serve(database: database, host: host, port: port)
    }

    static func serve(database: String, host: String, port: Int) async throws {
        let store = try SQLiteEventStore(path: database)
        let app = buildApplication(store: store, host: host, port: port) { _ in
            Console.error("serving \(database) on http://\(host):\(port)/")
        }
        try await app.runService()
    }
}
