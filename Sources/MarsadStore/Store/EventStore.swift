/// What every event store offers: storing coded articles and querying events, stories, actors and counts.
/// ``SQLiteEventStore`` is the embedded implementation.
///
/// ```swift
/// let store = try SQLiteEventStore(path: "marsad.sqlite")
/// let added = try await store.insert(records)         // articles already stored (same text) are skipped
/// let page = try await store.events(EventQuery(root: "19", limit: 20))
/// ```
public protocol EventStore: Sendable {
    /// The content hashes among `hashes` that are stored already.
    func storedHashes(_ hashes: [String]) async throws -> Set<String>
    /// Stores articles in one transaction; an article whose content hash is stored already is skipped.
    /// Returns the number of articles added.
    @discardableResult
    func insert(_ articles: [ArticleRecord]) async throws -> Int
    /// Regroups every event into stories and recounts the actor summary; returns the number of stories.
    @discardableResult
    func rebuildSummaries(windowDays: Int) async throws -> Int

    func events(_ query: EventQuery) async throws -> Page<StoredEvent>
    func article(id: Int64) async throws -> StoredArticle?
    func articles(_ query: EventQuery) async throws -> Page<StoredArticle>
    func stories(_ query: StoryQuery) async throws -> Page<Story>
    /// Actor codes by frequency, as of the last ``rebuildSummaries(windowDays:)``.
    func actors(_ query: ActorQuery) async throws -> Page<ActorSummary>
    func stats() async throws -> StoreStats
    /// Events per period and QuadClass (months, or days when the filtered range is short).
    func timeline(_ query: EventQuery) async throws -> [TimelineBucket]
    /// The most frequent source → target country pairs.
    func dyads(_ query: EventQuery) async throws -> [DyadCount]
}
