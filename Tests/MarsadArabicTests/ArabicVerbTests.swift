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
