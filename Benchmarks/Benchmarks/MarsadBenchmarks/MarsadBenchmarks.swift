import Benchmark
import Foundation
import MarsadCoder
import MarsadCore
import MarsadLanguages
import MarsadLexicon
import MarsadStore
import MarsadText

// Units: every benchmark runs with `scalingFactor: .kilo`, and one iteration processes exactly
// 1,000 units (sentences for the text and coding benchmarks, documents for the store), so the
// scaled (`*`) throughput column reads as sentences/s or documents/s and the scaled wall clock
// as time per sentence or per document. mallocCountTotal is per 1,000 units with `--scale`
// off (the default output), per unit with it on.

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.throughput, .wallClock, .mallocCountTotal, .peakMemoryResident, .peakMemoryResidentDelta],
        warmupIterations: 1,
        scalingFactor: .kilo,
        maxDuration: .seconds(5),
        maxIterations: 40
    )

    // MARK: text

    Benchmark(
        "normalise+tokenise Arabic",
        configuration: .init(setup: { _ = Corpora.arabic })
    ) { benchmark in
        let profile = Languages.profile(for: .arabic)
        for document in Corpora.arabic.window(benchmark.currentIteration) {
            let text = ScalarText(document.text)
            for sentence in profile.sentences(in: text) {
                for token in profile.tokens(in: text, span: sentence.span) {
                    blackHole(profile.analyses(of: token))
                }
            }
        }
    }

    // MARK: actors

    Benchmark(
        "actor matching Arabic",
        configuration: .init(setup: { _ = (Corpora.arabic, Lexicons.arabic) })
    ) { benchmark in
        // Unmeasured: tokens, readings and phrase-inner keys, as the coder prepares them.
        let profile = Languages.profile(for: .arabic)
        let sentences = Corpora.arabic.window(benchmark.currentIteration).flatMap { document in
            let text = ScalarText(document.text)
            return profile.sentences(in: text).map { PreparedSentence(text: text, span: $0.span, profile: profile) }
        }
        let matcher = Lexicons.arabic.matcher
        benchmark.startMeasurement()
        var matched = 0
        for s in sentences {
            matched += s.matchActors(matcher)
        }
        benchmark.stopMeasurement()
        blackHole(matched)
    }

    // MARK: coding

    for language in [Language.arabic, .english] {
        let name = language == .arabic ? "Arabic" : "English"
        Benchmark(
            "code \(name)",
            configuration: .init(setup: { _ = (Corpora.corpus(language), Coders.shared) })
        ) { benchmark in
            let coder = Coders.shared
            var events = 0
            for document in Corpora.corpus(language).window(benchmark.currentIteration) {
                events += coder.code(document).count
            }
            blackHole(events)
        }
    }

    // MARK: store

    Benchmark(
        "store ingest in-memory",
        configuration: .init(setup: { _ = IngestBatch.shared })
    ) { benchmark in
        let store = try EventStore.inMemory()
        benchmark.startMeasurement()
        let outcomes = try store.ingest(batch: IngestBatch.shared.batch)
        benchmark.stopMeasurement()
        precondition(outcomes.count == IngestBatch.size)
    }

    Benchmark(
        "store ingest file",
        configuration: .init(
            setup: { _ = IngestBatch.shared; try TemporaryStores.reset() },
            teardown: { TemporaryStores.remove() })
    ) { benchmark in
        let path = TemporaryStores.directory.appendingPathComponent("ingest-\(benchmark.currentIteration).sqlite").path
        do {
            let store = try EventStore(path: path)
            benchmark.startMeasurement()
            let outcomes = try store.ingest(batch: IngestBatch.shared.batch)
            benchmark.stopMeasurement()
            precondition(outcomes.count == IngestBatch.size)
        }
        TemporaryStores.removeDatabase(at: path)
    }
}

// MARK: - Shared, loaded once per process outside the measured regions

enum Coders {
    static let shared: Coder = {
        do { return try Coder() } catch { fatalError("cannot load the coder: \(error)") }
    }()
}

enum Lexicons {
    static let arabic: ActorLexicon = {
        do { return try ActorLexicon.load(profile: Languages.profile(for: .arabic)) } catch {
            fatalError("cannot load the Arabic actor lexicon: \(error)")
        }
    }()
}

/// 1,000 coded documents (Arabic and English corpus documents alternately), with their events.
struct IngestBatch: Sendable {
    static let size = 1_000
    static let shared = IngestBatch()

    let batch: [(Document, [Event])]
    let eventCount: Int

    init() {
        let ar = Corpora.arabic.documents, en = Corpora.english.documents
        let documents = (0..<IngestBatch.size).map { i in i % 2 == 0 ? ar[i / 2] : en[i / 2] }
        let events = Coders.shared.codeAll(documents)
        batch = Array(zip(documents, events))
        eventCount = events.reduce(0) { $0 + $1.count }
        FileHandle.standardError.write(
            Data("store ingest batch: \(IngestBatch.size) documents, \(eventCount) events\n".utf8))
    }
}

/// Database files of the file-backed ingest benchmark, in a private temporary directory.
enum TemporaryStores {
    static let directory = FileManager.default.temporaryDirectory
        .appendingPathComponent("marsad-benchmarks-\(ProcessInfo.processInfo.processIdentifier)")

    static func reset() throws {
        remove()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    static func remove() { try? FileManager.default.removeItem(at: directory) }

    static func removeDatabase(at path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}

/// A sentence's tokens with their readings and the keys allowed inside a phrase: the same
/// preparation as the coder's (internal) `AnalyzedSentence`, rebuilt here from public API.
struct PreparedSentence {
    let tokens: [Token]
    let analyses: [[WordAnalysis]]
    let innerKeys: [[String]]

    init(text: ScalarText, span: TextSpan, profile: any LanguageProfile) {
        tokens = profile.tokens(in: text, span: span)
        analyses = tokens.map { profile.analyses(of: $0) }
        innerKeys = zip(tokens, analyses).map { t, a in
            var keys = [t.normalized, t.text]
            for r in a
            where r.suffix.isEmpty && (r.prefix.isEmpty || r.prefix == "ال" || r.prefix == "و" || r.prefix == "وال") {
                keys.append(r.stem)
            }
            return keys
        }
    }

    /// The coder's dictionary pass (`ActorChunker.match`): at each word, the longest phrase over
    /// its clitic-free readings; a match skips its tokens. Returns the number of matches.
    func matchActors(_ matcher: PhraseMatcher) -> Int {
        var matches = 0
        var i = 0
        while i < tokens.count {
            guard tokens[i].kind == .word else {
                i += 1
                continue
            }
            let readings = analyses[i].filter { $0.suffix.isEmpty || $0.suffix == "'s" }
            guard
                let m = matcher.longestMatch(
                    at: i, tokenCount: tokens.count, firstKeys: readings.map(\.stem),
                    innerKeys: { innerKeys[$0] })
            else {
                i += 1
                continue
            }
            matches += 1
            i += m.length
        }
        return matches
    }
}
