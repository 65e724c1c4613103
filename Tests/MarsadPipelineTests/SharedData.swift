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

    struct Article: Sendable {
        var id: String
        var text: String
        var published: String
    }

    /// The first record of the dev gold (the seed article).
    static func seedArticle() -> Article? {
        guard let path = path("eval/dev-gold.jsonl"), let text = try? String(contentsOfFile: path, encoding: .utf8),
            let line = text.split(separator: "\n").first,
            let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
            let id = object["id"] as? String, let body = object["text"] as? String,
            let published = object["published"] as? String
        else { return nil }
        return Article(id: id, text: body, published: published)
    }
}
