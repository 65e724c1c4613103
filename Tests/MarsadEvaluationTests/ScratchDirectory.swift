import Foundation

/// A fresh temporary directory for one test's input files, removed when the value goes away.
///
/// ```swift
/// let scratch = try ScratchDirectory()
/// let gold = try scratch.write("gold.jsonl", lines: [#"{"id": "a", "events": []}"#])
/// ```
final class ScratchDirectory: Sendable {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("marsad-eval-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// Writes `lines`, each followed by "\n", and returns the file's path.
    func write(_ name: String, lines: [String]) throws -> String {
        try write(name, bytes: Array(lines.map { $0 + "\n" }.joined().utf8))
    }

    /// Writes raw bytes and returns the file's path.
    func write(_ name: String, bytes: [UInt8]) throws -> String {
        let file = url.appendingPathComponent(name)
        try Data(bytes).write(to: file)
        return file.path
    }
}
