/// Stems of a verb: the sound template of each form, then the changes weak and doubled roots
/// make to it. A stem ends with its last radical bare; the ending gives it its vowel.
extension ArabicVerb {
    enum Tense { case perfect, imperfect }
    enum Voice { case active, passive }
    /// Whether the ending starts with a vowel (`-a`, `-ū`, `-u`) or a consonant (`-tu`, `-na`).
    enum Before { case vowel, consonant }

    typealias V = VocalisedWord

    /// Radicals as the templates see them: form IX repeats its last radical.
    var templateRadicals: [Unicode.Scalar] { form == 9 ? radicals + [radicals[2]] : radicals }

    func template(_ tense: Tense, _ voice: Voice) -> String {
        let pv = String(perfectVowel), iv = String(imperfectVowel)
        switch (form, tense, voice) {
        case (1, .perfect, .active): return "1َ2" + pv + "3"
        case (1, .perfect, .passive): return "1ُ2ِ3"
        case (1, .imperfect, .active): return dropsInitialWaw ? "2" + iv + "3" : "1ْ2" + iv + "3"
        case (1, .imperfect, .passive): return "1ْ2َ3"
        case (2, .perfect, .active): return "1َ2َّ3"
        case (2, .perfect, .passive): return "1ُ2ِّ3"
        case (2, .imperfect, .active): return "1َ2ِّ3"
        case (2, .imperfect, .passive): return "1َ2َّ3"
        case (3, .perfect, .active): return "1َا2َ3"
        case (3, .perfect, .passive): return "1ُو2ِ3"
        case (3, .imperfect, .active): return "1َا2ِ3"
        case (3, .imperfect, .passive): return "1َا2َ3"
        case (4, .perfect, .active): return "ءَ1ْ2َ3"
        case (4, .perfect, .passive): return "ءُ1ْ2ِ3"
        case (4, .imperfect, .active): return "1ْ2ِ3"
        case (4, .imperfect, .passive): return "1ْ2َ3"
        case (5, .perfect, .active): return "تَ1َ2َّ3"
        case (5, .perfect, .passive): return "تُ1ُ2ِّ3"
        case (5, .imperfect, _): return "تَ1َ2َّ3"
        case (6, .perfect, .active): return "تَ1َا2َ3"
        case (6, .perfect, .passive): return "تُ1ُو2ِ3"
        case (6, .imperfect, _): return "تَ1َا2َ3"
        case (7, .perfect, .active): return "اِنْ1َ2َ3"
        case (7, .perfect, .passive): return "اُنْ1ُ2ِ3"
        case (7, .imperfect, .active): return "نْ1َ2ِ3"
        case (7, .imperfect, .passive): return "نْ1َ2َ3"
        case (8, .perfect, .active): return "اِ1ْتَ2َ3"
        case (8, .perfect, .passive): return "اُ1ْتُ2ِ3"
        case (8, .imperfect, .active): return "1ْتَ2ِ3"
        case (8, .imperfect, .passive): return "1ْتَ2َ3"
        case (9, .perfect, _): return "اِ1ْ2َ3َ4"
        case (9, .imperfect, _): return "1ْ2َ3ِ4"
        case (10, .perfect, .active): return "اِسْتَ1ْ2َ3"
        case (10, .perfect, .passive): return "اُسْتُ1ْ2ِ3"
        case (10, .imperfect, .active): return "سْتَ1ْ2ِ3"
        case (10, .imperfect, .passive): return "سْتَ1ْ2َ3"
        // Quadriliterals: Iq (فَعْلَلَ يُفَعْلِلُ) and IIq (تَفَعْلَلَ يَتَفَعْلَلُ).
        case (11, .perfect, .active): return "1َ2ْ3َ4"
        case (11, .perfect, .passive): return "1ُ2ْ3ِ4"
        case (11, .imperfect, .active): return "1َ2ْ3ِ4"
        case (11, .imperfect, .passive): return "1َ2ْ3َ4"
        // IIq (12).
        case (_, .perfect, .active): return "تَ1َ2ْ3َ4"
        case (_, .perfect, .passive): return "تُ1ُ2ْ3ِ4"
        case (_, .imperfect, _): return "تَ1َ2ْ3َ4"
        }
    }

