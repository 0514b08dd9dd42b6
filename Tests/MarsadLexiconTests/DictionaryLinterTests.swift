import MarsadCore
import MarsadLanguages
import Testing

@testable import MarsadLexicon

@Suite struct DictionaryLinterTests {
    let countries = """
        code: SYR
        kind: country
        label: Syria
        en: Syria
        ar: سوريا

        code: IRQ
        kind: country
        label: Iraq
        en: Iraq
        """

    func lint(_ text: String) -> [String] {
        DictionaryLinter().lint(
            files: [("countries.txt", countries), ("agents.txt", "sector: GOV\nlabel: government\nen: government\n"), ("x.txt", text)],
            profiles: [Languages.profile(for: .english), Languages.profile(for: .arabic)]
        ).map(\.description)
    }

    @Test func cleanFilesHaveNoIssues() {
        #expect(lint("code: IGOUNO\nkind: igo\nlabel: UN\nen: United Nations\nexample: UN => IGOUNO\n").isEmpty)
    }

    @Test func unknownKeysKindsAndCodes() {
        let issues = lint("code: IGOX\nkind: club\nlabel: X\nen: X\ncolour: red\nexample: X => SYRXXX\n")
        #expect(issues.contains("x.txt:5: error: unknown key `colour`"))
        #expect(issues.contains("x.txt:2: error: unknown kind `club`") || issues.contains("x.txt:1: error: unknown kind `club`"))
        #expect(issues.contains { $0.contains("example names unknown code SYRXXX") })
    }

    @Test func aNameThatReadsAsAFunctionWord() {
        let issues = lint("code: ALB\nkind: country\nlabel: Albania\nen: Albania\nar.adj: ألباني | ألبان\n")
        #expect(issues.contains { $0.contains("«ألبان» reads as the function word") })
        #expect(!issues.contains { $0.contains("«ألباني»") })
    }

    @Test func oneNameUnderTwoCodes() {
        let issues = lint("code: IGOA\nkind: igo\nlabel: A\nen: Syria\n")
        #expect(issues.contains { $0.contains("«Syria» is IGOA here and SYR at countries.txt:1") || $0.contains("is SYR here and IGOA") })
    }

    @Test func officeDates() {
        let issues = lint("kind: person\nlabel: P\nen: P Q\nrole: SYRGOV 2015-01-01 2014-01-01\nrole: IRQGOV 2013-01-01 2016-01-01\nrole: XXXGOV 2010-01-01 -\n")
        #expect(issues.contains("x.txt:4: error: office ends before it starts"))
        #expect(issues.contains("x.txt:5: warning: overlapping office dates: IRQGOV and SYRGOV"))
        #expect(issues.contains("x.txt:6: error: unknown code XXXGOV"))
    }

    @Test func syntaxErrorsCarryTheLine() {
        #expect(lint("code: A\nno colon here\n").contains("x.txt:2: error: expected `key: value`, found `no colon here`"))
    }

    @Test func theBundledDictionariesAreClean() {
        let issues = DictionaryLinter().lintBundled(profiles: Language.allCases.map(Languages.profile(for:)))
        #expect(issues.filter { $0.severity == .error }.isEmpty, "\(issues.prefix(20).map(\.description))")
    }
}
