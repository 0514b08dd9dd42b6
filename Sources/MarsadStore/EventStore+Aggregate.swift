import GRDB
import MarsadCore

extension EventStore {
    /// Counts and Goldstein sums of the events matching `query.filter`, per period and dyad or actor
    /// (and quad class), sorted by period, then source, target or actor, then quad class.
    ///
    /// An event counts once per distinct dyad (every source with every target) or actor it has, at
    /// the level asked: `SYRGOV` and `SYRMIL` -> `TUR` is one `SYR` -> `TUR` event at country level.
    /// Events without a source or a target have no dyad.
    ///
    /// - Throws: `MarsadError(.invalidArgument)` for a malformed filter; `MarsadError(.store)`.
    public func aggregate(_ query: AggregateQuery) throws -> [AggregateRow] {
        var filter = query.filter
        filter.limit = nil
        filter.offset = nil
        let condition = try filter.whereClause()
        let units: String
        switch query.unit {
        case .reports:
            units = "SELECT id, id AS actors_of, date, quad_class, goldstein FROM events \(condition.sql)"
        case .events:
            let members = condition.sql.isEmpty ? "" : "WHERE id IN (SELECT merged_id FROM events \(condition.sql))"
            units = "SELECT id, representative_id AS actors_of, date, quad_class, goldstein FROM merged_events \(members)"
        }
        let period: String
        switch query.period {
        case .day: period = "u.date"
        case .week: period = "date(u.date, '-6 days', 'weekday 1')"
        case .month: period = "substr(u.date, 1, 7) || '-01'"
        }
        let code = { (a: String) in query.countryLevel ? "COALESCE(\(a).country, \(a).code)" : "\(a).code" }
        let quad = query.byQuadClass ? "u.quad_class" : "NULL"
        let groups: String
        switch query.grouping {
        case .dyad:
            // At code level the (event, source, target) rows are distinct already (one event_actors
            // row per event, role and code): skipping DISTINCT halves the time.
            groups = """
                SELECT \(query.countryLevel ? "DISTINCT" : "") u.id, \(period) AS period, \(code("s")) AS source, \(code("t")) AS target,
                    NULL AS actor, \(quad) AS quad, u.goldstein
                FROM units u
                JOIN event_actors s ON s.event_id = u.actors_of AND s.role = 'source'
                JOIN event_actors t ON t.event_id = u.actors_of AND t.role = 'target'
                """
        case .actor:
            groups = """
                SELECT DISTINCT u.id, \(period) AS period, NULL AS source, NULL AS target, \(code("a")) AS actor,
                    \(quad) AS quad, u.goldstein
                FROM units u JOIN event_actors a ON a.event_id = u.actors_of
                """
        }
        let sql = """
            WITH units AS (\(units))
            SELECT period, source, target, actor, quad, COUNT(*) AS n, SUM(goldstein) AS g
            FROM (\(groups) WHERE u.date IS NOT NULL)
            GROUP BY period, source, target, actor, quad
            ORDER BY period, source, target, actor, quad
            """
        return try read("cannot aggregate events") { db in
            try Row.fetchAll(db, sql: sql, arguments: condition.arguments).map { row in
                AggregateRow(
                    period: row["period"], source: row["source"], target: row["target"], actor: row["actor"],
                    quadClass: row["quad"], count: row["n"], goldsteinSum: row["g"])
            }
        }
    }
}
