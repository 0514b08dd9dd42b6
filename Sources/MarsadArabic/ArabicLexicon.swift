import Foundation
import MarsadText

/// The words the clitic segmenter knows, keyed by their normalised form (with `ة` kept apart
/// from `ه`, so that `وزيرة` is not `وزير` + `ه`), with what they are:
/// nouns and names from `stems.txt`, function words from `function-words.txt` and
/// `stems.txt`, and every generated form of the verbs in `verbs.txt`, `triggers.tsv` and
/// `speech-verbs.tsv` (nouns and participles of the trigger lexicon too).
public struct ArabicLexicon: Sendable {
    /// What a known word is; it decides which clitics it can carry.
    public enum Kind: Sendable, Hashable {
        case noun, function, perfect, imperfect, imperative
        /// A verbal noun or participle generated from a verb (weaker evidence than a listed noun).
        case derived
        /// A verb stem that only occurs before an object pronoun (`دعو` of `دعوه`).
        case pronounStem
    }

    /// A fixed segmentation from the `[compounds]` section.
    public struct Compound: Sendable, Hashable {
        public var prefix: String, stem: String, suffix: String
    }

    public private(set) var kinds: [String: Set<Kind>] = [:]
    /// Verb forms and their verbal nouns and participles -> what they are of which lemma.
    public private(set) var readings: [String: [FormReading]] = [:]
    public private(set) var compounds: [String: Compound] = [:]
    /// Default normalisation, except that ta marbuta stays `ة`.
    static let keyNormalizer: ArabicNormalizer = {
        var n = ArabicNormalizer()
        n.foldTaMarbuta = false
        return n
    }()
    var normalizer: ArabicNormalizer { Self.keyNormalizer }

    public init() {}

    /// The lexicon of the bundled data files, built once.
    public static let bundled: ArabicLexicon = {
        var l = ArabicLexicon()
        let read = { (name: String) in (try? LanguageResource.read(name, in: Bundle.module)) ?? "" }
        l.addStems(read("stems.txt"))
        let function: Set<String> = [
            "prepositions", "topic-prepositions", "locative", "quantifiers", "negators", "future", "hypothetical",
            "first-person", "passive-agent",
        ]
        for (section, words) in LanguageResource.sections(read("function-words.txt")) {
            for w in words.map({ String($0.split(separator: "=")[0]).replacingOccurrences(of: "ـ", with: "") }) {
                if function.contains(section) {
                    l.add(w, .function)
                } else if ["numbers", "casualties", "weekdays", "participation", "means", "news-sources", "topic-heads", "generic-heads", "venues", "intent-heads"].contains(section) {
                    l.addNoun(ArabicClitics.key(w))
                }
            }
        }
        for line in read("verbs.txt").split(separator: "\n") where !line.hasPrefix("#") {
            l.addVerb(String(line))
        }
        for file in ["triggers.tsv", "speech-verbs.tsv"] {
            for line in read(file).split(separator: "\n") where !line.hasPrefix("#") && !line.hasPrefix("id\t") {
                let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                guard f.count >= 3 else { continue }
                switch f[1] {
                case "verb": l.addVerb(f[2])
                case "noun", "participle":
                    for form in ArabicConjugator().nominalForms(f[2]) { l.addFolded(form, .noun) }
                default: break
                }
            }
        }
        return l
    }()

    mutating func add(_ word: String, _ kind: Kind) {
        let k = normalizer.normalize(word)
        guard !k.isEmpty else { return }
        kinds[k, default: []].insert(kind)
    }

    /// Adds a noun or name with its feminine, dual and plural forms (`لبناني` -> `لبنانية`، `لبنانيون`...).
    mutating func addNoun(_ word: String) {
        let w = normalizer.normalize(word)
        guard !w.isEmpty else { return }
        var forms = [w]
        if w.hasSuffix("ة") {
            let b = String(w.dropLast())
            forms += [b + "ات", b + "تان", b + "تين"]
        } else if !w.contains(" ") {
            forms += [w + "ة", w + "ا", w + "ون", w + "ين", w + "ان", w + "ات", w + "تان", w + "تين"]
        }
        for f in forms { kinds[f, default: []].insert(.noun) }
    }

    /// Adds a generated noun form, whose final `ه` is a folded `ة`.
    mutating func addFolded(_ form: String, _ kind: Kind) {
        kinds[form.hasSuffix("ه") ? String(form.dropLast()) + "ة" : form, default: []].insert(kind)
    }

    /// Adds a verb's paradigm and its verbal noun and participles.
    public mutating func addVerb(_ lemma: String) {
        let c = ArabicConjugator()
        for (form, reading) in c.forms(lemma: lemma) {
            let f = reading.features
            // Forms that are only jussive or imperative (انه of أنهى) are weak evidence: they
            // mostly spell other words.
            let rare = f.split(separator: ",").allSatisfy { $0.contains("jussive") || $0.contains("imperative") }
            let kind: Kind = f.contains("+pron") ? .pronounStem : rare ? .imperative
                : f.contains("imperfect") ? .imperfect : .perfect
            kinds[form, default: []].insert(kind)
            readings[form, default: []].append(reading)
        }
        for (form, reading) in c.derivedForms(lemma: lemma) {
            addFolded(form, .derived)
            readings[form, default: []].append(reading)
        }
        // A sound form I verb's perfect 3ms spells its usual verbal noun too (قتل، ضرب، دعم).
        if let v = ArabicVerb(lemma: lemma), v.form == 1, !v.isHollow, !v.isDefective, !v.isDoubled,
            let p = lemma.split(separator: " ").first
        {
            kinds[normalizer.normalize(String(p)), default: []].insert(.noun)
        }
    }

    mutating func addStems(_ text: String) {
        for (section, words) in LanguageResource.sections(text) {
            for w in words {
                if section == "compounds" {
                    let parts = w.split(separator: "=", maxSplits: 1).map(String.init)
                    guard parts.count == 2 else { continue }
                    let seg = parts[1].split(separator: "+", omittingEmptySubsequences: false).map { normalizer.normalize(String($0)) }
                    let c = seg.count == 3 ? Compound(prefix: seg[0], stem: seg[1], suffix: seg[2])
                        : Compound(prefix: seg.first ?? "", stem: seg.count > 1 ? seg[1] : "", suffix: "")
                    compounds[normalizer.normalize(parts[0])] = c
                } else if section == "function" {
                    add(w, .function)
                } else {
                    addNoun(w)
                }
            }
        }
    }

    /// What the normalised word `key` is, if known.
    public func kinds(of key: String) -> Set<Kind> { kinds[key] ?? [] }
}
