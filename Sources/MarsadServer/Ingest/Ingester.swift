import Foundation
public import MarsadCore
public import MarsadPipeline
public import MarsadStore

/// Codes inputs with the pipeline and stores them in committed batches: an article whose text is stored
/// already is neither coded nor stored again, so a second run adds nothing and a killed run resumes where
/// its last committed batch ended.
///
/// ```swift
/// let ingester = Ingester(runner: CodingRunner(pipeline: try .standard(), options: .init(jobs: 2)), store: store)
/// let stats = try await ingester.run(InputEnumerator(paths: ["news.jsonl"], options: .init()))
/// ```
public struct Ingester: Sendable {
    /// What a run did.
    public struct Stats: Sendable, Hashable {
        /// Input items read (documents and failures).
        public var items = 0
        /// Documents coded and stored.
        public var added = 0
        /// Documents skipped because their text was stored already.
        public var skipped = 0
        public var failures = 0
        public var events = 0

        public init() {}
    }

    public let runner: CodingRunner
    public let store: any EventStore
    /// Documents per committed transaction.
    public var batchSize: Int
    /// Stories merge events dated at most this many days after the story's first event.
    public var storyWindowDays: Int

    public init(runner: CodingRunner, store: any EventStore, batchSize: Int = 256, storyWindowDays: Int = 3) {
        self.runner = runner
        self.store = store
        self.batchSize = max(1, batchSize)
        self.storyWindowDays = storyWindowDays
    }

    /// Ingests every input; failures of single inputs go to `report` and the run goes on. Store failures
    /// stop the run (what was committed stays).
    public func run(
        _ inputs: InputEnumerator, report: (MarsadError) -> Void = { _ in },
        progress: (Stats) -> Void = { _ in }
    ) async throws -> Stats {
        var stats = Stats()
        while true {
            var documents: [Document] = []
            var read = 0
            while read < batchSize, let item = inputs.next() {
                read += 1
                switch runner.document(for: item) {
                case .success(let doc): documents.append(doc)
                case .failure(let e):
                    report(e)
                    stats.failures += 1
                }
            }
            if read == 0 { break }
            stats.items += read
            // Skip texts stored already, and repeats inside the batch.
            let hashes = documents.map { ContentHash.of($0.text) }
            let stored = try await store.storedHashes(hashes)
            var seen = stored
            var fresh: [Document] = []
            for (doc, hash) in zip(documents, hashes) {
                if seen.insert(hash).inserted { fresh.append(doc) } else { stats.skipped += 1 }
            }
            let runner = self.runner
            // Records (with their search terms) are built on the coding workers too.
            let coded = await runner.parallelMap(fresh) { runner.code($0).map { ArticleRecord(document: $0) } }
            var records: [ArticleRecord] = []
            for result in coded {
                switch result {
                case .success(let record):
                    records.append(record)
                    stats.events += record.events.count
                case .failure(let e):
                    report(e)
                    stats.failures += 1
                }
            }
            stats.added += try await store.insert(records)
            progress(stats)
        }
        // NB: always, not only when something was added: a run killed after its last commit left stories stale.
        try await store.rebuildSummaries(windowDays: storyWindowDays)
        return stats
    }
}
