import ArgumentParser
import Foundation
import MarsadCoder
import MarsadCore

/// Input files shared by `code` and `ingest`.
struct InputOptions: ParsableArguments {
    @Argument(help: "JSONL files (id, date, text; optional source, url, lang, title), plain text files, or - for stdin.")
    var files: [String] = ["-"]

    /// Reads every input; prints each rejected record to stderr with its file and line.
    func readDocuments() -> (documents: [Document], rejected: Int) {
        let reader = DocumentReader()
        var docs: [Document] = []
        var rejected = 0
        for f in files {
            let data: Data
            if f == "-" {
                data = FileHandle.standardInput.readDataToEndOfFile()
            } else if let d = FileManager.default.contents(atPath: f) {
                data = d
            } else {
                Output.error("\(f): unreadable-file: cannot open")
                rejected += 1
                continue
            }
            let r = reader.read(data: data, name: f == "-" ? "stdin" : f)
            docs += r.documents
            for x in r.rejections { Output.error("\(x)") }
            rejected += r.rejections.count
        }
        return (docs, rejected)
    }
}

/// Exit status when some records were rejected (the rest were processed).
let rejectedRecordsExitCode: Int32 = 3

enum Output {
    static func error(_ s: String) {
        FileHandle.standardError.write(Data("marsad: \(s)\n".utf8))
    }
}
