extension ArabicVerb {
    /// What the written perfect shows besides its letters.
    struct Shape {
        /// The haraka written on the second radical of a form I verb, if any.
        var c2Vowel: Unicode.Scalar?
        /// Written with a final `ي` (not `ى`/`ا`): `بقي`, `نسي`.
        var endsInYa = false
    }

    /// Form, radicals and hollowness of a written perfect 3ms. A lemma is read as a triliteral
    /// form wherever one fits; only the rest is quadriliteral (`زلزل`, `سيطر`, `تجمهر`), unless
    /// `quadriliteral` (the lemma's `q` marker) says so: `أرشف q` is not form IV.
    static func analyse(_ raw: String, quadriliteral marked: Bool = false) -> (Int, [Unicode.Scalar], Bool, Shape)? {
        var l: [Unicode.Scalar] = []
        var shadda: Set<Int> = []
        var vowel: [Int: Unicode.Scalar] = [:]
        for s in raw.unicodeScalars {
            switch s {
            case VocalisedWord.shaddaMark: if !l.isEmpty { shadda.insert(l.count - 1) }
            case VocalisedWord.fatha, VocalisedWord.damma, VocalisedWord.kasra: if !l.isEmpty { vowel[l.count - 1] = s }
            case "\u{0640}": continue
            default:
                guard s.properties.isAlphabetic, (0x0621...0x064A).contains(s.value) || s == "ٱ" else { continue }
                l.append(s == "ٱ" ? "ا" : s)
            }
        }
        guard l.count >= 2 else { return nil }
        var shape = Shape()
        shape.endsInYa = l.last == "ي"
        func rad(_ s: Unicode.Scalar) -> Unicode.Scalar {
            if hamzas.contains(s) { return "ء" }
            return s == "ى" || s == "ا" ? "ي" : s
        }
        /// Radicals of the letters after a form's prefix: sound, hollow (`C ا C`), defective
        /// (final `ى`/`ا`) or doubled (two letters, shadda on the last).
        func tail(_ t: ArraySlice<Unicode.Scalar>) -> ([Unicode.Scalar], Bool)? {
            let t = Array(t)
            if t.count == 2 { return ([rad(t[0]), rad(t[1]), rad(t[1])], false) }
            guard t.count == 3 else { return nil }
            if t[1] == "ا" { return ([rad(t[0]), "و", rad(t[2])], true) }
            if t[2] == "ا" || t[2] == "ى" { return ([rad(t[0]), rad(t[1]), "ي"], false) }
            return ([rad(t[0]), rad(t[1]), rad(t[2])], false)
        }
        let n = l.count
        let last = n - 1
        if marked { return quadriliteral(l, shape: shape, rad: rad) }
        // Form X: است + radicals.
        if n >= 5, l[0] == "ا", l[1] == "س", l[2] == "ت", let (r, h) = tail(l[3...]) { return (10, r, h, shape) }
        if l[0] == "ا", n >= 4 {
            // Form VIII: ا + C1 + ت (ط or د after some letters) + C2 C3; an assimilated first
            // radical is written with a shadda: اتّهم (وهم)، اتّخذ (أخذ)، ادّعى (دعو)، اطّلع (طلع).
            // Without its shadda (اتهم) too: ا + ت + two letters is no other form.
            if shadda.contains(1) || n == 4 && l[1] == "ت", let (c2, c3, h) = afterInfix(l[2...]) {
                var c1 = l[1]
                if c1 == "ت" { c1 = String(String.UnicodeScalarView(l)) == "اتخذ" ? "ء" : "و" }
                return (8, [c1, rad(c2), rad(c3)], h, shape)
            }
            let infixFits = l[2] == "ت" || l[2] == "ط" && "صضظ".unicodeScalars.contains(l[1])
                || l[2] == "د" && "ذز".unicodeScalars.contains(l[1])
            if infixFits, n >= 4, let (c2, c3, h) = afterInfix(l[3...]) {
                return (8, [rad(l[1]), rad(c2), rad(c3)], h, shape)
            }
            if l[1] == "ن", let (r, h) = tail(l[2...]) { return (7, r, h, shape) }
            if n == 4, shadda.contains(last) { return (9, [rad(l[1]), rad(l[2]), rad(l[3])], false, shape) }
            // Form IV with its hamza unwritten (اعلن): a quadriliteral never starts with ا.
            if n == 4, let (r, h) = tail(l[1...]) { return (4, r, h, shape) }
        }
        // Form IV: أ + radicals; آمن is أأمن.
        if l[0] == "آ", n == 3 { return (4, ["ء", rad(l[1]), rad(l[2])], false, shape) }
        if l[0] == "أ" || l[0] == "إ", n >= 3 {
            if n == 3, shadda.contains(1) { return (2, ["ء", rad(l[1]), rad(l[2])], false, shape) }
            if n == 3, shadda.contains(2) { return (4, [rad(l[1]), rad(l[2]), rad(l[2])], false, shape) }
            if n == 3 { return Self.formI(l, shape: shape, vowel: vowel, rad: rad) }
            if let (r, h) = tail(l[1...]) { return (4, r, h, shape) }
        }
        if n == 4, l[1] == "ا" {
            return (3, [rad(l[0]), rad(l[2]), l[3] == "ى" || l[3] == "ا" ? "ي" : rad(l[3])], false, shape)
        }
        // Form VI of a hamzated root: تآمر is تأامر.
        if l[0] == "ت", n == 4, l[1] == "آ" { return (6, ["ء", rad(l[2]), rad(l[3])], false, shape) }
        // Form V is written with its shadda (تعهّد); without one, ت + three letters is read as a
        // quadriliteral (ترجم), whose unvocalised forms are the same but for the verbal noun.
        // ت + four letters is form VI (تظاهر) or else quadriliteral IIq (تجمهر).
        if l[0] == "ت", n >= 4, !shadda.isEmpty || l[n - 1] == "ى" || n == 5 {
            if l[2] == "ا", n == 5 { return (6, [rad(l[1]), rad(l[3]), rad(l[4])], false, shape) }
            if n == 4 { return (5, [rad(l[1]), rad(l[2]), l[3] == "ى" || l[3] == "ا" ? "ي" : rad(l[3])], false, shape) }
        }
        if n == 3, shadda.contains(1) {
            return (2, [rad(l[0]), rad(l[1]), l[2] == "ى" || l[2] == "ا" ? "ي" : rad(l[2])], false, shape)
        }
        if n == 2 { return (1, [rad(l[0]), rad(l[1]), rad(l[1])], false, shape) }
        if n == 3 { return Self.formI(l, shape: shape, vowel: vowel, rad: rad) }
        return quadriliteral(l, shape: shape, rad: rad)
    }

