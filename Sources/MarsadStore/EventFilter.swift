import MarsadCore

/// Which stored events to return: every constraint that is set must hold.
///
/// ```swift
/// // Syrian actors (government, rebels, ...) fighting in March 2024, first 50.
/// let filter = EventFilter(actor: "SYR", code: "19", since: EventDate("2024-03-01"),
///                          until: EventDate("2024-03-31"), limit: 50)
/// let events = try store.events(filter)
/// ```
public struct EventFilter: Sendable, Hashable, Codable {
    /// An actor code or code prefix, any case: `"SYR"` matches `SYR`, `SYRGOV`, `SYRREB` as source
    /// or as target. Empty or blank means any actor.
    public var actor: String?
    /// A CAMEO code; it matches itself and every code under it: the root `"19"` matches all of
    /// `19x`, `"023"` matches `023` and `0231`…`0234`, `"190"` matches `190` only.
    /// Two to four ASCII digits; anything else makes the query throw `.invalidArgument`.
    public var code: String?
    /// Earliest event date, inclusive. Events without a date never match a date bound.
    public var since: EventDate?
    /// Latest event date, inclusive.
    public var until: EventDate?
    /// Only the events of this document.
    public var documentID: String?
    /// At most this many events (after `offset`); `nil` for all. Must not be negative.
    public var limit: Int?
    /// Skip this many events of the ordered result first. Must not be negative.
    public var offset: Int?

    public init(
        actor: String? = nil, code: String? = nil, since: EventDate? = nil, until: EventDate? = nil,
        documentID: String? = nil, limit: Int? = nil, offset: Int? = nil
    ) {
        self.actor = actor
        self.code = code
        self.since = since
        self.until = until
        self.documentID = documentID
        self.limit = limit
        self.offset = offset
    }
}
