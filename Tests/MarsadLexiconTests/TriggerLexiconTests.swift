import MarsadCore
import MarsadLanguages
import Testing

@testable import MarsadLexicon

@Suite struct TriggerLexiconTests {
    let header = "id\tpos\tlemma\tcode\tcomplement\ttarget\n"

    func parse(_ body: String) throws -> [TriggerRule] {
        try TriggerLexicon.parse(
            header + body, file: "t.tsv", speech: false, profile: Languages.profile(for: .arabic), codebook: Codebook.bundled())
    }

    @Test func examplesBelongToTheRuleBeforeThem() throws {
        let rules = try parse("ar.condemn\tverb\tأدان\t111\t-\tobject\nexample: أدانت مصر الهجوم.\nexample: أدان الوزير التفجير.\n")
        #expect(rules.first?.examples.count == 2)
    }

    @Test func aNounOfSeveralWordsMustBeAPhrase() {
        #expect {
            try parse("ar.carbomb\tnoun\tسيارة مفخخة\t1832\t-\tnone\n")
        } throws: { ($0 as? MarsadError)?.location == "t.tsv:2" }
        #expect(throws: Never.self) { try parse("ar.demonstration\tnoun\tتظاهرة|تظاهرات\t141\t-\tnone\n") }
    }

    @Test func aRuleThatYieldsNoFormIsAnError() throws {
        let profile = Languages.profile(for: .arabic)
        // A Latin letter is no Arabic verb.
        let rules = try parse("ar.condemn\tverb\tأدان\t111\t-\tobject\nar.bad\tverb\tx\t141\t-\tnone\n")
        #expect { try TriggerLexicon(rules: rules, profile: profile).requireForms() } throws: { ($0 as? MarsadError)?.location == "t.tsv:3" }
        #expect(throws: Never.self) { try TriggerLexicon(rules: Array(rules.prefix(1)), profile: profile).requireForms() }
    }

    @Test func anExampleBeforeAnyRuleIsAnError() {
        #expect(throws: MarsadError.self) { try parse("example: أدانت مصر الهجوم.\n") }
    }
}
