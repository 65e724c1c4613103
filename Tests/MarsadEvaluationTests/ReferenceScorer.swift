import Foundation

/// The reference scorer `eval/score.py`, found next to the package (`../shared/eval/`), run with `python3`.
///
/// ```swift
/// if let reference = ReferenceScorer.located {
///     let stdout = try reference.run(gold: reference.goldPath, pred: "pred.jsonl", json: true)
/// }
/// ```
struct ReferenceScorer: Sendable {
    var scriptPath: String
    var goldPath: String
    var pythonPath: String

    /// The reference setup, or `nil` when score.py, dev-gold.jsonl or python3 is missing.
    static let located: ReferenceScorer? = {
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let evalFolder = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/eval")
        let script = evalFolder.appendingPathComponent("score.py").path
        let gold = evalFolder.appendingPathComponent("dev-gold.jsonl").path
        let files = FileManager.default
        guard files.fileExists(atPath: script), files.fileExists(atPath: gold), let python = findPython() else {
            return nil
        }
        return ReferenceScorer(scriptPath: script, goldPath: gold, pythonPath: python)
    }()

    /// `python3` from PATH, resolved to the interpreter itself: version-manager shims (pyenv) cost half a
    /// second a run.
    private static func findPython() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let shim = path.split(separator: ":").map { "\($0)/python3" }.first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
        guard let shim else { return nil }
        let probe = ReferenceScorer(scriptPath: "", goldPath: "", pythonPath: shim)
        let executable = try? probe.run(arguments: ["-c", "import sys; print(sys.executable)"])
        let resolved = executable?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        return FileManager.default.isExecutableFile(atPath: resolved) ? resolved : shim
    }

    /// Runs `python3 score.py GOLD PRED [--json]` and returns its stdout; fails if it exits with an error.
    func run(gold: String, pred: String, json: Bool) throws -> String {
        try run(arguments: [scriptPath, gold, pred] + (json ? ["--json"] : []))
    }

    private func run(arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: pythonPath)
        process.arguments = arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ReferenceFailure(message: String(decoding: errorData, as: UTF8.self))
        }
        return String(decoding: data, as: UTF8.self)
    }
}
