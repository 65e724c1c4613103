import GRDB

/// The store's schema: frozen SQL migrations with stable names, append-only. NB: never edit a migration
/// that has shipped; add a new one. PostgreSQL keeps the same names.
enum StoreMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-articles-events") { db in
            try db.execute(
                sql: """
                    CREATE TABLE article (
                        id INTEGER PRIMARY KEY,
                        doc_id TEXT NOT NULL,
                        title TEXT,
                        url TEXT,
                        source TEXT,
                        published TEXT,
                        language TEXT,
                        text TEXT NOT NULL,
                        content_hash TEXT NOT NULL UNIQUE,
                        event_count INTEGER NOT NULL DEFAULT 0,
                        ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
                    );
                    CREATE INDEX article_doc_id ON article(doc_id);
                    CREATE INDEX article_source ON article(source);
                    CREATE INDEX article_published ON article(published);

                    CREATE TABLE sentence (
                        article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                        idx INTEGER NOT NULL,
                        start INTEGER NOT NULL,
                        length INTEGER NOT NULL,
                        text TEXT NOT NULL,
                        PRIMARY KEY (article_id, idx)
                    ) WITHOUT ROWID;

                    CREATE TABLE provenance (
                        article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                        position INTEGER NOT NULL,
                        stage TEXT NOT NULL,
                        PRIMARY KEY (article_id, position)
                    ) WITHOUT ROWID;

                    CREATE TABLE event (
                        id INTEGER PRIMARY KEY,
                        article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                        event_id TEXT NOT NULL,
                        sentence_index INTEGER NOT NULL,
                        trigger TEXT NOT NULL,
                        trigger_offset INTEGER NOT NULL,
                        code TEXT NOT NULL,
                        root TEXT NOT NULL,
                        quad_class INTEGER NOT NULL,
                        goldstein REAL NOT NULL,
                        plover_type TEXT,
                        plover_mode TEXT,
                        source_code TEXT,
                        source_country TEXT,
                        source_sector TEXT,
                        source_text TEXT,
                        source_name TEXT,
                        source_primary TEXT NOT NULL,
                        target_code TEXT,
                        target_country TEXT,
                        target_sector TEXT,
                        target_text TEXT,
                        target_name TEXT,
                        target_primary TEXT NOT NULL,
                        date TEXT,
                        date_precision TEXT NOT NULL,
                        date_text TEXT,
                        location_country TEXT,
                        location_name TEXT,
                        rule TEXT NOT NULL,
                        confidence REAL NOT NULL,
                        story_id INTEGER
                    );
                    CREATE INDEX event_article ON event(article_id);
                    CREATE INDEX event_date ON event(date);
                    CREATE INDEX event_code ON event(code);
                    CREATE INDEX event_root ON event(root, date);
                    CREATE INDEX event_quad ON event(quad_class, date);
                    CREATE INDEX event_source_code ON event(source_code);
                    CREATE INDEX event_target_code ON event(target_code);
                    CREATE INDEX event_source_primary ON event(source_primary);
                    CREATE INDEX event_target_primary ON event(target_primary);
                    CREATE INDEX event_story ON event(story_id);

                    CREATE TABLE story (
                        id INTEGER PRIMARY KEY,
                        root TEXT NOT NULL,
                        source_primary TEXT NOT NULL,
                        target_primary TEXT NOT NULL,
                        location_country TEXT,
                        first_date TEXT,
                        last_date TEXT,
                        earliest_report TEXT,
                        earliest_article_id INTEGER,
                        event_count INTEGER NOT NULL,
                        article_count INTEGER NOT NULL,
                        source_count INTEGER NOT NULL,
                        headline_event_id INTEGER
                    );
                    CREATE INDEX story_first_date ON story(first_date);
                    CREATE INDEX story_article_count ON story(article_count);

                    CREATE VIRTUAL TABLE article_search USING fts5(
                        terms, content = '', tokenize = 'unicode61 remove_diacritics 0'
                    );
                    """)
        }
        // Actor counts kept by the summary rebuild (counting 400k actor roles per request was too slow), and
        // an index that covers the timeline's GROUP BY date, quad_class.
        migrator.registerMigration("v2-actor-summary") { db in
            try db.execute(
                sql: """
                    CREATE TABLE actor_summary (
                        code TEXT PRIMARY KEY,
                        country TEXT,
                        name TEXT,
                        as_source INTEGER NOT NULL,
                        as_target INTEGER NOT NULL,
                        total INTEGER NOT NULL
                    ) WITHOUT ROWID;
                    CREATE INDEX actor_summary_total ON actor_summary(total DESC, code);
                    CREATE INDEX event_date_quad ON event(date, quad_class);
                    """)
        }
        // The article's dateline; the outlet copied onto each event so that a source filter needs no join; and
        // indexes for the event list's filters: one per actor role (country or code, as source or as target)
        // that starts with the date and covers the other filter columns, so that a page of a filtered list
        // walks one index newest first and a count reads index entries only (a country and root filter on 210k
        // events: 47 ms → 7 ms). They replace the single-column role indexes of v1.
        migrator.registerMigration("v3-dateline-filter-indexes") { db in
            try db.execute(
                sql: """
                    ALTER TABLE article ADD COLUMN dateline TEXT;
                    ALTER TABLE event ADD COLUMN article_source TEXT;
                    UPDATE event SET article_source = (SELECT source FROM article WHERE article.id = event.article_id);
                    DROP INDEX event_source_primary;
                    DROP INDEX event_target_primary;
                    DROP INDEX event_source_code;
                    DROP INDEX event_target_code;
                    DROP INDEX event_code;
                    CREATE INDEX event_source_primary_date
                        ON event(source_primary, date, root, quad_class, code, article_source);
                    CREATE INDEX event_target_primary_date
                        ON event(target_primary, date, root, quad_class, code, article_source, source_primary);
                    CREATE INDEX event_source_code_date ON event(source_code, date, root, quad_class, code, article_source);
                    CREATE INDEX event_target_code_date
                        ON event(target_code, date, root, quad_class, code, article_source, source_code);
                    CREATE INDEX event_article_source_date ON event(article_source, date, root, quad_class, code);
                    CREATE INDEX event_code_date ON event(code, date);
                    """)
        }
        return migrator
    }
}
