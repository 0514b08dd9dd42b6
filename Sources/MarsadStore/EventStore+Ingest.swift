import Foundation
import GRDB
import MarsadCore

extension EventStore {
    /// Stores a document and the events coded from it, idempotently.
    ///
    /// Documents are keyed by id and fingerprinted by a content hash of id, date and text
    /// (see `ContentHash`). In one transaction:
    /// - a new id is inserted with its events (``IngestOutcome/inserted``);
    /// - an id stored with the same hash writes nothing, whatever `events` holds
    ///   (``IngestOutcome/unchanged``);
    /// - an id stored with another hash has its old events, mentions and actors deleted, its
    ///   row updated, and `events` stored (``IngestOutcome/replaced``).
    ///
    /// - Throws: `MarsadError(.invalidArgument)` when an event's `documentID` is not
    ///   `document.id`; `MarsadError(.store)` when SQLite fails (for example an event id that
    ///   another document already uses). Nothing is written when it throws.
    @discardableResult
    public func ingest(_ document: Document, events: [Event]) throws -> IngestOutcome {
        try ingest(batch: [(document, events)])[0]
    }

    /// Ingests many documents in one transaction: all of them are stored, or none when one fails.
    ///
    /// Each document is handled as ``ingest(_:events:)`` does, in order, so a document that
    /// appears twice in the batch is `.unchanged` (or `.replaced`) the second time.
    /// - Returns: one outcome per document, in the order given.
    @discardableResult
    public func ingest(batch: [(Document, [Event])]) throws -> [IngestOutcome] {
        for (document, events) in batch {
            try EventStore.validate(document, events)
        }
        let ingestedAt = Date().formatted(.iso8601)
        let what =
            batch.count == 1
            ? "cannot ingest document \(batch[0].0.id)" : "cannot ingest \(batch.count) documents"
        return try write(what) { db in
            let encoder = EventStore.jsonEncoder()
            return try batch.map { document, events in
                try EventStore.ingest(document, events, ingestedAt: ingestedAt, encoder: encoder, in: db)
            }
        }
    }

    /// One document inside an open write transaction.
    private static func ingest(
        _ document: Document, _ events: [Event], ingestedAt: String, encoder: JSONEncoder, in db: Database
    ) throws -> IngestOutcome {
        let hash = ContentHash.of(document)
        let stored = try String.fetchOne(
            db, sql: "SELECT content_hash FROM documents WHERE id = ?", arguments: [document.id])
        let outcome: IngestOutcome
        switch stored {
        case hash?:
            return .unchanged
        case nil:
            outcome = .inserted
        case _?:
            // Mentions and actors go with their events (ON DELETE CASCADE).
            try db.execute(sql: "DELETE FROM events WHERE document_id = ?", arguments: [document.id])
            try db.execute(sql: "DELETE FROM mentions WHERE document_id = ?", arguments: [document.id])
            outcome = .replaced
        }
        try upsertDocument(document, hash: hash, ingestedAt: ingestedAt, in: db)
        for event in events {
            try insertEvent(event, encoder: encoder, in: db)
        }
        return outcome
    }

    /// Rejects events that claim to come from another document.
    private static func validate(_ document: Document, _ events: [Event]) throws {
        for event in events where event.documentID != document.id {
            throw MarsadError(
                .invalidArgument,
                "event \(event.id) belongs to document \(event.documentID), not \(document.id)",
                location: document.id)
        }
    }
}
