import MarsadCore

/// One way to read a token: the clitics the language lets it carry, and the stem left.
public struct WordAnalysis: Hashable, Sendable {
    /// Proclitics removed from the front (Arabic: `و`, `ب`, `ال`...), in order.
    public var prefix: String
    /// The key a dictionary compares against (normalised, clitics and article removed).
    public var stem: String
    /// Enclitic removed from the end (Arabic pronoun suffixes).
    public var suffix: String
    /// The preposition this reading attaches to the word, if any (`ب`, `ل`, `ك`).
    public var preposition: String?

    public init(prefix: String, stem: String, suffix: String, preposition: String?) {
        self.prefix = prefix
        self.stem = stem
        self.suffix = suffix
        self.preposition = preposition
    }
}

/// Grammatical person of a verb form, for attributing first-person statements to their speaker.
public enum GrammaticalPerson: String, Sendable, Hashable, Codable {
    case first, second, third
}

/// A recognised inflected form of a lexicon word.
public struct FormReading: Hashable, Sendable {
    /// The lexicon lemma it inflects.
    public var lemma: String
    public var persons: Set<GrammaticalPerson>
    /// True for a future marker (`سـ`, "will") or a future form.
    public var future: Bool
    /// A passive form: the grammatical subject is the target, the source is unknown unless named.
    public var passive: Bool
    /// A description for `marsad analyze`, e.g. `perfect 1pl`.
    public var features: String
    /// A perfect (`قتلت`) or past (`killed`, `attacked`) reading: the event is told as done.
    public let isPerfect: Bool
    /// An Arabic imperfect in any mood (`يقتل`, `لتقتل`).
    public let isImperfect: Bool
    /// A plural noun form (`اغتيالات`, `killings`).
    public let isPlural: Bool
    /// Only a jussive (`تقل` of قال): it needs a particle before it (`لم تقل`).
    public let isJussiveOnly: Bool

    public init(
        lemma: String, persons: Set<GrammaticalPerson>, future: Bool = false, passive: Bool = false,
        features: String
    ) {
        self.lemma = lemma
        self.persons = persons
        self.future = future
        self.passive = passive
        self.features = features
        // Read once here: the coder asks for every candidate, and substring search is slow.
        let parts = features.split(separator: ",").map { $0.drop { $0 == " " } }
        isPerfect = parts.contains { $0.hasPrefix("perfect") || $0.hasPrefix("past") }
        isImperfect = parts.contains { $0.hasPrefix("imperfect") }
        isPlural = features.hasSuffix(" plural")
        isJussiveOnly = !parts.isEmpty && parts.allSatisfy { $0.contains("jussive") }
    }
}

/// Part of speech of a lexicon entry whose forms a language generates.
public enum LexicalCategory: String, Sendable, Hashable, Codable {
    case verb, noun, participle, phrase
}

/// What a language contributes to the language-neutral pipeline: normalisation, sentences,
/// tokens, clitic analysis, inflection, and its data files.
public protocol LanguageProfile: Sendable {
    var language: Language { get }

    /// True where modifiers follow their head noun (Arabic `الجيش السوري`), false where they
    /// precede it (English `Syrian army`). Actor composition reads agents and nationalities in
    /// this order.
    var modifiersFollowHead: Bool { get }

    /// Proclitic conjunctions (Arabic `و`, `ف`): a function word that carries one is still that
    /// word (`وفي` is `في`). Empty for a language that writes them apart.
    var conjunctionProclitics: [String] { get }

    /// The proclitics a word may carry inside a multiword name or phrase (Arabic: the article and
    /// `و`, `وال`; the empty string for none).
    var phraseInnerPrefixes: [String] { get }

    /// The matching form of a word (no diacritics, folded letters; lower case for English).
    func normalize(_ word: String) -> String

    /// Whether a reading's proclitics end with the definite article (Arabic `ال`, `وال`, `بال`).
    func hasArticle(prefix: String) -> Bool

    /// Whether a (normalised) lemma opens with the letters of the article (Arabic `التقى`, the
    /// perfect of a form VIII verb of a root in ل): dictionary keys drop them as if they were it.
    func opensWithArticle(_ lemma: String) -> Bool

    /// Whether a verb takes the proclitics `prefix` and the enclitic `suffix` (Arabic verbs take
    /// a conjunction, `س` and, before the imperfect only, the `ل` of purpose; never the article
    /// nor `ب` or `ك`; their object pronouns are `ني`, not the possessive `ي`).
    func verbTakes(prefix: String, suffix: String, imperfect: Bool) -> Bool

    /// Whether a name takes the proclitics `prefix` (Arabic `و`, `ب`, `ل` and the article).
    func nameTakes(prefix: String) -> Bool

    /// Whether a (normalised) noun may be the first term of a genitive construction: Arabic
    /// sound plurals and duals keep their `ن` (`متظاهرون`) and the indefinite accusative its
    /// alif (`ناشطا`) only outside one, so `متظاهرون السفارة` is two phrases.
    func canHeadGenitive(_ word: String) -> Bool

    /// Whether a verb form carries its subject (Arabic `هاجموا`, "they attacked", plural or
    /// dual): a noun after it is its object, since a verb before its subject stays singular.
    func verbCarriesSubject(_ reading: FormReading) -> Bool

