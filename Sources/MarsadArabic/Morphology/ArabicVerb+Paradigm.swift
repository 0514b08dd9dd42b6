/// The full paradigm of a verb: perfect and imperfect (indicative, subjunctive, jussive) in both
/// voices for the thirteen persons, and the imperative. Slot names follow the common
/// conjugation-table layout (`past_3ms`, `past_pass_1p`, `ind_3mp`, `sub_pass_2fs`, `juss_1s`,
/// `imp_2ms`), so tables can be compared slot by slot.
extension ArabicVerb {
    /// Persons in table order: 3rd, 2nd, 1st; masculine, feminine; singular, dual, plural.
    public static let persons = ["3ms", "3fs", "3md", "3fd", "3mp", "3fp", "2ms", "2fs", "2d", "2mp", "2fp", "1s", "1p"]
    static let imperativePersons = ["2ms", "2fs", "2d", "2mp", "2fp"]

    /// One cell of the paradigm: its slot name and the vocalised forms (more than one where
    /// usage varies: `يَرُدَّ` and `يَرْدُدْ`).
    public struct Cell: Sendable, Hashable {
        public var slot: String
        public var forms: [String]
    }

    public func paradigm() -> [Cell] {
        var out: [Cell] = []
        for voice in [Voice.active, .passive] where form != 9 || voice == .active {
            let tag = voice == .passive ? "_pass" : ""
            for p in Self.persons { out.append(Cell(slot: "past\(tag)_\(p)", forms: perfect(p, voice).map(\.rendered))) }
            for mood in ["ind", "sub", "juss"] {
                for p in Self.persons {
                    out.append(Cell(slot: "\(mood)\(tag)_\(p)", forms: imperfect(p, mood, voice).map(\.rendered)))
                }
            }
        }
        for p in Self.imperativePersons { out.append(Cell(slot: "imp_\(p)", forms: imperative(p).map(\.rendered))) }
        return out
    }

    static let perfectEndings: [String: (Before, String)] = [
        "3ms": (.vowel, "َ"), "3fs": (.vowel, "َتْ"), "3md": (.vowel, "َا"), "3fd": (.vowel, "َتَا"),
        "3mp": (.vowel, "ُوا"), "3fp": (.consonant, "ْنَ"), "2ms": (.consonant, "ْتَ"), "2fs": (.consonant, "ْتِ"),
        "2d": (.consonant, "ْتُمَا"), "2mp": (.consonant, "ْتُمْ"), "2fp": (.consonant, "ْتُنَّ"),
        "1s": (.consonant, "ْتُ"), "1p": (.consonant, "ْنَا"),
    ]

    func perfect(_ p: String, _ voice: Voice) -> [VocalisedWord] {
        let (before, ending) = Self.perfectEndings[p]!
        guard isDefective else { return attach(stem(.perfect, voice, before), ending) }
        var b = defectiveBase(.perfect, voice)
        let w3 = form == 1 && radicals[2] == "و" ? "و" : "ي"
        let consonantEnding = String(ending.unicodeScalars.dropFirst())
        if b.units.last?.vowel == V.kasra {
            switch p {
            case "3ms": return [b + "يَ"]
            case "3fs": return [b + "يَتْ"]
            case "3fd": return [b + "يَتَا"]
            case "3md": return [b + "يَا"]
            case "3mp": b.units[b.units.count - 1].vowel = V.damma; return [b + "وا"]
            default: return [b + "ي" + consonantEnding]
            }
        }
        switch p {
        case "3ms": return [b + (w3 == "و" ? "ا" : "ى")]
        case "3fs": return [b + "تْ"]
        case "3fd": return [b + "تَا"]
        case "3mp": return [b + "وْا"]
        case "3md": return [b + (w3 + "َا")]
        default: return [b + (w3 + "ْ") + consonantEnding]
        }
    }

    /// Person prefix letter of the imperfect.
    static func prefix(_ p: String) -> String {
        switch p {
        case "1s": return "ء"
        case "1p": return "ن"
        case "3ms", "3md", "3mp", "3fp": return "ي"
        default: return "ت"
        }
    }

    /// Number group of a person: singular (bare ending), 2fs, dual, masculine and feminine plural.
    static func group(_ p: String) -> String {
        switch p {
        case "2fs": return "2fs"
        case "3md", "3fd", "2d": return "d"
        case "3mp", "2mp": return "mp"
        case "3fp", "2fp": return "fp"
        default: return "s"
        }
    }

