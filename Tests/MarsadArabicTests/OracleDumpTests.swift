import Foundation
import MarsadCore
import Testing

@testable import MarsadArabic

/// Writes Marsad's conjugations and clitic segmentations for the oracle comparison scripts in
/// `scripts/oracle/` when `MARSAD_ORACLE_DUMP` names a directory; does nothing otherwise.
@Suite struct OracleDumpTests {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func lines(_ name: String) throws -> [String] {
        let text = try String(contentsOf: repo.appendingPathComponent("scripts/oracle/\(name)"), encoding: .utf8)
        return text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") && !$0.isEmpty }
    }

    @Test func dumpVerbs() throws {
        guard let dir = ProcessInfo.processInfo.environment["MARSAD_ORACLE_DUMP"] else { return }
        let n = ArabicNormalizer()
        var out = ""
        for line in try Self.lines("verbs.tsv") {
            let lemma = String(line.split(separator: "\t")[0])
            let verb = try #require(ArabicVerb(lemma: lemma), "\(lemma)")
            var cells = verb.paradigm().map { ($0.slot, $0.forms) }
            cells += [("vn", verb.verbalNoun.map { [$0] } ?? []), ("ap", verb.activeParticiple.map { [$0] } ?? []),
                      ("pp", verb.passiveParticiple.map { [$0] } ?? [])]
            for (slot, forms) in cells where !forms.isEmpty {
                out += "\(lemma)\t\(slot)\t\(forms.map(n.normalize).joined(separator: "|"))\t\(forms.joined(separator: "|"))\n"
            }
        }
        try out.write(toFile: dir + "/verbs.marsad.tsv", atomically: true, encoding: .utf8)
    }
}

extension OracleDumpTests {
    @Test func dumpSegmentations() throws {
        guard let dir = ProcessInfo.processInfo.environment["MARSAD_ORACLE_DUMP"] else { return }
        let seg = ArabicSegmenter()
        for list in ["news-words", "news-words-heldout"] {
            var out = ""
            for word in try Self.lines(list + ".txt") {
                let a = seg.segment(word)
                out += "\(word)\t\(a.prefix)\t\(a.stem)\t\(a.suffix)\n"
            }
            try out.write(toFile: dir + "/segments.\(list).tsv", atomically: true, encoding: .utf8)
        }
    }
}
