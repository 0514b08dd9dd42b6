import Foundation
import MarsadCore
import Testing

@testable import MarsadCoder

/// The founding document, in Arabic and in the team's English rendering, codes to exactly its
/// expected events.
@Suite struct FoundingDocumentTests {
    static let coder = try! Coder()

    static func fixture(_ name: String) throws -> Data {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil))
        return try Data(contentsOf: url)
    }

    static func events(_ lang: String = "ar") throws -> [Event] {
        let name = "astana-11.\(lang).jsonl"
        let docs = DocumentReader().read(data: try fixture(name), name: name).documents
        #expect(docs.count == 1)
        return coder.code(docs[0])
    }

    @Test(arguments: ["ar", "en"]) func everyRequiredEventIsFound(lang: String) throws {
        let gold = try #require(GoldDocument.load(try Self.fixture("astana-11.expected.json")).first)
        let events = try Self.events(lang)
        for g in gold.events where g.isRequired {
            #expect(events.contains { GoldMatch.matches($0, g) }, "missing \(g.id ?? "?")")
        }
    }

    @Test(arguments: ["ar", "en"]) func nothingOutsideTheGold(lang: String) throws {
        let gold = try #require(GoldDocument.load(try Self.fixture("astana-11.expected.json")).first)
        for e in try Self.events(lang) {
            #expect(gold.events.contains { GoldMatch.matches(e, $0) }, "unexpected \(e.cameo.code) \(e.sourceCodes) -> \(e.targetCodes): \(e.mentions.map(\.trigger))")
        }
    }

    @Test(arguments: ["ar", "en"]) func theRepeatedAppealIsOneEventWithTwoMentions(lang: String) throws {
        let appeals = try Self.events(lang).filter { $0.cameo.root == "02" && $0.targetCodes == ["SYRREB"] }
        #expect(appeals.count == 1)
        #expect(appeals.first?.mentions.count == 2)
        #expect(appeals.first?.mentions.map(\.sentenceIndex) == [0, 1])
    }

    @Test(arguments: ["ar", "en"]) func theTalksHaveDateParticipantsAndPlace(lang: String) throws {
        let talks = try #require(try Self.events(lang).first { $0.cameo.root == "04" && $0.cameo.code == "046" })
        #expect(talks.date == EventDate("2018-11-28"))
        #expect(Set(talks.participants) == ["RUS", "TUR", "IRN", "SYRGOV", "SYROPP", "IGOUNO", "JOR"])
        #expect(talks.sourceCodes == ["RUS", "TUR", "IRN"])
        #expect(talks.location?.name == "Astana")
        #expect(talks.location?.country == "KAZ")
    }

    @Test func evidenceOffsetsPointAtTheWords() throws {
        let doc = DocumentReader().read(data: try Self.fixture("astana-11.ar.jsonl"), name: "x.jsonl").documents[0]
        let original = ScalarText(doc.text)
        for e in try Self.events() {
            for m in e.mentions {
                #expect(original[m.sentenceSpan] == m.sentence)
                #expect(m.trigger.hasPrefix(original[m.triggerSpans[0]]))
            }
            for a in e.source + e.target { #expect(original[a.span] == a.text) }
        }
    }
}
