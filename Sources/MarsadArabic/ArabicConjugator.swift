import MarsadText

/// Generates the inflected forms of an Arabic verb from its perfect and imperfect
/// 3rd person masculine singular (`دعا يدعو`, `أدان يدين`, `ردّ يردّ`), normalised for matching.
///
/// The class is read off the two forms: a perfect ending in `ا`/`ى` is defective (final weak
/// radical, `و` or `ي` as the imperfect shows); a perfect whose last letter carries a shadda is
/// doubled; a perfect with `ا` before its last letter whose imperfect has a long vowel there is
/// hollow; anything else is sound. Derived forms II to X need nothing more: their prefixes and
/// infixes are part of the two stems given.
public struct ArabicConjugator: Sendable {
    let normalizer = ArabicNormalizer()

    public init() {}

    public enum VerbClass: String, Sendable { case sound, defective, hollow, doubled }

    public func verbClass(perfect raw: String, imperfect rawI: String) -> VerbClass {
        if raw.unicodeScalars.last == "\u{0651}" { return .doubled }
        let p = Array(normalizer.normalize(raw).unicodeScalars)
        let i = Array(normalizer.normalize(rawI).unicodeScalars)
        if let last = p.last, last == "ا" || last == "ي", p.count >= 2 { return .defective }
        if p.count >= 3, p[p.count - 2] == "ا", i.count >= 3, "ويا".unicodeScalars.contains(i[i.count - 2]) {
            return .hollow
        }
        return .sound
    }