    /// The vowel of the person prefix of the imperfect (`يَ` or `يُ`).
    func prefixVowel(_ voice: Voice) -> Unicode.Scalar {
        voice == .passive || [2, 3, 4, 11].contains(form) ? V.damma : V.fatha
    }

    /// The sound stem with form VIII's infix assimilated.
    func soundStem(_ tense: Tense, _ voice: Voice) -> VocalisedWord {
        var w = VocalisedWord(template: template(tense, voice), radicals: templateRadicals)
        if form == 8 { assimilateInfix(&w) }
        return w
    }

    /// Form VIII: `ت` becomes `ط` after ص ض ط ظ and `د` after د ذ ز, and merges with a first
    /// radical و ي ت (and ء of اتخذ), ط or د.
    func assimilateInfix(_ w: inout VocalisedWord) {
        guard let c1 = w.index(ofRadical: 1), c1 + 1 < w.units.count, w.units[c1 + 1].letter == "ت",
            w.units[c1 + 1].radical == 0
        else { return }
        let r = radicals[0]
        if "صضطظ".unicodeScalars.contains(r) { w.units[c1 + 1].letter = "ط" }
        if "دذز".unicodeScalars.contains(r) { w.units[c1 + 1].letter = "د" }
        if "ويتء".unicodeScalars.contains(r) || r == "ط" || r == "د" {
            let t = w.units[c1 + 1]
            w.units[c1] = VocalisedWord.Unit(letter: t.letter, vowel: t.vowel, shadda: true, radical: 1)
            w.units.remove(at: c1 + 1)
        }
    }

    /// The stem for a tense, voice and kind of ending (not for defective verbs: see `defectiveBase`).
    func stem(_ tense: Tense, _ voice: Voice, _ before: Before) -> VocalisedWord {
        var w = soundStem(tense, voice)
        if isHollow, let c2 = w.index(ofRadical: 2), c2 > 0 {
            let (long, short) = hollowVowel(tense, voice)
            w.units[c2 - 1].vowel = short
            if before == .vowel {
                if long == "ا" { w.units[c2 - 1].vowel = V.fatha }
                w.units[c2] = VocalisedWord.Unit(letter: long, radical: 2)
            } else {
                w.units.remove(at: c2)
            }
        } else if (isDoubled || form == 9), before == .vowel {
            merge(&w, at: form == 9 ? 3 : 2)
        }
        return w
    }

    /// Long vowel and short vowel that replace a hollow verb's middle radical.
    func hollowVowel(_ tense: Tense, _ voice: Voice) -> (Unicode.Scalar, Unicode.Scalar) {
        switch (tense, voice) {
        case (.perfect, .active):
            if form == 1 {
                // The short vowel shows before consonant endings: قُلْت، بِعْت، نِمْت.
                return ("ا", radicals[1] == "و" && imperfectVowel == V.damma ? V.damma : V.kasra)
            }
            return ("ا", V.fatha)
        case (.perfect, .passive): return ("ي", V.kasra)
        case (.imperfect, .active):
            if form == 1 {
                switch imperfectVowel {
                case V.kasra: return ("ي", V.kasra)
                case V.fatha: return ("ا", V.fatha)
                default: return ("و", V.damma)
                }
            }
            return form == 7 || form == 8 ? ("ا", V.fatha) : ("ي", V.kasra)
        case (.imperfect, .passive): return ("ا", V.fatha)
        }
    }

    /// A doubled root before a vowel: the two radicals merge under a shadda and the vowel of
    /// the first moves back to a vowelless letter before it (أَحْبَبَ -> أَحَبَّ).
    func merge(_ w: inout VocalisedWord, at n: Int) {
        guard let a = w.units.firstIndex(where: { $0.radical == n }), a + 1 < w.units.count else { return }
        let v = w.units[a].vowel
        if a > 0, w.units[a - 1].vowel == V.sukun { w.units[a - 1].vowel = v }
        w.units.remove(at: a)
        w.units[a].shadda = true
    }

    /// A defective verb's stem without its last radical; the vowel of its last letter decides
    /// the endings (damma: يدعو, kasra: يرمي، بقي، دُعي, fatha: يبقى، دعا، رمى).
    func defectiveBase(_ tense: Tense, _ voice: Voice) -> VocalisedWord {
        var w = soundStem(tense, voice)
        if let c3 = w.index(ofRadical: radicals.count) { w.units.remove(at: c3) }
        return w
    }
}
