import MarsadCore
import Testing

@testable import MarsadCoder

/// Every `example:` line of the trigger lexicons runs here: the sentence must code to an event
/// by the rule it follows, or, for a rule of another sense (code `-`), to no event at all.
@Suite struct TriggerExamplesTests {
    static let coder = try! Coder()

    @Test(arguments: Language.allCases)
    func triggerExamplesCodeByTheirRule(language: Language) throws {
        let model = try #require(Self.coder.model(for: language))
        var failures: [String] = []
        var checked = 0
        for rule in model.triggers.rules {
            for text in rule.examples {
                checked += 1
                let events = Self.coder.code(Document(id: "example", date: EventDate("2008-03-04"), text: text, language: language))
                let rules = events.flatMap { $0.mentions.map(\.rule) }
                if rule.otherSense ? !events.isEmpty : !rules.contains(rule.id) {
                    failures.append("\(rule.location) \(rule.id): \(text) => \(rules.isEmpty ? "no event" : rules.joined(separator: ", "))")
                }
            }
        }
        #expect(checked > 0)
        #expect(failures.isEmpty, "\(failures.count) of \(checked) examples fail:\n\(failures.joined(separator: "\n"))")
    }
}
