import Foundation
public import MarsadCore

extension DetectionSentence {
    /// Reads the GSR's JSON Lines file, one sentence a line; blank lines are skipped.
    ///
    /// ```swift
    /// let sentences = try DetectionSentence.load(path: "sentences.jsonl")
    /// ```
    ///
    /// Throws `unreadable` when the file cannot be read and `invalid-input` at `path:line` for a record that is
    /// not a JSON object, lacks `id`, `task`, `label` or `text`, has an unknown task, label or PLOVER category,
    /// a `published` that is not YYYY-MM-DD, or an id seen before.
    public static func load(path: String) throws(MarsadError) -> [DetectionSentence] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw MarsadError(.unreadable, "cannot read the file; check the path", location: path)
        }
        var sentences: [DetectionSentence] = []
        var seen: Set<String> = []
        for (index, line) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated()
        where line.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\r") }) {
            let location = "\(path):\(index + 1)"
            let sentence = try parse(Data(line), location: location)
            guard seen.insert(sentence.id).inserted else {
                throw MarsadError(
                    .invalidInput, "id \"\(sentence.id)\" appears twice; ids must be unique", location: location)
            }
            sentences.append(sentence)
        }
        return sentences
    }

    /// Parses one record.
    static func parse(_ line: Data, location: String) throws(MarsadError) -> DetectionSentence {
        let record: Record
        do {
            record = try JSONDecoder().decode(Record.self, from: line)
        } catch DecodingError.keyNotFound(let key, _) {
            throw MarsadError(
                .invalidInput, "missing \"\(key.stringValue)\": every record needs one", location: location)
        } catch DecodingError.typeMismatch(_, let context) where context.codingPath.isEmpty {
            throw MarsadError(.invalidInput, "not a JSON object: each line must be one record", location: location)
        } catch DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context) {
            let field = context.codingPath.map(\.stringValue).joined(separator: ".")
            throw MarsadError(.invalidInput, "field \"\(field)\" has the wrong type", location: location)
        } catch {
            throw MarsadError(.invalidInput, "not a JSON object: each line must be one record", location: location)
        }
        guard let task = DetectionTask(rawValue: record.task) else {
            throw MarsadError(
                .invalidInput, "unknown task \"\(record.task.prefix(40))\"; expected PROTEST or ASSAULT",
                location: location)
        }
        guard let label = DetectionLabel(rawValue: record.label) else {
            throw MarsadError(
                .invalidInput,
                "unknown label \"\(record.label.prefix(40))\"; expected yes, easy no, difficult no or ambiguous",
                location: location)
        }
        var published: CalendarDate?
        if let text = record.published, !text.isEmpty {
            guard let date = CalendarDate(iso: text) else {
                throw MarsadError(
                    .invalidInput, "\"published\" is not a YYYY-MM-DD date: \(text.prefix(40))", location: location)
            }
            published = date
        }
        var coded: Coded?
        if let gold = record.coded {
            guard let family = DetectionTask(ploverCategory: gold.plover) else {
                throw MarsadError(
                    .invalidInput,
                    "PLOVER category \"\(gold.plover.prefix(40))\" has no CAMEO family; "
                        + "map it in DetectionTask(ploverCategory:)",
                    location: location)
            }
            coded = Coded(
                family: family, sourceCountry: gold.source?.country.flatMap(nonEmpty),
                targetCountry: gold.target?.country.flatMap(nonEmpty))
        }
        return DetectionSentence(
            id: record.id, task: task, label: label, published: published, text: record.text, coded: coded,
            location: location)
    }

    private static func nonEmpty(_ text: String) -> String? {
        text.isEmpty ? nil : text
    }

    /// The JSON form of a record; other fields (`doc`, `trigger`, sectors) are ignored.
    private struct Record: Decodable {
        struct Party: Decodable {
            var country: String?
        }
        struct Coding: Decodable {
            var plover: String
            var source: Party?
            var target: Party?
        }
        var id: String
        var task: String
        var label: String
        var published: String?
        var text: String
        var coded: Coding?
    }
}
