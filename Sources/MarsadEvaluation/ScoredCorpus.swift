/// Events grouped by article, read from a gold or prediction file the way score.py's `load()` reads it.
///
/// ```swift
/// let gold = try EventScorer.load(path: "dev-gold.jsonl")
/// print(gold.documentCount, gold.eventCount)
/// ```
///
/// Each line is one JSON object. A line with an `events` key is an article (`{"id", "events": [...]}`); any
/// other line is one event of the project's output (`{"doc_id", "code", "source", "target", "date",
/// "date_precision"}`). Lines with the same id add to one article, and an article without events still counts.
public struct ScoredCorpus: Sendable {
    /// The file the corpus came from.
    public let path: String
    var documents: [DocumentKey: [ScoredEvent]] = [:]
    /// `path:line` where each article first appeared, for messages.
    var firstLocations: [DocumentKey: String] = [:]

    init(path: String) {
        self.path = path
    }

    /// The number of distinct article ids.
    public var documentCount: Int { documents.count }

    /// The number of events, root 01 statements included.
    public var eventCount: Int { documents.values.reduce(0) { $0 + $1.count } }

    /// Python's `docs[key]` on a `defaultdict(list)`: registers the article if it is new.
    mutating func register(_ key: DocumentKey, location: String) {
        if documents[key] == nil {
            documents[key] = []
            firstLocations[key] = location
        }
    }

    mutating func append(_ event: ScoredEvent, to key: DocumentKey) {
        register(key, location: event.location)
        documents[key, default: []].append(event)
    }
}
