import Foundation
import GRDB
import MarsadCore

extension EventStore {
    /// The stored events that match `filter`, dated events first by date, then by document id
    /// and sentence index (undated events last), each decoded from its JSON column exactly as
    /// it was ingested. These are the reports of one document each; ``mergedEvents(_:)`` gives the
    /// events merged across documents and ``oneADayEvents(_:)`` Phoenix's one-a-day view.
    ///
    /// - Throws: `MarsadError(.invalidArgument)` for a malformed code or a negative limit or
    ///   offset; `MarsadError(.store)` when the database fails or holds an unreadable event.
    public func events(_ filter: EventFilter = EventFilter()) throws -> [Event] {
        try read("cannot query events") { db in
            var events: [Event] = []
            try forEachEvent(filter, in: db) { row, event in events.append(event) }
            return events
        }
    }

    /// How many stored events match `filter`, ignoring its `limit` and `offset`
    /// (the total behind a page of ``events(_:)``). With no filter, every event.
    public func eventCount(_ filter: EventFilter = EventFilter()) throws -> Int {
        let condition = try filter.whereClause()
        return try read("cannot count events") { db in
            try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM events \(condition.sql)", arguments: condition.arguments)
                ?? 0
        }
    }

    /// Phoenix's one-a-day view: the dated events matching `filter`, grouped by date, source codes,
    /// target codes and CAMEO code, one entry per group, by date then source, target and code.
    /// Undated events are left out. `limit` and `offset` page through groups.
    public func oneADayEvents(_ filter: EventFilter = EventFilter()) throws -> [OneADayEvent] {
        try read("cannot query the one-a-day view") { db in
            var groups: [OneADayEvent] = []
            try forEachOneADayEvent(filter, in: db) { groups.append($0) }
            return groups
        }
    }

    /// Streams the events of ``events(_:)`` with their row (event columns, and the document's
    /// `url`, `doc_source`, `title` and `ingested_at`) inside an open read.
    func forEachEvent(_ filter: EventFilter, in db: Database, _ body: (Row, Event) throws -> Void) throws {
        let condition = try filter.whereClause()
        let page = try filter.limitClause()
        let sql = """
            SELECT e.*, d.url, d.source AS doc_source, d.title, d.ingested_at
            FROM (SELECT * FROM events \(condition.sql) \(EventFilter.orderClause) \(page.sql)) e
            JOIN documents d ON d.id = e.document_id
            ORDER BY e.date IS NULL, e.date, e.document_id, e.sentence_index, e.id
            """
        let decoder = JSONDecoder()
        let rows = try Row.fetchCursor(db, sql: sql, arguments: condition.arguments + page.arguments)
        while let row = try rows.next() {
            try body(row, try decodeEvent(row["json"], decoder))
        }
    }

    /// Streams the groups of ``oneADayEvents(_:)`` inside an open read.
    func forEachOneADayEvent(_ filter: EventFilter, in db: Database, _ body: (OneADayEvent) throws -> Void) throws {
        let condition = try filter.whereClause()
        let dated = condition.sql.isEmpty ? "WHERE date IS NOT NULL" : condition.sql + " AND date IS NOT NULL"
        _ = try filter.limitClause()  // Validates limit and offset.
        let skip = filter.offset ?? 0
        let sql = """
            SELECT e.id, e.date, e.source_key, e.target_key, e.cameo_code, e.mention_count, e.json,
                e.document_id, d.url, d.source AS doc_source
            FROM (SELECT * FROM events \(dated)) e JOIN documents d ON d.id = e.document_id
            ORDER BY e.date, e.source_key, e.target_key, e.cameo_code, e.document_id, e.sentence_index, e.id
            """
        let decoder = JSONDecoder()
        var skipped = 0
        var emitted = 0
        var current: (key: [String], group: OneADayEvent)?
        func flush() throws -> Bool {
            guard let (_, group) = current else { return true }
            current = nil
            if skipped < skip {
                skipped += 1
                return true
            }
            if let limit = filter.limit, emitted >= limit { return false }
            emitted += 1
            try body(group)
            return true
        }
        let rows = try Row.fetchCursor(db, sql: sql, arguments: condition.arguments)
        while let row = try rows.next() {
            let key: [String] = [row["date"], row["source_key"], row["target_key"], row["cameo_code"]]
            let document: String = row["document_id"]
            let url: String? = row["url"]
            let source: String? = row["doc_source"]
            if current?.key != key {
                guard try flush() else { return }
                current = (
                    key,
                    OneADayEvent(
                        representative: try decodeEvent(row["json"], decoder), eventIDs: [], documentIDs: [],
                        urls: [], sources: [], numMentions: 0)
                )
            }
            current!.group.eventIDs.append(row["id"])
            current!.group.numMentions += row["mention_count"] as Int
            if !current!.group.documentIDs.contains(document) { current!.group.documentIDs.append(document) }
            if let url, !url.isEmpty, !current!.group.urls.contains(url) { current!.group.urls.append(url) }
            if let source, !source.isEmpty, !current!.group.sources.contains(source) {
                current!.group.sources.append(source)
            }
        }
        _ = try flush()
    }
}
