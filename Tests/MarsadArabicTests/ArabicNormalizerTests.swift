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

extension ArabicNormalizerTests {
    @Test func offsetsMapBackToTheOriginal() {
        let (out, offsets) = n.normalizeWithOffsets("الـحُكومَة \u{FEFB}")
        #expect(out == "الحكومه لا")
        // Tatweel (2) and harakat (4, 8) are gone; the ligature ﻻ (11) gives two letters.
        #expect(offsets == [0, 1, 3, 5, 6, 7, 9, 10, 11, 11])
    }

    @Test func moreFolding() {
        #expect(n.normalize("سؤال، «نعم»؟") == "سوال, \"نعم\"?")
        #expect(n.normalize("٣٫٥٪") == "3.5%")
        #expect(n.normalize("گزارش ڤيينا") == "كزارش فيينا")
        #expect(n.normalize("\u{200F}مصر\u{202C}") == "مصر")
        #expect(n.normalize("ٱلله") == "الله")
        var m = ArabicNormalizer()
        m.dropBareHamza = true
        #expect(m.normalize("جزء") == "جز")
        m.asciiDigits = false
        #expect(m.normalize("١٢") == "١٢")
    }
}
