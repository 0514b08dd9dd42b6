import Foundation
import GRDB
import MarsadCore

extension EventStore {
    /// The stored events that match `filter`, dated events first by date, then by document id
    /// and sentence index (undated events last), each decoded from its JSON column exactly as
    /// it was ingested.
    ///
    /// - Throws: `MarsadError(.invalidArgument)` for a malformed code or a negative limit or
    ///   offset; `MarsadError(.store)` when the database fails or holds an unreadable event.
    public func events(_ filter: EventFilter = EventFilter()) throws -> [Event] {
        let condition = try filter.whereClause()
        let page = try filter.limitClause()
        let sql = "SELECT json FROM events \(condition.sql) \(EventFilter.orderClause) \(page.sql)"
        let rows = try read("cannot query events") { db in
            try String.fetchAll(db, sql: sql, arguments: condition.arguments + page.arguments)
        }
        let decoder = JSONDecoder()
        return try rows.map { json in
            do {
                return try decoder.decode(Event.self, from: Data(json.utf8))
            } catch {
                throw MarsadError(
                    .store, "a stored event cannot be decoded", location: path, underlying: error)
            }
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
}
