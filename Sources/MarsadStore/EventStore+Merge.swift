import Foundation
import GRDB
import MarsadCore

extension EventStore {
    /// The merge window of a new store, in days.
    public static let defaultMergeWindowDays = 1

    /// The merge window, in days: document events with the same source, target and code whose
    /// dates fall in the same window of this many days are one ``MergedEvent``.
    public func mergeWindowDays() throws -> Int {
        try read("cannot read the merge window") { db in try EventStore.mergeWindowDays(db) }
    }

    /// Changes the merge window and re-merges every stored event, in one transaction. Merged ids
    /// change with the window (they name the window); document events keep theirs.
    ///
    /// - Throws: `MarsadError(.invalidArgument)` unless `days` is 1 to 366.
    public func setMergeWindow(days: Int) throws {
        guard (1...366).contains(days) else {
            throw MarsadError(.invalidArgument, "merge window of \(days) days (expected 1 to 366)")
        }
        try write("cannot change the merge window") { db in
            try db.execute(
                sql: "UPDATE settings SET value = ? WHERE key = 'merge_window_days'", arguments: [String(days)])
            try db.execute(sql: "DELETE FROM merged_events")
            var context = try WriteContext(db)
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT id, date, source_key, target_key, cameo_code, goldstein, plover
                    FROM events ORDER BY id
                    """)
            for row in rows {
                let plover: String? = row["plover"]
                let cameo = CameoCode(
                    code: row["cameo_code"], name: "", goldstein: row["goldstein"],
                    plover: plover.flatMap { PloverType(rawValue: $0) }, ploverMode: nil)
                let date: String? = row["date"]
                let id = try context.mergedID(
                    sourceKey: row["source_key"], targetKey: row["target_key"], cameo: cameo,
                    date: date.flatMap { EventDate($0) }, eventID: row["id"], in: db)
                try db.execute(
                    sql: "UPDATE events SET merged_id = ? WHERE id = ?", arguments: [id, row["id"] as String])
            }
            try context.refreshMergedEvents(in: db)
        }
    }

    /// The merged events with at least one report matching `filter`, by date (undated last), then
    /// id; `limit` and `offset` page through merged events.
    public func mergedEvents(_ filter: EventFilter = EventFilter()) throws -> [MergedEvent] {
        try read("cannot query merged events") { db in
            var events: [MergedEvent] = []
            try forEachMergedEvent(filter, in: db) { events.append($0) }
            return events
        }
    }

    /// How many merged events have at least one report matching `filter` (ignoring its page).
    public func mergedEventCount(_ filter: EventFilter = EventFilter()) throws -> Int {
        let condition = try filter.whereClause()
        let sql =
            condition.sql.isEmpty
            ? "SELECT COUNT(*) FROM merged_events"
            : "SELECT COUNT(DISTINCT merged_id) FROM events \(condition.sql)"
        return try read("cannot count merged events") { db in
            try Int.fetchOne(db, sql: sql, arguments: condition.arguments) ?? 0
        }
    }

    /// Streams the merged events of ``mergedEvents(_:)`` inside an open read.
    func forEachMergedEvent(
        _ filter: EventFilter, in db: Database, _ body: (MergedEvent) throws -> Void
    ) throws {
        let condition = try filter.whereClause()
        let page = try filter.limitClause()
        let members = condition.sql.isEmpty ? "" : "WHERE m.id IN (SELECT merged_id FROM events \(condition.sql))"
        let sql = """
            SELECT m.id, m.date, m.window_start, m.source_key, m.target_key, m.num_mentions, m.num_sources,
                m.num_articles, e.json, d.url, d.ingested_at
            FROM merged_events m
            JOIN events e ON e.id = m.representative_id
            JOIN documents d ON d.id = e.document_id
            \(members)
            ORDER BY m.date IS NULL, m.date, m.id \(page.sql)
            """
        let decoder = JSONDecoder()
        let rows = try Row.fetchCursor(db, sql: sql, arguments: condition.arguments + page.arguments)
        while let row = try rows.next() {
            let date: String? = row["date"]
            let start: String? = row["window_start"]
            let sources: String = row["source_key"]
            let targets: String = row["target_key"]
            try body(
                MergedEvent(
                    id: row["id"], date: date.flatMap { EventDate($0) }, windowStart: start.flatMap { EventDate($0) },
                    sourceCodes: EventStore.codes(sources), targetCodes: EventStore.codes(targets),
                    numMentions: row["num_mentions"], numSources: row["num_sources"],
                    numArticles: row["num_articles"], representative: try decodeEvent(row["json"], decoder),
                    url: row["url"], ingestedAt: row["ingested_at"]))
        }
    }

    /// The merge window stored in the open database.
    static func mergeWindowDays(_ db: Database) throws -> Int {
        let value = try String.fetchOne(db, sql: "SELECT value FROM settings WHERE key = 'merge_window_days'")
        return value.flatMap { Int($0) } ?? defaultMergeWindowDays
    }

    /// The codes of a `;`-joined key (none for an empty key).
    static func codes(_ key: String) -> [ActorCode] {
        key.split(separator: ";").map { ActorCode(String($0)) }
    }

    /// An event from its JSON column; a `MarsadError(.store)` when it cannot be read.
    func decodeEvent(_ json: String, _ decoder: JSONDecoder) throws -> Event {
        do {
            return try decoder.decode(Event.self, from: Data(json.utf8))
        } catch {
            throw MarsadError(.store, "a stored event cannot be decoded", location: path, underlying: error)
        }
    }
}
