import Foundation
import MarsadCore

/// An expected event of a gold file (the schema of `shared/gold`, also used by the project's
/// own gold files under `samples/gold/` and the test fixtures).
public struct GoldEvent: Codable, Sendable {
    public var id: String?
    public var required: Bool?
    public var source: [String]
    public var target: [String]?
    public var cameo: String?
    public var accept_roots: [String]?
    public var plover: String?
    public var target_any: Bool?
    public var sentence: String?
    public var participants: [String]?

    public var isRequired: Bool { required ?? true }

    /// The CAMEO roots this event accepts.
    public var roots: [String] { accept_roots ?? cameo.map { [String($0.prefix(2))] } ?? [] }
}

/// The expected events of one document.
public struct GoldDocument: Codable, Sendable {
    public var doc: String
    public var date: String?
    public var lang: String?
    public var events: [GoldEvent]

    /// Reads one JSON document, or JSON lines of documents.
    public static func load(_ data: Data) throws -> [GoldDocument] {
        let dec = JSONDecoder()
        if let one = try? dec.decode(GoldDocument.self, from: data) { return [one] }
        return try data.split(separator: 0x0A).filter { !$0.allSatisfy { $0 == 0x20 } }.map {
            try dec.decode(GoldDocument.self, from: Data($0))
        }
    }
}

/// Whether a coded event matches a gold event: the type agrees (CAMEO root accepted, or the
/// same PLOVER type), the source agrees at country level (`SYRREB` ~ `SYR`), and so does the
/// target unless the gold accepts any.
public enum GoldMatch {
    public static func matches(_ e: Event, _ g: GoldEvent) -> Bool { matches(ScoredEvent(e), g) }

    public static func matches(_ e: ScoredEvent, _ g: GoldEvent) -> Bool {
        typeAgrees(e, g) && sourceAgrees(e, g) && targetAgrees(e, g)
    }

    static func typeAgrees(_ e: ScoredEvent, _ g: GoldEvent) -> Bool {
        g.roots.contains(e.root) || (g.plover != nil && g.plover == e.plover)
    }

    static func sourceAgrees(_ e: ScoredEvent, _ g: GoldEvent) -> Bool { countries(e.source) == countries(g.source) }

    static func targetAgrees(_ e: ScoredEvent, _ g: GoldEvent) -> Bool {
        g.target_any == true || countries(e.target) == countries(g.target ?? [])
    }

    static func countries(_ codes: [String]) -> Set<String> { Set(codes.map { ActorCode($0).countryLevel }) }
}
