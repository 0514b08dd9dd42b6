import Foundation
import GRDB
import MarsadCore

extension EventStore {
    /// `v2-merging-search-actors`: what cross-document merging, the new filters and the exports need.
    ///
    /// - `events` gains `modality`, `source_key` / `target_key` (distinct codes sorted and joined by
    ///   `;`, the merge keys), `mention_count`, the place (`place`, `place_text`, `place_country`,
    ///   `lat`, `lon`) and `merged_id` (the cross-document event it belongs to).
    /// - `mentions` is rebuilt with an `INTEGER PRIMARY KEY`, its position in the event (`ordinal`),
    ///   the sentence offsets and the trigger words, and indexed for full-text search
    ///   (`mentions_fts`, FTS5 trigram, kept in step by triggers).
    /// - `event_actors` is rebuilt with the actor's words (`text`) and a third role, `participant`
///   (every party of a multilateral event); `actors` and `actor_names` record every
    ///   actor code and every name and text seen for it, in any language.
    /// - `merged_events` holds one row per cross-document event; `settings` the merge window.
    /// - The view `one_a_day` groups dated events by day, source, target and code (Phoenix's filter).
    ///
    /// Rows stored under v1 are rebuilt from `events.json`, so nothing is lost.
    static func migrateToV2(_ db: Database) throws {
        try db.execute(
            sql: """
                ALTER TABLE events ADD COLUMN modality TEXT NOT NULL DEFAULT 'asserted';
                ALTER TABLE events ADD COLUMN source_key TEXT NOT NULL DEFAULT '';
                ALTER TABLE events ADD COLUMN target_key TEXT NOT NULL DEFAULT '';
                ALTER TABLE events ADD COLUMN mention_count INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE events ADD COLUMN place TEXT;
                ALTER TABLE events ADD COLUMN place_text TEXT;
                ALTER TABLE events ADD COLUMN place_country TEXT;
                ALTER TABLE events ADD COLUMN lat REAL;
                ALTER TABLE events ADD COLUMN lon REAL;
                ALTER TABLE events ADD COLUMN merged_id INTEGER;
                CREATE INDEX events_merged ON events(merged_id);
                CREATE INDEX events_plover ON events(plover);
                CREATE INDEX events_place_country ON events(place_country);
                CREATE INDEX events_one_a_day ON events(date, source_key, target_key, cameo_code);
                DROP INDEX events_date;  -- events_one_a_day starts with the date.
                -- Covers the columns aggregates read, so they never load the (large) event rows.
                CREATE INDEX events_aggregate ON events(id, date, quad_class, goldstein);

                DROP TABLE mentions;
                CREATE TABLE mentions (
                    id INTEGER PRIMARY KEY,
                    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
                    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    sentence_index INTEGER NOT NULL,
                    sentence_start INTEGER NOT NULL,
                    sentence_end INTEGER NOT NULL,
                    trigger_start INTEGER,
                    trigger_end INTEGER,
                    trigger TEXT NOT NULL,
                    rule TEXT NOT NULL,
                    sentence TEXT NOT NULL
                );
                CREATE INDEX mentions_event ON mentions(event_id, ordinal);
                CREATE INDEX mentions_document ON mentions(document_id);
                CREATE INDEX mentions_rule ON mentions(rule);
                CREATE VIRTUAL TABLE mentions_fts USING fts5(
                    sentence, trigger, content = 'mentions', content_rowid = 'id',
                    tokenize = 'trigram case_sensitive 0');
                CREATE TRIGGER mentions_fts_insert AFTER INSERT ON mentions BEGIN
                    INSERT INTO mentions_fts(rowid, sentence, trigger) VALUES (new.id, new.sentence, new.trigger);
                END;
                CREATE TRIGGER mentions_fts_delete AFTER DELETE ON mentions BEGIN
                    INSERT INTO mentions_fts(mentions_fts, rowid, sentence, trigger)
                    VALUES ('delete', old.id, old.sentence, old.trigger);
                END;
                CREATE TRIGGER mentions_fts_update AFTER UPDATE ON mentions BEGIN
                    INSERT INTO mentions_fts(mentions_fts, rowid, sentence, trigger)
                    VALUES ('delete', old.id, old.sentence, old.trigger);
                    INSERT INTO mentions_fts(rowid, sentence, trigger) VALUES (new.id, new.sentence, new.trigger);
                END;

                DROP TABLE event_actors;
                CREATE TABLE event_actors (
                    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
                    role TEXT NOT NULL CHECK (role IN ('source', 'target', 'participant')),
                    code TEXT NOT NULL,
                    country TEXT,
                    name TEXT,
                    text TEXT
                );
                CREATE INDEX event_actors_event ON event_actors(event_id, role);
                CREATE INDEX event_actors_code ON event_actors(code);
                CREATE INDEX event_actors_country ON event_actors(country);
                CREATE INDEX event_actors_role_code ON event_actors(role, code);
                CREATE TABLE actors (
                    code TEXT PRIMARY KEY NOT NULL,
                    country TEXT,
                    sector TEXT,
                    name TEXT NOT NULL
                );
                CREATE TABLE actor_names (
                    code TEXT NOT NULL,
                    name TEXT NOT NULL COLLATE NOCASE,
                    language TEXT NOT NULL,
                    PRIMARY KEY (code, name, language)
                ) WITHOUT ROWID;
                CREATE INDEX actor_names_name ON actor_names(name);

                CREATE TABLE merged_events (
                    id INTEGER PRIMARY KEY,
                    key TEXT NOT NULL UNIQUE,
                    window_start TEXT,
                    date TEXT,
                    source_key TEXT NOT NULL,
                    target_key TEXT NOT NULL,
                    cameo_code TEXT NOT NULL,
                    cameo_root TEXT NOT NULL,
                    quad_class INTEGER NOT NULL,
                    goldstein REAL NOT NULL,
                    plover TEXT,
                    num_mentions INTEGER NOT NULL DEFAULT 0,
                    num_sources INTEGER NOT NULL DEFAULT 0,
                    num_articles INTEGER NOT NULL DEFAULT 0,
                    representative_id TEXT
                );
                CREATE INDEX merged_events_date ON merged_events(date);
                CREATE TABLE settings (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
                INSERT INTO settings (key, value) VALUES ('merge_window_days', '1');

                CREATE VIEW one_a_day AS
                    SELECT date, source_key, target_key, cameo_code,
                        MIN(cameo_root) AS cameo_root, MIN(quad_class) AS quad_class, MIN(goldstein) AS goldstein,
                        COUNT(*) AS num_reports, SUM(mention_count) AS num_mentions,
                        COUNT(DISTINCT document_id) AS num_articles,
                        GROUP_CONCAT(id, ';') AS event_ids
                    FROM events WHERE date IS NOT NULL
                    GROUP BY date, source_key, target_key, cameo_code;
                """)
        try rebuildRowsFromJSON(db)
    }

    /// Re-derives every row of every event (columns, mentions, actors, merged events) from the
    /// `events.json` column, one document at a time. Used when the schema adds derived columns.
    private static func rebuildRowsFromJSON(_ db: Database) throws {
        let documentIDs = try String.fetchAll(db, sql: "SELECT DISTINCT document_id FROM events")
        guard !documentIDs.isEmpty else { return }
        var context = try WriteContext(db)
        let decoder = JSONDecoder()
        for id in documentIDs {
            let jsons = try String.fetchAll(
                db, sql: "SELECT json FROM events WHERE document_id = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM events WHERE document_id = ?", arguments: [id])
            for json in jsons {
                let event = try decoder.decode(Event.self, from: Data(json.utf8))
                try insertEvent(event, context: &context, in: db)
            }
        }
        try context.refreshMergedEvents(in: db)
    }
}
