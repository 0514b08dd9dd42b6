import ArgumentParser
import Foundation
import MarsadCoder
import MarsadCore

struct CodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "code",
        abstract: "Code documents into events, one per line.",
        discussion: """
            Exit status: 0 when every record was read, \(rejectedRecordsExitCode) when some were rejected \
            (each is reported on stderr with its file and line; the others are still coded), 1 on other errors.
            """)

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: jsonl or tsv.")
    var format: EventFormatter.Format = .jsonl

    @Option(name: .long, help: "Write to this file instead of stdout.")
    var out: String?

    func run() throws {
        let (docs, rejected) = input.readDocuments()
        let coder = try Coder()
        var lines: [String] = format == .tsv ? [EventFormatter.tsvHeader] : []
        for events in coder.codeAll(docs) {
            for e in events { lines.append(format == .tsv ? EventFormatter.tsvLine(e) : EventFormatter.jsonLine(e)) }
        }
        let text = lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
        if let out {
            try text.write(toFile: out, atomically: true, encoding: .utf8)
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
        if rejected > 0 { throw ExitCode(rejectedRecordsExitCode) }
    }
}

extension EventFormatter.Format: ExpressibleByArgument {}