    /// Quadriliteral forms: Iq, four radicals (`ترجم`، `زلزل`، `سيطر`، `طمأن`), and IIq, `ت` +
    /// four radicals (`تجمهر`، `تزعزع`); a final `ى`/`ا` is a weak fourth radical (`سلقى`).
    static func quadriliteral(
        _ l: [Unicode.Scalar], shape: Shape, rad: (Unicode.Scalar) -> Unicode.Scalar
    ) -> (Int, [Unicode.Scalar], Bool, Shape)? {
        let form: Int
        let letters: ArraySlice<Unicode.Scalar>
        switch l.count {
        case 4: (form, letters) = (11, l[...])
        case 5 where l[0] == "ت": (form, letters) = (12, l[1...])
        default: return nil
        }
        // A long vowel is no radical, but for a weak last one.
        let long: Set<Unicode.Scalar> = ["ا", "ى", "آ"]
        guard !letters.dropLast().contains(where: long.contains), letters.last != "آ" else { return nil }
        return (form, letters.map(rad), false, shape)
    }

    /// The radicals after form VIII's infix: `قد` (sound), `ار` (hollow), `قى` (defective), `ل` + shadda (doubled).
    static func afterInfix(_ t: ArraySlice<Unicode.Scalar>) -> (Unicode.Scalar, Unicode.Scalar, Bool)? {
        let t = Array(t)
        if t.count == 1 { return (t[0], t[0], false) }
        guard t.count == 2 else { return nil }
        if t[0] == "ا" { return ("و", t[1], true) }
        if t[1] == "ا" || t[1] == "ى" { return (t[0], "ي", false) }
        return (t[0], t[1], false)
    }

    static func formI(
        _ l: [Unicode.Scalar], shape: Shape, vowel: [Int: Unicode.Scalar], rad: (Unicode.Scalar) -> Unicode.Scalar
    ) -> (Int, [Unicode.Scalar], Bool, Shape)? {
        var shape = shape
        shape.c2Vowel = vowel[1]
        if l[1] == "ا" { return (1, [rad(l[0]), "و", rad(l[2])], true, shape) }
        if l[2] == "ا" { return (1, [rad(l[0]), rad(l[1]), "و"], false, shape) }
        if l[2] == "ى" { return (1, [rad(l[0]), rad(l[1]), "ي"], false, shape) }
        return (1, [rad(l[0]), rad(l[1]), rad(l[2])], false, shape)
    }
}
