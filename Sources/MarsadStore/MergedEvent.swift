import MarsadCore

/// One event reported by one or more documents: the document events with the same source
/// codes, target codes and CAMEO code in the same merge window (GDELT's event, whose reports
/// are its mentions). See ``EventStore/mergedEvents(_:)``.
public struct MergedEvent: Sendable, Hashable {
    /// Stable id: derived from the source codes, target codes, code and window (see docs/store.md),
    /// so the same event gets the same id in any store and any ingest order. Below 2^53.
    public var id: Int64
    /// The earliest date of its reports; `nil` for an undated event (never merged).
    public var date: EventDate?
    /// The first day of its merge window; `nil` when undated.
    public var windowStart: EventDate?
    /// The distinct source codes, sorted.
    public var sourceCodes: [ActorCode]
    /// The distinct target codes, sorted.
    public var targetCodes: [ActorCode]
    /// How many mentions (evidence sentences) all its reports hold (GDELT's NumMentions).
    public var numMentions: Int
    /// How many distinct publications (document `source`, or the document itself when it has none)
    /// reported it (GDELT's NumSources).
    public var numSources: Int
    /// How many documents reported it (GDELT's NumArticles).
    public var numArticles: Int
    /// The first report: the member event of the earliest date, then the lowest document id,
    /// sentence and event id. It gives the names, place and evidence of exports.
    public var representative: Event
    /// The URL of the first report's document, if it has one.
    public var url: String?
    /// When the first report's document was ingested (ISO 8601).
    public var ingestedAt: String?

    /// The CAMEO code shared by all its reports.
    public var cameo: CameoCode { representative.cameo }

    public init(
        id: Int64, date: EventDate?, windowStart: EventDate?, sourceCodes: [ActorCode], targetCodes: [ActorCode],
        numMentions: Int, numSources: Int, numArticles: Int, representative: Event, url: String?,
        ingestedAt: String?
    ) {
        self.id = id
        self.date = date
        self.windowStart = windowStart
        self.sourceCodes = sourceCodes
        self.targetCodes = targetCodes
        self.numMentions = numMentions
        self.numSources = numSources
        self.numArticles = numArticles
        self.representative = representative
        self.url = url
        self.ingestedAt = ingestedAt
    }
}

/// The events of one day with the same source codes, target codes and CAMEO code: Phoenix's
/// "one-a-day" filter keeps one of them. See ``EventStore/oneADayEvents(_:)``.
public struct OneADayEvent: Sendable, Hashable {
    /// The event kept: the one of the lowest document id, then sentence, then event id.
    public var representative: Event
    /// Every event of the group (the representative first), by document id, sentence and id.
    public var eventIDs: [String]
    /// The documents of the group, in the same order, without repeats.
    public var documentIDs: [String]
    /// Their URLs, without repeats (documents without one are left out).
    public var urls: [String]
    /// Their publications (document `source`), without repeats.
    public var sources: [String]
    /// How many mentions the group's events hold together.
    public var numMentions: Int

    public init(
        representative: Event, eventIDs: [String], documentIDs: [String], urls: [String], sources: [String],
        numMentions: Int
    ) {
        self.representative = representative
        self.eventIDs = eventIDs
        self.documentIDs = documentIDs
        self.urls = urls
        self.sources = sources
        self.numMentions = numMentions
    }
}
