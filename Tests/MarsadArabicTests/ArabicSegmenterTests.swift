import MarsadText
import Testing

@testable import MarsadArabic

@Suite struct ArabicSegmenterTests {
    let s = ArabicSegmenter()

    func seg(_ w: String) -> String {
        let a = s.segment(w)
        return [a.prefix, a.stem, a.suffix].joined(separator: "+")
    }

    @Test func proclitics() {
        #expect(seg("وبالجيش") == "وبال+جيش+")
        #expect(seg("فللأمم") == "فلل+امم+")
        #expect(seg("وللحكومة") == "ولل+حكومه+")
        #expect(seg("وسيدعو") == "وس+يدعو+")
        #expect(seg("وقال") == "و+قال+")
        #expect(seg("والتي") == "و+التي+")
        #expect(seg("وألقى") == "و+القي+")
        #expect(seg("بإلغاء") == "ب+الغاء+")
    }

    @Test func wordsThatOnlyLookCliticisedStayWhole() {
        for w in ["وزير", "فلسطين", "بيان", "لبنان", "كانون", "بغداد", "أمام", "كان", "سيارة", "وزارة", "فريق"] {
            #expect(seg(w) == "+" + ArabicNormalizer().normalize(w) + "+", "\(w)")
        }
    }

    @Test func enclitics() {
        #expect(seg("حكومتها") == "+حكومه+ها")
        #expect(seg("دعاهم") == "+دعا+هم")
        #expect(seg("فيها") == "+في+ها")
        #expect(seg("إليه") == "+الي+ه")
        #expect(seg("اغتياله") == "+اغتيال+ه")
        #expect(seg("ورفاقه") == "و+رفاق+ه")
        // ة is no pronoun: حكومة is not حكوم + ه.
        #expect(seg("حكومة") == "+حكومه+")
        #expect(seg("ذكرى") == "+ذكري+")
    }

    @Test func lexiconCompounds() {
        #expect(seg("بسبب") == "ب+سبب+")
        #expect(seg("لأن") == "ل+ان+")
        #expect(seg("بحقه") == "ب+حق+ه")
    }
}
