import MarsadText
import Testing

@testable import MarsadArabic

@Suite struct ArabicVerbTests {
    let n = ArabicNormalizer()

    func verb(_ lemma: String) throws -> ArabicVerb { try #require(ArabicVerb(lemma: lemma), "\(lemma)") }

    func cell(_ lemma: String, _ slot: String) throws -> Set<String> {
        let v = try verb(lemma)
        return Set(try #require(v.paradigm().first { $0.slot == slot }).forms.map(n.normalize))
    }

    @Test(arguments: [
        ("أدان", 4, "دون"), ("ندّد", 2, "ندد"), ("استنكر", 10, "نكر"), ("انسحب", 7, "سحب"), ("اتّهم", 8, "وهم"),
        ("دعا", 1, "دعو"), ("قال", 1, "قول"), ("وقّع", 2, "وقع"), ("ردّ", 1, "ردد"), ("ناشد", 3, "نشد"),
        ("تعهّد", 5, "عهد"), ("تظاهر", 6, "ظهر"), ("التقى", 8, "لقي"), ("احتلّ", 8, "حلل"), ("استمرّ", 10, "مرر"),
        ("أكّد", 2, "ءكد"), ("اصطدم", 8, "صدم"), ("انطلق", 7, "طلق"), ("ترجم", 11, "ترجم"), ("تابع", 3, "تبع"),
        ("زلزل", 11, "زلزل"), ("سيطر", 11, "سيطر"), ("هيمن", 11, "هيمن"), ("طمأن", 11, "طمءن"), ("سلقى", 11, "سلقي"),
        ("تجمهر", 12, "جمهر"), ("تدحرج", 12, "دحرج"), ("تزعزع", 12, "زعزع"), ("أرشف q", 11, "ءرشف"), ("أرشف", 4, "رشف"),
        ("تبادل", 6, "بدل"), ("تساءل", 6, "سءل"), ("تآمر", 6, "ءمر"), ("تبنّى", 5, "بني"), ("اعلن", 4, "علن"), ("اتهم", 8, "وهم"),
    ])
    func lemmasAreReadForFormAndRoot(lemma: String, form: Int, root: String) throws {
        let v = try verb(lemma)
        #expect(v.form == form)
        if form != 4 || !v.isHollow { #expect(v.root == root) }
    }

    @Test func derivedFormsNeedOnlyTheLemma() throws {
        #expect(try cell("ندّد", "ind_3ms") == ["يندد"])
        #expect(try cell("استنكر", "ind_1p") == ["نستنكر"])
        #expect(try cell("اتّهم", "ind_3mp") == ["يتهمون"])
        #expect(try cell("أدان", "ind_3ms") == ["يدين"])
        #expect(try cell("أدان", "past_1s") == ["ادنت"])
        #expect(try cell("أدان", "past_pass_3ms") == ["ادين"])
        #expect(try cell("أدان", "ind_pass_3ms") == ["يدان"])
        #expect(try cell("انسحب", "juss_3mp") == ["ينسحبوا"])
        #expect(try cell("وقّع", "sub_2fs") == ["توقعي"])
        #expect(try cell("التقى", "past_3mp") == ["التقوا"])
        #expect(try cell("التقى", "ind_3ms") == ["يلتقي"])
        #expect(try cell("استمرّ", "past_1s") == ["استمررت"])
        #expect(try cell("استمرّ", "ind_3ms") == ["يستمر"])
    }

    @Test func formOneTakesItsImperfectOrADefault() throws {
        #expect(try cell("دعا", "ind_3ms") == ["يدعو"])
        #expect(try cell("دعا يدعو", "past_1p") == ["دعونا"])
        #expect(try cell("دعا", "past_pass_3ms") == ["دعي"])
        #expect(try cell("دعا", "ind_pass_3ms") == ["يدعي"])
        #expect(try cell("رمى", "ind_3ms") == ["يرمي"])
        #expect(try cell("بقي", "ind_3ms") == ["يبقي"])
        #expect(try cell("باع يبيع", "ind_3ms") == ["يبيع"])
        #expect(try cell("قال", "ind_3ms") == ["يقول"])
        #expect(try cell("قال", "juss_3ms") == ["يقل"])
        #expect(try cell("قال", "imp_2ms") == ["قل"])
        #expect(try cell("قال", "past_pass_3ms") == ["قيل"])
        #expect(try cell("وصل", "ind_3ms") == ["يصل"])
        #expect(try cell("ردّ", "juss_3ms") == ["يرد", "يردد"])
        #expect(try cell("أخذ يأخذ", "imp_2ms") == ["خذ"])
        #expect(try cell("قرأ يقرأ", "past_3md") == ["قرا"])
        #expect(try cell("سأل يسأل", "ind_3ms") == ["يسال"])
        #expect(try cell("قتل u", "imp_2ms") == ["اقتل"])
    }

    @Test func verbalNounsAndParticiples() throws {
        func nominal(_ lemma: String) throws -> [String?] {
            let v = try verb(lemma)
            return [v.verbalNoun, v.activeParticiple, v.passiveParticiple].map { $0.map(n.normalize) }
        }
        #expect(try nominal("ندّد") == ["تنديد", "مندد", "مندد"])
        #expect(try nominal("أدان") == ["ادانه", "مدين", "مدان"])
        #expect(try nominal("استنكر") == ["استنكار", "مستنكر", "مستنكر"])
        #expect(try nominal("اتّهم") == ["اتهام", "متهم", "متهم"])
        #expect(try nominal("طالب") == ["مطالبه", "مطالب", "مطالب"])
        #expect(try nominal("أكّد") == ["تاكيد", "موكد", "موكد"])
        #expect(try nominal("دعا")[1] == "داع")
        #expect(try nominal("انسحب")[0] == "انسحاب")
        #expect(try nominal("التقى")[0] == "التقاء")
    }
}

/// Quadriliterals: Iq (فَعْلَلَ) and IIq (تَفَعْلَلَ).
extension ArabicVerbTests {
    func vocalised(_ lemma: String, _ slot: String) throws -> [String] {
        try #require(try verb(lemma).paradigm().first { $0.slot == slot }).forms
    }

    @Test func formIqParadigm() throws {
        #expect(try vocalised("زلزل", "past_3ms") == ["زَلْزَلَ"])
        #expect(try vocalised("زلزل", "past_3mp") == ["زَلْزَلُوا"])
        #expect(try vocalised("زلزل", "past_1p") == ["زَلْزَلْنَا"])
        #expect(try vocalised("زلزل", "ind_3ms") == ["يُزَلْزِلُ"])
        #expect(try vocalised("زلزل", "ind_3mp") == ["يُزَلْزِلُونَ"])
        #expect(try vocalised("زلزل", "sub_2fs") == ["تُزَلْزِلِي"])
        #expect(try vocalised("زلزل", "juss_1s") == ["أُزَلْزِلْ"])
        #expect(try vocalised("زلزل", "past_pass_3ms") == ["زُلْزِلَ"])
        #expect(try vocalised("زلزل", "ind_pass_3ms") == ["يُزَلْزَلُ"])
        #expect(try vocalised("زلزل", "imp_2ms") == ["زَلْزِلْ"])
        #expect(try vocalised("زلزل", "imp_2mp") == ["زَلْزِلُوا"])
        #expect(try cell("سيطر", "ind_3fs") == ["تسيطر"])
        #expect(try cell("سيطر", "past_3fp") == ["سيطرن"])
        #expect(try cell("ترجم", "ind_1p") == ["نترجم"])
        #expect(try cell("دحرج", "juss_3mp") == ["يدحرجوا"])
        #expect(try vocalised("طمأن", "ind_3ms") == ["يُطَمْئِنُ"])
        #expect(try cell("هيمن", "past_3mp") == ["هيمنوا"])
        // A weak fourth radical: سَلْقَى يُسَلْقِي.
        #expect(try vocalised("سلقى", "past_3mp") == ["سَلْقَوْا"])
        #expect(try vocalised("سلقى", "ind_3ms") == ["يُسَلْقِي"])
        #expect(try cell("سلقى", "past_1s") == ["سلقيت"])
    }

    @Test func formIIqParadigm() throws {
        #expect(try vocalised("تجمهر", "past_3ms") == ["تَجَمْهَرَ"])
        #expect(try vocalised("تجمهر", "past_3mp") == ["تَجَمْهَرُوا"])
        #expect(try vocalised("تجمهر", "past_2fs") == ["تَجَمْهَرْتِ"])
        #expect(try vocalised("تجمهر", "ind_3ms") == ["يَتَجَمْهَرُ"])
        #expect(try vocalised("تجمهر", "ind_3mp") == ["يَتَجَمْهَرُونَ"])
        #expect(try vocalised("تجمهر", "sub_3fd") == ["تَتَجَمْهَرَا"])
        #expect(try vocalised("تجمهر", "juss_3ms") == ["يَتَجَمْهَرْ"])
        #expect(try vocalised("تجمهر", "past_pass_3ms") == ["تُجُمْهِرَ"])
        #expect(try vocalised("تجمهر", "ind_pass_3ms") == ["يُتَجَمْهَرُ"])
        #expect(try vocalised("تجمهر", "imp_2ms") == ["تَجَمْهَرْ"])
        #expect(try vocalised("تجمهر", "imp_2fp") == ["تَجَمْهَرْنَ"])
        #expect(try cell("تدحرج", "ind_1s") == ["اتدحرج"])
        #expect(try cell("تزعزع", "past_3fs") == ["تزعزعت"])
        #expect(try cell("تزعزع", "ind_3ms") == ["يتزعزع"])
        #expect(try vocalised("تقلسى", "ind_3ms") == ["يَتَقَلْسَى"])
    }

    @Test func quadriliteralVerbalNounsAndParticiples() throws {
        func nominal(_ lemma: String) throws -> [String?] {
            let v = try verb(lemma)
            return [v.verbalNoun, v.activeParticiple, v.passiveParticiple]
        }
        #expect(try nominal("زلزل") == ["زَلْزَلَة", "مُزَلْزِل", "مُزَلْزَل"])
        #expect(try nominal("سيطر") == ["سَيْطَرَة", "مُسَيْطِر", "مُسَيْطَر"])
        #expect(try nominal("ترجم") == ["تَرْجَمَة", "مُتَرْجِم", "مُتَرْجَم"])
        #expect(try nominal("تجمهر") == ["تَجَمْهُر", "مُتَجَمْهِر", "مُتَجَمْهَر"])
        #expect(try nominal("تزعزع")[0] == "تَزَعْزُع")
        #expect(try nominal("تقلسى")[0...1] == ["تَقَلْسٍ", "مُتَقَلْسٍ"])
        let f = Set(ArabicConjugator().derivedForms(lemma: "سيطر").map(\.form))
        for w in ["سيطره", "مسيطر", "مسيطرون", "مسيطرا"] { #expect(f.contains(w), "\(w)") }
    }

    @Test func quadriliteralMarker() throws {
        // أرشف reads as form IV (أَرْشَفَ يُرْشِفُ) unless marked quadriliteral (يُؤَرْشِفُ).
        #expect(try vocalised("أرشف", "ind_3ms") == ["يُرْشِفُ"])
        #expect(try vocalised("أرشف q", "ind_3ms") == ["يُؤَرْشِفُ"])
        #expect(try verb("أرشف q").verbalNoun == "أَرْشَفَة")
        #expect(ArabicVerb(lemma: "قتل q") == nil)
        #expect(ArabicVerb(lemma: "استنكر q") == nil)
    }

    /// Every verb of the bundled dictionaries keeps its triliteral reading; only these are quadriliterals.
    @Test func dictionaryVerbsAreQuadriliteralOnlyWhereNoTriliteralFormFits() throws {
        let quadriliterals: Set<String> = ["ترجم", "دحرج", "زلزل", "سيطر", "طمأن", "هيمن", "تجمهر"]
        let profile = ArabicProfile()
        var lemmas: [String] = []
        for file in ["triggers.tsv", "speech-verbs.tsv"] {
            for line in try profile.resource(named: file).split(separator: "\n") where !line.hasPrefix("#") {
                let f = line.split(separator: "\t").map(String.init)
                if f.count >= 3, f[1] == "verb" { lemmas.append(f[2]) }
            }
        }
        lemmas += try profile.resource(named: "verbs.txt").split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init)
        #expect(lemmas.count > 300)
        var found: Set<String> = []
        for lemma in lemmas {
            let v = try verb(lemma)
            let perfect = String(lemma.split(separator: " ")[0])
            if quadriliterals.contains(perfect) {
                found.insert(perfect)
                #expect(v.form == (perfect.hasPrefix("ت") && perfect.count == 5 ? 12 : 11), "\(lemma)")
            } else {
                #expect((1...10).contains(v.form), "\(lemma) read as form \(v.form)")
            }
        }
        #expect(found == quadriliterals)
    }
}
