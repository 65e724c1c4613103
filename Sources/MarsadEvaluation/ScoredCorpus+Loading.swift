import MarsadCore

extension ScoredCorpus {
    /// Reads a corpus file line by line, as score.py's `load()`; blank lines (Python's `line.strip()` is empty)
    /// are skipped.
    ///
    /// ```swift
    /// let corpus = try ScoredCorpus(contentsOf: "pred.jsonl")
    /// ```
    init(contentsOf path: String) throws(MarsadError) {
        try self.init(lines: TextFileLines(path: path))
    }

    init(lines file: TextFileLines) throws(MarsadError) {
        self.init(path: file.path)
        for line in file.lines where !line.text.stripped().isEmpty {
            let location = "\(file.path):\(line.number)"
            let record: PythonValue
            do {
                record = try PythonJSONParser.parse(codePoints: line.text.codePoints)
            } catch {
                throw MarsadError(error.code, error.message, location: location)
            }
            try add(record, location: location)
        }
    }

    /// One parsed line: an article (it has an `events` key) or a single predicted event.
    private mutating func add(_ record: PythonValue, location: String) throws(MarsadError) {
        guard case .dict(let object) = record else {
            throw MarsadError(
                .invalidInput, "a line must be a JSON object, not a \(record.typeName)", location: location)
        }
        if object.contains("events") {
            let key = try Self.documentKey(object, field: "id", location: location)
            register(key, location: location)
            for event in try Self.events(in: object["events"]!, location: location) {
                guard case .dict = event else {
                    throw MarsadError(
                        .invalidInput, "each item of \"events\" must be an object, not a \(event.typeName)",
                        location: location)
                }
                append(
                    ScoredEvent(
                        code: event.get("code")!, source: event.get("source")!, target: event.get("target")!,
                        date: event.get("date")!, precision: event.get("date_precision")!, location: location),
                    to: key)
            }
        } else {
            let key = try Self.documentKey(object, field: "doc_id", location: location)
            append(
                ScoredEvent(
                    code: record.get("code")!, source: Self.actorCode(record.get("source")!),
                    target: Self.actorCode(record.get("target")!), date: record.get("date")!,
                    precision: record.get("date_precision")!, location: location),
                to: key)
        }
    }

    /// Python's `r[field]` used as a dict key: the field must exist and be hashable.
    private static func documentKey(
        _ object: PythonDict, field: PythonString, location: String
    ) throws(MarsadError) -> DocumentKey {
        guard let value = object[field] else {
            throw MarsadError(.invalidInput, "missing \"\(field)\": every line needs one", location: location)
        }
        guard let key = DocumentKey(value) else {
            throw MarsadError(
                .invalidInput, "\"\(field)\" must be a string, not a \(value.typeName)", location: location)
        }
        return key
    }

    /// Python's `for e in r['events']`: a list gives its items; an empty dict or string gives nothing; a
    /// non-empty dict or string gives keys or characters, which have no `.get`, and other types do not iterate.
    private static func events(in value: PythonValue, location: String) throws(MarsadError) -> [PythonValue] {
        switch value {
        case .list(let items):
            return items
        case .dict(let dict) where dict.isEmpty:
            return []
        case .string(let text) where text.isEmpty:
            return []
        default:
            throw MarsadError(
                .invalidInput, "\"events\" must be a list of objects, not a \(value.typeName)", location: location)
        }
    }

    /// The per-event format's actor: `(r.get('source') or {})`, then `.get('code')` of a dict, else the value.
    private static func actorCode(_ value: PythonValue) -> PythonValue {
        let actor = value.or(.dict(PythonDict()))
        return actor.get("code") ?? actor
    }
}
