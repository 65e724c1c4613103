import Foundation

/// Locates `../shared` (the project's shared data) from the package root; tests skip when it is absent.
enum SharedData {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func path(_ relative: String) -> String? {
        let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared").appendingPathComponent(
            relative)
        return FileManager.default.fileExists(atPath: url.path) ? url.path : nil
    }

    /// The text of the first record of the dev gold (the seed article, a real scraped text).
    static func seedText() -> String? {
        guard let path = path("eval/dev-gold.jsonl"), let text = try? String(contentsOfFile: path, encoding: .utf8),
            let line = text.split(separator: "\n").first,
            let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        else { return nil }
        return object["text"] as? String
    }
}
