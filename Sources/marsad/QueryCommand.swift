import ArgumentParser
import Foundation
import MarsadCoder
import MarsadCore
import MarsadStore

/// The filter options shared by `query`, `aggregate` and `export`.
struct FilterOptions: ParsableArguments {
    @Option(help: "Actor code or prefix, in any role (SYR matches SYRGOV).") var actor: String?
    @Option(help: "Source code or prefix (with --target: a directed dyad).") var source: String?
    @Option(help: "Target code or prefix.") var target: String?
    @Option(help: "Actor name or the words naming it, in Arabic or English (\"Turkey\", \"تركيا\").") var name: String?
    @Option(help: "CAMEO root (19) or code (190).") var code: String?
    @Option(help: "PLOVER type (ASSAULT, CONSULT, ...).") var plover: String?
    @Option(help: "Quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.")
    var quad: Int?
    @Option(help: "First date, YYYY-MM-DD.") var since: String?
    @Option(help: "Last date, YYYY-MM-DD.") var until: String?
    @Option(help: "Country of the event's place (ISO alpha-3).") var country: String?
    @Option(help: "Name or words of the event's place (\"Aleppo\", \"حلب\").") var place: String?
    @Option(help: "Words that must all appear in a mention's sentence.") var text: String?
    @Option(help: "asserted, future or hypothetical.") var modality: String?
    @Option(name: .customLong("doc"), help: "Only this document's events.") var documentID: String?
    @Option(name: .customLong("merged"), help: "Only the reports of this merged event.") var mergedID: Int64?
    @Option(help: "At most this many rows.") var limit: Int?
    @Option(help: "Skip this many rows first.") var offset: Int?

    func filter() throws -> EventFilter {
        func date(_ s: String?, _ option: String) throws -> EventDate? {
            guard let s else { return nil }
            guard let d = EventDate(s) else { throw ValidationError("\(option): not a date: \(s)") }
            return d
        }
        var ploverType: PloverType?
        if let plover {
            guard let t = PloverType(rawValue: plover.uppercased()) else { throw ValidationError("--plover: unknown type \(plover)") }
            ploverType = t
        }
        var quadClass: QuadClass?
        if let quad {
            guard let q = QuadClass(rawValue: quad) else { throw ValidationError("--quad: expected 1 to 4") }
            quadClass = q
        }
        var mode: EventModality?
        if let modality {
            guard let m = EventModality(rawValue: modality.lowercased()) else { throw ValidationError("--modality: unknown \(modality)") }
            mode = m
        }
        return EventFilter(
            actor: actor, code: code, since: try date(since, "--since"), until: try date(until, "--until"),
            documentID: documentID, source: source, target: target, actorName: name, plover: ploverType,
            quadClass: quadClass, country: country, place: place, text: text, modality: mode, mergedID: mergedID,
            limit: limit, offset: offset)
    }

    /// Opens an existing database (a query never creates one).
    static func openStore(_ path: String) throws -> EventStore {
        guard FileManager.default.fileExists(atPath: path) else {
            throw ValidationError("no database at \(path): run `marsad ingest` first")
        }
        return try EventStore(path: path)
    }
}

struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Query stored events: reports, events merged across documents, or Phoenix's one-a-day view.")

    enum View: String, ExpressibleByArgument, CaseIterable { case reports, merged, oneADay = "one-a-day" }
    enum Format: String, ExpressibleByArgument, CaseIterable { case table, jsonl }

    @Option(help: "The SQLite database.") var db = "marsad.sqlite"
    @OptionGroup var filters: FilterOptions
    @Option(help: "reports (one per document event), merged (one per event, with counts) or one-a-day.")
    var view: View = .reports
    @Option(help: "Output format: table or jsonl.") var format: Format = .table
    @Flag(help: "Print only how many rows match.") var count = false

    func run() throws {
        let store = try FilterOptions.openStore(db)
        let filter = try filters.filter()
        switch view {
        case .reports:
            if count { return print(try store.eventCount(filter)) }
            let events = try store.events(filter)
            if format == .jsonl { events.forEach { print(EventFormatter.jsonLine($0)) } } else { print(EventTable.render(events)) }
        case .merged:
            if count { return print(try store.mergedEventCount(filter)) }
            for m in try store.mergedEvents(filter) {
                let head = "\(m.id)\t\(m.date?.description ?? "-")\t\(m.numMentions) mentions\t\(m.numSources) sources\t\(m.numArticles) articles"
                print(format == .jsonl ? "{\"merged_id\":\(m.id),\"num_mentions\":\(m.numMentions),\"num_sources\":\(m.numSources),\"num_articles\":\(m.numArticles),\"event\":\(EventFormatter.jsonLine(m.representative))}" : head + "\t" + line(m.representative))
            }
        case .oneADay:
            let groups = try store.oneADayEvents(filter)
            if count { return print(groups.count) }
            for g in groups {
                print(format == .jsonl ? "{\"event_ids\":[\(g.eventIDs.map { "\"\($0)\"" }.joined(separator: ","))],\"event\":\(EventFormatter.jsonLine(g.representative))}" : "\(g.eventIDs.count) reports\t" + line(g.representative))
            }
        }
    }

    private func line(_ e: Event) -> String {
        "\(e.date?.description ?? "-")\t\(e.sourceCodes.map(\.value).joined(separator: ","))\t\(e.cameo.code)\t\(e.targetCodes.map(\.value).joined(separator: ","))\t\(e.mentions.first?.trigger ?? "")"
    }
}

struct AggregateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "aggregate", abstract: "Count events and sum Goldstein scores per period and dyad or actor, as TSV.")

    @Option(help: "The SQLite database.") var db = "marsad.sqlite"
    @OptionGroup var filters: FilterOptions
    @Option(help: "dyad or actor.") var by: AggregateQuery.Grouping = .dyad
    @Option(help: "day, week or month.") var period: AggregateQuery.Period = .month
    @Option(help: "reports (every document's event) or events (merged across documents).") var unit: AggregateQuery.Unit = .events
    @Flag(help: "Fold actors to their country (SYRGOV -> SYR).") var countryLevel = false
    @Flag(help: "Do not split by quad class.") var noQuad = false

    func run() throws {
        let store = try FilterOptions.openStore(db)
        let rows = try store.aggregate(
            AggregateQuery(filter: try filters.filter(), grouping: by, period: period, byQuadClass: !noQuad,
                countryLevel: countryLevel, unit: unit))
        let header = (by == .dyad ? ["period", "source", "target"] : ["period", "actor"]) + ["quad_class", "count", "goldstein_sum"]
        print(header.joined(separator: "\t"))
        for r in rows {
            let who = by == .dyad ? [r.source ?? "", r.target ?? ""] : [r.actor ?? ""]
            print(([r.period] + who + [r.quadClass.map { String($0) } ?? "", String(r.count), String(r.goldsteinSum)]).joined(separator: "\t"))
        }
    }
}

extension AggregateQuery.Grouping: ExpressibleByArgument {}
extension AggregateQuery.Period: ExpressibleByArgument {}
extension AggregateQuery.Unit: ExpressibleByArgument {}
