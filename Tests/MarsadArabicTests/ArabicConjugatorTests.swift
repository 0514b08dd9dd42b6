import MarsadText
import Testing

@testable import MarsadArabic

@Suite struct ArabicConjugatorTests {
    let c = ArabicConjugator()

    func forms(_ p: String, _ i: String) -> Set<String> { Set(c.forms(perfect: p, imperfect: i).map(\.form)) }

    @Test func classes() {
        #expect(c.verbClass(perfect: "دعا", imperfect: "يدعو") == .defective)
        #expect(c.verbClass(perfect: "أدان", imperfect: "يدين") == .hollow)
        #expect(c.verbClass(perfect: "ردّ", imperfect: "يردّ") == .doubled)
        #expect(c.verbClass(perfect: "ندّد", imperfect: "يندّد") == .sound)
    }

    @Test func defective() {
        let f = forms("دعا", "يدعو")
        for w in ["دعا", "دعت", "دعوا", "دعونا", "دعوت", "يدعو", "تدعو", "ندعو", "يدعون", "تدعين", "يدع", "دعي"] {
            #expect(f.contains(w), "\(w)")
        }
        let r = forms("التقى", "يلتقي")
        for w in ["التقي", "التقت", "التقوا", "التقينا", "يلتقي", "نلتقي", "يلتقون"] { #expect(r.contains(w), "\(w)") }
    }

    @Test func hollowAndDoubled() {
        let h = forms("أدان", "يدين")
        for w in ["ادان", "ادانت", "ادانوا", "ادنت", "ادنا", "يدين", "تدين", "ندين", "يدينون", "ادين", "يدان"] {
            #expect(h.contains(w), "\(w)")
        }
        let d = forms("ردّ", "يردّ")
        for w in ["رد", "ردت", "ردوا", "رددت", "رددنا", "يرد", "يردون"] { #expect(d.contains(w), "\(w)") }
    }

    @Test func personsOfFirstPersonForms() {
        let f = c.forms(perfect: "ناشد", imperfect: "يناشد")
        #expect(f.first { $0.form == "نناشد" }?.reading.persons == [.first])
        #expect(f.first { $0.form == "ناشدنا" }?.reading.persons == [.first])
        #expect(f.first { $0.form == "ناشدوا" }?.reading.persons == [.third])
    }

    @Test func quadriliterals() {
        let f = Set(c.forms(lemma: "تجمهر").map(\.form))
        for w in ["تجمهر", "تجمهروا", "تجمهرت", "يتجمهر", "يتجمهرون", "نتجمهر", "تتجمهرين"] { #expect(f.contains(w), "\(w)") }
        let s = Set(c.forms(lemma: "سيطر").map(\.form))
        for w in ["سيطر", "سيطروا", "سيطرنا", "يسيطر", "تسيطر", "يسيطرون"] { #expect(s.contains(w), "\(w)") }
        let d = Set(c.derivedForms(lemma: "تجمهر").map(\.form))
        for w in ["تجمهر", "متجمهر", "متجمهرون", "متجمهرين"] { #expect(d.contains(w), "\(w)") }
    }

    @Test func participles() {
        let f = Set(c.nominalForms("مطالب"))
        for w in ["مطالب", "مطالبا", "مطالبه", "مطالبين", "مطالبون"] { #expect(f.contains(w), "\(w)") }
    }

    @Test func readingsTheCoderRelies() {
        let f = c.forms(lemma: "دعا")
        func readings(_ w: String) -> [FormReading] { f.filter { $0.form == w }.map(\.reading) }
        #expect(readings("دعونا").first?.persons == [.first])
        #expect(readings("ندعو").allSatisfy { $0.persons == [.first] && $0.features.contains("imperfect") })
        #expect(readings("يدعو").first?.features.contains("imperfect") == true)
        #expect(readings("دعي").first?.passive == true)
        #expect(readings("يدعي").contains { $0.passive })
        // A passive written like the active is read as active only.
        #expect(c.forms(lemma: "أعلن").filter { $0.form == "اعلن" }.allSatisfy { !$0.reading.passive })
        #expect(c.forms(lemma: "أدان").contains { $0.form == "ادين" && $0.reading.passive && $0.reading.persons == [.third] })
        #expect(c.forms(lemma: "قال").contains { $0.form == "قيل" && $0.reading.passive })
        #expect(c.forms(lemma: "ناشد").first { $0.form == "نناشد" }?.reading.persons == [.first])
        #expect(Set(c.forms(lemma: "أدان").map(\.form)) == Set(c.forms(perfect: "أدان", imperfect: "يدين").map(\.form)))
    }

    @Test func derivedNominalFormsHaveGenderAndNumber() {
        let f = Set(c.derivedForms(lemma: "أكّد").map(\.form))
        for w in ["موكد", "موكدا", "موكده", "موكدون", "موكدين", "تاكيد"] { #expect(f.contains(w), "\(w)") }
        let d = Set(c.derivedForms(lemma: "دعا").map(\.form))
        for w in ["داع", "داعيا", "داعيه", "داعون"] { #expect(d.contains(w), "\(w)") }
        let m = Set(c.derivedForms(lemma: "طالب").map(\.form))
        for w in ["مطالبه", "مطالبا", "مطالبون"] { #expect(m.contains(w), "\(w)") }
    }
}
