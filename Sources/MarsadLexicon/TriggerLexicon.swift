import Foundation
import MarsadCore
import MarsadText

/// Where a trigger's target is found.
public enum TargetSpec: Sendable, Hashable {
    /// The first free actor after the subject (or after the verb in subject-first order).
    case object
    /// An actor after this preposition (a word or an Arabic proclitic).
    case preposition(String)
    /// The first of these that finds an actor (`object|prep:على`: `هدد إيران بعقوبات`, `هدد
    /// بفرض عقوبات على العراق`).
    indirect case either([TargetSpec])
    case none
}

/// One rule of a language's trigger lexicon.
public struct TriggerRule: Sendable {
    public var id: String
    public var category: LexicalCategory
    public var lemma: String
    /// The CAMEO code, or nil for a reporting verb (`قال`, `said`), which opens reported speech,
    /// and for another sense of the word.
    public var cameo: CameoCode?
    /// A sense of the word that is no event (code `-`): `تظاهرة ثقافية` is a cultural event, not
    /// a demonstration. Its complement must follow within two words; then the word fires nothing.
    public var otherSense = false
    /// The complements, one of which must follow the trigger in its clause: each a phrase of
    /// dictionary keys, word by word (`وقف اطلاق النار` -> three keys).
    public var complements: [[WordKey]]
    public var target: TargetSpec
    public var location: String
    /// Sentences that must code to an event by this rule (`example:` lines after the rule).
    public var examples: [String] = []
    /// The complement names who acts, the verb's subject (`@متظاهرون` for `تجمّع`): it may stand
    /// before the verb, and after a verb that carries its own subject it is an object instead.
    public var complementNamesActor = false
    /// The lemma opens with the letters of the article (the profile's `opensWithArticle`:
    /// `ألقى`, `التقى`): so do its perfect forms, whose dictionary keys drop them.
    public var lemmaOpensWithArticle = false
}

/// A token form that a rule recognises, with its grammatical reading.
public struct TriggerForm: Sendable {
    public var rule: Int
    public var reading: FormReading
}

/// The event-trigger lexicon of one language, with every inflected form compiled in.
public struct TriggerLexicon: Sendable {
    public let rules: [TriggerRule]
    /// Single-word forms (dictionary keys) -> rules.
    public let forms: [WordKey: [TriggerForm]]
    /// Multiword triggers.
    public let phrases: PhraseMatcher

    /// Loads `triggers.tsv` and `speech-verbs.tsv` of a language. A rule whose lemma yields no
    /// form (a verb the conjugator cannot inflect) is an error: it would never fire.
    public static func load(profile: any LanguageProfile, codebook: Codebook) throws -> TriggerLexicon {
        var rules: [TriggerRule] = []
        for (file, isSpeech) in [("triggers.tsv", false), ("speech-verbs.tsv", true)] {
            let text = try profile.resource(named: file)
            rules += try parse(text, file: "\(profile.language.rawValue)/\(file)", speech: isSpeech, profile: profile, codebook: codebook)
        }
        let lexicon = TriggerLexicon(rules: rules, profile: profile)
        try lexicon.requireForms()
        return lexicon
    }

    /// Throws for the first rule whose lemma yields no form: it would never fire.
    public func requireForms() throws {
        var inflected = Set<Int>()
        for forms in forms.values { for f in forms { inflected.insert(f.rule) } }
        if let r = rules.indices.first(where: { rules[$0].category != .phrase && !inflected.contains($0) }) {
            throw MarsadError(.dictionary, "`\(rules[r].lemma)` yields no form: the rule would never fire", location: rules[r].location)
        }
    }

    public init(rules: [TriggerRule], profile: any LanguageProfile) {
        self.rules = rules
        var forms: [WordKey: [TriggerForm]] = [:]
        var phrases = PhraseMatcher()
        for (i, r) in rules.enumerated() {
            if r.category == .phrase {
                for f in profile.inflections(of: r.lemma, category: .phrase) {
                    phrases.add(f.form.split(separator: " ").map(String.init), entry: i)
                }
                continue
            }
            for f in profile.inflections(of: r.lemma, category: r.category) {
                forms[WordKey(f.form), default: []].append(TriggerForm(rule: i, reading: f.reading))
            }
        }
        self.forms = forms
        self.phrases = phrases
    }

    /// Parses a trigger TSV: `id pos lemma code complement target`, each rule optionally
    /// followed by `example:` lines.
    public static func parse(
        _ text: String, file: String, speech: Bool, profile: any LanguageProfile, codebook: Codebook
    ) throws -> [TriggerRule] {
        var out: [TriggerRule] = []
        var n = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            n += 1
            let line = String(raw)
            if line.hasPrefix("#") || line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("id\t") { continue }
            if line.hasPrefix("example:") {
                guard !out.isEmpty else { throw MarsadError(.dictionary, "an example before any rule", location: "\(file):\(n)") }
                out[out.count - 1].examples.append(line.dropFirst("example:".count).trimmingCharacters(in: .whitespaces))
                continue
            }
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            let loc = "\(file):\(n)"
            guard f.count >= 6 else { throw MarsadError(.dictionary, "expected 6 tab-separated columns, found \(f.count)", location: loc) }
            guard let cat = LexicalCategory(rawValue: f[1]) else {
                throw MarsadError(.dictionary, "unknown pos `\(f[1])`", location: loc)
            }
            if cat == .noun || cat == .participle,
                f[2].split(separator: "|").contains(where: { $0.trimmingCharacters(in: .whitespaces).contains(" ") })
            {
                throw MarsadError(.dictionary, "a \(f[1]) of several words never matches one token: make `\(f[2])` a phrase", location: loc)
            }
            let otherSense = !speech && f[3] == "-"
            if otherSense && f[4] == "-" {
                throw MarsadError(.dictionary, "a rule for another sense (code `-`) needs the complement that marks the sense", location: loc)
            }
            let cameo = speech || otherSense ? nil : try codebook.require(f[3], location: loc)
            // `@` before the complements: they name who acts, the verb's subject (`@متظاهرون`).
            let names = f[4].hasPrefix("@")
            let field = names ? String(f[4].dropFirst()) : f[4]
            if names && cat != .verb { throw MarsadError(.dictionary, "only a verb's complement names who acts (`@`)", location: loc) }
            let complements = field == "-" ? [] : field.split(separator: "|").flatMap { profile.complementForms(String($0)) }.map {
                $0.split(separator: " ").map { WordKey(profile.dictionaryKey(String($0))) }
            }
            func spec(_ t: String) throws -> TargetSpec {
                switch t {
                case "object": return .object
                case "none", "-": return .none
                case let t where t.hasPrefix("prep:"): return .preposition(profile.normalize(String(t.dropFirst(5))))
                default: throw MarsadError(.dictionary, "unknown target `\(t)`", location: loc)
                }
            }
            let specs = try f[5].split(separator: "|").map { try spec(String($0)) }
            let target: TargetSpec = specs.count == 1 ? specs[0] : .either(specs)
            var rule = TriggerRule(id: f[0], category: cat, lemma: f[2], cameo: cameo, complements: complements, target: target, location: loc)
            rule.lemmaOpensWithArticle = profile.opensWithArticle(f[2])
            rule.otherSense = otherSense
            rule.complementNamesActor = names
            out.append(rule)
        }
        return out
    }
}
