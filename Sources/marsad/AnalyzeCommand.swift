import ArgumentParser
import Foundation
import MarsadCore
import MarsadLanguages
import MarsadLexicon
import MarsadText

/// `marsad analyze`: what the language analysis sees in a text, sentence by sentence.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Show sentences, tokens with offsets, normalised forms, clitics, stems and recognised lemmas.",
        discussion: """
            Offsets are Unicode scalar indices into the text as given. `lemmas` lists the trigger \
            dictionary rules a token can fire (rule id, lemma and the form's reading) and the \
            lemmas of the language's morphological lexicon.
            """)

    @Argument(help: "The text to analyse, or - to read it from stdin.")
    var text: String

    @Option(help: "Language: ar or en; guessed from the script if omitted.")
    var lang: String?

    @Option(help: "Output format: table or json.")
    var format: Format = .table

    enum Format: String, ExpressibleByArgument { case table, json }

    struct TokenRow: Codable {
        var text: String
        var start: Int
        var end: Int
        var kind: String
        var normalized: String
        var prefix: String
        var stem: String
        var suffix: String
        var lemmas: [String]
    }

    struct SentenceRow: Codable {
        var index: Int
        var start: Int
        var end: Int
        var text: String
        var inQuote: Bool
        var tokens: [TokenRow]
    }

    func run() throws {
        let input = text == "-" ? String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self) : text
        let declared = try lang.map { code -> Language in
            guard let l = Language(rawValue: code) else { throw ValidationError("unknown language `\(code)` (ar or en)") }
            return l
        }
        let profile = Languages.profile(for: Languages.detect(input, declared: declared))
        let triggers = try TriggerLexicon.load(profile: profile, codebook: try Codebook.bundled())
        let rows = Self.analyse(input, profile: profile, triggers: triggers)
        if format == .json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes, .sortedKeys]
            FileHandle.standardOutput.write(try encoder.encode(rows) + Data("\n".utf8))
        } else {
            print(Self.table(rows), terminator: "")
        }
    }

    static func analyse(_ input: String, profile: any LanguageProfile, triggers: TriggerLexicon) -> [SentenceRow] {
        let text = ScalarText(input)
        return profile.sentences(in: text).map { sentence in
            let tokens = profile.tokens(in: text, span: sentence.span).map { t -> TokenRow in
                let seg = profile.segmentation(of: t)
                // Trigger rules by reading: `دعا (perfect 1p) [ar.appeal, ar.appeal.talks]`.
                var byReading: [(String, [String])] = []
                func addRule(_ reading: FormReading, _ id: String) {
                    let key = "\(reading.lemma) (\(reading.features))"
                    if let i = byReading.firstIndex(where: { $0.0 == key }) {
                        if !byReading[i].1.contains(id) { byReading[i].1.append(id) }
                    } else {
                        byReading.append((key, [id]))
                    }
                }
                let primary = [seg?.stem, profile.dictionaryKey(t.text)].compactMap { $0 }
                for keys in [primary, profile.analyses(of: t).map(\.stem)] where byReading.isEmpty {
                    for k in Set(keys) { for f in triggers.forms[WordKey(k)] ?? [] { addRule(f.reading, triggers.rules[f.rule].id) } }
                }
                var lemmas = byReading.map { "\($0.0) [\($0.1.joined(separator: ", "))]" }
                for r in profile.morphology(of: t) {
                    let entry = "\(r.lemma) (\(r.features))"
                    if !byReading.contains(where: { $0.0 == entry }), !lemmas.contains(entry) { lemmas.append(entry) }
                }
                return TokenRow(
                    text: t.text, start: t.span.start, end: t.span.end, kind: t.kind.rawValue, normalized: t.normalized,
                    prefix: seg?.prefix ?? "", stem: seg?.stem ?? t.normalized, suffix: seg?.suffix ?? "", lemmas: lemmas)
            }
            return SentenceRow(
                index: sentence.index, start: sentence.span.start, end: sentence.span.end, text: text[sentence.span],
                inQuote: sentence.quote != nil, tokens: tokens)
        }
    }

    static func table(_ rows: [SentenceRow]) -> String {
        var out = ""
        for s in rows {
            out += "sentence \(s.index) [\(s.start)-\(s.end)]\(s.inQuote ? " (inside a quotation)" : ""): \(s.text)\n"
            out += "  offsets    token          kind         normalised     clitics      stem           lemmas\n"
            for t in s.tokens {
                let clitics = [t.prefix.isEmpty ? "" : t.prefix + "+", t.suffix.isEmpty ? "" : "+" + t.suffix]
                    .filter { !$0.isEmpty }.joined(separator: " ")
                out += "  " + [
                    pad("\(t.start)-\(t.end)", 10), pad(t.text, 14), pad(t.kind, 12), pad(t.normalized, 14),
                    pad(clitics.isEmpty ? "-" : clitics, 12), pad(t.stem, 14), t.lemmas.joined(separator: "; "),
                ].joined(separator: " ") + "\n"
            }
            out += "\n"
        }
        return out
    }

    static func pad(_ s: String, _ n: Int) -> String {
        s.count >= n ? s : s + String(repeating: " ", count: n - s.count)
    }
}
