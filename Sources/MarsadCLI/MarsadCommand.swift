import ArgumentParser
import Foundation

/// `marsad`: the command tree. Entry points are thin: each subcommand parses options and calls the
/// pipeline or the scorer.
@main
struct MarsadCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "marsad",
        abstract: "Arabic-first political event coder: news text in, CAMEO events with evidence out.",
        subcommands: [
            CodeCommand.self, EvalCommand.self, BenchCommand.self, DictCommand.self, TimeCommand.self,
            ExtractCommand.self, IngestCommand.self, ServeCommand.self, ExportCommand.self, DemoCommand.self,
        ])

    /// Runs the command; usage errors exit with status 2 as the contract says (ArgumentParser uses 64).
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            if exitCode(for: error) == .validationFailure {
                Console.error(fullMessage(for: error))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
