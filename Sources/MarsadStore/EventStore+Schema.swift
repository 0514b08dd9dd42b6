import GRDB

extension EventStore {
    /// The schema, as a list of named migrations applied in order when a store opens.
    ///
    /// Never edit a migration that has shipped: add a new one. Names are recorded in the
    /// `grdb_migrations` table of each database file.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-documents-events", migrate: createDocumentsAndEvents)
        migrator.registerMigration("v2-merging-search-actors", migrate: migrateToV2)
        return migrator
    }

    /// `v1-documents-events`: documents, events (with the full event as JSON), mentions and
    /// actors, indexed for the filters of ``EventFilter`` and the aggregates of ``StoreSummary``.
    ///
    /// Dates are `YYYY-MM-DD` text, so text order is date order. Actor codes are upper case.
    /// `events.source_codes` / `target_codes` list the distinct codes joined by `;`.
    private static func createDocumentsAndEvents(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE documents (
                    id TEXT PRIMARY KEY NOT NULL,
                    content_hash TEXT NOT NULL,
                    source TEXT,
                    url TEXT,
                    date TEXT,
                    language TEXT,
                    title TEXT,
                    text TEXT NOT NULL,
                    ingested_at TEXT NOT NULL
                );
                CREATE TABLE events (
                    id TEXT PRIMARY KEY NOT NULL,
                    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    sentence_index INTEGER NOT NULL,
                    date TEXT,
                    cameo_code TEXT NOT NULL,
                    cameo_root TEXT NOT NULL,
                    quad_class INTEGER NOT NULL,
                    goldstein REAL NOT NULL,
                    plover TEXT,
                    source_codes TEXT NOT NULL,
                    target_codes TEXT NOT NULL,
                    language TEXT NOT NULL,
                    json TEXT NOT NULL
                );
                CREATE INDEX events_date ON events(date);
                CREATE INDEX events_cameo_root ON events(cameo_root);
                CREATE INDEX events_cameo_code ON events(cameo_code);
                CREATE INDEX events_document ON events(document_id, sentence_index);
                CREATE TABLE mentions (
                    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
                    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    sentence_index INTEGER NOT NULL,
                    trigger_start INTEGER,
                    trigger_end INTEGER,
                    rule TEXT NOT NULL,
                    sentence TEXT NOT NULL
                );
                CREATE INDEX mentions_event ON mentions(event_id);
                CREATE INDEX mentions_document ON mentions(document_id);
                CREATE TABLE event_actors (
                    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
                    role TEXT NOT NULL CHECK (role IN ('source', 'target')),
                    code TEXT NOT NULL,
                    country TEXT,
                    name TEXT
                );
                CREATE INDEX event_actors_event ON event_actors(event_id, role);
                CREATE INDEX event_actors_code ON event_actors(code);
                CREATE INDEX event_actors_country ON event_actors(country);
                """)
    }
}
