/// What ``EventStore/ingest(_:events:)`` did with a document.
public enum IngestOutcome: String, Sendable, Hashable, Codable {
    /// The document was new: it and its events were stored.
    case inserted
    /// The document was already stored with the same content hash: nothing was written.
    case unchanged
    /// The document was stored with other content: its old events were deleted and the new ones stored.
    case replaced
}
