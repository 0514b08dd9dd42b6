import MarsadCore
import Testing

@testable import MarsadText

@Suite struct SentenceSplitterTests {
    func split(_ s: String, _ abbreviations: Set<String> = []) -> [String] {
        let t = ScalarText(s)
        return SentenceSplitter(abbreviations: abbreviations).sentences(in: t).map { t[$0.span] }
    }

    @Test func arabicCommaNeverEndsASentence() {
        #expect(split("دعت روسيا، وتركيا، إلى الحوار. ورفضت إيران؟ نعم") == ["دعت روسيا، وتركيا، إلى الحوار.", "ورفضت إيران؟", "نعم"])
    }

    @Test func numbersAbbreviationsAndParagraphs() {
        #expect(split("Mr. Smith paid 3.5 million. He left.", ["mr."]) == ["Mr. Smith paid 3.5 million.", "He left."])
        #expect(split("one\ntwo") == ["one", "two"])
        #expect(split("He said “stop.” Then left.") == ["He said “stop.”", "Then left."])
    }

    @Test func aQuotationSpanningClausesStaysWhole() {
        #expect(split("قال «نؤكد ذلك. ونناشد الجميع» أمس. ثم غادر.") == ["قال «نؤكد ذلك. ونناشد الجميع» أمس.", "ثم غادر."])
        #expect(split("وجاء “نؤكد ذلك! ونرفض غيره؟ نعم” في البيان.").count == 1)
    }

    @Test func sentencesInsideALongQuoteKnowIt() {
        let t = ScalarText("قال “نؤكد ذلك. ونناشد الجميع” أمس.")
        var splitter = SentenceSplitter(abbreviations: [])
        splitter.maxWholeQuote = 10
        let s = splitter.sentences(in: t)
        #expect(s.count == 2)
        #expect(s[1].quote != nil)
    }

    @Test func anUnclosedQuotationDoesNotSwallowTheParagraph() {
        #expect(split("قال “نؤكد ذلك. ونناشد الجميع\nثم") == ["قال “نؤكد ذلك.", "ونناشد الجميع", "ثم"])
    }

    @Test func arabicAbbreviationsAndNumbers() {
        #expect(split("قال د. محمد إن النسبة 3.5 بالمئة. وانتهى", ["د."]) == ["قال د. محمد إن النسبة 3.5 بالمئة.", "وانتهى"])
    }
}
