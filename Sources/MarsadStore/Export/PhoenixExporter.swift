import MarsadCore

/// CAMEO TSV with the columns of the Phoenix data set, one row per one-a-day group (Phoenix's own
/// filter), with a header line. Column meanings are in docs/store.md.
enum PhoenixExporter {
    static let columns = [
        "aid", "date8", "year", "month", "day",
        "source", "sourceroot", "sourceagent", "sourceothers",
        "target", "targetroot", "targetagent", "targetothers",
        "code", "root_code", "quad_class", "goldstein", "joined_issues",
        "lat", "lon", "placename", "statename", "countryname",
        "ids", "urls", "news_sources",
    ]

    static let header = columns.joined(separator: "\t") + "\n"

    static func line(_ group: OneADayEvent) -> String {
        let e = group.representative
        let date = e.date
        let source = e.source.first.map { ActorParts($0.code) }
        let target = e.target.first.map { ActorParts($0.code) }
        let fields: [String] = [
            e.id, date.map { String($0.compact) } ?? "", date.map { String($0.year) } ?? "",
            date.map { String($0.month) } ?? "", date.map { String($0.day) } ?? "",
            source?.code ?? "", source?.root ?? "", source?.agent ?? "", source?.others ?? "",
            target?.code ?? "", target?.root ?? "", target?.agent ?? "", target?.others ?? "",
            e.cameo.code, e.cameo.root, String(e.cameo.quadClass.rawValue), ExportText.number(e.cameo.goldstein), "",
            e.location?.latitude.map(ExportText.number) ?? "", e.location?.longitude.map(ExportText.number) ?? "",
            e.location?.name ?? "", "", e.location?.country ?? "",
            group.eventIDs.joined(separator: ";"), group.urls.joined(separator: ";"),
            group.sources.joined(separator: ";"),
        ]
        return fields.map(ExportText.tsv).joined(separator: "\t") + "\n"
    }
}
