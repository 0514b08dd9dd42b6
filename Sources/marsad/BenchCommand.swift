import ArgumentParser
import Dispatch
import Foundation
import MarsadCoder
import MarsadCore

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Quick end-to-end coding throughput, on one core and on all cores.",
        discussion: "The corpus (FILE, or the bundled samples) is repeated until it holds at least --sentences sentences.")

    @Argument(help: "JSONL or text files (default: samples/*.jsonl).")
    var files: [String] = []

    @Option(help: "Minimum number of sentences to code.")
    var sentences = 20_000

    func run() throws {
        let inputs = files.isEmpty
            ? ((try? FileManager.default.contentsOfDirectory(atPath: "samples")) ?? []).filter { $0.hasSuffix(".jsonl") }.sorted().map { "samples/\($0)" }
            : files
        let base = try InputOptions.parse(inputs).readDocuments().documents
        guard !base.isEmpty else { throw ValidationError("no documents to code") }
        let loadStart = DispatchTime.now()
        let coder = try Coder()
        let loadSeconds = seconds(since: loadStart)
        let perPass = base.reduce(0) { $0 + coder.sentenceCount($1) }
        let passes = max(1, (sentences + perPass - 1) / max(1, perPass))
        var docs: [Document] = []
        for p in 0..<passes { docs += base.map { var d = $0; d.id += "#\(p)"; return d } }
        let total = perPass * passes
        let bytes = docs.reduce(0) { $0 + $1.text.utf8.count }
        print("dictionaries loaded and compiled in \(fmt(loadSeconds)) s")
        print("corpus: \(docs.count) documents, \(total) sentences, \(fmt(Double(bytes) / 1_000_000)) MB")

        var start = DispatchTime.now()
        var events = 0
        for d in docs { events += coder.code(d).count }
        let one = seconds(since: start)
        report("1 core", one, docs.count, total, events)

        start = DispatchTime.now()
        let all = coder.codeAll(docs).reduce(0) { $0 + $1.count }
        let many = seconds(since: start)
        report("\(ProcessInfo.processInfo.activeProcessorCount) cores", many, docs.count, total, all)
        print("peak resident memory: \(PeakMemory.megabytes().map { "\($0) MB" } ?? "unknown")")
    }

    func report(_ label: String, _ s: Double, _ docs: Int, _ sentences: Int, _ events: Int) {
        print("\(label): \(fmt(s)) s, \(Int(Double(sentences) / s)) sentences/s, \(Int(Double(docs) / s)) documents/s, \(events) events")
    }

    func seconds(since t: DispatchTime) -> Double { Double(DispatchTime.now().uptimeNanoseconds - t.uptimeNanoseconds) / 1e9 }
    func fmt(_ x: Double) -> String { String(format: "%.2f", x) }
}

/// Peak resident set size of this process (VmHWM on Linux).
enum PeakMemory {
    static func megabytes() -> Int? {
        guard let s = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = s.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
        else { return nil }
        return line.split(separator: " ").compactMap { Int($0) }.first.map { $0 / 1024 }
    }
}
