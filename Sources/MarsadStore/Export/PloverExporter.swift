import GRDB
import MarsadCore

/// PLOVER/POLECAT-style JSON lines: one object per document event, keys in a fixed order, `null`
/// for what is unknown. Field names are listed in docs/store.md.
enum PloverExporter {
    static func line(_ e: Event, row: Row) -> String {
        let first = e.mentions.first
        let mergedID: Int64? = row["merged_id"]
        let fields: [(String, JSONValue)] = [
            ("id", .string(e.id)),
            ("merged_id", mergedID.map(JSONValue.int) ?? .null),
            ("story_id", .string(e.documentID)),
            ("date", .text(e.date?.description)),
            ("event_type", .text(e.cameo.plover?.rawValue)),
            ("mode", .text(e.participants.count > 2 ? "multilateral" : e.cameo.ploverMode)),
            ("context", .array([])),
            ("modality", .string(e.modality.rawValue)),
            ("quad_code", .int(Int64(e.cameo.quadClass.rawValue))),
            ("cameo_code", .string(e.cameo.code)),
            ("cameo_name", .string(e.cameo.name)),
            ("goldstein", .double(e.cameo.goldstein)),
        ] + actorFields("actor", e.source) + actorFields("recipient", e.target) + [
            ("participants", .array(e.participants.map { .string($0.value) })),
            ("location", location(e.location)),
            ("event_text", .text(first?.sentence)),
            ("trigger", .text(first?.trigger)),
            ("rule", .text(first?.rule)),
            ("num_mentions", .int(Int64(e.mentions.count))),
            ("language", .string(e.language.rawValue)),
            ("publication", .text(row["doc_source"])),
            ("url", .text(row["url"])),
            ("headline", .text(row["title"])),
        ]
        return JSONValue.object(fields).rendered
    }

    /// `actor`, `actor_name`, `actor_country`, `actor_sector`, `actor_text` of the first actor, and
    /// `actors`, every distinct code.
    private static func actorFields(_ role: String, _ actors: [ActorMention]) -> [(String, JSONValue)] {
        let first = actors.first
        var seen = Set<ActorCode>()
        let codes = actors.map(\.code).filter { seen.insert($0).inserted }
        return [
            (role, .text(first?.code.value)),
            ("\(role)_name", .text(first?.name)),
            ("\(role)_country", .text(first?.code.country)),
            ("\(role)_sector", .text(first?.code.sector)),
            ("\(role)_text", .text(first?.text)),
            ("\(role)s", .array(codes.map { .string($0.value) })),
        ]
    }

    private static func location(_ place: Location?) -> JSONValue {
        guard let place else { return .null }
        return .object([
            ("placename", .string(place.name)),
            ("country", .text(place.country)),
            ("lat", .number(place.latitude)),
            ("lon", .number(place.longitude)),
            ("text", .string(place.text)),
        ])
    }
}
