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
// scaled (`*`) wall clock and malloc rows read per sentence or per document.
//
// package-benchmark records throughput as whole iterations per second, which is coarse when an
// iteration takes 0.1-0.8 s (it shows "2 K" for 2,217 sentences/s). Each benchmark therefore also
// reports a precise rate as a custom metric (`sentences/s`, `documents/s`, `events/s`): the units
// of the iteration divided by the same measured region's duration.

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.throughput, .wallClock, .mallocCountTotal, .peakMemoryResident, .peakMemoryResidentDelta],
        units: [.peakMemoryResident: .kilo, .peakMemoryResidentDelta: .kilo],
        warmupIterations: 1,
        scalingFactor: .kilo,
        maxDuration: .seconds(5),
        maxIterations: 40
    )

    // MARK: text

    Benchmark(
        "normalise+tokenise Arabic",
        configuration: .configuration(rates: [Rates.sentences], setup: { _ = Corpora.arabic })
    ) { benchmark in
        let profile = Languages.profile(for: .arabic)
        let window = Corpora.arabic.window(benchmark.currentIteration)
        benchmark.measureRates([(Rates.sentences, Corpus.sentencesPerWindow)]) {
            for document in window {
                let text = ScalarText(document.text)
                for sentence in profile.sentences(in: text) {
                    for token in profile.tokens(in: text, span: sentence.span) {
                        blackHole(profile.analyses(of: token))
                    }
                }
            }
        }
    }

    // MARK: actors

    Benchmark(
        "actor matching Arabic",
        configuration: .configuration(rates: [Rates.sentences], setup: { _ = (Corpora.arabic, Lexicons.arabic) })
    ) { benchmark in
        // Unmeasured: tokens, readings and phrase-inner keys, as the coder prepares them.
        let profile = Languages.profile(for: .arabic)
        let sentences = Corpora.arabic.window(benchmark.currentIteration).flatMap { document in
            let text = ScalarText(document.text)
            return profile.sentences(in: text).map { PreparedSentence(text: text, span: $0.span, profile: profile) }
        }
        let matcher = Lexicons.arabic.matcher
        var matched = 0
        benchmark.measureRates([(Rates.sentences, Corpus.sentencesPerWindow)]) {
            for s in sentences {
                matched += s.matchActors(matcher)
            }
        }
        blackHole(matched)
    }

    // MARK: coding

    for language in [Language.arabic, .english] {
        let name = language == .arabic ? "Arabic" : "English"
        Benchmark(
            "code \(name)",
            configuration: .configuration(
                rates: [Rates.sentences], setup: { _ = (Corpora.corpus(language), Coders.shared) })
        ) { benchmark in
            let coder = Coders.shared
            let window = Corpora.corpus(language).window(benchmark.currentIteration)
            var events = 0
            benchmark.measureRates([(Rates.sentences, Corpus.sentencesPerWindow)]) {
                for document in window {
                    events += coder.code(document).count
                }
            }
            blackHole(events)
        }
    }

    // MARK: store

    Benchmark(
        "store ingest in-memory",
        configuration: .configuration(rates: [Rates.documents, Rates.events], setup: { _ = IngestBatch.shared })
    ) { benchmark in
        let store = try EventStore.inMemory()
        let input = IngestBatch.shared
        let outcomes = try benchmark.measureRates(input.rates) { try store.ingest(batch: input.batch) }
        precondition(outcomes.count == IngestBatch.size && outcomes.allSatisfy { $0 == .inserted })
    }

    Benchmark(
        "store ingest file",
        configuration: .configuration(
            rates: [Rates.documents, Rates.events],
            setup: {
                _ = IngestBatch.shared
                try TemporaryStores.reset()
            },
            teardown: { TemporaryStores.remove() })
    ) { benchmark in
        let path = TemporaryStores.directory.appendingPathComponent("ingest-\(benchmark.currentIteration).sqlite").path
        do {
            let store = try EventStore(path: path)
            let input = IngestBatch.shared
            let outcomes = try benchmark.measureRates(input.rates) { try store.ingest(batch: input.batch) }
            precondition(outcomes.count == IngestBatch.size && outcomes.allSatisfy { $0 == .inserted })
        }
        TemporaryStores.removeDatabase(at: path)
    }
}

// MARK: - Rates

/// Precise per-second rates, reported as custom metrics next to package-benchmark's throughput.
enum Rates {
    static let sentences = BenchmarkMetric.custom("sentences/s", polarity: .prefersLarger, useScalingFactor: false)
    static let documents = BenchmarkMetric.custom("documents/s", polarity: .prefersLarger, useScalingFactor: false)
    static let events = BenchmarkMetric.custom("events/s", polarity: .prefersLarger, useScalingFactor: false)
}

extension Benchmark.Configuration {
    /// The default configuration plus the given rate metrics.
    static func configuration(
        rates: [BenchmarkMetric], setup: Benchmark.BenchmarkSetupHook? = nil,
        teardown: Benchmark.BenchmarkTeardownHook? = nil
    ) -> Self {
        var units = Benchmark.defaultConfiguration.units
        for r in rates { units[r] = .count }
        return .init(
            metrics: Benchmark.defaultConfiguration.metrics + rates, units: units, setup: setup, teardown: teardown)
    }
}

extension Benchmark {
    /// Measures `body` alone (explicit start and stop) and records `count / duration` for each rate.
    func measureRates<T>(_ rates: [(BenchmarkMetric, Int)], _ body: () throws -> T) rethrows -> T {
        let clock = ContinuousClock()
        startMeasurement()
        let start = clock.now
        let result = try body()
        let elapsed = start.duration(to: clock.now)
        stopMeasurement()
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        if seconds > 0 {
            for (metric, count) in rates { measurement(metric, Int((Double(count) / seconds).rounded())) }
        }
        return result
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
    var rates: [(BenchmarkMetric, Int)] { [(Rates.documents, IngestBatch.size), (Rates.events, eventCount)] }

    init() {
        let ar: [Document] = Corpora.arabic.documents
        let en: [Document] = Corpora.english.documents
        var documents: [Document] = []
        for i in 0..<IngestBatch.size / 2 {
            documents.append(ar[i])
            documents.append(en[i])
        }
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
    let innerKeys: [[WordKey]]

    init(text: ScalarText, span: TextSpan, profile: any LanguageProfile) {
        tokens = profile.tokens(in: text, span: span)
        analyses = tokens.map { profile.analyses(of: $0) }
        innerKeys = zip(tokens, analyses).map { t, a in
            var keys = [WordKey(t.normalized), WordKey(t.text)]
            for r in a
            where r.suffix.isEmpty && (r.prefix.isEmpty || r.prefix == "ال" || r.prefix == "و" || r.prefix == "وال") {
                keys.append(WordKey(r.stem))
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
                    at: i, tokenCount: tokens.count, firstKeys: readings.map { WordKey($0.stem) },
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
