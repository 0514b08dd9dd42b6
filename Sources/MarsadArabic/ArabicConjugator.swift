import Foundation
import MarsadText

/// The forms a dictionary lemma stands for, normalised for matching, each with its reading.
///
/// Verbs are given as their perfect 3ms (`أدان`, `ندّد`, `استنكر`, `دعا`), optionally followed
/// by the imperfect 3ms or its vowel for form I (`دعا يدعو`, `قتل u`); see ``ArabicVerb``. The
/// full paradigm is generated (``ArabicVerb/paradigm()``) and folded by ``ArabicNormalizer``;
/// forms that coincide within one tense share a reading whose persons are the union. A passive
/// form written like the active of the same person and tense (`اعلن`) is only read as active;
/// one written otherwise (`ادين`, `قيل`, `يدان`) keeps its passive reading.
public struct ArabicConjugator: Sendable {
    let normalizer = ArabicNormalizer()

    public init() {}

    /// The classes the older two-form interface reported.
    public enum VerbClass: String, Sendable { case sound, defective, hollow, doubled }

    public func verbClass(perfect: String, imperfect: String) -> VerbClass {
        guard let v = ArabicVerb(lemma: perfect + " " + imperfect) else { return .sound }
        if v.isDoubled { return .doubled }
        if v.isDefective { return .defective }
        if v.isHollow { return .hollow }
        return .sound
    }

    /// Forms of a verb given by its perfect and imperfect 3ms (`دعا`, `يدعو`).
    public func forms(perfect: String, imperfect: String) -> [(form: String, reading: FormReading)] {
        forms(lemma: perfect + " " + imperfect)
    }

    /// Every normalised form of a verb lemma with its reading.
    public func forms(lemma: String) -> [(form: String, reading: FormReading)] {
        guard let verb = ArabicVerb(lemma: lemma), let first = lemma.split(separator: " ").first else { return [] }
        let lemmaKey = normalizer.normalize(String(first))
        // Group by (form, tense group): persons and features accumulate.
        var order: [String] = []
        var groups: [String: (form: String, persons: Set<GrammaticalPerson>, passive: Bool, features: [String])] = [:]
        // Active forms by slot: a passive spelt like the active of its own slot (اعلن) is read as active.
        var active: [String: Set<String>] = [:]
        let cells = verb.paradigm()
        for cell in cells where !cell.slot.contains("_pass") {
            active[cell.slot] = Set(cell.forms.map(normalizer.normalize))
        }
        for cell in cells {
            let (group, feature, person, passive) = Self.describe(cell.slot)
            // The active forms of the same slot (`perfect_3ms` for `perfect_3ms_pass`).
            let activeForms = passive ? active[cell.slot.split(separator: "_").filter { $0 != "pass" }.joined(separator: "_")] : nil
            for raw in cell.forms {
                for (f, extra) in variants(raw) {
                    guard f.unicodeScalars.count >= 2, !(activeForms?.contains(f) ?? false) else { continue }
                    let key = f + "|" + group + extra
                    if groups[key] == nil {
                        order.append(key)
                        groups[key] = (f, [], passive, [])
                    }
                    groups[key]!.persons.insert(person)
                    let feat = feature + extra
                    if !groups[key]!.features.contains(feat) { groups[key]!.features.append(feat) }
                }
            }
        }
        return order.map { k in
            let g = groups[k]!
            return (g.form, FormReading(lemma: lemmaKey, persons: g.persons, passive: g.passive, features: g.features.joined(separator: ", ")))
        }
    }

    /// A form and the stems it takes before an object pronoun: `دعوا` -> `دعو(ه)`, `رمى` ->
    /// `رما(ه)`; `+pron` marks the latter in the features.
    func variants(_ vocalised: String) -> [(String, String)] {
        let n = normalizer.normalize(vocalised)
        var out = [(n, "")]
        if n.hasSuffix("وا") { out.append((String(n.dropLast()), "+pron")) }
        if vocalised.unicodeScalars.last == "ى" || vocalised.hasSuffix("ًى") {
            out.append((String(n.dropLast()) + "ا", "+pron"))
        }
        return out
    }

    /// Tense group, feature text, person and voice of a slot name.
    static func describe(_ slot: String) -> (String, String, GrammaticalPerson, Bool) {
        let parts = slot.split(separator: "_").map(String.init)
        let code = parts.last!
        let person: GrammaticalPerson = code.hasPrefix("1") ? .first : code.hasPrefix("2") ? .second : .third
        let passive = parts.contains("pass")
        let tense: String
        switch parts[0] {
        case "past": tense = "perfect"
        case "ind": tense = "imperfect"
        case "sub": tense = "imperfect subjunctive"
        case "juss": tense = "imperfect jussive"
        default: tense = "imperative"
        }
        let group = (parts[0] == "past" ? "perfect" : parts[0] == "imp" ? "imperative" : "imperfect") + (passive ? " passive" : "")
        return (group, (passive ? "passive " : "") + tense + " " + code, person, passive)
    }

    /// Verbal noun and participles of a verb lemma with their gender and number forms
    /// (`مؤكد`, `مؤكدا`, `مؤكده`, `مؤكدون`...), features `masdar`, `active participle`,
    /// `passive participle`.
    public func derivedForms(lemma: String) -> [(form: String, reading: FormReading)] {
        guard let verb = ArabicVerb(lemma: lemma), let first = lemma.split(separator: " ").first else { return [] }
        let lemmaKey = normalizer.normalize(String(first))
        var out: [(String, FormReading)] = []
        var seen = Set<String>()
        for (word, feature) in [(verb.verbalNoun, "masdar"), (verb.activeParticiple, "active participle"), (verb.passiveParticiple, "passive participle")] {
            guard let w = word else { continue }
            for f in nominalForms(w) where seen.insert(f + feature).inserted {
                out.append((f, FormReading(lemma: lemmaKey, persons: [.third], features: feature)))
            }
        }
        return out
    }

    /// Forms of a participle or noun lemma: gender, number and case endings (`مؤكد` -> `مؤكدا`,
    /// `مؤكده`, `مؤكدين`...; `داع` -> `داعيا`, `داعيه`...). Alternatives after ` | ` in the
    /// lexicon are added as given.
    public func nominalForms(_ raw: String) -> [String] {
        var forms: [String] = []
        for alt in raw.split(separator: "|") {
            let a = alt.trimmingCharacters(in: .whitespaces)
            var w = normalizer.normalize(a)
            guard !w.isEmpty else { continue }
            forms.append(w)
            // A defective participle (داعٍ، ملتقٍ): its ي shows before every ending.
            if a.unicodeScalars.last == "\u{064D}" || a.hasSuffix("\u{064D}\u{0651}") {
                forms += [w + "ون", w + "ين"]
                w += "ي"
                forms.append(w)
            }
            if a.hasSuffix("ًى") || a.hasSuffix("ى") { forms.append(String(w.dropLast()) + "ا") }
            let base = w.hasSuffix("ه") ? String(w.dropLast()) : w
            if w.hasSuffix("ه") {
                forms += [base + "ات", base + "تان", base + "تين", base + "تا", base + "تي"]
            } else if !w.hasSuffix("ات") && !w.hasSuffix("ون") && !w.hasSuffix("ين") && !w.contains(" ") {
                forms += [w + "ا", w + "ه", w + "ون", w + "ين", w + "ان", w + "ات", w + "تان", w + "تين"]
            }
        }
        var seen = Set<String>()
        return forms.filter { seen.insert($0).inserted }
    }
}
