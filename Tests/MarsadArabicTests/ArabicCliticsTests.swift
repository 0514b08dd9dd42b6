import MarsadText
import Testing

@testable import MarsadArabic

@Suite struct ArabicCliticsTests {
    func stems(_ w: String) -> [String] { ArabicClitics.analyses(of: ArabicNormalizer().normalize(w)).map(\.stem) }

    @Test func proclitics() {
        #expect(stems("والأمم").contains("امم"))
        #expect(stems("للأمم").contains("امم"))
        #expect(stems("للانفصال").contains("انفصال"))
        #expect(stems("وبالجيش").contains("جيش"))
        #expect(ArabicClitics.analyses(of: "بالجيش").first { $0.stem == "جيش" }?.preposition == "ب")
    }

    @Test func wordsThatOnlyLookCliticisedKeepTheirWholeReading() {
        #expect(stems("وزير").first == "وزير")
        #expect(stems("لبنان").first == "لبنان")
        #expect(stems("بغداد").first == "بغداد")
    }

    @Test func enclitics() {
        let a = ArabicClitics.analyses(of: ArabicNormalizer().normalize("حكومتها"))
        #expect(a.contains { $0.stem == "حكومه" && $0.suffix == "ها" })
        #expect(ArabicClitics.analyses(of: "دعاهم").contains { $0.stem == "دعا" && $0.suffix == "هم" })
    }

    @Test func dictionaryKeysDropTheArticle() {
        #expect(ArabicClitics.key("الامم") == "امم")
        #expect(ArabicClitics.key("الي") == "الي")
    }
}
