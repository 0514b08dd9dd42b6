import MarsadCore

/// The parts of an event that scoring looks at, from a coded `Event` or a line of `marsad code` output.
public struct ScoredEvent: Sendable {
    public var documentID: String
    public var code: String
    public var plover: String?
    public var source: [String]
    public var target: [String]
    public var sentences: [String]
    public var rule: String
    public var trigger: String
    /// `asserted`, `future`, `hypothetical` (negated events are not coded).
    public var modality: String

    public var root: String { String(code.prefix(2)) }

    public init(_ e: Event) {
        documentID = e.documentID
        code = e.cameo.code
        plover = e.cameo.plover?.rawValue
        source = e.sourceCodes.map(\.value)
        target = e.targetCodes.map(\.value)
        sentences = e.mentions.map(\.sentence)
        rule = e.mentions.first?.rule ?? ""
        trigger = e.mentions.first?.trigger ?? ""
        modality = e.modality.rawValue
    }

    public init(_ r: EventRecord) {
        documentID = r.doc_id
        code = r.cameo_code
        plover = r.plover_type
        source = r.source.map(\.code)
        target = r.target.map(\.code)
        sentences = r.mentions.map(\.sentence)
        rule = r.rule
        trigger = r.mentions.first?.trigger ?? ""
        modality = r.modality
    }

    var summary: String {
        "\(code) \(source.joined(separator: ",")) -> \(target.joined(separator: ",").isEmpty ? "-" : target.joined(separator: ",")) [\(rule)] «\(trigger)»"
    }
}
