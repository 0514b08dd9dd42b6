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

    @Option(help: "Documents coded and committed per transaction (a killed ingest keeps every committed batch).")
    var batchSize = EventStore.defaultBatchSize

    @Option(help: "Days within which reports of the same source, target and code merge into one event.")
    var mergeWindow: Int?

    func run() throws {
        guard batchSize >= 1 else { throw ValidationError("--batch-size must be 1 or more") }
        let (docs, rejected) = input.readDocuments()
        let coder = try Coder()
        let store = try EventStore(path: db)
        if let mergeWindow { try store.setMergeWindow(days: mergeWindow) }
        // Documents already stored with the same content are not coded again.
        let stored = try store.unchangedDocumentIDs(among: docs)
        let size = batchSize
        let pairs = stride(from: 0, to: docs.count, by: size).lazy.flatMap { start -> [(Document, [Event])] in
            let chunk = Array(docs[start..<min(start + size, docs.count)])
            let todo = chunk.indices.filter { !stored.contains(chunk[$0].id) }
            var events = [[Event]](repeating: [], count: chunk.count)
            for (i, coded) in zip(todo, coder.codeAll(todo.map { chunk[$0] })) { events[i] = coded }
            return Array(zip(chunk, events))
        }
        let report = try store.ingest(pairs, batchSize: size)
        for r in report.rejections { Output.error("\(r)") }
        let bad = rejected + report.rejections.count
        print(
            "documents: \(docs.count) read, \(report.inserted) new, \(report.replaced) replaced, "
                + "\(report.unchanged) unchanged, \(bad) rejected; events stored: \(report.events)")
        if bad > 0 { throw ExitCode(rejectedRecordsExitCode) }
    }
}
