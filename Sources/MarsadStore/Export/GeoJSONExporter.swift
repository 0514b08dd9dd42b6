import GRDB
import MarsadCore

/// A GeoJSON (RFC 7946) FeatureCollection: one Point feature per document event whose place has
/// coordinates, `[longitude, latitude]`, with the event's main fields as properties.
enum GeoJSONExporter {
    static let header = "{\"type\":\"FeatureCollection\",\"features\":["
    static let footer = "\n]}\n"

    /// The feature of an event, or `nil` when it has no coordinates.
    static func feature(_ e: Event, row: Row) -> String? {
        guard let place = e.location, let lat = place.latitude, let lon = place.longitude else { return nil }
        let mergedID: Int64? = row["merged_id"]
        let properties: [(String, JSONValue)] = [
            ("event_id", .string(e.id)),
            ("merged_id", mergedID.map(JSONValue.int) ?? .null),
            ("doc_id", .string(e.documentID)),
            ("date", .text(e.date?.description)),
            ("source", .string(e.sourceCodes.map(\.value).joined(separator: ";"))),
            ("target", .string(e.targetCodes.map(\.value).joined(separator: ";"))),
            ("cameo_code", .string(e.cameo.code)),
            ("cameo_name", .string(e.cameo.name)),
            ("quad_class", .int(Int64(e.cameo.quadClass.rawValue))),
            ("goldstein", .double(e.cameo.goldstein)),
            ("plover_type", .text(e.cameo.plover?.rawValue)),
            ("place", .string(place.name)),
            ("country", .text(place.country)),
            ("trigger", .text(e.mentions.first?.trigger)),
            ("url", .text(row["url"])),
        ]
        return JSONValue.object([
            ("type", .string("Feature")),
            ("geometry", .object([("type", .string("Point")), ("coordinates", .array([.double(lon), .double(lat)]))])),
            ("properties", .object(properties)),
        ]).rendered
    }
}
