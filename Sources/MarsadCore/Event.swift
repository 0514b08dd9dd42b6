/// Where an event happened, and why Marsad thinks so.
public struct Location: Hashable, Sendable, Codable {
    public var name: String
    public var country: String?
    public var latitude: Double?
    public var longitude: Double?
    public var text: String
    public var span: TextSpan
    /// The rule that linked the place to the event, e.g. `"في + place in the event's clause"`.
    public var reason: String
    /// A town or a point with coordinates, not a whole country.
    public var isPoint: Bool { latitude != nil && longitude != nil }

    public init(
        name: String, country: String?, latitude: Double?, longitude: Double?, text: String,
        span: TextSpan, reason: String
    ) {
        self.name = name
        self.country = country
        self.latitude = latitude
        self.longitude = longitude
        self.text = text
        self.span = span
        self.reason = reason
    }
}

/// The words that carry one mention of an event.
public struct Evidence: Hashable, Sendable, Codable {
    public var sentenceIndex: Int
    public var sentence: String
    public var sentenceSpan: TextSpan
    public var trigger: String
    public var triggerSpans: [TextSpan]
    /// The id of the dictionary rule that fired.
    public var rule: String
    /// Why a use of force or a protest was taken as news: its anchors and doubts
    /// (`count+means+day-long`); nil for other events.
    public var report: String?

    public init(
        sentenceIndex: Int, sentence: String, sentenceSpan: TextSpan, trigger: String,
        triggerSpans: [TextSpan], rule: String, report: String? = nil
    ) {
        self.sentenceIndex = sentenceIndex
        self.sentence = sentence
        self.sentenceSpan = sentenceSpan
        self.trigger = trigger
        self.triggerSpans = triggerSpans
        self.rule = rule
        self.report = report
    }
}

/// How an event is asserted (PLOVER's modes beyond the type-specific ones).
public enum EventModality: String, Sendable, Codable, Hashable {
    case asserted, negated, future, hypothetical
}

/// A coded event: who did what to whom, when and where, with the words that say so.
public struct Event: Hashable, Sendable, Codable {
    public var id: String
    public var documentID: String
    public var language: Language
    public var date: EventDate?
    public var cameo: CameoCode
    public var source: [ActorMention]
    public var target: [ActorMention]
    /// Every party of a multilateral event (PLOVER's actor list), when it differs from source + target.
    public var participants: [ActorCode]
    public var modality: EventModality
    public var location: Location?
    /// One entry per mention in the document (first mention first).
    public var mentions: [Evidence]

    public init(
        id: String, documentID: String, language: Language, date: EventDate?, cameo: CameoCode,
        source: [ActorMention], target: [ActorMention], participants: [ActorCode] = [],
        modality: EventModality = .asserted, location: Location? = nil, mentions: [Evidence]
    ) {
        self.id = id
        self.documentID = documentID
        self.language = language
        self.date = date
        self.cameo = cameo
        self.source = source
        self.target = target
        self.participants = participants
        self.modality = modality
        self.location = location
        self.mentions = mentions
    }

    /// Distinct source codes in order of first appearance.
    public var sourceCodes: [ActorCode] { Event.distinct(source.map(\.code)) }
    public var targetCodes: [ActorCode] { Event.distinct(target.map(\.code)) }

    public var sentenceIndex: Int { mentions.first?.sentenceIndex ?? 0 }

    static func distinct(_ codes: [ActorCode]) -> [ActorCode] {
        var seen = Set<ActorCode>()
        return codes.filter { seen.insert($0).inserted }
    }
}
