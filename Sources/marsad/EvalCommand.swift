import ArgumentParser
import Foundation
import MarsadCoder
import MarsadCore

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score coded events against a gold file.",
        discussion: """
            Gold formats: a document-level gold (JSON or JSON lines with doc, events: the schema of \
            shared/gold and samples/gold; the texts come from --docs), a detection CSV (id, event_type, \
            label, text) or coded JSONL (text, events with plover, source, target) of the Arabic GSR. \
            Marsad codes the texts itself unless --system gives events already coded (marsad code output).
            """)

    @Option(help: "The gold file.")
    var gold: String

    @Option(parsing: .upToNextOption, help: "Documents (JSONL) to code for a document-level gold.")
    var docs: [String] = []

    @Option(help: "Events already coded (JSONL from `marsad code`) instead of coding now.")
    var system: String?

    @Option(help: "List up to N misses and N false alarms with their sentence and rule.")
    var errors = 0

    @Option(help: "Output format: table or json.")
    var format: ReportFormat = .table

    enum ReportFormat: String, ExpressibleByArgument { case table, json }

    func run() throws {
        guard let data = FileManager.default.contents(atPath: gold) else { throw ValidationError("cannot read \(gold)") }
        let coder = try Coder()
        let report: EvalReport
        if gold.hasSuffix(".csv") {
            let items = try GSRGold.detections(csv: String(decoding: data, as: UTF8.self))
            let docs = items.map { Document(id: $0.id, date: $0.date.flatMap(EventDate.init), text: $0.text, language: .arabic) }
            report = Scorer.detection(items, system: try events(coder, docs), goldName: gold, errors: errors)
        } else if let golds = try? GoldDocument.load(data), !golds.isEmpty {
            if docs.isEmpty && system == nil { throw ValidationError("a document-level gold needs --docs (or --system)") }
            let documents = docs.isEmpty ? [] : try InputOptions.parse(docs).readDocuments().documents
            let sys = try events(coder, documents).values.flatMap { $0 }
            report = Scorer.documents(golds, system: sys, goldName: gold, errors: errors)
        } else {
            let records = try GSRGold.coded(jsonl: data)
            let docs = records.map { Document(id: $0.id, date: $0.date.flatMap(EventDate.init), text: $0.text, language: .arabic) }
            report = Scorer.coded(records, system: try events(coder, docs), goldName: gold, errors: errors)
        }
        switch format {
        case .table: print(report.table(), terminator: "")
        case .json:
            let enc = JSONEncoder()
            enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try enc.encode(report), as: UTF8.self))
        }
    }

    /// Events by document id: coded now, or read from --system.
    func events(_ coder: Coder, _ docs: [Document]) throws -> [String: [ScoredEvent]] {
        var all: [ScoredEvent]
        if let system {
            guard let data = FileManager.default.contents(atPath: system) else { throw ValidationError("cannot read \(system)") }
            all = try data.split(separator: 0x0A).map { ScoredEvent(try JSONDecoder().decode(EventRecord.self, from: Data($0))) }
        } else {
            all = coder.codeAll(docs).flatMap { $0 }.map(ScoredEvent.init)
        }
        return Dictionary(grouping: all, by: \.documentID)
    }
}
