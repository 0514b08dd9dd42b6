import MarsadCore
import MarsadLanguages
import MarsadLexicon
import MarsadText

/// The event coder: raw text in, CAMEO and PLOVER events out. Load once (dictionaries are
/// compiled at load), then code any number of documents, from any number of threads.
public struct Coder: Sendable {
    public let codebook: Codebook
    let models: [Language: LanguageModel]

    public init(languages: [Language] = Language.allCases) throws {
        let codebook = try Codebook.bundled()
        self.codebook = codebook
        var models: [Language: LanguageModel] = [:]
        for l in languages { models[l] = try LanguageModel(language: l, codebook: codebook) }
        self.models = models
    }

    /// The language a document is coded in: declared, or detected from its script.
    public func language(of document: Document) -> Language {
        Languages.detect(document.text, declared: document.language)
    }

    public func code(_ document: Document) -> [Event] {
        let lang = language(of: document)
        guard let model = models[lang] ?? models.values.first else { return [] }
        return DocumentCoder(model: model, document: document).code()
    }

    /// The compiled model of a language, for analysis tools.
    public func model(for language: Language) -> LanguageModel? { models[language] }
}

extension Coder {
    /// The actors a phrase resolves to on a date, as the coder reads them inside a sentence
    /// (for `marsad dict lookup` and the dictionaries' embedded examples).
    public func actors(in phrase: String, language: Language? = nil, date: EventDate? = nil) -> [ActorMention] {
        let lang = language ?? Languages.detect(phrase)
        guard let model = models[lang] else { return [] }
        let text = ScalarText(phrase)
        let sentence = Sentence(index: 0, span: TextSpan(0, text.count))
        let s = AnalyzedSentence(sentence: sentence, text: text, profile: model.profile)
        return ActorChunker(model: model, date: date, text: text).chunks(s).flatMap(\.actors)
    }

    /// Why a phrase resolves as it does: each dictionary match (its words, what kind of entry,
    /// which file record), then the actors composed from them.
    public func explainActors(in phrase: String, language: Language? = nil, date: EventDate? = nil) -> [String] {
        let lang = language ?? Languages.detect(phrase)
        guard let model = models[lang] else { return [] }
        let text = ScalarText(phrase)
        let s = AnalyzedSentence(sentence: Sentence(index: 0, span: TextSpan(0, text.count)), text: text, profile: model.profile)
        let chunker = ActorChunker(model: model, date: date, text: text)
        return chunker.match(s, excluding: []).map { item in
            let words = text[s.span(item.range)]
            let clitics = item.prefix.isEmpty ? "" : " (clitics \(item.prefix)+)"
            switch item.kind {
            case .actor(let code, let label): return "«\(words)»\(clitics): \(label) -> \(code)"
            case .reference(let members, let label): return "«\(words)»\(clitics): group reference \(label) -> \(members.map(\.value).joined(separator: " "))"
            case .adjective(let c, let plural): return "«\(words)»\(clitics): nationality \(c)\(plural ? " (people: an actor on its own)" : " (combines with an agent)")"
            case .capital(let c): return "«\(words)»\(clitics): capital of \(c) (the government in an argument position, a place after a noun or preposition)"
            case .agent(let sector): return "«\(words)»\(clitics): agent \(sector) (needs a nationality or country)"
            case .place(let p): return "«\(words)»\(clitics): place \(p.name), \(p.country) (\(p.latitude), \(p.longitude))"
            }
        }
    }
}

extension Coder {
    /// How many sentences the coder splits a document into.
    public func sentenceCount(_ document: Document) -> Int {
        guard let model = models[language(of: document)] else { return 0 }
        return model.profile.sentences(in: ScalarText(document.text)).count
    }
}
