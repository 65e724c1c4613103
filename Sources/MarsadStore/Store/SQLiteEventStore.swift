public import GRDB
import MarsadCore

/// The embedded event store: one SQLite file in WAL mode (readers never wait for the writer), frozen
/// migrations, an Arabic-normalized FTS5 index over article text.
///
/// ```swift
/// let store = try SQLiteEventStore(path: "marsad.sqlite")
/// try await store.insert([ArticleRecord(document: doc)])
/// try await store.rebuildSummaries(windowDays: 3)
/// ```
public final class SQLiteEventStore: EventStore {
    public let database: DatabasePool
    public let path: String
    /// Counts of event filters, kept while no event is added.
    let counts = CountCache()
    /// The SQL texts of event lists whose statements the readers keep prepared.
    let statements = StatementBudget()
    /// Dyads of event filters, kept while no event is added.
    let dyadCache = ChartCache<[DyadCount]>()
    /// Timelines of event filters, kept while no event is added.
    let timelineCache = ChartCache<[TimelineBucket]>()

    /// Opens (creating when needed) the store at `path` and runs pending migrations.
    public init(path: String) throws {
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(10)
        config.prepareDatabase { db in
            // NB: NORMAL is durable across application crashes in WAL mode; only an OS crash can lose the
            // last commits, which a re-run of ingest restores (it is idempotent).
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // Readers map the file instead of copying pages through read(2), and keep a larger page cache:
            // on 200k events this halves the time of the filtered counts the API runs on every page.
            try db.execute(sql: "PRAGMA mmap_size = 1073741824")
            try db.execute(sql: "PRAGMA cache_size = -65536")
        }
        do {
            database = try DatabasePool(path: path, configuration: config)
            let migrator = StoreMigrations.migrator
            if try !database.read(migrator.hasCompletedMigrations) {
                try migrator.migrate(database)
                // NB: a migration of a large store leaves a WAL as large as the indexes it built; and a run of
                // ingest that is killed should find in the WAL only the batches it committed.
                _ = try database.writeWithoutTransaction { try $0.checkpoint(.truncate) }
            }
        } catch {
            throw MarsadError(.storeUnavailable, "cannot open the store: \(error)", location: path)
        }
        self.path = path
    }

    /// The names of the migrations applied, in order.
    public func appliedMigrations() async throws -> [String] {
        try await database.read { db in try StoreMigrations.migrator.appliedMigrations(db) }
    }

    public func storedHashes(_ hashes: [String]) async throws -> Set<String> {
        guard !hashes.isEmpty else { return [] }
        return try await database.read { db in
            var found: Set<String> = []
            // NB: SQLite limits bound parameters (32,766 since 3.32); query in chunks.
            for start in stride(from: 0, to: hashes.count, by: 500) {
                let chunk = Array(hashes[start..<min(start + 500, hashes.count)])
                let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
                let rows = try String.fetchAll(
                    db, sql: "SELECT content_hash FROM article WHERE content_hash IN (\(marks))",
                    arguments: StatementArguments(chunk))
                found.formUnion(rows)
            }
            return found
        }
    }

    @discardableResult
    public func insert(_ articles: [ArticleRecord]) async throws -> Int {
        guard !articles.isEmpty else { return 0 }
        let prepared = articles.map {
            ($0, $0.searchTerms ?? SearchTerms.indexText(($0.title.map { $0 + "\n" } ?? "") + $0.text))
        }
        return try await database.write { db in
            var added = 0
            for (article, terms) in prepared {
                if try Self.insert(article, terms: terms, db) { added += 1 }
            }
            return added
        }
    }

    /// Inserts one article with its sentences, events, provenance and search terms; false when its content
    /// hash is stored already.
    static func insert(_ a: ArticleRecord, terms: String, _ db: Database) throws -> Bool {
        try db.cachedStatement(
            sql: """
                INSERT OR IGNORE INTO article (doc_id, title, url, source, published, language, text, content_hash,
                event_count, dateline) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [
            a.docID, a.title, a.url, a.source, a.published?.description, a.language, a.text, a.contentHash,
            a.events.count, a.dateline,
        ])
        guard db.changesCount > 0 else { return false }
        let id = db.lastInsertedRowID
        let sentence = try db.cachedStatement(
            sql: "INSERT INTO sentence (article_id, idx, start, length, text) VALUES (?, ?, ?, ?, ?)")
        for (i, s) in a.sentences.enumerated() {
            try sentence.execute(arguments: [id, i, s.start, s.length, s.text])
        }
        let stage = try db.cachedStatement(sql: "INSERT INTO provenance (article_id, position, stage) VALUES (?, ?, ?)")
        for (i, s) in a.provenance.enumerated() { try stage.execute(arguments: [id, i, s]) }
        let event = try db.cachedStatement(
            sql: """
                INSERT INTO event (article_id, event_id, sentence_index, trigger, trigger_offset, code, root,
                quad_class, goldstein, plover_type, plover_mode, source_code, source_country, source_sector,
                source_text, source_name, source_primary, target_code, target_country, target_sector, target_text,
                target_name, target_primary, date, date_precision, date_text, location_country, location_name,
                rule, confidence, article_source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        for e in a.events {
            let values: [(any DatabaseValueConvertible)?] = [
                id, e.eventID, e.sentenceIndex, e.trigger, e.triggerOffset, e.code, e.root, e.quadClass,
                e.goldstein, e.ploverType, e.ploverMode, e.source?.code, e.source?.country, e.source?.sector,
                e.source?.text, e.source?.name, EventRecord.primary(e.source), e.target?.code, e.target?.country,
                e.target?.sector, e.target?.text, e.target?.name, EventRecord.primary(e.target),
                e.date?.description, e.datePrecision, e.dateText, e.location?.country, e.location?.name, e.rule,
                e.confidence, a.source,
            ]
            try event.execute(arguments: StatementArguments(values))
        }
        try db.cachedStatement(sql: "INSERT INTO article_search (rowid, terms) VALUES (?, ?)")
            .execute(arguments: [id, terms])
        return true
    }
}
