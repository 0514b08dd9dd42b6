import GRDB
import MarsadCore

/// The formats of ``EventStore/export(_:filter:to:)`` (`marsad export --format ...`); see docs/store.md.
public enum ExportFormat: String, Sendable, Hashable, CaseIterable, Codable {
    /// PLOVER/POLECAT-style JSON lines, one per document event.
    case plover
    /// CAMEO TSV with Phoenix's columns and a header, one row per one-a-day group.
    case phoenix
    /// GDELT 2.0's event table: 61 tab-separated columns, no header, one row per merged event.
    case gdelt
    /// RFC 4180 CSV with a header, one row per document event (pandas, R and Python's csv read it as is).
    case csv
    /// A GEXF 1.3 directed actor network for Gephi: actors as nodes, source -> target as edges.
    case gexf
    /// A GeoJSON FeatureCollection of the document events that have coordinates.
    case geojson

    /// The usual file extension.
    public var fileExtension: String {
        switch self {
        case .plover: "jsonl"
        case .phoenix: "tsv"
        case .gdelt: "export.CSV"
        case .csv: "csv"
        case .gexf: "gexf"
        case .geojson: "geojson"
        }
    }
}

extension EventStore {
    /// Writes the events matching `filter` in `format` to `output`, streaming from one consistent
    /// snapshot (memory stays small whatever the store's size, except for GEXF, which holds the
    /// network). `limit` and `offset` page through the format's rows: document events, one-a-day
    /// groups (Phoenix) or merged events (GDELT).
    ///
    /// - Throws: `MarsadError(.invalidArgument)` for a malformed filter; `MarsadError(.store)`.
    public func export(
        _ format: ExportFormat, filter: EventFilter = EventFilter(), to output: inout some TextOutputStream
    ) throws {
        try read("cannot export events as \(format.rawValue)") { db in
            switch format {
            case .plover:
                try forEachEvent(filter, in: db) { row, event in
                    output.write(PloverExporter.line(event, row: row))
                    output.write("\n")
                }
            case .phoenix:
                output.write(PhoenixExporter.header)
                try forEachOneADayEvent(filter, in: db) { output.write(PhoenixExporter.line($0)) }
            case .gdelt:
                try forEachMergedEvent(filter, in: db) { output.write(GDELTExporter.line($0)) }
            case .csv:
                output.write(CSVExporter.header)
                try forEachEvent(filter, in: db) { row, event in output.write(CSVExporter.line(event, row: row)) }
            case .gexf:
                var network = GEXFExporter.Network()
                try forEachEvent(filter, in: db) { row, event in network.add(event, mergedID: row["merged_id"]) }
                network.write(to: &output)
            case .geojson:
                output.write(GeoJSONExporter.header)
                var first = true
                try forEachEvent(filter, in: db) { row, event in
                    guard let feature = GeoJSONExporter.feature(event, row: row) else { return }
                    output.write(first ? "\n" : ",\n")
                    output.write(feature)
                    first = false
                }
                output.write(GeoJSONExporter.footer)
            }
        }
    }

    /// ``export(_:filter:to:)`` into a string (for small stores and tests).
    public func exportString(_ format: ExportFormat, filter: EventFilter = EventFilter()) throws -> String {
        var text = ""
        try export(format, filter: filter, to: &text)
        return text
    }
}
