import ArgumentParser
import Foundation
import MarsadCoder
import MarsadCore
import MarsadStore

struct EventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events", abstract: "List stored events.")

    @Option(help: "The SQLite database.")
    var db = "marsad.sqlite"

    @Option(help: "Actor code or prefix, as source or target (SYR matches SYRGOV).")
    var actor: String?

    @Option(help: "CAMEO root (19) or code (190).")
    var code: String?

    @Option(help: "First date, YYYY-MM-DD.")
    var since: String?

    @Option(help: "Last date, YYYY-MM-DD.")
    var until: String?

    @Option(help: "At most this many events.")
    var limit: Int?

    @Option(help: "Output format: table or jsonl.")
    var format: ListFormat = .table

    enum ListFormat: String, ExpressibleByArgument { case table, jsonl }

    func run() throws {
        guard FileManager.default.fileExists(atPath: db) else {
            throw ValidationError("no database at \(db): run `marsad ingest` first")
        }
        let store = try EventStore(path: db)
        let filter = EventFilter(
            actor: actor, code: code, since: try date(since, "--since"), until: try date(until, "--until"), limit: limit)
        let events = try store.events(filter)
        switch format {
        case .jsonl: for e in events { print(EventFormatter.jsonLine(e)) }
        case .table: print(EventTable.render(events))
        }
    }

    func date(_ s: String?, _ name: String) throws -> EventDate? {
        guard let s else { return nil }
        guard let d = EventDate(s) else { throw ValidationError("\(name): not a date: \(s)") }
        return d
    }
}
