import MarsadCore

/// What ``EventStore/aggregate(_:)`` counts, and how it groups.
///
/// ```swift
/// // Events per month between Syrian and Turkish actors (country level), by quad class.
/// let rows = try store.aggregate(AggregateQuery(
///     filter: EventFilter(source: "SYR", target: "TUR"), grouping: .dyad, period: .month,
///     countryLevel: true))
/// ```
public struct AggregateQuery: Sendable, Hashable, Codable {
    /// Count per directed source–target pair, or per actor (an event counts once for each distinct
    /// actor taking part as source, target or participant).
    public enum Grouping: String, Sendable, Hashable, Codable, CaseIterable { case dyad, actor }

    /// The time bucket: a day, an ISO week (starting on Monday), or a calendar month.
    public enum Period: String, Sendable, Hashable, Codable, CaseIterable { case day, week, month }

    /// What one unit of count is.
    public enum Unit: String, Sendable, Hashable, Codable, CaseIterable {
        /// A document's event: the same event reported by three documents counts three times.
        case reports
        /// A cross-document event (``MergedEvent``) with at least one report matching the filter,
        /// counted once at its date; its actors are those of its first report.
        case events
    }

    /// Which events take part; its `limit` and `offset` are ignored. Undated events never do.
    public var filter: EventFilter
    public var grouping: Grouping
    public var period: Period
    /// Split each group by CAMEO quad class.
    public var byQuadClass: Bool
    /// Group actors at country level (`SYRGOV`, `SYRMIL` -> `SYR`; non-state codes stay whole).
    public var countryLevel: Bool
    public var unit: Unit

    public init(
        filter: EventFilter = EventFilter(), grouping: Grouping = .dyad, period: Period = .day,
        byQuadClass: Bool = true, countryLevel: Bool = false, unit: Unit = .reports
    ) {
        self.filter = filter
        self.grouping = grouping
        self.period = period
        self.byQuadClass = byQuadClass
        self.countryLevel = countryLevel
        self.unit = unit
    }
}

/// One group of ``EventStore/aggregate(_:)``: a period, a dyad or an actor, maybe a quad class.
public struct AggregateRow: Sendable, Hashable, Codable {
    /// The first day of the period, `YYYY-MM-DD` (a Monday for weeks, the 1st for months).
    public var period: String
    /// The source (dyad grouping), else `nil`.
    public var source: String?
    /// The target (dyad grouping), else `nil`.
    public var target: String?
    /// The actor (actor grouping), else `nil`.
    public var actor: String?
    /// The quad class (1–4) when split by quad class, else `nil`.
    public var quadClass: Int?
    /// How many events.
    public var count: Int
    /// The sum of their Goldstein scores.
    public var goldsteinSum: Double

    public init(
        period: String, source: String? = nil, target: String? = nil, actor: String? = nil, quadClass: Int? = nil,
        count: Int, goldsteinSum: Double
    ) {
        self.period = period
        self.source = source
        self.target = target
        self.actor = actor
        self.quadClass = quadClass
        self.count = count
        self.goldsteinSum = goldsteinSum
    }
}
