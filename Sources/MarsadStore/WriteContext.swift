import Foundation
import GRDB
import MarsadCore

/// State shared by the writes of one transaction: the merge window, the JSON encoder, and the
/// cross-document events whose counts must be recomputed before the transaction commits.
struct WriteContext {
    /// The merge window in days (the `merge_window_days` setting).
    let windowDays: Int
    /// When this ingest started, ISO 8601 (stored in `documents.ingested_at`).
    let ingestedAt: String
    let encoder: JSONEncoder
    /// Merged events that gained or lost members.
    var touchedMergedIDs: Set<Int64> = []
    /// Merged event ids known to be stored with their key in this transaction (saves a lookup).
    var knownMergedKeys: [Int64: String] = [:]
    /// `actors` and `actor_names` rows known to be stored in this transaction (saves inserts).
    var knownActorRows: Set<[String]> = []

    /// Reads the settings of the store inside the open transaction.
    init(_ db: Database) throws {
        windowDays = try EventStore.mergeWindowDays(db)
        ingestedAt = Date().formatted(.iso8601)
        encoder = EventStore.jsonEncoder()
    }

    /// The merged event for a document event with these columns, created when it does not exist
    /// yet; returns its id and remembers it for ``refreshMergedEvents(in:)``.
    mutating func mergedID(
        sourceKey: String, targetKey: String, cameo: CameoCode, date: EventDate?, eventID: String,
        in db: Database
    ) throws -> Int64 {
        let key = MergeKey(
            sourceKey: sourceKey, targetKey: targetKey, code: cameo.code, date: date, eventID: eventID,
            windowDays: windowDays)
        var id = key.stableID
        while knownMergedKeys[id] != key.text {
            let stored = try String.fetchOne(
                db.cachedStatement(sql: "SELECT key FROM merged_events WHERE id = ?"), arguments: [id])
            if stored == key.text { break }
            if stored == nil {
                try db.cachedStatement(
                    sql: """
                        INSERT INTO merged_events (id, key, window_start, date, source_key, target_key,
                            cameo_code, cameo_root, quad_class, goldstein, plover)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """
                ).execute(arguments: [
                    id, key.text, key.windowStart?.description, date?.description, sourceKey, targetKey,
                    cameo.code, cameo.root, cameo.quadClass.rawValue, cameo.goldstein, cameo.plover?.rawValue,
                ])
                break
            }
            id = id == (1 << 53) - 1 ? 1 : id + 1  // A clash of two keys: probe the next id.
        }
        knownMergedKeys[id] = key.text
        touchedMergedIDs.insert(id)
        return id
    }

    /// Recomputes the counts, date and representative of every touched merged event, and deletes
    /// those left without members: three statements for the whole set (ids passed as a JSON array).
    mutating func refreshMergedEvents(in db: Database) throws {
        guard !touchedMergedIDs.isEmpty else { return }
        let ids = "[" + touchedMergedIDs.map { String($0) }.joined(separator: ",") + "]"
        try db.execute(
            sql: """
                UPDATE merged_events SET num_mentions = a.mentions, num_articles = a.articles,
                    num_sources = a.sources, date = a.date
                FROM (SELECT e.merged_id AS id, SUM(e.mention_count) AS mentions,
                        COUNT(DISTINCT e.document_id) AS articles,
                        COUNT(DISTINCT COALESCE(NULLIF(d.source, ''), d.id)) AS sources, MIN(e.date) AS date
                    FROM events e JOIN documents d ON d.id = e.document_id
                    WHERE e.merged_id IN (SELECT value FROM json_each(:ids))
                    GROUP BY e.merged_id) AS a
                WHERE merged_events.id = a.id;
                UPDATE merged_events SET representative_id = (SELECT id FROM events WHERE merged_id = merged_events.id
                    ORDER BY date IS NULL, date, document_id, sentence_index, id LIMIT 1)
                WHERE id IN (SELECT value FROM json_each(:ids));
                DELETE FROM merged_events WHERE representative_id IS NULL AND id IN (SELECT value FROM json_each(:ids));
                """, arguments: ["ids": ids])
        touchedMergedIDs.removeAll()
    }

    /// Forgets what this transaction is known to have written, after a savepoint was rolled back.
    mutating func forgetWrites() {
        knownMergedKeys.removeAll()
        knownActorRows.removeAll()
    }

    /// Remembers the merged events of a document's stored events, before they are deleted.
    mutating func touchMergedEvents(ofDocument id: String, in db: Database) throws {
        let ids = try Int64.fetchAll(
            db, sql: "SELECT DISTINCT merged_id FROM events WHERE document_id = ? AND merged_id IS NOT NULL",
            arguments: [id])
        touchedMergedIDs.formUnion(ids)
    }
}