    static let imperfectEndings: [String: [String: (Before, String)]] = [
        "ind": ["s": (.vowel, "ُ"), "2fs": (.vowel, "ِينَ"), "d": (.vowel, "َانِ"), "mp": (.vowel, "ُونَ"), "fp": (.consonant, "ْنَ")],
        "sub": ["s": (.vowel, "َ"), "2fs": (.vowel, "ِي"), "d": (.vowel, "َا"), "mp": (.vowel, "ُوا"), "fp": (.consonant, "ْنَ")],
        "juss": ["s": (.consonant, "ْ"), "2fs": (.vowel, "ِي"), "d": (.vowel, "َا"), "mp": (.vowel, "ُوا"), "fp": (.consonant, "ْنَ")],
    ]

    func imperfect(_ p: String, _ mood: String, _ voice: Voice) -> [VocalisedWord] {
        let pre = VocalisedWord(template: Self.prefix(p) + String(prefixVowel(voice)), radicals: [])
        let g = Self.group(p)
        if isDefective { return [pre + defectiveImperfect(g, mood, voice)] }
        let (before, ending) = Self.imperfectEndings[mood]![g]!
        var out = attach(pre + stem(.imperfect, voice, before), ending)
        if mood == "juss", g == "s", isDoubled || form == 9 {
            out = attach(pre + stem(.imperfect, voice, .vowel), "َ") + out
        }
        return out
    }

    /// Endings of a defective imperfect after its base, by the base's last vowel.
    func defectiveImperfect(_ g: String, _ mood: String, _ voice: Voice) -> VocalisedWord {
        var b = defectiveBase(.imperfect, voice)
        let last = b.units.count - 1
        let type = b.units[last].vowel
        func with(_ v: Unicode.Scalar, _ s: String) -> VocalisedWord { var c = b; c.units[last].vowel = v; return c + s }
        switch (g, mood, type) {
        case ("s", "ind", V.damma): return b + "و"
        case ("s", "ind", V.kasra): return b + "ي"
        case ("s", "sub", V.damma): return b + "وَ"
        case ("s", "sub", V.kasra): return b + "يَ"
        case ("s", "juss", _): return b
        case ("s", _, _): return b + "ى"
        case ("2fs", _, V.fatha): return b + (mood == "ind" ? "يْنَ" : "يْ")
        case ("2fs", _, _): return with(V.kasra, mood == "ind" ? "ينَ" : "ي")
        case ("d", _, V.damma): return b + (mood == "ind" ? "وَانِ" : "وَا")
        case ("d", _, _): return b + (mood == "ind" ? "يَانِ" : "يَا")
        case ("mp", _, V.fatha): return b + (mood == "ind" ? "وْنَ" : "وْا")
        case ("mp", _, _): return with(V.damma, mood == "ind" ? "ونَ" : "وا")
        case ("fp", _, V.damma): return b + "ونَ"
        case ("fp", _, V.kasra): return b + "ينَ"
        default: b.units[last].vowel = V.fatha; return b + "يْنَ"
        }
    }

    func imperative(_ p: String) -> [VocalisedWord] {
        imperfect(p, "juss", .active).map { j in
            var w = j
            w.units.removeFirst()
            if form == 1, radicals[0] == "ء", ["ءخذ", "ءكل", "ءمر"].contains(root), w.units.first?.letter == "ء" {
                w.units.removeFirst()
                return w
            }
            if form == 4 { return VocalisedWord(template: "ءَ", radicals: []) + w }
            guard let first = w.units.first, first.vowel == V.sukun || first.shadda else { return w }
            let v = form == 1 && imperfectVowel == V.damma ? V.damma : V.kasra
            let alef = first.letter == "ء" ? "ء" : "ا"
            return VocalisedWord([VocalisedWord.Unit(letter: Unicode.Scalar(alef)!, vowel: v)]) + w
        }
    }

    /// Stem + ending: the ending's leading vowel goes on the stem's last letter. A final `ن`
    /// or `ت` before an ending that starts with the same letter is also written merged
    /// (`أعلنّا` beside `أعلننا`).
    func attach(_ stem: VocalisedWord, _ ending: String) -> [VocalisedWord] {
        var s = stem
        var rest = Substring.UnicodeScalarView(ending.unicodeScalars)
        while let m = rest.first, [V.fatha, V.damma, V.kasra, V.sukun].contains(m) {
            if !s.units.isEmpty { s.units[s.units.count - 1].vowel = m }
            rest.removeFirst()
        }
        let tail = VocalisedWord(template: String(String.UnicodeScalarView(rest)), radicals: [])
        var out = [s + tail]
        if let last = s.units.last, last.vowel == V.sukun, let t = tail.units.first, t.letter == last.letter,
            last.letter == "ن" || last.letter == "ت"
        {
            var merged = s
            merged.units[merged.units.count - 1].shadda = true
            merged.units[merged.units.count - 1].vowel = t.vowel
            out.insert(merged + VocalisedWord(Array(tail.units.dropFirst())), at: 0)
        }
        return out
    }
}