    /// Whether proclitics `prefix` hold the future particle (Arabic `س`): the reading is a verb
    /// in the future, never a noun.
    func hasFutureParticle(_ prefix: String) -> Bool

    /// Whether proclitics `prefix` end in the ل a verb takes (Arabic `لتقتل`, "to kill"; `لتقل`,
    /// "let her say"): before an imperfect it marks purpose or command.
    func hasVerbalL(_ prefix: String) -> Bool

    /// Sentences of a text, with quotation context.
    func sentences(in text: ScalarText) -> [Sentence]

    /// Tokens of a span of the text, with offsets into it.
    func tokens(in text: ScalarText, span: TextSpan) -> [Token]

    /// The readings of a token for dictionary lookup, most literal first.
    func analyses(of token: Token) -> [WordAnalysis]

    /// The key a dictionary word is stored under (the same reduction as ``analyses(of:)``'s stems).
    func dictionaryKey(_ word: String) -> String

    /// Every surface form (normalised) of a lexicon entry, with what it expresses.
    func inflections(of lemma: String, category: LexicalCategory) -> [(form: String, reading: FormReading)]

    /// The ways a trigger's complement phrase may be written (Arabic adds the indefinite
    /// accusative: `تحقيق دولي` -> `تحقيقا دوليا`).
    func complementForms(_ phrase: String) -> [String]

    /// Whether the word's spelling rules out the perfect of a lemma: Arabic `إدانتها`, with a
    /// hamza under its alif past the proclitics `prefix`, is the verbal noun of `أدان`, never its
    /// perfect `أدانتها`.
    func spellingRulesOutPerfect(of lemma: String, _ text: String, prefix: String) -> Bool

    /// Whether the word's spelling rules out every verb reading: Arabic `تظاهرة`, with its final
    /// ta marbuta, is a noun.
    func spellingRulesOutVerb(_ text: String) -> Bool

    /// Whether a (normalised) word is written in the indefinite accusative: Arabic `ناشطا`,
    /// `جنديا` with the alif of tanween, an object and never a verb-first subject.
    func isIndefiniteAccusative(_ word: String) -> Bool

    /// Whether a word read with enclitic `suffix` is possessed by a third person (`قواته`, "its
    /// forces"): not a first person (`الأمني` is no `الأمن` + "my") nor a ta marbuta that
    /// normalisation spells like the pronoun (`الداخلية`).
    func isThirdPersonPossessive(_ text: String, suffix: String) -> Bool

    /// The forms of a one-word agent name the text may use besides the listed ones (Arabic: the
    /// indefinite accusative and the dual, `جندي` -> `جنديا`، `جنديان`، `جنديين`).
    func agentForms(_ name: String) -> [String]

    /// The dual forms among ``agentForms(_:)``: a dual names two people, a count.
    func agentDuals(_ name: String) -> [String]

    /// Plural and other derived forms of a nationality adjective (`سوري` -> `سوريون`...).
    func adjectiveForms(_ adjective: String) -> [String]

    /// Whether a listed nationality adjective is a broken plural (`أكراد`, `أتراك`): it names
    /// people, an actor on its own, and takes no derived forms.
    func isBrokenPlural(adjective: String) -> Bool

    /// The contents of a data file of this language (`triggers.tsv`, `function-words.txt`).
    func resource(named name: String) throws -> String

    /// The single most likely reading of a token; see the default in the extension below.
    func segmentation(of token: Token) -> WordAnalysis?

    /// Lemmas of the language's morphological lexicon that a token inflects.
    func morphology(of token: Token) -> [FormReading]
}

extension LanguageProfile {
    public var conjunctionProclitics: [String] { [] }
    public var phraseInnerPrefixes: [String] { [""] }
    public func complementForms(_ phrase: String) -> [String] { [phrase] }
    public func agentForms(_ name: String) -> [String] { [name] }
    public func agentDuals(_ name: String) -> [String] { [] }
    public func hasVerbalL(_ prefix: String) -> Bool { false }
    public func isBrokenPlural(adjective: String) -> Bool { false }
    public func spellingRulesOutPerfect(of lemma: String, _ text: String, prefix: String) -> Bool { false }
    public func isThirdPersonPossessive(_ text: String, suffix: String) -> Bool { false }
    public func spellingRulesOutVerb(_ text: String) -> Bool { false }
    public func isIndefiniteAccusative(_ word: String) -> Bool { false }
    public func hasArticle(prefix: String) -> Bool { false }
    public func opensWithArticle(_ lemma: String) -> Bool { false }
    public func verbTakes(prefix: String, suffix: String, imperfect: Bool) -> Bool { true }
    public func nameTakes(prefix: String) -> Bool { prefix.isEmpty }
    public func hasFutureParticle(_ prefix: String) -> Bool { false }
    public func verbCarriesSubject(_ reading: FormReading) -> Bool { false }
    public func canHeadGenitive(_ word: String) -> Bool { true }

    /// The one reading of a token a reader would give (for `marsad analyze` and clitic
    /// statistics); the coder itself looks at every reading of ``analyses(of:)``. By default
    /// the most literal reading.
    public func segmentation(of token: Token) -> WordAnalysis? { analyses(of: token).first }

    /// Verb (or noun) lemmas of the language's own morphological lexicon that the token can
    /// inflect, with the reading of each; empty by default.
    public func morphology(of token: Token) -> [FormReading] { [] }
}
