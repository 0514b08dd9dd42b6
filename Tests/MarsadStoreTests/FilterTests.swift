import MarsadCore
import Testing

@testable import MarsadStore

/// The filters added for the store issue: dyads, names in either language, PLOVER, quad class,
/// place, words of the evidence, modality.
@Suite struct FilterTests {
    private func store() throws -> EventStore {
        let store = try EventStore.inMemory()
        try store.ingest(
            [
                (
                    Fixture.report("en1"),
                    [
                        Fixture.namedEvent(
                            "en1-0", document: "en1", place: ("Aleppo", "SYR", 36.2, 37.13),
                            sentence: "Russia condemned Turkey over Aleppo.")
                    ]
                ),
                (
                    Fixture.report("ar1", text: "أدانت روسيا تركيا.", language: .arabic),
                    [
                        Fixture.namedEvent(
                            "ar1-0", document: "ar1", sources: [("RUS", "روسيا")], targets: [("TURGOV", "تركيا")],
                            language: .arabic, place: ("حلب", "SYR", 36.2, 37.13), sentence: "وأدانت روسيا تركيا في حلب.",
                            trigger: "أدانت")
                    ]
                ),
                (
                    Fixture.report("en2", date: "2024-04-01"),
                    [
                        Fixture.namedEvent(
                            "en2-0", document: "en2", date: "2024-04-01", code: "190", goldstein: -10, plover: .assault,
                            sources: [("TURMIL", "Turkish army")], targets: [("SYRREB", "rebels")],
                            place: ("Idlib", "SYR", 35.9, 36.6), sentence: "The Turkish army shelled rebels near Idlib.",
                            trigger: "shelled"),
                        Fixture.namedEvent(
                            "en2-1", document: "en2", date: "2024-04-01", code: "036", goldstein: 4, plover: .consult,
                            sources: [("IRQ", "Iraq")], targets: [("JOR", "Jordan")], sentence: "Iraq will meet Jordan.",
                            trigger: "will meet", modality: .future),
                    ]
                ),
            ], batchSize: 10)
        return store
    }

    private func ids(_ store: EventStore, _ filter: EventFilter) throws -> [String] {
        try store.events(filter).map(\.id)
    }

    @Test func dyadIsDirected() throws {
        let s = try store()
        #expect(try ids(s, EventFilter(source: "RUS", target: "TUR")) == ["ar1-0", "en1-0"])
        #expect(try ids(s, EventFilter(source: "TUR", target: "RUS")).isEmpty)
        #expect(try ids(s, EventFilter(source: "tur")) == ["en2-0"])
        #expect(try ids(s, EventFilter(target: "SYR")) == ["en2-0"])
    }

    @Test func actorNamesWorkInEitherLanguage() throws {
        let s = try store()
        // "Turkey" named TUR in English; the Arabic event's target is TURGOV named "تركيا".
        #expect(try ids(s, EventFilter(actorName: "turkey")) == ["en1-0"])
        #expect(try ids(s, EventFilter(actorName: "روسيا")) == ["ar1-0", "en1-0"])
        #expect(try ids(s, EventFilter(actorName: "Russia")) == ["ar1-0", "en1-0"])
        #expect(try ids(s, EventFilter(actorName: "Turkish army")) == ["en2-0"])
        #expect(try ids(s, EventFilter(actorName: "Atlantis")).isEmpty)
    }

    @Test func ploverQuadAndModality() throws {
        let s = try store()
        #expect(try ids(s, EventFilter(plover: .assault)) == ["en2-0"])
        #expect(try ids(s, EventFilter(quadClass: .verbalConflict)) == ["ar1-0", "en1-0"])
        #expect(try ids(s, EventFilter(quadClass: .verbalCooperation)) == ["en2-1"])
        #expect(try ids(s, EventFilter(modality: .future)) == ["en2-1"])
    }

    @Test func countryAndPlace() throws {
        let s = try store()
        #expect(try ids(s, EventFilter(country: "syr")) == ["ar1-0", "en1-0", "en2-0"])
        #expect(try ids(s, EventFilter(place: "aleppo")) == ["en1-0"])
        #expect(try ids(s, EventFilter(place: "حلب")) == ["ar1-0"])
        #expect(try ids(s, EventFilter(country: "IRQ")).isEmpty)
    }

    @Test func wordsOfTheEvidence() throws {
        let s = try store()
        #expect(try ids(s, EventFilter(text: "condemned")) == ["en1-0"])
        #expect(try ids(s, EventFilter(text: "CONDEMNED aleppo")) == ["en1-0"])
        #expect(try ids(s, EventFilter(text: "condemned Idlib")).isEmpty)
        // Inside words: the Arabic clitic و does not hide أدانت.
        #expect(try ids(s, EventFilter(text: "أدانت")) == ["ar1-0"])
        // Short words are looked for directly.
        #expect(try ids(s, EventFilter(text: "في")) == ["ar1-0"])
        #expect(try ids(s, EventFilter(text: "shelled \"rebels")).isEmpty)
        #expect(try ids(s, EventFilter(text: "   ")).count == 4)
    }

    @Test func filtersCombineAndPaginate() throws {
        let s = try store()
        let filter = EventFilter(country: "SYR", text: "Russia", limit: 1, offset: 0)
        #expect(try ids(s, filter) == ["en1-0"])
        #expect(try s.eventCount(filter) == 1)
        let all = EventFilter(country: "SYR", limit: 2, offset: 1)
        #expect(try ids(s, all) == ["en1-0", "en2-0"])
        #expect(try s.eventCount(all) == 3)
    }
}
