import Foundation
import MarsadCore
import MarsadText
import Testing

@testable import MarsadArabic

/// Throughput of normalise + split + tokenise + segment on one core, printed when
/// `MARSAD_THROUGHPUT` is set (run in release: see docs/arabic.md). No timing is asserted.
@Suite struct ThroughputTests {
    static func corpus() -> [String] {
        let repo = OracleDumpTests.repo
        var texts: [String] = []
        var files = [repo.appendingPathComponent("samples/news.jsonl"), repo.appendingPathComponent("samples/astana-11.ar.jsonl")]
        let dev = repo.appendingPathComponent("../shared/eval/arabic-gsr-dev")
        for name in ["assault_coded.jsonl", "protest_coded.jsonl"] { files.append(dev.appendingPathComponent(name)) }
        for f in files {
            guard let text = try? String(contentsOf: f, encoding: .utf8) else { continue }
            for line in text.split(separator: "\n") {
                if let d = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], let t = d["text"] as? String,
                    ScriptDetection.language(of: t) == .arabic
                {
                    texts.append(t)
                }
            }
        }
        return texts
    }

    @Test func measure() {
        guard ProcessInfo.processInfo.environment["MARSAD_THROUGHPUT"] != nil else { return }
        let base = Self.corpus()
        let profile = ArabicProfile()
        let segmenter = ArabicSegmenter()
        var docs: [String] = []
        var bytes = 0
        while bytes < 8_000_000 { for t in base { docs.append(t); bytes += t.utf8.count } }
        _ = segmenter.segment("وبالجيش")  // loads the lexicon before timing
        let clock = ContinuousClock()
        var sentences = 0
        var tokens = 0
        let elapsed = clock.measure {
            for d in docs {
                let text = ScalarText(d)
                for s in profile.sentences(in: text) {
                    sentences += 1
                    for t in profile.tokens(in: text, span: s.span) where t.kind == .word {
                        tokens += 1
                        _ = segmenter.segment(t.text)
                    }
                }
            }
        }
        let splitOnly = clock.measure {
            for d in docs {
                let text = ScalarText(d)
                for s in profile.sentences(in: text) { _ = profile.tokens(in: text, span: s.span) }
            }
        }
        func secs(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }
        let seconds = secs(elapsed)
        print(String(format: "THROUGHPUT normalise + split + tokenise alone: %.2f MB/s", Double(bytes) / 1e6 / secs(splitOnly)))
        print(String(
            format: "THROUGHPUT %.1f MB in %.2f s: %.2f MB/s, %.0f sentences/s, %.0f words/s (%d sentences, %d words, %d distinct texts)",
            Double(bytes) / 1e6, seconds, Double(bytes) / 1e6 / seconds, Double(sentences) / seconds, Double(tokens) / seconds,
            sentences, tokens, base.count))
    }
}