    /// Every form with its reading. `lemma` is the perfect as written in the lexicon.
    public func forms(perfect raw: String, imperfect rawI: String) -> [(form: String, reading: FormReading)] {
        let cls = verbClass(perfect: raw, imperfect: rawI)
        let P = normalizer.normalize(raw)
        let I = normalizer.normalize(rawI)
        let lemma = P
        var out: [(String, FormReading)] = []
        func add(_ form: String, _ persons: Set<GrammaticalPerson>, _ f: String, passive: Bool = false) {
            guard form.unicodeScalars.count >= 2 else { return }
            out.append((form, FormReading(lemma: lemma, persons: persons, passive: passive, features: f)))
        }
        let third: Set<GrammaticalPerson> = [.third]
        let first: Set<GrammaticalPerson> = [.first]
        let second: Set<GrammaticalPerson> = [.second]

        // Perfect stems: P3 before vowel suffixes, P1 before consonant suffixes, Pd without the weak letter.
        let pd = String(P.dropLast())
        var p1 = P
        switch cls {
        case .defective: p1 = pd + (I.hasSuffix("و") ? "و" : "ي")
        case .hollow:
            var s = Array(P.unicodeScalars); s.remove(at: s.count - 2)
            p1 = String(String.UnicodeScalarView(s))
        case .doubled: p1 = P + String(P.unicodeScalars.last!)
        case .sound: break
        }
        add(P, third, "perfect 3ms")
        if cls == .defective {
            add(pd + "ت", third, "perfect 3fs"); add(pd + "تا", third, "perfect 3fd")
            add(pd + "وا", third, "perfect 3mp"); add(pd + "و", third, "perfect 3mp+pron")
            add(p1 + "ا", third, "perfect 3md")
            if P.hasSuffix("ي") { add(P + "ت", third, "perfect 3fs") }
        } else {
            add(P + "ت", [.first, .second, .third], "perfect 3fs/1s/2ms")
            add(P + "تا", third, "perfect 3fd"); add(P + "وا", third, "perfect 3mp")
            add(P + "و", third, "perfect 3mp+pron"); add(P + "ا", third, "perfect 3md")
        }
        add(p1 + "ن", third, "perfect 3fp")
        add(p1 + "ت", [.first, .second], "perfect 1s/2s")
        add(p1 + "تم", second, "perfect 2mp"); add(p1 + "تما", second, "perfect 2d")
        add(p1 + "تن", second, "perfect 2fp"); add(p1 + "نا", first, "perfect 1p")
        if p1.hasSuffix("ن") { add(p1 + "ا", first, "perfect 1p") }
        // Passive perfect: دُعي، قيل/أُدين, otherwise written like the active.
        if cls == .defective { add(pd + "ي", third, "passive perfect 3ms", passive: true); add(pd + "يت", third, "passive perfect 3fs", passive: true) }
        if cls == .hollow {
            var s = Array(P.unicodeScalars); s[s.count - 2] = "ي"
            let pp = String(String.UnicodeScalarView(s))
            add(pp, third, "passive perfect 3ms", passive: true); add(pp + "ت", third, "passive perfect 3fs", passive: true)
        }

        // Imperfect: S is the stem after the person prefix.
        guard I.unicodeScalars.count >= 3, I.hasPrefix("ي") else { return out }
        let S = String(I.dropFirst())
        let S0 = cls == .defective ? String(S.dropLast()) : S
        var Sshort = S
        if cls == .hollow {
            var s = Array(S.unicodeScalars); s.remove(at: s.count - 2)
            Sshort = String(String.UnicodeScalarView(s))
        }
        let persons: [(String, Set<GrammaticalPerson>, String)] = [
            ("ي", third, "3m"), ("ت", [.second, .third], "3fs/2ms"), ("ا", first, "1s"), ("ن", first, "1p"),
        ]
        for (pre, who, tag) in persons {
            add(pre + S, who, "imperfect \(tag)")
            if cls == .defective || cls == .hollow || cls == .doubled {
                add(pre + (cls == .defective ? S0 : Sshort), who, "jussive \(tag)")
            }
        }
        for (pre, who) in [("ي", third), ("ت", second)] {
            add(pre + S0 + "ون", who, "imperfect mp"); add(pre + S0 + "وا", who, "subjunctive mp")
            add(pre + S + "ان", who, "imperfect dual"); add(pre + S + "ا", who, "subjunctive dual")
            add(pre + Sshort + "ن", who, "imperfect fp")
        }
        add("ت" + S0 + "ين", second, "imperfect 2fs"); add("ت" + S0 + "ي", second, "subjunctive 2fs")
        // Passive imperfect: يُدان، يُدعى.
        if cls == .hollow {
            var s = Array(S.unicodeScalars); s[s.count - 2] = "ا"
            let sp = String(String.UnicodeScalarView(s))
            add("ي" + sp, third, "passive imperfect 3ms", passive: true); add("ت" + sp, third, "passive imperfect 3fs", passive: true)
        }
        if cls == .defective {
            add("ي" + S0 + "ي", third, "passive imperfect 3ms", passive: true); add("ت" + S0 + "ي", third, "passive imperfect 3fs", passive: true)
        }
        // Imperative (second person).
        add("ا" + S0, second, "imperative 2ms"); add("ا" + S0 + "وا", second, "imperative 2mp")
        return out
    }

    /// Forms of a participle or noun lemma: gender, number and case endings (`مؤكد` -> `مؤكدا`,
    /// `مؤكده`, `مؤكدين`...). Alternatives after ` | ` in the lexicon are added as given.
    public func nominalForms(_ raw: String) -> [String] {
        var forms: [String] = []
        for alt in raw.split(separator: "|") {
            let w = normalizer.normalize(alt.trimmingCharacters(in: .whitespaces))
            guard !w.isEmpty else { continue }
            forms.append(w)
            let base = w.hasSuffix("ه") ? String(w.dropLast()) : w
            if w.hasSuffix("ه") {
                forms += [base + "ات", base + "تان", base + "تين", base + "تا", base + "تي"]
            } else if !w.hasSuffix("ات") && !w.hasSuffix("ون") && !w.hasSuffix("ين") && !w.contains(" ") {
                forms += [w + "ا", w + "ه", w + "ون", w + "ين", w + "ان", w + "ات", w + "تان", w + "تين"]
            }
        }
        return forms
    }
}
