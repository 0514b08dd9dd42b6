import GRDB
import MarsadCore

extension EventStore {
    /// The number of documents per transaction of ``ingest(_:batchSize:progress:)`` by default.
    public static let defaultBatchSize = 500

    /// Ingests a stream of documents with their events, committing every `batchSize` documents,
    /// storing what is valid and reporting what is not. Crash-safe and idempotent: when the process
    /// dies (even by SIGKILL) the batch in progress is rolled back by SQLite and the committed ones
    /// stay; running the same input again skips the documents already stored (unchanged) and stores
    /// the rest, so every document ends up stored once.
    ///
    /// Each document is handled as ``ingest(_:events:)`` does. A document that fails
    /// ``validate(_:events:)``, or that SQLite refuses (its own savepoint is rolled back), is not
    /// stored and is listed in ``IngestReport/rejections`` with its position and id; the others of
    /// the batch are stored. `pairs` is read lazily, one batch at a time, so it may code documents
    /// as it goes.
    ///
    /// - Parameters:
    ///   - batchSize: documents per transaction (at least 1).
    ///   - progress: called after each committed batch with the report so far.
    /// - Returns: the report of the whole input.
    /// - Throws: `MarsadError(.store)` when the database itself fails (cannot write or commit); the
    ///   batches committed before stay stored.
    @discardableResult
    public func ingest<S: Sequence>(
        _ pairs: S, batchSize: Int = EventStore.defaultBatchSize, progress: ((IngestReport) -> Void)? = nil
    ) throws -> IngestReport where S.Element == (Document, [Event]) {
        guard batchSize >= 1 else { throw MarsadError(.invalidArgument, "batch size \(batchSize) (expected 1 or more)") }
        var report = IngestReport()
        var iterator = pairs.makeIterator()
        var batch: [(index: Int, document: Document, events: [Event])] = []
        var done = false
        while !done {
            batch.removeAll(keepingCapacity: true)
            while batch.count < batchSize, let (document, events) = iterator.next() {
                batch.append((report.documents, document, events))
                report.documents += 1
            }
            done = batch.count < batchSize
            if batch.isEmpty { break }
            try commit(batch, into: &report)
            progress?(report)
        }
        return report
    }

    /// One batch in one transaction, each document in a savepoint.
    private func commit(_ batch: [(index: Int, document: Document, events: [Event])], into report: inout IngestReport)
        throws
    {
        var valid: [(index: Int, document: Document, events: [Event])] = []
        for item in batch {
            do {
                try EventStore.validate(item.document, events: item.events)
                valid.append(item)
            } catch let error as MarsadError {
                report.rejections.append(IngestRejection(index: item.index, documentID: item.document.id, error: error))
            }
        }
        let what = "cannot ingest documents \(batch.first!.index + 1) to \(batch.last!.index + 1)"
        let (outcomes, rejected) = try write(what) { db in
            var context = try WriteContext(db)
            var outcomes: [(IngestOutcome, Int)] = []
            var rejected: [IngestRejection] = []
            for item in valid {
                do {
                    var outcome = IngestOutcome.unchanged
                    try db.inSavepoint {
                        outcome = try EventStore.store(item.document, item.events, context: &context, in: db)
                        return .commit
                    }
                    outcomes.append((outcome, item.events.count))
                } catch {
                    context.forgetWrites()
                    let cause = error as? MarsadError
                        ?? MarsadError(.store, "the database refused the document", location: item.document.id, underlying: error)
                    rejected.append(IngestRejection(index: item.index, documentID: item.document.id, error: cause))
                }
            }
            try context.refreshMergedEvents(in: db)
            return (outcomes, rejected)
        }
        for (outcome, events) in outcomes { report.count(outcome, events: events) }
        report.rejections += rejected
        report.rejections.sort { $0.index < $1.index }
        report.batches += 1
    }
}
