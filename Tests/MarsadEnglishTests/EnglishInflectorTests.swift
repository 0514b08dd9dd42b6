import MarsadCore
import Testing

@testable import MarsadEnglish

@Suite struct EnglishInflectorTests {
    let i = EnglishInflector()

    @Test func regularAndIrregularVerbs() {
        #expect(Set(i.verbForms("meet met met").map(\.form)) == ["meet", "meets", "met", "meeting"])
        #expect(i.regularPast("plan") == "planned")
        #expect(i.regularPast("condemn") == "condemned")
        #expect(i.regularPast("deny") == "denied")
        #expect(i.regularPast("release") == "released")
        #expect(i.thirdPerson("urge") == "urges")
        #expect(i.gerund("urge") == "urging")
        #expect(i.plural("militia") == "militias")
        #expect(i.plural("city") == "cities")
    }

    @Test func capitalisedAbbreviationsKeepTheirCase() {
        let p = EnglishProfile()
        #expect(p.dictionaryKey("US") == "US")
        #expect(p.dictionaryKey("Syria") == "syria")
    }
}
