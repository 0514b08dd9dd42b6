import GRDB
import MarsadCore

/// How an ``EventFilter`` becomes SQL over the `events` table.
extension EventFilter {
    /// The `WHERE` clause (empty when the filter constrains nothing) and its arguments.
    /// Limit and offset are not part of it. Column names are those of `events`, unqualified.
    func whereClause() throws -> (sql: String, arguments: StatementArguments) {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        func add(_ sql: String, _ values: [(any DatabaseValueConvertible)?]) {
            conditions.append(sql)
            arguments += StatementArguments(values)
        }
        // A prefix range keeps the event_actors indexes usable.
        let actorRange = "SELECT event_id FROM event_actors WHERE"
        if let actor = EventFilter.present(actor)?.uppercased() {
            add("id IN (\(actorRange) code >= ? AND code < ?)", [actor, EventFilter.prefixUpperBound(actor)])
        }
        for (role, value) in [("source", source), ("target", target)] {
            if let code = EventFilter.present(value)?.uppercased() {
                add(
                    "id IN (\(actorRange) role = '\(role)' AND code >= ? AND code < ?)",
                    [code, EventFilter.prefixUpperBound(code)])
            }
        }
        if let name = EventFilter.present(actorName) {
            add("id IN (\(actorRange) code IN (SELECT code FROM actor_names WHERE name = ?))", [name])
        }
        if let raw = code {
            let code = EventFilter.present(raw) ?? ""
            guard (2...4).contains(code.count), code.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                throw MarsadError(.invalidArgument, "not a CAMEO code: '\(raw)' (expected 2 to 4 digits)")
            }
            if code.count == 2 {
                add("cameo_root = ?", [code])
            } else {
                add("cameo_code >= ? AND cameo_code < ?", [code, EventFilter.prefixUpperBound(code)])
            }
        }
        if let since { add("date >= ?", [since.description]) }
        if let until { add("date <= ?", [until.description]) }
        if let documentID { add("document_id = ?", [documentID]) }
        if let plover { add("plover = ?", [plover.rawValue]) }
        if let quadClass { add("quad_class = ?", [quadClass.rawValue]) }
        if let country = EventFilter.present(country)?.uppercased() { add("place_country = ?", [country]) }
        if let place = EventFilter.present(place) {
            add("(place = ? COLLATE NOCASE OR instr(lower(place_text), lower(?)) > 0)", [place, place])
        }
        if let modality { add("modality = ?", [modality.rawValue]) }
        if let mergedID { add("merged_id = ?", [mergedID]) }
        if let words = EventFilter.present(text) {
            let (sql, values) = EventFilter.textCondition(words)
            add(sql, values)
        }
        let sql = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return (sql, arguments)
    }

    /// Events with a mention holding every word: words of three or more characters go through the
    /// trigram index (`mentions_fts`), shorter ones are looked for in the mention's text directly.
    private static func textCondition(_ text: String) -> (String, [(any DatabaseValueConvertible)?]) {
        let words = text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        let long = words.filter { $0.unicodeScalars.count >= 3 }
        let short = words.filter { $0.unicodeScalars.count < 3 }
        var conditions: [String] = []
        var values: [(any DatabaseValueConvertible)?] = []
        if !long.isEmpty {
            conditions.append("m.id IN (SELECT rowid FROM mentions_fts WHERE mentions_fts MATCH ?)")
            values.append(long.map { "\"" + $0.replacingAll("\"", with: "\"\"") + "\"" }.joined(separator: " AND "))
        }
        for word in short {
            conditions.append("instr(lower(m.sentence || ' ' || m.trigger), lower(?)) > 0")
            values.append(word)
        }
        return ("id IN (SELECT m.event_id FROM mentions m WHERE \(conditions.joined(separator: " AND ")))", values)
    }

    /// `LIMIT ? OFFSET ?` and its arguments (`-1` is SQLite's "no limit").
    func limitClause() throws -> (sql: String, arguments: StatementArguments) {
        if let limit, limit < 0 {
            throw MarsadError(.invalidArgument, "negative limit \(limit)")
        }
        if let offset, offset < 0 {
            throw MarsadError(.invalidArgument, "negative offset \(offset)")
        }
        return ("LIMIT ? OFFSET ?", [limit ?? -1, offset ?? 0])
    }

    /// The order of ``EventStore/events(_:)``: dated events by date, then undated ones;
    /// within a date by document and sentence; the event id breaks remaining ties.
    static let orderClause = "ORDER BY date IS NULL, date, document_id, sentence_index, id"

    /// A string above every string that starts with `prefix` and not below `prefix` (in SQLite's binary
    /// collation, i.e. UTF-8 byte order): `prefix` followed by the highest code point.
    static func prefixUpperBound(_ prefix: String) -> String { prefix + "\u{10FFFF}" }

    /// The value without surrounding spaces, or `nil` when it is `nil` or blank.
    static func present(_ value: String?) -> String? {
        guard let value else { return nil }
        let trimmed = value.trimmingWhitespace
        return trimmed.isEmpty ? nil : trimmed
    }
}

extension String {
    /// Without leading and trailing spaces and newlines (no Foundation needed).
    var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }

    /// Every occurrence of `target` replaced (no Foundation needed).
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}
