import Foundation
import GRDB
import MarsadCore

/// How documents and events are laid out in rows (the write side of the schema).
extension EventStore {
    /// The encoder of the `events.json` column: sorted keys, so equal events give equal text.
    static func jsonEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// The separator of `events.source_codes` and `events.target_codes`.
    static let codeSeparator = ";"

    /// Inserts the document row, or overwrites every column of the row with the same id.
    static func upsertDocument(_ d: Document, hash: String, ingestedAt: String, in db: Database) throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO documents (id, content_hash, source, url, date, language, title, text, ingested_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET
                    content_hash = excluded.content_hash, source = excluded.source, url = excluded.url,
                    date = excluded.date, language = excluded.language, title = excluded.title,
                    text = excluded.text, ingested_at = excluded.ingested_at
                """
        ).execute(arguments: [
            d.id, hash, d.source, d.url, d.date?.description, d.language?.rawValue, d.title, d.text,
            ingestedAt,
        ])
    }

    /// Writes an event row (with the full event as JSON and the columns the filters use), one
    /// `mentions` row per evidence, one `event_actors` row per distinct code and role (named after its
    /// first mention), the actor's names in `actors` / `actor_names`, and links the event to its
    /// cross-document event (created when new).
    static func insertEvent(_ event: Event, context: inout WriteContext, in db: Database) throws {
        let json = String(decoding: try context.encoder.encode(event), as: UTF8.self)
        let sourceKey = MergeKey.actorKey(event.source.map(\.code))
        let targetKey = MergeKey.actorKey(event.target.map(\.code))
        let mergedID = try context.mergedID(
            sourceKey: sourceKey, targetKey: targetKey, cameo: event.cameo, date: event.date, eventID: event.id,
            in: db)
        let place = event.location
        try db.cachedStatement(
            sql: """
                INSERT INTO events (id, document_id, sentence_index, date, cameo_code, cameo_root, quad_class,
                    goldstein, plover, source_codes, target_codes, language, json, modality, source_key,
                    target_key, mention_count, place, place_text, place_country, lat, lon, merged_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [
            event.id, event.documentID, event.sentenceIndex, event.date?.description, event.cameo.code,
            event.cameo.root, event.cameo.quadClass.rawValue, event.cameo.goldstein,
            event.cameo.plover?.rawValue,
            event.sourceCodes.map(\.value).joined(separator: codeSeparator),
            event.targetCodes.map(\.value).joined(separator: codeSeparator),
            event.language.rawValue, json, event.modality.rawValue, sourceKey, targetKey, event.mentions.count,
            place?.name, place?.text, place?.country?.uppercased(), place?.latitude, place?.longitude, mergedID,
        ])
        try insertMentions(of: event, in: db)
        try insertActors(of: event, context: &context, in: db)
    }

    private static func insertMentions(of event: Event, in db: Database) throws {
        let mention = try db.cachedStatement(
            sql: """
                INSERT INTO mentions (event_id, document_id, ordinal, sentence_index, sentence_start, sentence_end,
                    trigger_start, trigger_end, trigger, rule, sentence)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        for (ordinal, evidence) in event.mentions.enumerated() {
            let trigger = evidence.triggerSpans.dropFirst().reduce(evidence.triggerSpans.first) {
                $0?.union($1)
            }
            try mention.execute(arguments: [
                event.id, event.documentID, ordinal, evidence.sentenceIndex, evidence.sentenceSpan.start,
                evidence.sentenceSpan.end, trigger?.start, trigger?.end, evidence.trigger, evidence.rule,
                evidence.sentence,
            ])
        }
    }

    private static func insertActors(of event: Event, context: inout WriteContext, in db: Database) throws {
        let link = try db.cachedStatement(
            sql: "INSERT INTO event_actors (event_id, role, code, country, name, text) VALUES (?, ?, ?, ?, ?, ?)")
        let actor = try db.cachedStatement(
            sql: "INSERT OR IGNORE INTO actors (code, country, sector, name) VALUES (?, ?, ?, ?)")
        let name = try db.cachedStatement(
            sql: "INSERT OR IGNORE INTO actor_names (code, name, language) VALUES (?, ?, ?)")
        let language = event.language.rawValue
        for (role, mentions) in [("source", event.source), ("target", event.target)] {
            var seen = Set<ActorCode>()
            for m in mentions {
                let code = m.code.value
                if seen.insert(m.code).inserted {
                    try link.execute(arguments: [event.id, role, code, m.code.country, m.name, m.text])
                    if context.knownActorRows.insert([code]).inserted {
                        try actor.execute(arguments: [code, m.code.country, m.code.sector, m.name])
                    }
                }
                for words in [m.name, m.text] where !words.isEmpty {
                    if context.knownActorRows.insert([code, words, language]).inserted {
                        try name.execute(arguments: [code, words, language])
                    }
                }
            }
        }
        let named = Dictionary((event.source + event.target).map { ($0.code, $0.name) }) { first, _ in first }
        var seenParticipants = Set<ActorCode>()
        for code in event.participants where seenParticipants.insert(code).inserted {
            let label = named[code] ?? code.value
            try link.execute(arguments: [event.id, "participant", code.value, code.country, label, nil])
            if context.knownActorRows.insert([code.value]).inserted {
                try actor.execute(arguments: [code.value, code.country, code.sector, label])
            }
        }
    }
}
