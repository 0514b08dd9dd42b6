import MarsadCore

/// Which stored events to return: every constraint that is set must hold.
///
/// ```swift
/// // Syrian actors (government, rebels, ...) fighting in March 2024, first 50.
/// let filter = EventFilter(actor: "SYR", code: "19", since: EventDate("2024-03-01"),
///                          until: EventDate("2024-03-31"), limit: 50)
/// let events = try store.events(filter)
/// ```
///
/// Code filters (`actor`, `source`, `target`) are prefixes in any case; text filters (`actorName`,
/// `place`, `text`) ignore ASCII case. Blank strings constrain nothing.
public struct EventFilter: Sendable, Hashable, Codable {
    /// An actor code or code prefix, any case: `"SYR"` matches `SYR`, `SYRGOV`, `SYRREB` as source,
    /// target or participant of a multilateral event.
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
    /// A source code or prefix (with `target`, a directed dyad).
    public var source: String?
    /// A target code or prefix.
    public var target: String?
    /// An actor's name or the words that named it in a document, in any language (`"Syria"`,
    /// `"سوريا"`, `"the Syrian army"`), whole and ignoring ASCII case. It matches the events of every
    /// code that name was ever stored for, whatever the language of the event: `"Turkey"` finds the
    /// Arabic reports of `TUR` once an English one named it so.
    public var actorName: String?
    /// The PLOVER event type.
    public var plover: PloverType?
    /// The CAMEO quad class.
    public var quadClass: QuadClass?
    /// The ISO 3166 alpha-3 country of the event's place (`"SYR"`).
    public var country: String?
    /// The name of the event's place, whole (`"Aleppo"`), or words inside the text that named it (`"حلب"`).
    public var place: String?
    /// Words that must all occur in the same mention's sentence or trigger, anywhere inside words
    /// (so `"حلب"` also finds `"وحلب"`), ignoring ASCII case; separated by spaces.
    public var text: String?
    /// How the event is asserted.
    public var modality: EventModality?
    /// Only the reports of this cross-document event (see ``MergedEvent``).
    public var mergedID: Int64?
    /// At most this many events (after `offset`); `nil` for all. Must not be negative.
    public var limit: Int?
    /// Skip this many events of the ordered result first. Must not be negative.
    public var offset: Int?

    public init(
        actor: String? = nil, code: String? = nil, since: EventDate? = nil, until: EventDate? = nil,
        documentID: String? = nil, source: String? = nil, target: String? = nil, actorName: String? = nil,
        plover: PloverType? = nil, quadClass: QuadClass? = nil, country: String? = nil, place: String? = nil,
        text: String? = nil, modality: EventModality? = nil, mergedID: Int64? = nil, limit: Int? = nil,
        offset: Int? = nil
    ) {
        self.actor = actor
        self.code = code
        self.since = since
        self.until = until
        self.documentID = documentID
        self.source = source
        self.target = target
        self.actorName = actorName
        self.plover = plover
        self.quadClass = quadClass
        self.country = country
        self.place = place
        self.text = text
        self.modality = modality
        self.mergedID = mergedID
        self.limit = limit
        self.offset = offset
    }
}
