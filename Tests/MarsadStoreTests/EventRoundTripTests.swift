import MarsadCore
import Testing

@testable import MarsadStore

@Suite struct EventRoundTripTests {
    /// An event using every field, with values that are easy to lose (Arabic text, fractional
    /// doubles, nil vs empty, several spans, participants, a non-default modality).
    private var richEvent: Event {
        Event(
            id: "doc-7#3", documentID: "doc-7", language: .arabic, date: EventDate("2023-02-28"),
            cameo: CameoCode(
                code: "0233", name: "Appeal for humanitarian aid", goldstein: 3.4, plover: .request,
                ploverMode: "aid"),
            source: [
                ActorMention(
                    code: "IGOUNO", name: "الأمم المتحدة", text: "الأمم المتحدة", span: TextSpan(0, 13)),
                ActorMention(code: "igowfp", name: "WFP", text: "برنامج الأغذية", span: TextSpan(15, 29)),
            ],
            target: [ActorMention(code: "SYRGOV", name: "Syria", text: "دمشق", span: TextSpan(40, 44))],
            participants: ["IGOUNO", "SYRGOV", "TUR"], modality: .future,
            location: Location(
                name: "حلب", country: "SYR", latitude: 36.2021047, longitude: 37.1342603, text: "في حلب",
                span: TextSpan(50, 56), reason: "في + place in the event's clause"),
            mentions: [
                Evidence(
                    sentenceIndex: 3, sentence: "ناشدت الأمم المتحدة \"دمشق\"…",
                    sentenceSpan: TextSpan(0, 80),
                    trigger: "ناشدت … المساعدة", triggerSpans: [TextSpan(0, 5), TextSpan(60, 68)],
                    rule: "ar.nashada/1"),
                Evidence(
                    sentenceIndex: 9, sentence: "second\nmention\t\u{200F}", sentenceSpan: TextSpan(200, 215),
                    trigger: "", triggerSpans: [], rule: "ar.merge"),
            ])
    }

    @Test func richEventRoundTripsExactly() throws {
        let store = try EventStore.inMemory()
        let event = richEvent
        try store.ingest(
            Fixture.document("doc-7", date: "2023-02-28", text: String(repeating: "ن", count: 300)), events: [event])
        let stored = try store.events()
        #expect(stored == [event])
        #expect(stored.first?.location?.latitude == 36.2021047)
        #expect(stored.first?.cameo.goldstein == 3.4)
    }

    @Test func sparseEventRoundTripsExactly() throws {
        let store = try EventStore.inMemory()
        let event = Event(
            id: "bare", documentID: "d", language: .english, date: nil,
            cameo: CameoCode(
                code: "01", name: "Make public statement", goldstein: 0, plover: nil, ploverMode: nil),
            source: [], target: [], mentions: [])
        try store.ingest(Document(id: "d", date: nil, text: "x"), events: [event])
        #expect(try store.events() == [event])
        #expect(try store.events(EventFilter(code: "01")) == [event])
    }
}
