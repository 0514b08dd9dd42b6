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

    /// Writes an event row (with the full event as JSON), one `mentions` row per evidence, and one
    /// `event_actors` row per distinct code and role (named after its first mention).
    static func insertEvent(_ event: Event, encoder: JSONEncoder, in db: Database) throws {
        let json = String(decoding: try encoder.encode(event), as: UTF8.self)
        try db.cachedStatement(
            sql: """
                INSERT INTO events (id, document_id, sentence_index, date, cameo_code, cameo_root, quad_class,
                    goldstein, plover, source_codes, target_codes, language, json)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [
            event.id, event.documentID, event.sentenceIndex, event.date?.description, event.cameo.code,
            event.cameo.root, event.cameo.quadClass.rawValue, event.cameo.goldstein,
            event.cameo.plover?.rawValue,
            event.sourceCodes.map(\.value).joined(separator: codeSeparator),
            event.targetCodes.map(\.value).joined(separator: codeSeparator),
            event.language.rawValue, json,
        ])

        let mention = try db.cachedStatement(
            sql: """
                INSERT INTO mentions (event_id, document_id, sentence_index, trigger_start, trigger_end, rule, sentence)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """)
        for evidence in event.mentions {
            let trigger = evidence.triggerSpans.dropFirst().reduce(evidence.triggerSpans.first) {
                $0?.union($1)
            }
            try mention.execute(arguments: [
                event.id, event.documentID, evidence.sentenceIndex, trigger?.start, trigger?.end,
                evidence.rule,
                evidence.sentence,
            ])
        }

        let actor = try db.cachedStatement(
            sql: "INSERT INTO event_actors (event_id, role, code, country, name) VALUES (?, ?, ?, ?, ?)")
        for (role, mentions) in [("source", event.source), ("target", event.target)] {
            var seen = Set<ActorCode>()
            for m in mentions where seen.insert(m.code).inserted {
                try actor.execute(arguments: [event.id, role, m.code.value, m.code.country, m.name])
            }
        }
    }
}
