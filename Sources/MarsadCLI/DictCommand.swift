import ArgumentParser
import Foundation
import MarsadActors
import MarsadCoding
import MarsadCore

/// `marsad dict`: dictionary tools.
struct DictCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dict",
        abstract: "Dictionary tools.",
        subcommands: [DictImportCommand.self])
}

/// `marsad dict import`: converts PETRARCH/TABARI dictionaries into Marsad's formats.
struct DictImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Convert PETRARCH/TABARI dictionaries (actors, agents, CAMEO verbs) into Marsad's formats.",
        discussion: """
            actors: organizations lines (CODE<TAB>FORM) for undated codes and people lines \
            (CODE<TAB>FROM<TAB>TO<TAB>FORMS) for dated ones; with --output organizations.X.txt the people \
            lines go to people.X.txt beside it. agents: agents lines (SECTOR<TAB>body<TAB>FORM). verbs: trigger \
            lines (CODE<TAB>phrase<TAB>PATTERN). Malformed lines are reported as FILE:LINE: dictionary-syntax: \
            MESSAGE and skipped; the other lines are still converted. A summary goes to stderr.
            """)

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case actors, agents, verbs
    }

    @Argument(help: "PETRARCH/TABARI dictionary files.")
    var files: [String]

    @Option(help: "What the files hold: actors, agents or verbs.")
    var kind: Kind

    @Option(name: .shortAndLong, help: "Write the result to this file instead of stdout.")
    var output: String?

    func run() throws {
        var report = DictionaryImportReport()
        for file in files {
            let text: String
            do {
                text = try String(contentsOfFile: file, encoding: .utf8)
            } catch {
                Console.error("\(file): unreadable: \(error.localizedDescription)")
                throw ExitCode(1)
            }
            let name = (file as NSString).lastPathComponent
            switch kind {
            case .actors: PetrarchActorImporter().convert(text: text, file: name, into: &report)
            case .agents: PetrarchAgentImporter().convert(text: text, file: name, into: &report)
            case .verbs:
                let codebook: Codebook
                do {
                    codebook = try Codebook.bundled()
                } catch {
                    Console.error(error.description)
                    throw ExitCode(1)
                }
                PetrarchVerbImporter(codebook: codebook).convert(text: text, file: name, into: &report)
            }
        }
        for diagnostic in report.diagnostics { Console.error(diagnostic.description) }
        let header =
            "# Converted by `marsad dict import --kind \(kind.rawValue)` from "
            + files.map { ($0 as NSString).lastPathComponent }.joined(separator: ", ") + "\n"
        let main = kind == .actors ? "organizations" : kind == .agents ? "agents" : "triggers"
        let mainText = header + (report.outputs[main] ?? []).map { $0 + "\n" }.joined()
        let people = report.outputs["people"] ?? []
        if let output {
            try write(mainText, to: output)
            if kind == .actors {
                let path = Self.peoplePath(for: output)
                try write(header + people.map { $0 + "\n" }.joined(), to: path)
                Console.error("people lines (dated codes): \(path)")
            }
        } else {
            var text = mainText
            if kind == .actors && !people.isEmpty {
                text += "# people lines (dated codes): save them as people.*.txt\n" + people.map { $0 + "\n" }.joined()
            }
            FileHandle.standardOutput.write(Data(text.utf8))
        }
        Console.error(report.summary)
    }

    /// `out/organizations.petrarch.txt` → `out/people.petrarch.txt`; `out/mine.txt` → `out/people.mine.txt`.
    static func peoplePath(for output: String) -> String {
        let url = URL(fileURLWithPath: output)
        let name = url.lastPathComponent
        let people =
            name.hasPrefix("organizations.") ? "people." + name.dropFirst("organizations.".count) : "people." + name
        return url.deletingLastPathComponent().appendingPathComponent(String(people)).path
    }

    private func write(_ text: String, to path: String) throws {
        do {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            Console.error("\(path): unreadable: cannot write: \(error.localizedDescription)")
            throw ExitCode(1)
        }
    }
}
