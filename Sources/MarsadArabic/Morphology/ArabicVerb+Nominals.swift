/// Verbal noun (masdar) and participles of a verb, masculine singular, vocalised.
extension ArabicVerb {
    /// Active participle: فاعل for form I, مُـ + the imperfect stem for the others (`مُؤَكِّد`,
    /// `مُطَالِب`, `دَاعٍ`, `مُلْتَقٍ`, `مُسَيْطِر`, `مُتَجَمْهِر`).
    public var activeParticiple: String? {
        if form == 1 {
            if isDefective { return VocalisedWord(template: "1َا2ٍ", radicals: radicals).rendered }
            if isDoubled { return VocalisedWord(template: "1َا2ّ", radicals: radicals).rendered }
            if isHollow { return VocalisedWord(template: radicals[2] == "ء" ? "1َاءٍ" : "1َاءِ3", radicals: radicals).rendered }
            return VocalisedWord(template: "1َا2ِ3", radicals: radicals).rendered
        }
        var base = isDefective ? defectiveBase(.imperfect, .active) : stem(.imperfect, .active, .vowel)
        if [5, 6, 12].contains(form), let c = base.units.lastIndex(where: { $0.radical == (form == 12 ? 3 : 2) }) {
            // متعهِّد, متبنٍّ, متجمهِر: the imperfect's fatha becomes a kasra.
            base.units[c].vowel = isDefective ? "\u{064D}" : V.kasra
        } else if isDefective {
            base.units[base.units.count - 1].vowel = "\u{064D}"
        }
        if form == 9 { merge(&base, at: 3) }
        return (VocalisedWord(template: "مُ", radicals: []) + base).rendered
    }

    /// Passive participle: مفعول for form I, مُـ + the passive imperfect stem for the others.
    public var passiveParticiple: String? {
        if form == 9 { return nil }
        if form == 1 {
            if isDefective {
                return VocalisedWord(template: radicals[2] == "و" ? "مَ1ْ2ُوّ" : "مَ1ْ2ِيّ", radicals: radicals).rendered
            }
            if isHollow {
                return VocalisedWord(template: radicals[1] == "ي" ? "مَ1ِي3" : "مَ1ُو3", radicals: radicals).rendered
            }
            return VocalisedWord(template: "مَ1ْ2ُو3", radicals: radicals).rendered
        }
        let m = VocalisedWord(template: "مُ", radicals: [])
        if isDefective { return (m + defectiveBase(.imperfect, .passive) + "ًى").rendered }
        return (m + stem(.imperfect, .passive, .vowel)).rendered
    }

    /// The regular verbal noun of forms II to X and quadriliterals (Iq فَعْلَلَة: `سَيْطَرَة`; IIq
    /// تَفَعْلُل: `تَجَمْهُر`); nil for form I, whose verbal noun is lexical (the dictionary lists
    /// it as a noun).
    public var verbalNoun: String? {
        let t: String
        switch form {
        case 2: t = isDefective ? "تَ1ْ2ِيَة" : "تَ1ْ2ِي3"
        case 3: t = isDefective ? "مُ1َا2َاة" : "مُ1َا2َ3َة"
        case 4: t = isHollow ? "ءِ1َا3َة" : isDefective ? "ءِ1ْ2َاء" : radicals[0] == "و" ? "ءِي2َا3" : "ءِ1ْ2َا3"
        case 5: t = isDefective ? "تَ1َ2ٍّ" : "تَ1َ2ُّ3"
        case 6: t = isDefective ? "تَ1َا2ٍ" : "تَ1َا2ُ3"
        case 7: t = isHollow ? "اِنْ1ِيَا3" : isDefective ? "اِنْ1ِ2َاء" : "اِنْ1ِ2َا3"
        case 8: t = isHollow ? "اِ1ْتِيَا3" : isDefective ? "اِ1ْتِ2َاء" : "اِ1ْتِ2َا3"
        case 9: t = "اِ1ْ2ِ3َا3"
        case 10: t = isHollow ? "اِسْتِ1َا3َة" : isDefective ? "اِسْتِ1ْ2َاء" : "اِسْتِ1ْ2َا3"
        case 11: t = isDefective ? "1َ2ْ3َاة" : "1َ2ْ3َ4َة"
        case 12: t = isDefective ? "تَ1َ2ْ3ٍ" : "تَ1َ2ْ3ُ4"
        default: return nil
        }
        var w = VocalisedWord(template: t, radicals: radicals)
        if form == 8 { assimilateInfix(&w) }
        return w.rendered
    }
}
