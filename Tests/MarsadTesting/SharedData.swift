public import Foundation

/// Locates `../shared` (the project's shared data) from the package root; tests skip when it is absent.
///
/// ```swift
/// @Test(.enabled(if: SharedData.path("eval/dev-gold.jsonl") != nil)) func seed() throws { … }
/// ```
public enum SharedData {
    /// The package root (this file is `Tests/MarsadTesting/SharedData.swift`).
    public static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The absolute path of a file under `../shared`, or nil when it is not there.
    public static func path(_ relative: String) -> String? {
        let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared").appendingPathComponent(
            relative)
        return FileManager.default.fileExists(atPath: url.path) ? url.path : nil
    }

    public struct Article: Sendable {
        public var id: String
        public var text: String
        public var published: String
    }

    /// The first record of the dev gold (the seed article, a real scraped text).
    public static func seedArticle() -> Article? {
        guard let path = path("eval/dev-gold.jsonl"), let text = try? String(contentsOfFile: path, encoding: .utf8),
            let line = text.split(separator: "\n").first,
            let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
            let id = object["id"] as? String, let body = object["text"] as? String,
            let published = object["published"] as? String
        else { return nil }
        return Article(id: id, text: body, published: published)
    }
}
