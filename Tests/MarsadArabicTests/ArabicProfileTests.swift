import MarsadCore
import MarsadText
import Testing

@testable import MarsadArabic

/// The Arabic spelling facts the language-neutral coder asks the profile for.
@Suite struct ArabicProfileTests {
    let profile = ArabicProfile()

    func prefixes(_ word: String) -> [String] {
        let token = Token(span: TextSpan(0, word.unicodeScalars.count), text: word, normalized: profile.normalize(word), kind: .word)
        return profile.analyses(of: token).map(\.prefix)
    }

    @Test func theVerbalLEndsTheProclitics() {
        #expect(profile.hasVerbalL("ل"))
        #expect(profile.hasVerbalL("ول"))
        #expect(!profile.hasVerbalL("و"))
        #expect(!profile.hasVerbalL("س"))
    }

    @Test func aNationalityThatIsNoNisbaIsABrokenPlural() {
        #expect(profile.isBrokenPlural(adjective: "أكراد"))
        #expect(profile.isBrokenPlural(adjective: "أتراك"))
        #expect(!profile.isBrokenPlural(adjective: "كردي"))
        #expect(!profile.isBrokenPlural(adjective: "سوري"))
    }

    @Test func theArticleIsTheLastProcliticAndIsWrittenLAfterL() {
        for p in ["ال", "وال", "بال", "فال", "لل", "ولل"] { #expect(profile.hasArticle(prefix: p), "\(p)") }
        for p in ["", "و", "ب", "ل", "ول", "س"] { #expect(!profile.hasArticle(prefix: p), "\(p)") }
        // `للشرطة` is ل + the article.
        #expect(prefixes("للشرطة").contains { profile.hasArticle(prefix: $0) })
    }

    @Test func aLemmaMayOpenWithTheLettersOfTheArticle() {
        #expect(profile.opensWithArticle("التقى"))
        #expect(profile.opensWithArticle("ألقى"))
        #expect(!profile.opensWithArticle("أدان"))
    }

    @Test func verbsTakeConjunctionsTheFutureAndThePurposeLOnly() {
        #expect(profile.verbTakes(prefix: "و", suffix: "", imperfect: false))
        #expect(profile.verbTakes(prefix: "وس", suffix: "ه", imperfect: true))
        // `ليقتل` "to kill" is a verb; `لقتل` is the verbal noun.
        #expect(profile.verbTakes(prefix: "ل", suffix: "", imperfect: true))
        #expect(!profile.verbTakes(prefix: "ل", suffix: "", imperfect: false))
        for p in ["ال", "ب", "وب", "ك"] { #expect(!profile.verbTakes(prefix: p, suffix: "", imperfect: true), "\(p)") }
        // `قتلي` is "my killing": a verb's object pronoun is `ني`.
        #expect(!profile.verbTakes(prefix: "", suffix: "ي", imperfect: false))
    }

    @Test func namesTakeAndBLAndTheArticleButNotFOrK() {
        for p in ["", "و", "ب", "ل", "لل", "وال", "وبال"] { #expect(profile.nameTakes(prefix: p), "\(p)") }
        for p in ["ف", "ك", "س"] { #expect(!profile.nameTakes(prefix: p), "\(p)") }
    }
}
