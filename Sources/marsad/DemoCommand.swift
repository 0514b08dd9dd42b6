import ArgumentParser
import Foundation
import MarsadCoder
import MarsadCore
import MarsadStore

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Code the bundled sample corpus into a fresh database and summarise it.")

    @Option(help: "The folder of sample JSONL files.")
    var samples = "samples"

    @Option(help: "The database to (re)create.")
    var db = "marsad-demo.sqlite"

    func run() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: samples).filter { $0.hasSuffix(".jsonl") }.sorted()
        guard !files.isEmpty else { throw ValidationError("no .jsonl files in \(samples)") }
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) }
        let started = Date()
        let input = try InputOptions.parse(files.map { "\(samples)/\($0)" })
        let (docs, rejected) = input.readDocuments()
        let coder = try Coder()
        let events = coder.codeAll(docs)
        let store = try EventStore(path: db)
        try store.ingest(batch: Array(zip(docs, events)))
        let summary = try store.summary()
        let seconds = Date().timeIntervalSince(started)

        print("Marsad demo: \(summary.documentCount) documents (\(rejected) rejected), \(summary.eventCount) events, in \(String(format: "%.2f", seconds)) s -> \(db)\n")
        print("Events per CAMEO root:")
        for r in summary.roots {
            print("  \(r.root)  \(String(r.count).padding(4))  \(coder.codebook[r.root]?.name.capitalized ?? "")")
        }
        print("\nTop dyads (source -> target):")
        for d in summary.topDyads { print("  \(d.source) -> \(d.target)  \(d.count)") }
        let founding = try store.events(EventFilter(documentID: "astana-11-final-statement"))
        print("\nThe founding document (astana-11-final-statement):")
        for e in founding {
            print("\n  \(e.cameo.code) \(e.cameo.name) [\(e.cameo.plover?.rawValue ?? "-")] \(e.date?.description ?? "")")
            print("    \(e.sourceCodes.map(\.value).joined(separator: ",")) -> \(e.targetCodes.map(\.value).joined(separator: ",").ifEmpty("(none)"))"
                + (e.location.map { "  at \($0.name), \($0.country ?? "")" } ?? ""))
            for m in e.mentions { print("    «\(m.trigger)»  rule \(m.rule), sentence \(m.sentenceIndex)") }
        }
        print("\nNext: marsad events --db \(db) --actor SYR   |   marsad code samples/news.jsonl --format tsv")
    }
}
