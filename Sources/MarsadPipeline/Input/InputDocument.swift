import Foundation
public import MarsadCore

/// One input document as the contract defines it (`{"id", "text", "html", "title", "published", "url",
/// "language"}`, and an optional `"dateline"` such as «موسكو - رويترز»), parsed from a JSON Lines line.
///
/// ```swift
/// let doc = try InputDocument.parse(Array(#"{"id":"a","text":"..."}"#.utf8), location: "in.jsonl:1")
/// ```
public struct InputDocument: Decodable, Sendable {
    public var id: String?
    public var text: String?
    public var html: String?
    public var title: String?
    public var published: String?
    public var url: String?
    public var language: String?
    public var dateline: String?

    init() {}

    /// Parses a JSON line into a ``MarsadCore/Document``; `fallbackID` is used when the line has no `id`.
    public static func parse(
        _ bytes: [UInt8], location: String, fallbackID: String, defaultPublished: CalendarDate?,
        language: Language?
    ) throws(MarsadError) -> Document {
        try decode(bytes, location: location).document(
            location: location, fallbackID: fallbackID, defaultPublished: defaultPublished, language: language)
    }

    /// Decodes a JSON line, with errors that name the line and the field.
    public static func decode(_ bytes: [UInt8], location: String) throws(MarsadError) -> InputDocument {
        if let fast = flat(bytes) { return fast }
        let input: InputDocument
        do {
            input = try JSONDecoder().decode(InputDocument.self, from: Data(bytes))
        } catch let DecodingError.dataCorrupted(context) {
            let detail = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
            throw MarsadError(
                .invalidInput, "not a JSON object: \(detail ?? context.debugDescription)", location: location)
        } catch DecodingError.typeMismatch(_, let context) {
            let field = context.codingPath.map(\.stringValue).joined(separator: ".")
            throw MarsadError(
                .invalidInput, "field \"\(field)\" has the wrong type (expected a string)", location: location)
        } catch {
            throw MarsadError(.invalidInput, "not a JSON object", location: location)
        }
        return input
    }

    /// The document of a line that carries `text` (a line with only `html` needs extraction first).
    public func document(
        location: String, fallbackID: String, defaultPublished: CalendarDate?, language: Language?
    ) throws(MarsadError) -> Document {
        let input = self
        guard let text = input.text else {
            if input.html != nil {
                throw MarsadError(
                    .invalidInput, "the line has \"html\" only: read it with DocumentBuilder, which extracts it",
                    location: location)
            }
            throw MarsadError(.invalidInput, "document has neither \"text\" nor \"html\"", location: location)
        }
        var published = defaultPublished
        if let p = input.published, !p.isEmpty {
            guard let date = CalendarDate(iso: p) else {
                throw MarsadError(
                    .invalidInput, "\"published\" is not a YYYY-MM-DD date: \(p.prefix(40))", location: location)
            }
            published = date
        }
        var lang = language
        if lang == nil, let l = input.language { lang = Language(rawValue: l) }
        var document = Document(
            id: input.id.flatMap { $0.isEmpty ? nil : $0 } ?? fallbackID, text: text, title: input.title,
            published: published, url: input.url, language: lang)
        document.dateline = input.dateline.flatMap { $0.isEmpty ? nil : $0 }
        return document
    }
}
