import Foundation
import MarsadText

/// English verb and noun inflection: regular rules, the irregular forms of
/// `irregular-verbs.txt` and `irregular-nouns.txt`, and irregular forms a lexicon gives after
/// the base (`meet met met`).
public struct EnglishInflector: Sendable {
    /// Base -> (past forms, participle forms) for verbs the rules get wrong.
    public let irregularVerbs: [String: (past: [String], participle: [String])]
    /// Singular -> plural for nouns the rules get wrong.
    public let irregularNouns: [String: String]
    /// Every inflected irregular form -> (lemma, features), for recognition.
    let irregularForms: [String: [(String, String)]]

    /// The bundled tables, read once.
    public static let bundled = EnglishInflector()

    /// Loads the bundled tables.
    public init() {
        let read = { (name: String) in (try? LanguageResource.read(name, in: Bundle.module)) ?? "" }
        self.init(verbTable: read("irregular-verbs.txt"), nounTable: read("irregular-nouns.txt"))
    }

    /// Reads tables written as in the bundled files (`go went gone`, `man men`).
    public init(verbTable: String, nounTable: String) {
        var verbs: [String: (past: [String], participle: [String])] = [:]
        var nouns: [String: String] = [:]
        var forms: [String: [(String, String)]] = [:]
        for f in Self.rows(verbTable) where f.count >= 3 {
            let past = f[1].split(separator: "/").map(String.init)
            let part = f[2].split(separator: "/").map(String.init)
            verbs[f[0]] = (past, part)
            for p in past { forms[p, default: []].append((f[0], "past")) }
            for p in part { forms[p, default: []].append((f[0], "past participle")) }
        }
        for f in Self.rows(nounTable) where f.count >= 2 {
            nouns[f[0]] = f[1]
            forms[f[1], default: []].append((f[0], "plural"))
        }
        irregularVerbs = verbs
        irregularNouns = nouns
        irregularForms = forms
    }

    static func rows(_ text: String) -> [[String]] {
        text.split(separator: "\n").compactMap { line -> [String]? in
            let l = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let f = l.split(whereSeparator: { $0 == " " || $0 == "\t" }).map { $0.lowercased() }
            return f.isEmpty ? nil : f
        }
    }

    static let vowels = Set("aeiou")

    /// `base [past [participle]]` -> forms with features: present, present 3s, past, past
    /// participle, gerund. Irregular forms come from the lemma or the bundled table.
    public func verbForms(_ lemma: String) -> [(form: String, features: String)] {
        let parts = lemma.lowercased().split(separator: " ").map(String.init)
        guard let base = parts.first else { return [] }
        let table = irregularVerbs[base]
        let past = parts.count > 1 ? [parts[1]] : table?.past ?? [regularPast(base)]
        let participle = parts.count > 2 ? [parts[2]] : parts.count > 1 ? past : table?.participle ?? past
        var out: [(String, String)] = [(base, "present"), (thirdPerson(base), "present 3s")]
        out += past.map { ($0, "past") }
        out += participle.filter { !past.contains($0) }.map { ($0, "past participle") }
        out.append((gerund(base), "gerund"))
        if base == "be" { out += [("is", "present 3s"), ("are", "present"), ("am", "present"), ("being", "gerund")] }
        return out
    }

    public func thirdPerson(_ b: String) -> String {
        if b == "have" { return "has" }
        if b == "be" { return "is" }
        if b.hasSuffix("y"), let p = b.dropLast().last, !Self.vowels.contains(p) { return b.dropLast() + "ies" }
        if ["s", "x", "z", "ch", "sh", "o"].contains(where: b.hasSuffix) { return b + "es" }
        return b + "s"
    }

    public func regularPast(_ b: String) -> String {
        if let p = irregularVerbs[b]?.past.first { return p }
        if b.hasSuffix("e") { return b + "d" }
        if b.hasSuffix("y"), let p = b.dropLast().last, !Self.vowels.contains(p) { return b.dropLast() + "ied" }
        if doublesFinal(b) { return b + String(b.last!) + "ed" }
        return b + "ed"
    }

    public func gerund(_ b: String) -> String {
        if b.hasSuffix("ie") { return b.dropLast(2) + "ying" }
        if b.hasSuffix("e"), !b.hasSuffix("ee"), b != "be" { return b.dropLast() + "ing" }
        if doublesFinal(b) || irregularDoubling(b) { return b + String(b.last!) + "ing" }
        return b + "ing"
    }

    /// Verbs the table lists with a doubled past (`commit committed`).
    func irregularDoubling(_ b: String) -> Bool {
        guard let p = irregularVerbs[b]?.past.first, let l = b.last else { return false }
        return p == b + String(l) + "ed"
    }

    /// Short consonant-vowel-consonant verbs double their last letter (plan -> planned).
    func doublesFinal(_ b: String) -> Bool {
        let c = Array(b)
        guard c.count >= 3, c.count <= 4 else { return false }
        let last = c[c.count - 1], mid = c[c.count - 2], before = c[c.count - 3]
        return !Self.vowels.contains(last) && !"wxy".contains(last) && Self.vowels.contains(mid) && !Self.vowels.contains(before)
    }

    public func plural(_ n: String) -> String {
        if let p = irregularNouns[n] { return p }
        if n.hasSuffix("y"), let p = n.dropLast().last, !Self.vowels.contains(p) { return n.dropLast() + "ies" }
        if ["s", "x", "z", "ch", "sh"].contains(where: n.hasSuffix) { return n + "es" }
        return n + "s"
    }

    /// Lemmas an inflected word may come from, with the features of the form: irregular forms
    /// from the tables, then the regular endings undone (`urged` -> `urge`, `cities` -> `city`).
    public func lemmas(of word: String) -> [(lemma: String, features: String)] {
        let w = word.lowercased()
        var out = irregularForms[w].map { $0.map { (lemma: $0.0, features: $0.1) } } ?? []
        func add(_ l: String, _ f: String) {
            if l.count >= 2, !out.contains(where: { $0.lemma == l && $0.features == f }) { out.append((l, f)) }
        }
        if w.hasSuffix("ied") { add(String(w.dropLast(3)) + "y", "past") }
        if w.hasSuffix("ed") {
            let stem = String(w.dropLast(2))
            add(stem, "past")
            add(stem + "e", "past")
            if let l = stem.last, stem.dropLast().last == l { add(String(stem.dropLast()), "past") }
        }
        if w.hasSuffix("ing") {
            let stem = String(w.dropLast(3))
            add(stem, "gerund")
            add(stem + "e", "gerund")
            if let l = stem.last, stem.dropLast().last == l { add(String(stem.dropLast()), "gerund") }
        }
        if w.hasSuffix("ies") { add(String(w.dropLast(3)) + "y", "present 3s / plural") }
        if w.hasSuffix("es") { add(String(w.dropLast(2)), "present 3s / plural") }
        if w.hasSuffix("s"), !w.hasSuffix("ss") { add(String(w.dropLast()), "present 3s / plural") }
        return out
    }
}
