import MarsadCore
import Testing

@testable import MarsadText

@Suite struct QuoteScannerTests {
    func quotes(_ s: String) -> [String] {
        let t = ScalarText(s)
        return QuoteScanner.quotations(in: t).map { t[$0] }
    }

    @Test func nestedQuotesGiveTheOutermost() {
        #expect(quotes("جاء “أكدنا “داعش” والنصرة” هنا") == ["“أكدنا “داعش” والنصرة”"])
    }

    @Test func closingMarksUsedAsOpeners() {
        #expect(quotes("تنظيمي “داعش” و”جبهة النصرة”، مؤكدة") == ["“داعش”", "”جبهة النصرة”"])
        #expect(quotes("«نعم» و«لا»") == ["«نعم»", "«لا»"])
    }

    @Test func aQuoteOpenAtAParagraphBreakEndsThere() {
        #expect(quotes("قال «نعم\nثم") == ["«نعم"])
    }
}
