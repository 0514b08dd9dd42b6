import Foundation
import GRDB
import MarsadCore
import Testing

@testable import MarsadStore

/// Speed and size figures of the store, printed, never asserted (timings vary by machine).
/// Run with `MARSAD_STORE_BENCH=1 swift test -c release --filter StoreMeasurements`.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["MARSAD_STORE_BENCH"] != nil, "set MARSAD_STORE_BENCH=1"))
struct StoreMeasurements {
    static let actors = ["SYRGOV", "SYRMIL", "SYRREB", "TUR", "TURMIL", "RUS", "IRN", "IRQ", "ISR", "EGY", "IGOUNO", "USA", "JOR", "LBN", "SAU"]
    static let codes: [(String, Double, PloverType?)] = [
        ("010", 0, nil), ("036", 4, .consult), ("042", 1.9, .consult), ("051", 3.4, .support), ("111", -2, .accuse),
        ("112", -2, .accuse), ("138", -7, .threaten), ("173", -5, .coerce), ("190", -10, .assault), ("0233", 3.4, .request),
    ]

    /// `documents` synthetic reports of ~1,500 characters with `perDocument` events each, over a year.
    static func corpus(documents: Int, perDocument: Int) -> [(Document, [Event])] {
        var rng = SystemRandomNumberGenerator()
        let filler = String(repeating: "The talks went on for hours while officials met reporters. ", count: 25)
        return (0..<documents).map { d in
            let id = "bench-\(d)"
            let date = EventDate(dayNumber: EventDate(year: 2023, month: 1, day: 1)!.dayNumber + d % 365)
            let text = filler.prefix(1_500)
            let events = (0..<perDocument).map { e -> Event in
                let s = actors[Int.random(in: 0..<actors.count, using: &rng)]
                let t = actors[Int.random(in: 0..<actors.count, using: &rng)]
                let c = codes[Int.random(in: 0..<codes.count, using: &rng)]
                let span = TextSpan(e * 100, e * 100 + 90)
                let located = e % 3 == 0
                return Event(
                    id: "\(id)#\(e)", documentID: id, language: .english, date: date,
                    cameo: CameoCode(code: c.0, name: "code \(c.0)", goldstein: c.1, plover: c.2, ploverMode: nil),
                    source: [ActorMention(code: ActorCode(s), name: "name \(s)", text: "text \(s)", span: TextSpan(e * 100, e * 100 + 6))],
                    target: [ActorMention(code: ActorCode(t), name: "name \(t)", text: "text \(t)", span: TextSpan(e * 100 + 20, e * 100 + 26))],
                    location: located ? Location(name: "Aleppo", country: "SYR", latitude: 36.2, longitude: 37.13, text: "in Aleppo", span: span, reason: "bench") : nil,
                    mentions: [Evidence(sentenceIndex: e, sentence: String(text.prefix(120)), sentenceSpan: span, trigger: "met", triggerSpans: [TextSpan(e * 100 + 10, e * 100 + 13)], rule: "en.bench")])
            }
            return (Document(id: id, date: date, text: String(text), source: "wire-\(d % 20)", url: "https://news.example/\(d)", language: .english), events)
        }
    }

    static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    @Test func ingestSizeAndAggregateTimes() throws {
        try TestProcess.withTemporaryDirectory { dir in
            // MARSAD_STORE_BENCH_DB keeps the database for inspection (the file must not exist yet).
            let path = ProcessInfo.processInfo.environment["MARSAD_STORE_BENCH_DB"] ?? dir.appendingPathComponent("bench.sqlite").path
            let store = try EventStore(path: path)
            let documents = Int(ProcessInfo.processInfo.environment["MARSAD_STORE_BENCH_DOCUMENTS"] ?? "") ?? 20_000
            let corpus = StoreMeasurements.corpus(documents: documents, perDocument: 5)
            let events = corpus.reduce(0) { $0 + $1.1.count }
            let ingest = try StoreMeasurements.seconds { try store.ingest(corpus, batchSize: 500) }
            print(String(format: "ingest: %d documents, %d events in %.2f s = %.0f documents/s, %.0f events/s",
                corpus.count, events, ingest, Double(corpus.count) / ingest, Double(events) / ingest))
            if ProcessInfo.processInfo.environment["MARSAD_STORE_BENCH_INGEST_ONLY"] != nil { return }
            let rerun = try StoreMeasurements.seconds { try store.ingest(corpus, batchSize: 500) }
            print(String(format: "re-ingest (all unchanged): %.2f s = %.0f documents/s", rerun, Double(corpus.count) / rerun))
            _ = try store.writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
            let bytes = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0
            let tables = try store.writer.read { db in
                try Row.fetchAll(db, sql: "SELECT name, SUM(pgsize) AS bytes FROM dbstat GROUP BY name ORDER BY bytes DESC LIMIT 8")
                    .map { "\($0["name"] as String) \(($0["bytes"] as Int) / 1024) KiB" }
            }
            print(String(format: "database: %.1f MB, %.0f KB per 1000 events (documents of 1,500 characters included)",
                Double(bytes) / 1e6, Double(bytes) / 1024 / Double(events) * 1000))
            print("largest tables and indexes: \(tables.joined(separator: ", "))")
            let queries: [(String, AggregateQuery)] = [
                ("dyad/day/quad", AggregateQuery(grouping: .dyad, period: .day)),
                ("dyad/month country", AggregateQuery(grouping: .dyad, period: .month, countryLevel: true)),
                ("actor/week", AggregateQuery(grouping: .actor, period: .week)),
                ("dyad/month merged events", AggregateQuery(grouping: .dyad, period: .month, unit: .events)),
                ("SYR actor/month", AggregateQuery(filter: EventFilter(actor: "SYR"), grouping: .actor, period: .month)),
                ("words 'officials' dyad/month", AggregateQuery(filter: EventFilter(since: EventDate("2023-06-01"), until: EventDate("2023-06-30"), text: "officials"), grouping: .dyad, period: .month)),
            ]
            for (name, query) in queries {
                var rows = 0
                let times = try (0..<3).map { _ in try StoreMeasurements.seconds { rows = try store.aggregate(query).count } }
                print(String(format: "aggregate %@: %d rows, %.0f ms (best of 3)", name, rows, times.min()! * 1000))
            }
            let page = try StoreMeasurements.seconds { _ = try store.events(EventFilter(source: "TUR", target: "SYR", limit: 50, offset: 500)) }
            print(String(format: "query page of 50 (dyad TUR->SYR, offset 500): %.1f ms", page * 1000))
            var out = ""
            let gdelt = try StoreMeasurements.seconds { try store.export(.gdelt, to: &out) }
            print(String(format: "export gdelt: %d bytes in %.2f s", out.utf8.count, gdelt))
        }
    }
}
