import Foundation
import MarsadCoder
import MarsadCore
import MarsadLanguages
import MarsadText

/// The benchmark corpus of one language, built at run time (never committed) from the team's
/// sample documents and, when present, the Arabic evaluation sentences, repeated until it
/// holds at least ``Corpus/minimumBytes`` of UTF-8 text.
///
/// The measured unit is a *window*: consecutive corpus documents holding exactly
/// ``Corpus/sentencesPerWindow`` sentences as the language profile splits them (the last
/// document of a window is cut at a sentence boundary, and the rest of it opens the next
/// window). One benchmark iteration processes one window, so with `scalingFactor: .kilo`
/// the scaled throughput reads as sentences per second.
struct Corpus: Sendable {
    static let minimumBytes = 10_000_000
    static let sentencesPerWindow = 1_000

    let language: Language
    /// Every document, repetitions included; ids are unique (`<id>#<repetition>`).
    let documents: [Document]
    /// How many distinct documents were read before repeating.
    let distinctDocuments: Int
    let bytes: Int
    let windows: [[Document]]

    init(language: Language, base: [Document]) {
        precondition(!base.isEmpty, "no \(language.rawValue) documents found for the benchmark corpus")
        self.language = language
        let baseBytes = base.reduce(0) { $0 + $1.text.utf8.count }
        let repetitions = (Corpus.minimumBytes + baseBytes - 1) / baseBytes
        var documents: [Document] = []
        documents.reserveCapacity(base.count * repetitions)
        for r in 0..<repetitions {
            for d in base {
                var copy = d
                copy.id = "\(d.id)#\(r)"
                documents.append(copy)
            }
        }
        self.documents = documents
        self.distinctDocuments = base.count
        self.bytes = baseBytes * repetitions
        self.windows = Corpus.windows(
            of: documents, profile: Languages.profile(for: language), size: Corpus.sentencesPerWindow)
        FileHandle.standardError.write(Data(summary.utf8))
    }

    var summary: String {
        let mb = (Double(bytes) / 1_000_000 * 10).rounded() / 10
        return "corpus \(language.rawValue): \(distinctDocuments) distinct documents repeated to \(documents.count) "
            + "(\(mb) MB UTF-8), \(windows.count) windows of \(Corpus.sentencesPerWindow) sentences\n"
    }

    /// The window an iteration works on: iterations walk through the corpus and wrap around.
    func window(_ iteration: Int) -> [Document] { windows[iteration % windows.count] }

    /// Cuts `documents` into runs of exactly `size` sentences (an incomplete last run is dropped).
    static func windows(of documents: [Document], profile: any LanguageProfile, size: Int) -> [[Document]] {
        var out: [[Document]] = []
        var current: [Document] = []
        var need = size
        var pending = documents.makeIterator()
        var rest: Document? = pending.next()
        var piece = 0
        while let d = rest {
            let text = ScalarText(d.text)
            let sentences = profile.sentences(in: text)
            if sentences.count <= need {
                if !sentences.isEmpty { current.append(d) }
                need -= sentences.count
                rest = pending.next()
            } else {
                // Keep the first `k` sentences here; the text from sentence `k` on is the next piece.
                // Re-split the head, since a cut text may split differently (quotations).
                var k = need
                var head: Document?
                var headCount = 0
                while k >= 1 {
                    var h = d
                    h.text = text[TextSpan(0, sentences[k - 1].span.end)]
                    headCount = profile.sentences(in: ScalarText(h.text)).count
                    if headCount <= need, headCount > 0 {
                        head = h
                        break
                    }
                    k -= 1
                }
                guard var h = head else {
                    rest = pending.next()  // cannot cut this document sensibly: skip it
                    continue
                }
                piece += 1
                h.id = "\(d.id)/a\(piece)"
                current.append(h)
                need -= headCount
                var tail = d
                tail.id = "\(d.id)/b\(piece)"
                tail.text = text[TextSpan(sentences[k].span.start, text.count)]
                rest = tail
            }
            if need == 0 {
                out.append(current)
                current = []
                need = size
            }
        }
        return out
    }
}

