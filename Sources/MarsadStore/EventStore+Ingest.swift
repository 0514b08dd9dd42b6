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
    /// The cross-document events the document's events belong to are updated in the same transaction.
    ///
    /// - Throws: `MarsadError` with the code of ``validate(_:events:)`` for a malformed document or
    ///   event; `MarsadError(.store)` when SQLite fails (for example an event id that
    ///   another document already uses). Nothing is written when it throws.
    @discardableResult
    public func ingest(_ document: Document, events: [Event]) throws -> IngestOutcome {
        try ingest(batch: [(document, events)])[0]
    }

    /// Ingests many documents in one transaction: all of them are stored, or none when one fails.
    /// To store what is valid and report the rest, and to commit every few documents, use
    /// ``ingest(_:batchSize:progress:)``.
    ///
    /// Each document is handled as ``ingest(_:events:)`` does, in order, so a document that
    /// appears twice in the batch is `.unchanged` (or `.replaced`) the second time.
    /// - Returns: one outcome per document, in the order given.
    @discardableResult
    public func ingest(batch: [(Document, [Event])]) throws -> [IngestOutcome] {
        for (document, events) in batch {
            try EventStore.validate(document, events: events)
        }
        let what =
            batch.count == 1
            ? "cannot ingest document \(batch[0].0.id)" : "cannot ingest \(batch.count) documents"
        return try write(what) { db in
            var context = try WriteContext(db)
            let outcomes = try batch.map { document, events in
                try EventStore.store(document, events, context: &context, in: db)
            }
            try context.refreshMergedEvents(in: db)
            return outcomes
        }
    }

    /// The ids of the documents in `documents` that are stored with the same content (id, date
    /// and text), which ingesting again would leave unchanged: a caller can skip coding them.
    public func unchangedDocumentIDs(among documents: [Document]) throws -> Set<String> {
        var unchanged = Set<String>()
        try read("cannot look up stored documents") { db in
            for chunk in stride(from: 0, to: documents.count, by: 500) {
                let slice = documents[chunk..<min(chunk + 500, documents.count)]
                let marks = Array(repeating: "?", count: slice.count).joined(separator: ",")
                let stored = try Row.fetchAll(
                    db, sql: "SELECT id, content_hash FROM documents WHERE id IN (\(marks))",
                    arguments: StatementArguments(slice.map(\.id)))
                let hashes = Dictionary(stored.map { ($0["id"] as String, $0["content_hash"] as String) }) { a, _ in a }
                for d in slice where hashes[d.id] == ContentHash.of(d) { unchanged.insert(d.id) }
            }
        }
        return unchanged
    }

    /// One validated document inside an open write transaction.
    static func store(
        _ document: Document, _ events: [Event], context: inout WriteContext, in db: Database
    ) throws -> IngestOutcome {
        let hash = ContentHash.of(document)
        let stored = try String.fetchOne(
            db.cachedStatement(sql: "SELECT content_hash FROM documents WHERE id = ?"), arguments: [document.id])
        let outcome: IngestOutcome
        switch stored {
        case hash?:
            return .unchanged
        case nil:
            outcome = .inserted
        case _?:
            try context.touchMergedEvents(ofDocument: document.id, in: db)
            // Mentions and actors go with their events (ON DELETE CASCADE).
            try db.execute(sql: "DELETE FROM events WHERE document_id = ?", arguments: [document.id])
            try db.execute(sql: "DELETE FROM mentions WHERE document_id = ?", arguments: [document.id])
            outcome = .replaced
        }
        try upsertDocument(document, hash: hash, ingestedAt: context.ingestedAt, in: db)
        for event in events {
            try insertEvent(event, context: &context, in: db)
        }
        return outcome
    }
}
