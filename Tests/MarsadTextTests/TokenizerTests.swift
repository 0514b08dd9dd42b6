import MarsadCore
import Testing

@testable import MarsadText

@Suite struct TokenizerTests {
    let tokenizer = Tokenizer(normalize: { $0 })

    func tokens(_ s: String) -> [Token] {
        let t = ScalarText(s)
        return tokenizer.tokens(in: t, span: TextSpan(0, t.count))
    }

    @Test func offsetsPointIntoTheOriginal() {
        let s = "أَدانَتْ روسيا، الهجوم."
        let t = ScalarText(s)
        for tok in tokens(s) { #expect(t[tok.span] == tok.text) }
        #expect(tokens(s).map(\.text) == ["أَدانَتْ", "روسيا", "،", "الهجوم", "."])
    }

    @Test func numbersUrlsAndInitials() {
        #expect(tokens("قتل 3.5 ألف").map(\.kind) == [.word, .number, .word])
        #expect(tokens("see https://example.org/a?b=1.").first { $0.kind == .url }?.text == "https://example.org/a?b=1")
        #expect(tokens("the U.S. and U.N. said").map(\.text) == ["the", "U.S.", "and", "U.N.", "said"])
        #expect(tokens("Syria's army").map(\.text) == ["Syria's", "army"])
    }

    @Test func tatweelAndZeroWidthStayInTheWord() {
        #expect(tokens("الـحكومة").count == 1)
        #expect(tokens("a\u{200F}b c").count == 2)
    }

    @Test func datesLatinWordsAndUrlsInsideArabic() {
        let toks = tokens("أعلنت وكالة CNN يوم 28/11/2018 و2018-11-28 عبر www.example.org نتائج 3-2")
        #expect(toks.map(\.text) == ["أعلنت", "وكالة", "CNN", "يوم", "28/11/2018", "و", "2018-11-28", "عبر", "www.example.org", "نتائج", "3", "-", "2"])
        #expect(toks.filter { Tokenizer.isDate($0) }.map(\.text) == ["28/11/2018", "2018-11-28"])
        #expect(toks.first { $0.text == "www.example.org" }?.kind == .url)
        #expect(tokens("بـCNN").map(\.text) == ["بـ", "CNN"])
        #expect(tokens("١٢٫٥ مليون").first?.kind == .number)
    }

    @Test func offsetsSurviveMarksAndPresentationForms() {
        let s = "\u{FEFB}جئ أَدانَ\u{200F} قال"
        let t = ScalarText(s)
        for tok in tokens(s) { #expect(t[tok.span] == tok.text) }
    }
}
