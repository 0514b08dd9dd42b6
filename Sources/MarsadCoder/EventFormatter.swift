import Foundation
import MarsadCore

/// Writes events as JSON lines or as a CAMEO-style TSV table.
public enum EventFormatter {
    public enum Format: String, CaseIterable, Sendable { case jsonl, tsv }

    public static func jsonLine(_ e: Event) -> String {
        let enc = JSONEncoder()
        enc.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? enc.encode(EventRecord(e))) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    public static let tsvHeader = [
        "event_id", "doc_id", "sentence", "date", "source", "source_name", "target", "target_name", "cameo_code",
        "cameo_root", "cameo_name", "quad_class", "goldstein", "plover_type", "plover_mode", "modality", "location",
        "country", "lat", "lon", "mentions", "rule", "trigger", "language", "report",
    ].joined(separator: "\t")

    public static func tsvLine(_ e: Event) -> String {
        func clean(_ s: String) -> String {
            s.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ")
        }
        let r = EventRecord(e)
        let fields: [String] = [
            e.id, e.documentID, String(e.sentenceIndex), e.date?.description ?? "",
            e.sourceCodes.map(\.value).joined(separator: ";"), e.source.map(\.name).joined(separator: ";"),
            e.targetCodes.map(\.value).joined(separator: ";"), e.target.map(\.name).joined(separator: ";"),
            e.cameo.code, e.cameo.root, e.cameo.name, String(e.cameo.quadClass.rawValue), String(e.cameo.goldstein),
            r.plover_type ?? "", r.plover_mode ?? "", e.modality.rawValue, e.location?.name ?? "",
            e.location?.country ?? "", e.location?.latitude.map { String($0) } ?? "",
            e.location?.longitude.map { String($0) } ?? "", String(e.mentions.count), r.rule,
            e.mentions.first?.trigger ?? "", e.language.rawValue, e.mentions.first?.report ?? "",
        ]
        return fields.map(clean).joined(separator: "\t")
    }
}
