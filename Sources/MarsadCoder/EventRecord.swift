import MarsadCore

/// The output shape of one event (see docs/output-format.md).
public struct EventRecord: Codable, Sendable {
    public struct Actor: Codable, Sendable {
        var code: String
        var name: String
        var text: String
        var start: Int
        var end: Int
    }

    public struct Mention: Codable, Sendable {
        var sentence_index: Int
        var sentence: String
        var sentence_start: Int
        var sentence_end: Int
        var trigger: String
        var trigger_spans: [[Int]]
        var rule: String
    }

    public struct Place: Codable, Sendable {
        var name: String
        var country: String?
        var lat: Double?
        var lon: Double?
        var text: String
        var start: Int
        var end: Int
        var reason: String
    }

    var event_id: String
    var doc_id: String
    var sentence_index: Int
    var date: String?
    var cameo_code: String
    var cameo_name: String
    var cameo_root: String
    var quad_class: Int
    var goldstein: Double
    var plover_type: String?
    var plover_mode: String?
    var modality: String
    var source: [Actor]
    var target: [Actor]
    var participants: [String]
    var location: Place?
    var mentions: [Mention]
    var rule: String
    var language: String

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
                trigger_spans: $0.triggerSpans.map { [$0.start, $0.end] }, rule: $0.rule)
        }
        rule = e.mentions.first?.rule ?? ""
        language = e.language.rawValue
    }
}
