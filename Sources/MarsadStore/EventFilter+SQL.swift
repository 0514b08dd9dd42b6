import GRDB
import MarsadCore

/// How an ``EventFilter`` becomes SQL over the `events` table.
extension EventFilter {
    /// The `WHERE` clause (empty when the filter constrains nothing) and its arguments.
    /// Limit and offset are not part of it.
    func whereClause() throws -> (sql: String, arguments: StatementArguments) {
        var conditions: [String] = []
        var arguments: StatementArguments = []

        if let actor = actor?.trimmingWhitespace.uppercased(), !actor.isEmpty {
            // A prefix range keeps the event_actors(code) index usable.
            conditions.append("id IN (SELECT event_id FROM event_actors WHERE code >= ? AND code < ?)")
            arguments += [actor, EventFilter.prefixUpperBound(actor)]
        }
        if let raw = code {
            let code = raw.trimmingWhitespace
            guard (2...4).contains(code.count), code.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                throw MarsadError(.invalidArgument, "not a CAMEO code: '\(raw)' (expected 2 to 4 digits)")
            }
            if code.count == 2 {
                conditions.append("cameo_root = ?")
                arguments += [code]
            } else {
                conditions.append("cameo_code >= ? AND cameo_code < ?")
                arguments += [code, EventFilter.prefixUpperBound(code)]
            }
        }
        if let since {
            conditions.append("date >= ?")
            arguments += [since.description]
        }
        if let until {
            conditions.append("date <= ?")
            arguments += [until.description]
        }
        if let documentID {
            conditions.append("document_id = ?")
            arguments += [documentID]
        }
        let sql = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return (sql, arguments)
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
}

extension String {
    /// Without leading and trailing spaces and newlines (no Foundation needed).
    fileprivate var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
