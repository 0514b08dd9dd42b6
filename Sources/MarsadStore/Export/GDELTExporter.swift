import MarsadCore

/// GDELT 2.0's event table: the 61 columns of the GDELT codebook, in its order, tab-separated
/// without a header (as GDELT's `.export.CSV` files), one row per merged event. Columns Marsad does
/// not compute are empty; docs/store.md lists them.
enum GDELTExporter {
    /// The 61 column names, in order.
    static let columns: [String] = {
        var names = ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
        for actor in ["Actor1", "Actor2"] {
            names += [
                "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
                "Type1Code", "Type2Code", "Type3Code",
            ].map { actor + $0 }
        }
        names += [
            "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
            "NumMentions", "NumSources", "NumArticles", "AvgTone",
        ]
        for geo in ["Actor1Geo_", "Actor2Geo_", "ActionGeo_"] {
            names += ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"].map {
                geo + $0
            }
        }
        return names + ["DATEADDED", "SOURCEURL"]
    }()

    static func line(_ m: MergedEvent) -> String {
        let e = m.representative
        let date = m.date
        var fields: [String] = [String(m.id)]
        fields += [
            date.map { String($0.compact) } ?? "", date.map { String($0.year * 100 + $0.month) } ?? "",
            date.map { String($0.year) } ?? "", date.map(fractionDate) ?? "",
        ]
        fields += actor(e.source.first)
        fields += actor(e.target.first)
        let code = e.cameo.code
        fields += [
            e.sentenceIndex == 0 ? "1" : "0", code, String(code.prefix(3)), e.cameo.root,
            String(e.cameo.quadClass.rawValue), ExportText.number(e.cameo.goldstein),
            String(m.numMentions), String(m.numSources), String(m.numArticles), "",
        ]
        fields += Array(repeating: "", count: 16)  // Actor1Geo_* and Actor2Geo_*: not computed.
        fields += [
            "", e.location?.name ?? "", "", "", "", e.location?.latitude.map(ExportText.number) ?? "",
            e.location?.longitude.map(ExportText.number) ?? "", "",
        ]
        fields += [dateAdded(m.ingestedAt), m.url ?? ""]
        return fields.map(ExportText.tsv).joined(separator: "\t") + "\n"
    }

    /// Code, Name, CountryCode, KnownGroupCode, Ethnic, Religion1, Religion2, Type1–3.
    private static func actor(_ mention: ActorMention?) -> [String] {
        guard let mention else { return Array(repeating: "", count: 10) }
        let parts = ActorParts(mention.code)
        return [parts.code, mention.name, parts.country, parts.knownGroup, "", "", ""] + parts.types
    }

    /// `YYYY.FFFF` with FFFF = ((month - 1) * 30 + day) / 365, the values GDELT publishes (its
    /// codebook's `month * 30` would pass 1 in December).
    static func fractionDate(_ date: EventDate) -> String {
        let fraction = Int((Double((date.month - 1) * 30 + date.day) / 365 * 10_000).rounded())
        let digits = String(min(fraction, 9_999))
        return "\(date.year)." + String(repeating: "0", count: 4 - digits.count) + digits
    }

    /// `YYYYMMDDHHMMSS` (UTC) from an ISO 8601 timestamp, empty when there is none.
    static func dateAdded(_ iso: String?) -> String {
        guard let iso else { return "" }
        let digits = iso.prefix(19).filter { $0.isASCII && $0.isNumber }
        return digits.count == 14 ? String(digits) : ""
    }
}
