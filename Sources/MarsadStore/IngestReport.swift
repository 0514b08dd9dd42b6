import MarsadCore

/// A document that ``EventStore/ingest(_:batchSize:progress:)`` did not store, and why.
public struct IngestRejection: Error, Sendable, CustomStringConvertible {
    /// The document's position in the input (0-based).
    public var index: Int
    /// The document's id (possibly empty, when that is what is wrong with it).
    public var documentID: String
    /// What was wrong: `.malformedRecord`, `.missingField`, `.documentTooLarge`, `.invalidUTF8`, or
    /// `.store` when SQLite refused it (for example an event id another document already uses).
    public var error: MarsadError

    public init(index: Int, documentID: String, error: MarsadError) {
        self.index = index
        self.documentID = documentID
        self.error = error
    }

    /// `document ID (#index): code: message`.
    public var description: String {
        "document \(documentID.isEmpty ? "(no id)" : documentID) (#\(index)): \(error.code): \(error.message)"
            + (error.underlying.map { " (\($0))" } ?? "")
    }
}

/// What an ingest did so far: counts of documents by outcome, events stored, batches committed,
/// and the rejected documents. Passed to the progress callback after each committed batch.
public struct IngestReport: Sendable {
    /// Documents read from the input, rejected ones included.
    public var documents = 0
    public var inserted = 0
    public var replaced = 0
    public var unchanged = 0
    /// Events stored for inserted and replaced documents.
    public var events = 0
    /// Transactions committed.
    public var batches = 0
    public var rejections: [IngestRejection] = []

    public init() {}

    /// Documents stored: inserted or replaced.
    public var stored: Int { inserted + replaced }

    mutating func count(_ outcome: IngestOutcome, events: Int) {
        switch outcome {
        case .inserted: inserted += 1
        case .replaced: replaced += 1
        case .unchanged: unchanged += 1
        }
        if outcome != .unchanged { self.events += events }
    }
}
