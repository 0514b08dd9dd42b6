import Foundation
import MarsadCore
import MarsadText

/// English for the pipeline: case folding, abbreviation-aware sentences, inflection.
public struct EnglishProfile: LanguageProfile {
    public let modifiersFollowHead = false
    public let language = Language.english
    var inflector: EnglishInflector { EnglishInflector.bundled }
    let splitter = SentenceSplitter(abbreviations: [
        "mr.", "mrs.", "ms.", "dr.", "prof.", "gen.", "col.", "lt.", "maj.", "capt.", "sgt.", "sen.", "rep.",
        "gov.", "pres.", "st.", "jr.", "sr.", "u.s.", "u.n.", "u.k.", "e.u.", "no.", "vs.", "etc.", "inc.",
        "corp.", "co.", "jan.", "feb.", "mar.", "apr.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
        "a.m.", "p.m.", "i.e.", "e.g.", "ltd.", "adm.", "brig.", "cmdr.", "rev.", "mt.", "ft.", "approx.",
        "dept.", "gens.", "sens.", "reps.", "u.s.a.", "jun.", "jul.", "fig.", "vol.", "est.",
    ])

    public init() {}

    public func normalize(_ word: String) -> String { Self.normalized(word) }

    /// Lower case, with the typographic apostrophe made plain (`Iran’s` -> `iran's`); the
    /// apostrophe is looked for by scalar, not by a Foundation search on every word.
    static func normalized(_ word: String) -> String {
        let lower = word.lowercased()
        guard lower.unicodeScalars.contains("’") else { return lower }
        var out = String.UnicodeScalarView()
        for u in lower.unicodeScalars { out.append(u == "’" ? "'" : u) }
        return String(out)
    }

    public func sentences(in text: ScalarText) -> [Sentence] { splitter.sentences(in: text) }

    public func tokens(in text: ScalarText, span: TextSpan) -> [Token] {
        Tokenizer(normalize: Self.normalized).tokens(in: text, span: span)
    }

    public func analyses(of token: Token) -> [WordAnalysis] {
        guard token.kind == .word else { return [] }
        var w = token.normalized
        var out = [WordAnalysis(prefix: "", stem: w, suffix: "", preposition: nil)]
        if Self.isAbbreviation(token.text) { out.insert(WordAnalysis(prefix: "", stem: token.text, suffix: "", preposition: nil), at: 0) }
        if w.hasSuffix("'s") || w.hasSuffix("s'") {
            w = String(w.dropLast(2)) + (w.hasSuffix("s'") ? "s" : "")
            out.append(WordAnalysis(prefix: "", stem: w, suffix: "'s", preposition: nil))
        }
        return out
    }

    /// Names written in capitals (`US`, `UN`, `ISIS`) keep their case, so "US" never matches "us".
    public func dictionaryKey(_ word: String) -> String { Self.isAbbreviation(word) ? word : normalize(word) }

    static func isAbbreviation(_ w: String) -> Bool {
        let letters = w.unicodeScalars.filter { $0.properties.isAlphabetic }
        return letters.count >= 2 && letters.count <= 6 && letters.allSatisfy { $0.properties.isUppercase }
    }

    public func inflections(of lemma: String, category: LexicalCategory) -> [(form: String, reading: FormReading)] {
        let base = lemma.lowercased().split(separator: " ").first.map(String.init) ?? lemma
        switch category {
        case .verb:
            return inflector.verbForms(lemma).map {
                ($0.form, FormReading(lemma: base, persons: [.first, .second, .third], features: $0.features))
            }
        case .noun, .participle:
            return lemma.lowercased().split(separator: "|").flatMap { alt -> [(String, FormReading)] in
                let n = alt.trimmingCharacters(in: .whitespaces)
                let r = FormReading(lemma: n, persons: [.third], features: category.rawValue)
                let plural = FormReading(lemma: n, persons: [.third], features: category.rawValue + " plural")
                return n.contains(" ") ? [(n, r)] : [(n, r), (inflector.plural(n), plural)]
            }
        case .phrase:
            // A phrase that opens with a verb is conjugated on it ("crack down" -> "cracked down").
            // Other first words get forms too ("militaries parade"): they never occur, so no harm.
            let words = normalize(lemma).split(separator: " ").map(String.init)
            let heads = words.count > 1 ? inflector.verbForms(words[0]).map(\.form) : []
            var seen = Set<String>()
            return ([words.joined(separator: " ")] + heads.map { ([$0] + words.dropFirst()).joined(separator: " ") })
                .filter { seen.insert($0).inserted }
                .map { ($0, FormReading(lemma: lemma, persons: [.third], features: "phrase")) }
        }
    }

    /// Lemmas of the bundled irregular tables and regular endings (`went` -> `go`, `urged` -> `urge`).
    public func morphology(of token: Token) -> [FormReading] {
        guard token.kind == .word else { return [] }
        return inflector.lemmas(of: token.normalized).map {
            FormReading(lemma: $0.lemma, persons: [.first, .second, .third], features: $0.features)
        }
    }

    public func adjectiveForms(_ adjective: String) -> [String] {
        let a = normalize(adjective)
        return [a, a.hasSuffix("s") ? a : a + "s"]
    }

    public func resource(named name: String) throws -> String {
        try LanguageResource.read(name, in: Bundle.module)
    }
}
