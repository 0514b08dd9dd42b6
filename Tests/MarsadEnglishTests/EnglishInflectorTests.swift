import MarsadCore
import MarsadText
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

    @Test func irregularFormsFromTheTables() {
        #expect(Set(i.verbForms("go").map(\.form)) == ["go", "goes", "went", "gone", "going"])
        #expect(Set(i.verbForms("withdraw").map(\.form)) == ["withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing"])
        #expect(i.verbForms("commit").contains { $0.form == "committing" })
        #expect(i.regularPast("shoot") == "shot")
        #expect(i.plural("spokesman") == "spokesmen")
        #expect(i.plural("crisis") == "crises")
        #expect(i.plural("person") == "people")
        #expect(i.lemmas(of: "went").contains { $0.lemma == "go" && $0.features == "past" })
        #expect(i.lemmas(of: "urged").contains { $0.lemma == "urge" })
        #expect(i.lemmas(of: "planning").contains { $0.lemma == "plan" })
        #expect(i.lemmas(of: "cities").contains { $0.lemma == "city" })
        #expect(i.lemmas(of: "children").contains { $0.lemma == "child" })
    }

    @Test func sentencesWithAbbreviations() {
        let p = EnglishProfile()
        let t = ScalarText("Gen. Smith met U.S. envoys at 3.30 p.m. on Monday. Talks in St. Petersburg followed.")
        #expect(p.sentences(in: t).map { t[$0.span] } == [
            "Gen. Smith met U.S. envoys at 3.30 p.m. on Monday.", "Talks in St. Petersburg followed.",
        ])
    }

    @Test func capitalisedAbbreviationsKeepTheirCase() {
        let p = EnglishProfile()
        #expect(p.dictionaryKey("US") == "US")
        #expect(p.dictionaryKey("Syria") == "syria")
    }
}
