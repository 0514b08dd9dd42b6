import GRDB
import MarsadCore

/// RFC 4180 CSV, one row per document event, with a header: UTF-8 without a byte-order mark,
/// `\n` line ends, cells quoted only when needed, empty cells for unknown values, several actors
/// in one cell joined by `;`. pandas (`read_csv`), R (`read.csv`) and Python's `csv` read it with
/// their default options.
enum CSVExporter {
    static let columns = [
        "event_id", "merged_id", "doc_id", "date", "source", "source_name", "target", "target_name",
        "participants", "cameo_code", "cameo_root", "cameo_name", "quad_class", "goldstein", "plover_type",
        "plover_mode", "modality", "place", "country", "lat", "lon", "mentions", "rule", "trigger", "sentence",
        "language", "news_source", "url", "title",
    ]

    static let header = columns.joined(separator: ",") + "\n"

    static func line(_ e: Event, row: Row) -> String {
        let mergedID: Int64? = row["merged_id"]
        let first = e.mentions.first
        var seen = Set<ActorCode>()
        let sources = e.source.filter { seen.insert($0.code).inserted }
        seen.removeAll()
        let targets = e.target.filter { seen.insert($0.code).inserted }
        let fields: [String] = [
            e.id, mergedID.map { String($0) } ?? "", e.documentID, e.date?.description ?? "",
            sources.map(\.code.value).joined(separator: ";"), sources.map(\.name).joined(separator: ";"),
            targets.map(\.code.value).joined(separator: ";"), targets.map(\.name).joined(separator: ";"),
            e.participants.map(\.value).joined(separator: ";"),
            e.cameo.code, e.cameo.root, e.cameo.name, String(e.cameo.quadClass.rawValue),
            ExportText.number(e.cameo.goldstein), e.cameo.plover?.rawValue ?? "",
            (e.participants.count > 2 ? "multilateral" : e.cameo.ploverMode) ?? "", e.modality.rawValue,
            e.location?.name ?? "", e.location?.country ?? "", e.location?.latitude.map(ExportText.number) ?? "",
            e.location?.longitude.map(ExportText.number) ?? "", String(e.mentions.count), first?.rule ?? "",
            first?.trigger ?? "", first?.sentence ?? "", e.language.rawValue, row["doc_source"] ?? "",
            row["url"] ?? "", row["title"] ?? "",
        ]
        return fields.map(ExportText.csv).joined(separator: ",") + "\n"
    }
}
