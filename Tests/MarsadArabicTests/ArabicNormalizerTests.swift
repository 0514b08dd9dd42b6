import Testing

@testable import MarsadArabic

@Suite struct ArabicNormalizerTests {
    let n = ArabicNormalizer()

    @Test func foldsForMatching() {
        #expect(n.normalize("أَدانَتْ") == "ادانت")
        #expect(n.normalize("إيران") == "ايران")
        #expect(n.normalize("آسيا") == "اسيا")
        #expect(n.normalize("مستشفى") == "مستشفي")
        #expect(n.normalize("الحكومة") == "الحكومه")
        #expect(n.normalize("الـحـكومة") == "الحكومه")
        #expect(n.normalize("رئيس") == "رييس")
        #expect(n.normalize("مؤتمر") == "موتمر")
        #expect(n.normalize("کردستان") == "كردستان")
        #expect(n.normalize("ی") == "ي")
        #expect(n.normalize("١٢٣۴") == "1234")
        #expect(n.normalize("\u{FEB3}\u{FEEE}") == "سو")
    }

    @Test func rulesCanBeTurnedOff() {
        var m = ArabicNormalizer()
        m.foldTaMarbuta = false
        #expect(m.normalize("الحكومة") == "الحكومة")
    }
}
