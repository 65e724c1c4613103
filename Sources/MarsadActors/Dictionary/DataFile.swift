import Foundation
import MarsadCore

/// The data files of this target: those that ship in its bundle (`Resources/`) and the user's own files in the same
/// formats. One place for finding and reading them, so that every list fails the same way.
///
/// ```swift
/// let url = try DataFile.bundled("places.ar.txt", what: "gazetteer")
/// let text = try DataFile.text(of: url, what: "gazetteer")
/// ```
enum DataFile {
    /// The URL of a bundled file, or an error saying the bundle lacks it.
    static func bundled(_ name: String, what: String) throws(MarsadError) -> URL {
        guard let url = optionalBundled(name) else {
            throw MarsadError(
                .unreadable, "the bundled \(what) is missing; rebuild the MarsadActors target", location: name)
        }
        return url
    }

    /// The URL of a bundled file, or nil when the bundle lacks it (a partial checkout).
    static func optionalBundled(_ name: String) -> URL? {
        Bundle.module.url(forResource: "Resources/" + name, withExtension: nil)
    }

    /// A file's text, read as UTF-8, or an error naming the file.
    static func text(of url: URL, what: String) throws(MarsadError) -> String {
        do {
            return try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw MarsadError(.unreadable, "cannot read \(what): \(error.localizedDescription)", location: url.path)
        }
    }
}
