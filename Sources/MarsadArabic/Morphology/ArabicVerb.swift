/// An Arabic verb read off its lemma, the perfect 3rd person masculine singular as a
/// dictionary writes it: derived form (I to X, or quadriliteral Iq or IIq), root radicals,
/// weakness, and for form I the stem vowels.
///
/// Accepted lemma spellings (see docs/arabic.md):
/// - `ندّد`, `استنكر`, `انسحب`, `اتّهم`, `أدان`: derived forms need nothing more; a shadda marks
///   form II (`ندّد`) or a doubled root (`ردّ`, `احتلّ`, `استمرّ`).
/// - `زلزل`, `سيطر`, `ترجم`, `تجمهر`: a word no triliteral form fits is a quadriliteral, Iq
///   (فعلل) or IIq (تفعلل); form V needs its shadda (`تعهّد`), or ت + three letters is Iq. `q`
///   after the perfect makes it quadriliteral where a triliteral form would fit (`أرشف q`, not
///   form IV).
/// - `دعا`, `قال`, `قتل`: form I with the usual imperfect vowel (`u` for hollow and `ا`-final
///   defective verbs, `i` for `ى`-final ones and verbs with an initial `و`, `a` for `ي`-final
///   ones and for sound verbs with a guttural second or third radical, `u` otherwise).
/// - `دعا يدعو`, `باع يبيع`, `وضع يضع`, `قتل u`: form I with its imperfect, or its vowel `a`,
///   `i` or `u`. Harakat written on either word are read too (`بَقِيَ`).
public struct ArabicVerb: Sendable, Hashable {
    /// Form number 1 to 10; 11 for quadriliteral Iq (`ترجم`), 12 for IIq (`تجمهر`).
    public var form: Int
    /// Root radicals; hamza is `ء`, weak radicals `و` and `ي`.
    public var radicals: [Unicode.Scalar]
    /// Form I: the vowel of the second radical in the perfect and in the imperfect (fatha, damma, kasra).
    public var perfectVowel: Unicode.Scalar = VocalisedWord.fatha
    public var imperfectVowel: Unicode.Scalar = VocalisedWord.damma
    /// The middle radical is a long vowel in the perfect (`قال`, `أدان`, `اختار`, `استقال`).
    public var hollow = false
    /// Form I verbs with initial `و` that drop it in the imperfect (`وصل يصل`).
    public var dropsInitialWaw = false

    static let gutturals: Set<Unicode.Scalar> = ["ء", "ح", "خ", "ع", "غ", "ه"]
    static let hamzas: Set<Unicode.Scalar> = ["ء", "أ", "إ", "ؤ", "ئ"]

    public var isDefective: Bool { !isDoubled && (radicals.last == "و" || radicals.last == "ي") }
    public var isDoubled: Bool {
        radicals.count == 3 && radicals[1] == radicals[2] && [1, 4, 7, 8, 9, 10].contains(form)
    }
    var isHollow: Bool { hollow && [1, 4, 7, 8, 10].contains(form) }

    /// Root as letters (`دعو`).
    public var root: String { String(String.UnicodeScalarView(radicals)) }

    public init(form: Int, radicals: [Unicode.Scalar]) {
        self.form = form
        self.radicals = radicals
    }

    /// Reads a lemma, with an optional imperfect or vowel letter after a space. Nil if the word
    /// does not look like a verb.
    public init?(lemma: String) {
        let parts = lemma.split(separator: " ").map(String.init)
        let marked = parts.dropFirst().contains("q")
        guard let perfect = parts.first, let (form, radicals, hollow, shape) = Self.analyse(perfect, quadriliteral: marked)
        else { return nil }
        self.init(form: form, radicals: radicals)
        self.hollow = hollow
        guard form == 1 else { return }
        if let v = shape.c2Vowel { perfectVowel = v }
        if radicals[2] == "ي", shape.endsInYa { perfectVowel = VocalisedWord.kasra }
        // Defaults for the imperfect vowel.
        if hollow || radicals[2] == "و" {
            imperfectVowel = VocalisedWord.damma
        } else if radicals[2] == "ي" {
            imperfectVowel = perfectVowel == VocalisedWord.kasra ? VocalisedWord.fatha : VocalisedWord.kasra
        } else if radicals[0] == "و" {
            imperfectVowel = VocalisedWord.kasra
            dropsInitialWaw = true
        } else if perfectVowel == VocalisedWord.kasra {
            imperfectVowel = VocalisedWord.fatha
        } else if !isDoubled, Self.gutturals.contains(radicals[1]) || Self.gutturals.contains(radicals[2]) {
            imperfectVowel = VocalisedWord.fatha
        }
        if parts.count > 1 { readImperfect(parts[1]) }
        if hollow { self.radicals[1] = imperfectVowel == VocalisedWord.kasra ? "ي" : "و" }
        if radicals[2] == "و" || radicals[2] == "ي" {
            if perfectVowel != VocalisedWord.kasra {
                self.radicals[2] = imperfectVowel == VocalisedWord.damma ? "و" : "ي"
            }
        }
    }

    mutating func readImperfect(_ raw: String) {
        switch raw {
        case "a": imperfectVowel = VocalisedWord.fatha; return
        case "i": imperfectVowel = VocalisedWord.kasra; return
        case "u": imperfectVowel = VocalisedWord.damma; return
        default: break
        }
        let marks: Set<Unicode.Scalar> = [VocalisedWord.fatha, VocalisedWord.damma, VocalisedWord.kasra]
        var letters: [Unicode.Scalar] = []
        var vowels: [Unicode.Scalar?] = []
        for s in raw.unicodeScalars {
            if marks.contains(s) { if !vowels.isEmpty { vowels[vowels.count - 1] = s } } else if s.properties.isAlphabetic {
                letters.append(s); vowels.append(nil)
            }
        }
        guard letters.count >= 2, letters[0] == "ي" else { return }
        let stem = Array(letters.dropFirst())
        if radicals[0] == "و" { dropsInitialWaw = stem.first != "و" }
        if isHollow, stem.count >= 3 {
            switch stem[stem.count - 2] {
            case "و": imperfectVowel = VocalisedWord.damma
            case "ي": imperfectVowel = VocalisedWord.kasra
            case "ا": imperfectVowel = VocalisedWord.fatha
            default: break
            }
            return
        }
        if isDefective, let last = stem.last {
            switch last {
            case "و": imperfectVowel = VocalisedWord.damma
            case "ي": imperfectVowel = VocalisedWord.kasra
            case "ى", "ا": imperfectVowel = VocalisedWord.fatha
            default: break
            }
            return
        }
        // Sound: a haraka on the second radical, if written.
        if let i = stem.indices.dropLast().last, let v = vowels[i + 1] { imperfectVowel = v }
    }
}
