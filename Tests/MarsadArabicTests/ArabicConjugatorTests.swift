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

    @Test func participles() {
        let f = Set(c.nominalForms("مطالب"))
        for w in ["مطالب", "مطالبا", "مطالبه", "مطالبين", "مطالبون"] { #expect(f.contains(w), "\(w)") }
    }
}
