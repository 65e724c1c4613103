import ArgumentParser

@main
struct MarsadCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "marsad", abstract: "Arabic-first political event coder.")
}
