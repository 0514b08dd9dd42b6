import GRDB

extension EventStore {
    /// How many dyads ``summary()`` lists.
    public static let topDyadLimit = 10

    /// Counts of documents, events, events per CAMEO root and the top country-level dyads,
    /// all read from one consistent snapshot.
    public func summary() throws -> StoreSummary {
        try read("cannot summarise the store") { db in
            let documents = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documents") ?? 0
            let events = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM events") ?? 0
            let roots = try Row.fetchAll(
                db,
                sql: "SELECT cameo_root, COUNT(*) AS n FROM events GROUP BY cameo_root ORDER BY cameo_root"
            ).map { StoreSummary.RootCount(root: $0["cameo_root"], count: $0["n"]) }
            // country is NULL for non-state codes, whose country level is the whole code.
            let dyads = try Row.fetchAll(
                db,
                sql: """
                    SELECT source, target, COUNT(*) AS n FROM (
                        SELECT DISTINCT s.event_id,
                            COALESCE(s.country, s.code) AS source, COALESCE(t.country, t.code) AS target
                        FROM event_actors s JOIN event_actors t ON t.event_id = s.event_id
                        WHERE s.role = 'source' AND t.role = 'target'
                    )
                    GROUP BY source, target
                    ORDER BY n DESC, source, target
                    LIMIT ?
                    """, arguments: [EventStore.topDyadLimit]
            ).map { StoreSummary.DyadCount(source: $0["source"], target: $0["target"], count: $0["n"]) }
            return StoreSummary(documentCount: documents, eventCount: events, roots: roots, topDyads: dyads)
        }
    }
}
