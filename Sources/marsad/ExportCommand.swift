import ArgumentParser
import Foundation
import MarsadCore
import MarsadStore

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export stored events: PLOVER JSONL, Phoenix TSV, GDELT 2.0 events, CSV, GEXF network, GeoJSON.",
        discussion: "Formats and columns are described in docs/store.md. The filter options select the events.")

    @Option(help: "The SQLite database.") var db = "marsad.sqlite"
    @Option(help: "plover, phoenix, gdelt, csv, gexf or geojson.") var format: ExportFormat
    @Option(name: .long, help: "Write to this file instead of stdout.") var out: String?
    @OptionGroup var filters: FilterOptions

    func run() throws {
        let store = try FilterOptions.openStore(db)
        let handle: FileHandle
        if let out {
            guard FileManager.default.createFile(atPath: out, contents: nil), let h = FileHandle(forWritingAtPath: out) else {
                throw ValidationError("cannot write \(out)")
            }
            handle = h
        } else {
            handle = FileHandle.standardOutput
        }
        var stream = BufferedOutput(handle: handle)
        try store.export(format, filter: try filters.filter(), to: &stream)
        stream.flush()
        if out != nil { try handle.close() }
    }
}

extension ExportFormat: ExpressibleByArgument {}

/// A text stream that writes to a file handle in 64 KiB chunks.
struct BufferedOutput: TextOutputStream {
    let handle: FileHandle
    private var buffer: [UInt8] = []

    init(handle: FileHandle) {
        self.handle = handle
        buffer.reserveCapacity(1 << 16)
    }

    mutating func write(_ string: String) {
        buffer.append(contentsOf: string.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        handle.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}
