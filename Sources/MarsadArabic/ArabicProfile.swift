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

    /// Clitic readings of every word seen, shared by all threads.
    static let analysisMemo = WordMemo<[WordAnalysis]>()

    public func analyses(of token: Token) -> [WordAnalysis] {
        guard token.kind == .word else { return [] }
        return Self.analysisMemo.value(for: token.normalized) { ArabicClitics.analyses(of: $0) }
    }

    public func segmentation(of token: Token) -> WordAnalysis? {
        token.kind == .word ? ArabicSegmenter().segment(token.text) : nil
    }

    /// Readings of the token's segmented stem in the bundled morphological lexicon
    /// (`verbs.txt` and the trigger verbs).
    public func morphology(of token: Token) -> [FormReading] {
        guard let s = segmentation(of: token) else { return [] }
        let lexicon = ArabicLexicon.bundled
        var out = lexicon.readings[s.stem] ?? []
        if out.isEmpty, !s.suffix.isEmpty, s.stem.hasSuffix("ت") { out = lexicon.readings[String(s.stem.dropLast()) + "ه"] ?? [] }
        var seen = Set<String>()
        return out.filter { seen.insert($0.lemma + $0.features).inserted }
    }

    public func dictionaryKey(_ word: String) -> String { ArabicClitics.key(normalizer.normalize(word)) }

    public func inflections(of lemma: String, category: LexicalCategory) -> [(form: String, reading: FormReading)] {
        switch category {
        case .verb:
            return conjugator.forms(lemma: lemma).map { (ArabicClitics.key($0.form), $0.reading) }
        case .noun, .participle:
            let l = normalizer.normalize(lemma.split(separator: "|").first.map(String.init) ?? lemma)
            let persons: Set<GrammaticalPerson> = [.third]
            // A sound feminine plural (`اغتيالات`, `هجمات`) of a lemma that is not one itself.
            return conjugator.nominalForms(lemma).map {
                let plural = $0.hasSuffix("ات") && !l.hasSuffix("ات")
                return (ArabicClitics.key($0), FormReading(
                    lemma: l.trimmingCharacters(in: .whitespaces), persons: persons,
                    features: category.rawValue + (plural ? " plural" : "")))
            }
        case .phrase:
            return complementForms(lemma).map {
                ($0.split(separator: " ").map { dictionaryKey(String($0)) }.joined(separator: " "),
                 FormReading(lemma: lemma, persons: [.third], features: "phrase"))
            }
        }
    }

    static let conjunctionProclitics = ArabicClitics.conjunctions.filter { !$0.isEmpty }
    static let phraseInnerPrefixes = ["", "ال", "و", "وال"]
    public var conjunctionProclitics: [String] { Self.conjunctionProclitics }
    public var phraseInnerPrefixes: [String] { Self.phraseInnerPrefixes }

    /// Harakat and tatweel: marks on or between the letters of a word.
    static func isMark(_ c: Unicode.Scalar) -> Bool {
        (0x064B...0x0652).contains(c.value) || c == "\u{0640}"
    }

    /// The letters of a word as written, without harakat and tatweel.
    static func letters(_ text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { !isMark($0) }
    }

    /// A word that ends in a ta marbuta (`ة`) is a noun.
    public func spellingRulesOutVerb(_ text: String) -> Bool {
        text.unicodeScalars.last { !Self.isMark($0) } == "\u{0629}"
    }

    /// The alif of tanween: `ناشطا`, `جنديا`.
    public func isIndefiniteAccusative(_ word: String) -> Bool {
        word.hasSuffix("ا")
    }

    /// `ه`, `ها`, `هما`, `هم`, `هن`; a ta marbuta (`ة`) is never `ه`, which normalisation spells the same.
    /// The article is the last proclitic (`وال`, `بال`); after ل it is written ل (`للشرطة`,
    /// proclitics `لل`).
    public func hasArticle(prefix: String) -> Bool { prefix.hasSuffix("ال") || prefix.hasSuffix("لل") }

    public func opensWithArticle(_ lemma: String) -> Bool { normalize(lemma).hasPrefix("ال") }

    public func verbTakes(prefix: String, suffix: String, imperfect: Bool) -> Bool {
        // Scalar tests: substring search on these short prefixes showed in profiles.
        let scalars = prefix.unicodeScalars
        if hasArticle(prefix: prefix) || scalars.contains("ب") || scalars.contains("ك") { return false }
        if scalars.contains("ل"), !imperfect { return false }
        return suffix != "ي"
    }

    /// Clitics a name takes: the conjunction و, the prepositions ب and ل, and the article.
    /// `ف` and `ك` are left out: before a name they are rare, and they turn words such as
    /// `فاسد` ("corrupt") into `ف` + `اسد`.
    static let namePrefixes: Set<String> = ["", "و", "ب", "ل", "لل", "ال", "وال", "بال", "وبال", "ولل", "وب", "ول"]

    public func nameTakes(prefix: String) -> Bool { Self.namePrefixes.contains(prefix) }

    public func hasFutureParticle(_ prefix: String) -> Bool { prefix.unicodeScalars.contains("س") }

    public func hasVerbalL(_ prefix: String) -> Bool { prefix.hasSuffix("ل") }

    public func canHeadGenitive(_ word: String) -> Bool {
        !(word.hasSuffix("ون") || word.hasSuffix("ين") || word.hasSuffix("ان") && word.unicodeScalars.count > 4) && !isIndefiniteAccusative(word)
    }

    /// Third-person plurals and duals (`perfect 3mp`, `imperfect 3fd`), and no singular reading.
    public func verbCarriesSubject(_ reading: FormReading) -> Bool {
        let cells = reading.features.split(separator: ",").compactMap { $0.split(separator: " ").last }
        return !cells.isEmpty && cells.allSatisfy { ["3mp", "3fp", "3md", "3fd"].contains($0) }
    }

    public func isThirdPersonPossessive(_ text: String, suffix: String) -> Bool {
        ["ه", "ها", "هما", "هم", "هن"].contains(suffix) && !spellingRulesOutVerb(text)
    }

    /// A form IV perfect is written with a hamza above its alif (`أدانتها`), its verbal noun
    /// with one below (`إدانتها`).
    public func spellingRulesOutPerfect(of lemma: String, _ text: String, prefix: String) -> Bool {
        guard lemma.hasPrefix("أ") else { return false }
        let l = Self.letters(text)
        let p = prefix.unicodeScalars.count
        return p < l.count && l[p] == "\u{0625}"
    }

    /// A one-word agent name without the article, and its indefinite accusative and dual
    /// (`جندي` -> `جنديا`، `جنديان`، `جنديين`; `طائرة` -> `طائرتان`، `طائرتين`). Plurals in ون، ين
    /// and ات are left as listed.
    public func agentForms(_ name: String) -> [String] {
        let w = name.trimmingCharacters(in: .whitespaces)
        let duals = agentDuals(w)
        guard !duals.isEmpty else { return [name] }
        return (w.hasSuffix("ة") ? [w] : complementForms(w)) + duals
    }

    public func agentDuals(_ name: String) -> [String] {
        let w = name.trimmingCharacters(in: .whitespaces)
        guard !w.contains(" "), !w.hasPrefix("ال"), w.unicodeScalars.count >= 3,
            !["ون", "ين", "ات", "ان"].contains(where: { w.hasSuffix($0) })
        else { return [] }
        let stem = w.hasSuffix("ة") ? String(w.dropLast()) + "ت" : w
        return [stem + "ان", stem + "ين"]
    }

    /// The phrase, and its indefinite accusative when it differs: a noun or adjective takes the
    /// alif of tanween (`إضراب عن الطعام` -> `إضرابا عن الطعام`, `عرض عسكري` -> `عرضا عسكريا`);
    /// words with the article, short particles and words ending in ة, ه, ا, ى or ء do not.
    public func complementForms(_ phrase: String) -> [String] {
        let words = phrase.split(separator: " ").map(String.init)
        let accusative = words.map { w -> String in
            let s = Array(w.unicodeScalars)
            guard s.count >= 3, !w.hasPrefix("ال"), let last = s.last, !"ةهاىءئؤ".unicodeScalars.contains(last) else { return w }
            return w + "ا"
        }
        return accusative == words ? [phrase] : [phrase, accusative.joined(separator: " ")]
    }

    /// A nisba adjective ends in ي (`كردي`); the people's broken plural does not (`أكراد`).
    public func isBrokenPlural(adjective: String) -> Bool {
        let w = normalizer.normalize(adjective)
        return !w.isEmpty && !w.hasSuffix("ي")
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
