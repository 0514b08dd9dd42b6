import Foundation
import MarsadCore
import MarsadText

/// Arabic for the pipeline: normalisation, sentence splitting, tokens, clitics, verb forms,
/// and the data files in `Resources/`.
public struct ArabicProfile: LanguageProfile {
    public let modifiersFollowHead = true
    public let language = Language.arabic
    public let normalizer = ArabicNormalizer()
    let conjugator = ArabicConjugator()
    let splitter: SentenceSplitter

    public init() {
        splitter = SentenceSplitter(abbreviations: ["د.", "م.", "هـ.", "ق.م.", "ص.", "ج."])
    }

    public func normalize(_ word: String) -> String { normalizer.normalize(word) }

    public func sentences(in text: ScalarText) -> [Sentence] { splitter.sentences(in: text) }

    public func tokens(in text: ScalarText, span: TextSpan) -> [Token] {
        let n = normalizer
        return Tokenizer(normalize: { n.normalize($0) }).tokens(in: text, span: span)
    }

    public func analyses(of token: Token) -> [WordAnalysis] {
        guard token.kind == .word else { return [] }
        return ArabicClitics.analyses(of: token.normalized)
    }

    public func dictionaryKey(_ word: String) -> String { ArabicClitics.key(normalizer.normalize(word)) }

    public func inflections(of lemma: String, category: LexicalCategory) -> [(form: String, reading: FormReading)] {
        switch category {
        case .verb:
            let parts = lemma.split(separator: " ").map(String.init)
            guard let p = parts.first else { return [] }
            let i = parts.count > 1 ? parts[1] : "ي" + p
            return conjugator.forms(perfect: p, imperfect: i).map { (ArabicClitics.key($0.form), $0.reading) }
        case .noun, .participle:
            let l = normalizer.normalize(lemma.split(separator: "|").first.map(String.init) ?? lemma)
            let persons: Set<GrammaticalPerson> = [.third]
            return conjugator.nominalForms(lemma).map {
                (ArabicClitics.key($0), FormReading(lemma: l.trimmingCharacters(in: .whitespaces), persons: persons, features: category.rawValue))
            }
        case .phrase:
            return [(lemma.split(separator: " ").map { dictionaryKey(String($0)) }.joined(separator: " "),
                     FormReading(lemma: lemma, persons: [.third], features: "phrase"))]
        }
    }

    public func adjectiveForms(_ adjective: String) -> [String] {
        let w = normalizer.normalize(adjective)
        guard !w.isEmpty else { return [] }
        return [w, w + "ه", w + "ون", w + "ين", w + "ان", w + "تان", w + "تين", w + "ات", w + "ا"].map(ArabicClitics.key)
    }

    public func resource(named name: String) throws -> String {
        try LanguageResource.read(name, in: Bundle.module)
    }
}
