/// English verb and noun inflection: regular rules plus the irregular forms a lexicon gives.
public struct EnglishInflector: Sendable {
    public init() {}

    static let vowels = Set("aeiou")

    /// `base [past [participle]]` -> forms with features.
    public func verbForms(_ lemma: String) -> [(form: String, features: String)] {
        let parts = lemma.lowercased().split(separator: " ").map(String.init)
        guard let base = parts.first else { return [] }
        let past = parts.count > 1 ? parts[1] : regularPast(base)
        let participle = parts.count > 2 ? parts[2] : past
        return [
            (base, "present"), (thirdPerson(base), "present 3s"), (past, "past"),
            (participle, "past participle"), (gerund(base), "gerund"),
        ]
    }

    public func thirdPerson(_ b: String) -> String {
        if b.hasSuffix("y"), let p = b.dropLast().last, !Self.vowels.contains(p) { return b.dropLast() + "ies" }
        if ["s", "x", "z", "ch", "sh", "o"].contains(where: b.hasSuffix) { return b + "es" }
        return b + "s"
    }

    public func regularPast(_ b: String) -> String {
        if b.hasSuffix("e") { return b + "d" }
        if b.hasSuffix("y"), let p = b.dropLast().last, !Self.vowels.contains(p) { return b.dropLast() + "ied" }
        if doublesFinal(b) { return b + String(b.last!) + "ed" }
        return b + "ed"
    }

    public func gerund(_ b: String) -> String {
        if b.hasSuffix("ie") { return b.dropLast(2) + "ying" }
        if b.hasSuffix("e"), !b.hasSuffix("ee") { return b.dropLast() + "ing" }
        if doublesFinal(b) { return b + String(b.last!) + "ing" }
        return b + "ing"
    }

    /// Short consonant-vowel-consonant verbs double their last letter (plan -> planned).
    func doublesFinal(_ b: String) -> Bool {
        let c = Array(b)
        guard c.count >= 3, c.count <= 4 else { return false }
        let last = c[c.count - 1], mid = c[c.count - 2], before = c[c.count - 3]
        return !Self.vowels.contains(last) && !"wxy".contains(last) && Self.vowels.contains(mid) && !Self.vowels.contains(before)
    }

    public func plural(_ n: String) -> String {
        if n.hasSuffix("y"), let p = n.dropLast().last, !Self.vowels.contains(p) { return n.dropLast() + "ies" }
        if ["s", "x", "z", "ch", "sh"].contains(where: n.hasSuffix) { return n + "es" }
        return n + "s"
    }
}
