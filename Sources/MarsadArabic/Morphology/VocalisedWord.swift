/// A word being built by the conjugator: letters with their short vowels, shadda, and which
/// root radical each letter is. Templates are written in Arabic script with the digits `1`-`4`
/// standing for the radicals (`اِسْتَ1ْ2َ3`); `ء` is a hamza whose seat (`أ ؤ ئ ء`) is chosen
/// from the vowels around it when the word is rendered.
struct VocalisedWord: Sendable, Hashable {
    struct Unit: Sendable, Hashable {
        var letter: Unicode.Scalar
        var vowel: Unicode.Scalar?
        var shadda = false
        /// 1-based radical number, 0 for a pattern letter.
        var radical = 0
    }

    static let fatha: Unicode.Scalar = "\u{064E}"
    static let damma: Unicode.Scalar = "\u{064F}"
    static let kasra: Unicode.Scalar = "\u{0650}"
    static let sukun: Unicode.Scalar = "\u{0652}"
    static let shaddaMark: Unicode.Scalar = "\u{0651}"

    var units: [Unit]

    init(_ units: [Unit] = []) { self.units = units }

    /// Parses a template, replacing digits by the radicals.
    init(template: String, radicals: [Unicode.Scalar]) {
        var u: [Unit] = []
        for s in template.unicodeScalars {
            switch s {
            case "1", "2", "3", "4":
                let n = Int(s.value - 0x30)
                u.append(Unit(letter: radicals[n - 1], radical: n))
            case Self.shaddaMark: if !u.isEmpty { u[u.count - 1].shadda = true }
            case Self.fatha, Self.damma, Self.kasra, Self.sukun, "\u{064B}", "\u{064C}", "\u{064D}":
                if !u.isEmpty { u[u.count - 1].vowel = s }
            default: u.append(Unit(letter: s))
            }
        }
        units = u
    }

    static func + (a: VocalisedWord, b: VocalisedWord) -> VocalisedWord { VocalisedWord(a.units + b.units) }
    static func + (a: VocalisedWord, b: String) -> VocalisedWord { a + VocalisedWord(template: b, radicals: []) }

    /// Index of the unit carrying radical `n`, the last one if it occurs twice.
    func index(ofRadical n: Int) -> Int? { units.lastIndex { $0.radical == n } }

    /// The text with harakat and hamza seats.
    var rendered: String {
        var out = String.UnicodeScalarView()
        let seated = HamzaSeats.apply(units)
        for u in seated {
            out.append(u.letter)
            if u.shadda { out.append(Self.shaddaMark) }
            if let v = u.vowel { out.append(v) }
        }
        return String(out)
    }
}

/// Chooses the written seat of each hamza from its vowel and the sound before it.
enum HamzaSeats {
    typealias Unit = VocalisedWord.Unit

    static func isLong(_ u: [Unit], _ k: Int) -> Bool {
        guard k > 0, u[k].vowel == nil || u[k].vowel == VocalisedWord.sukun, !u[k].shadda else { return false }
        switch u[k].letter {
        case "ا", "ى": return true
        case "و": return u[k - 1].vowel == VocalisedWord.damma
        case "ي": return u[k - 1].vowel == VocalisedWord.kasra
        default: return false
        }
    }

    static func apply(_ input: [Unit]) -> [Unit] {
        var u = input
        // A vowelless و after a kasra is written ي, a vowelless ي after a damma و (استيلاء، يوقن).
        for k in u.indices.dropFirst() where u[k].vowel == VocalisedWord.sukun && !u[k].shadda {
            if u[k].letter == "و", u[k - 1].vowel == VocalisedWord.kasra { u[k].letter = "ي" }
            if u[k].letter == "ي", u[k - 1].vowel == VocalisedWord.damma { u[k].letter = "و" }
        }
        // ءَ + ءْ (أأ) is written آ.
        var k = 0
        while k + 1 < u.count {
            if u[k].letter == "ء", u[k].vowel == VocalisedWord.fatha, u[k + 1].letter == "ء", u[k + 1].vowel == VocalisedWord.sukun {
                u[k] = Unit(letter: "آ", vowel: nil, shadda: false, radical: u[k].radical)
                u.remove(at: k + 1)
            }
            // ءُ/ءِ + ءْ: the second hamza lengthens the vowel (أُومن، إيمان).
            if u[k].letter == "ء", u[k + 1].letter == "ء", u[k + 1].vowel == VocalisedWord.sukun,
                let v = u[k].vowel, v != VocalisedWord.fatha
            {
                u[k + 1] = Unit(letter: v == VocalisedWord.damma ? "و" : "ي", vowel: nil, shadda: false, radical: u[k + 1].radical)
            }
            k += 1
        }
        for k in u.indices where u[k].letter == "ء" {
            u[k].letter = seat(u, k)
        }
        // أَ + long ا is written آ (قرآ، آخذ).
        var j = 0
        while j + 1 < u.count {
            if u[j].letter == "أ", u[j].vowel == VocalisedWord.fatha, u[j + 1].letter == "ا", u[j + 1].vowel == nil {
                u[j] = Unit(letter: "آ", vowel: nil, shadda: false, radical: u[j].radical)
                u.remove(at: j + 1)
            }
            j += 1
        }
        return u
    }

    static func seat(_ u: [Unit], _ k: Int) -> Unicode.Scalar {
        let own = u[k].vowel
        if k == 0 { return own == VocalisedWord.kasra ? "إ" : "أ" }
        let prev = u[k - 1]
        let prevLong = isLong(u, k - 1)
        let final = k == u.count - 1
        let pv = prevLong ? nil : prev.vowel
        if final || own == VocalisedWord.sukun && k == u.count - 1 {
            if prevLong || pv == VocalisedWord.sukun || pv == nil { return "ء" }
            if pv == VocalisedWord.kasra { return "ئ" }
            if pv == VocalisedWord.damma { return "ؤ" }
            return "أ"
        }
        if own == VocalisedWord.kasra || pv == VocalisedWord.kasra || prev.letter == "ي" && (prevLong || pv == VocalisedWord.sukun) {
            return "ئ"
        }
        if prevLong { return own == VocalisedWord.damma ? "ؤ" : "ء" }
        if own == VocalisedWord.damma || pv == VocalisedWord.damma { return "ؤ" }
        return "أ"
    }
}
