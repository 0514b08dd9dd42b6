import ArgumentParser
import Foundation
import MarsadCoder
import MarsadCore
import MarsadStore

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Code documents and store them with their events (a document already stored unchanged is skipped).",
        discussion: "Exit status: 0, or \(rejectedRecordsExitCode) when some records were rejected (the others are stored).")

    @OptionGroup var input: InputOptions

    @Option(help: "The SQLite database.")
    var db = "marsad.sqlite"

    func run() throws {
        let (docs, rejected) = input.readDocuments()
        let coder = try Coder()
        let store = try EventStore(path: db)
        let events = coder.codeAll(docs)
        let outcomes = try store.ingest(batch: Array(zip(docs, events)))
        var counts: [IngestOutcome: Int] = [:]
        for o in outcomes { counts[o, default: 0] += 1 }
        print(
            "documents: \(docs.count) read, \(counts[.inserted] ?? 0) new, \(counts[.replaced] ?? 0) replaced, "
                + "\(counts[.unchanged] ?? 0) unchanged, \(rejected) rejected; events coded: \(events.joined().count)")
        if rejected > 0 { throw ExitCode(rejectedRecordsExitCode) }
    }
}