/// Reads the corpus sources. Paths are relative to this package (`Benchmarks/`): the samples
/// in `../samples/*.jsonl` and the evaluation sentences in `../../shared/eval/arabic-gsr-dev/`
/// (read at run time only; override the directories with `MARSAD_SAMPLES_DIR` and
/// `MARSAD_EVAL_DIR`).
enum CorpusSources {
    /// `/…/main/Benchmarks`, found from this file's path.
    static let packageDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var samplesDirectory: URL {
        if let p = ProcessInfo.processInfo.environment["MARSAD_SAMPLES_DIR"] { return URL(fileURLWithPath: p) }
        return packageDirectory.appendingPathComponent("../samples").standardizedFileURL
    }

    static var evalDirectory: URL {
        if let p = ProcessInfo.processInfo.environment["MARSAD_EVAL_DIR"] { return URL(fileURLWithPath: p) }
        return packageDirectory.appendingPathComponent("../../shared/eval/arabic-gsr-dev").standardizedFileURL
    }

    /// The sample documents (`*.jsonl`), in file then line order.
    static func samples() -> [Document] {
        var docs: [Document] = []
        let reader = DocumentReader()
        for url in files(in: samplesDirectory, suffix: ".jsonl") {
            guard let data = try? Data(contentsOf: url) else { continue }
            docs += reader.readJSONL(data, name: url.lastPathComponent).documents
        }
        return docs
    }

    /// The evaluation sentences (`*.csv` column `text`, `*_coded.jsonl` field `text`), one
    /// document per source article (ids like `AAW_ARB_20081011.0036-10` name article and
    /// sentence), sentences in order, deduplicated. Empty when the directory is absent.
    static func evaluationDocuments() -> [Document] {
        var sentences: [String: String] = [:]  // "article-n" -> text
        let dir = evalDirectory
        for url in files(in: dir, suffix: ".csv") {
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            let rows = CSV.rows(text)
            guard let header = rows.first, let idColumn = header.firstIndex(of: "id"),
                let textColumn = header.firstIndex(of: "text")
            else { continue }
            for row in rows.dropFirst() where row.count > max(idColumn, textColumn) {
                sentences[row[idColumn]] = row[textColumn]
            }
        }
        for url in files(in: dir, suffix: "_coded.jsonl") {
            guard let data = try? Data(contentsOf: url) else { continue }
            for line in data.split(separator: 0x0A) {
                guard let o = (try? JSONSerialization.jsonObject(with: Data(line))) as? [String: Any],
                    let text = o["text"] as? String
                else { continue }
                let key = (o["publisher"] as? String) ?? (o["id"] as? String) ?? "coded-\(sentences.count)"
                sentences[key] = text
            }
        }
        var articles: [String: [(Int, String)]] = [:]
        for (key, text) in sentences where !text.isEmpty {
            let parts = key.split(separator: "-")
            let n = parts.count > 1 ? Int(parts.last!) : nil
            let article = n == nil ? key : parts.dropLast().joined(separator: "-")
            articles[article, default: []].append((n ?? 0, text))
        }
        return articles.keys.sorted().map { article in
            let text = articles[article]!.sorted { $0.0 < $1.0 }.map(\.1).joined(separator: " ")
            // `AAW_ARB_20081011.0036` carries the article date.
            let digits = article.split(separator: "_").last.map { String($0.prefix(8)) } ?? ""
            return Document(id: "gsr-\(article)", date: EventDate(digits), text: text, language: .arabic)
        }
    }

    static func files(in directory: URL, suffix: String) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(suffix) }.sorted().map { directory.appendingPathComponent($0) }
    }
}

/// Minimal RFC 4180 reader: quoted fields may hold commas, doubled quotes and newlines.
enum CSV {
    static func rows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var it = text.unicodeScalars.makeIterator()
        var next = it.next()
        while let c = next {
            next = it.next()
            if quoted {
                if c == "\"" {
                    if next == "\"" { field.unicodeScalars.append("\""); next = it.next() } else { quoted = false }
                } else {
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case "\"": quoted = true
            case ",": row.append(field); field = ""
            case "\r": continue
            case "\n":
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            default: field.unicodeScalars.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty {
            row.append(field)
            rows.append(row)
        }
        return rows
    }
}

/// The two corpora, built once per process on first use (outside any measured region).
enum Corpora {
    static let arabic: Corpus = {
        let base = CorpusSources.samples().filter { $0.language == .arabic } + CorpusSources.evaluationDocuments()
        return Corpus(language: .arabic, base: base)
    }()

    static let english: Corpus = {
        Corpus(language: .english, base: CorpusSources.samples().filter { $0.language == .english })
    }()

    static func corpus(_ language: Language) -> Corpus {
        language == .arabic ? arabic : english
    }
}
