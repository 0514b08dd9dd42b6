import MarsadCore

/// The output shape of one event (see docs/output-format.md).
public struct EventRecord: Codable, Sendable {
    // Field names are the JSON keys of docs/output-format.md.
    public struct Actor: Codable, Sendable {
        public var code: String
        public var name: String
        public var text: String
        public var start: Int
        public var end: Int
    }

    public struct Mention: Codable, Sendable {
        public var sentence_index: Int
        public var sentence: String
        public var sentence_start: Int
        public var sentence_end: Int
        public var trigger: String
        public var trigger_spans: [[Int]]
        public var rule: String
        /// Anchors and doubts that made a use of force or a protest news (`count+means+day`).
        public var report: String?
    }

    public struct Place: Codable, Sendable {
        public var name: String
        public var country: String?
        public var lat: Double?
        public var lon: Double?
        public var text: String
        public var start: Int
        public var end: Int
        public var reason: String
    }

    public var event_id: String
    public var doc_id: String
    public var sentence_index: Int
    public var date: String?
    public var cameo_code: String
    public var cameo_name: String
    public var cameo_root: String
    public var quad_class: Int
    public var goldstein: Double
    public var plover_type: String?
    public var plover_mode: String?
    public var modality: String
    public var source: [Actor]
    public var target: [Actor]
    public var participants: [String]
    public var location: Place?
    public var mentions: [Mention]
    public var rule: String
    public var language: String

    public init(_ e: Event) {
        func actor(_ m: ActorMention) -> Actor {
            Actor(code: m.code.value, name: m.name, text: m.text, start: m.span.start, end: m.span.end)
        }
        event_id = e.id
        doc_id = e.documentID
        sentence_index = e.sentenceIndex
        date = e.date?.description
        cameo_code = e.cameo.code
        cameo_name = e.cameo.name
        cameo_root = e.cameo.root
        quad_class = e.cameo.quadClass.rawValue
        goldstein = e.cameo.goldstein
        plover_type = e.cameo.plover?.rawValue
        plover_mode = e.participants.count > 2 ? "multilateral" : e.cameo.ploverMode
        modality = e.modality.rawValue
        source = e.source.map(actor)
        target = e.target.map(actor)
        participants = e.participants.map(\.value)
        location = e.location.map {
            Place(name: $0.name, country: $0.country, lat: $0.latitude, lon: $0.longitude, text: $0.text,
                  start: $0.span.start, end: $0.span.end, reason: $0.reason)
        }
        mentions = e.mentions.map {
            Mention(
                sentence_index: $0.sentenceIndex, sentence: $0.sentence, sentence_start: $0.sentenceSpan.start,
                sentence_end: $0.sentenceSpan.end, trigger: $0.trigger,
                trigger_spans: $0.triggerSpans.map { [$0.start, $0.end] }, rule: $0.rule, report: $0.report)
        }
        rule = e.mentions.first?.rule ?? ""
        language = e.language.rawValue
    }
}
