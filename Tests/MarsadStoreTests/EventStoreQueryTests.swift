import MarsadCore
import Testing

@testable import MarsadStore

@Suite struct EventStoreQueryTests {
    /// Four documents with events chosen so that each filter keeps a known subset.
    private func populatedStore() throws -> EventStore {
        let store = try EventStore.inMemory()
        try store.ingest(batch: [
            (
                Fixture.document("d1", date: "2024-03-01"),
                [
                    Fixture.event(
                        "d1-0", document: "d1", date: "2024-03-01", code: "190", sources: ["SYRMIL"],
                        targets: ["SYRREB"], sentence: 0),
                    Fixture.event(
                        "d1-1", document: "d1", date: "2024-03-01", code: "193", sources: ["SYRREB"],
                        targets: ["SYR"], sentence: 1),
                ]
            ),
            (
                Fixture.document("d2", date: "2024-03-10"),
                [
                    Fixture.event(
                        "d2-0", document: "d2", date: "2024-03-10", code: "0231", sources: ["IGOUNO"],
                        targets: ["SYRGOV"]),
                    Fixture.event(
                        "d2-1", document: "d2", date: "2024-03-10", code: "023", sources: ["TUR"],
                        targets: ["IGOUNO"], sentence: 3),
                ]
            ),
            (
                Fixture.document("d3", date: "2024-03-31"),
                [
                    Fixture.event(
                        "d3-0", document: "d3", date: "2024-03-31", code: "112", sources: ["ISRMIL"],
                        targets: ["LBN"])
                ]
            ),
            (
                Fixture.document("d4", date: nil),
                [
                    Fixture.event(
                        "d4-0", document: "d4", date: nil, code: "043", sources: ["SY"], targets: ["EGY"])
                ]
            ),
        ])
        return store
    }

    private func ids(_ store: EventStore, _ filter: EventFilter) throws -> [String] {
        try store.events(filter).map(\.id)
    }

    @Test func noFilterReturnsEverythingInDateDocumentSentenceOrder() throws {
        let store = try populatedStore()
        #expect(try ids(store, EventFilter()) == ["d1-0", "d1-1", "d2-0", "d2-1", "d3-0", "d4-0"])
        #expect(try store.eventCount() == 6)
    }

    @Test func orderIsByDateThenDocumentThenSentenceNotByInsertionOrId() throws {
        let store = try EventStore.inMemory()
        // Ids sort k1 < k2 < k3 < k9, insertion order is z's then a's: neither is the expected order.
        try store.ingest(
            Fixture.document("z", date: "2024-01-01"),
            events: [
                Fixture.event("k1", document: "z", date: "2024-01-02", sentence: 0),
                Fixture.event("k2", document: "z", date: "2024-01-01", sentence: 5),
                Fixture.event("k3", document: "z", date: "2024-01-01", sentence: 2),
            ])
        try store.ingest(
            Fixture.document("a", date: "2024-01-01"),
            events: [Fixture.event("k9", document: "a", date: "2024-01-01", sentence: 9)])
        #expect(try ids(store, EventFilter()) == ["k9", "k3", "k2", "k1"])
    }

    @Test func actorPrefixMatchesSourceOrTargetInAnyCase() throws {
        let store = try populatedStore()
        // SYRMIL, SYRREB, SYR, SYRGOV as source or target; not "SY" (d4) nor other countries.
        #expect(try ids(store, EventFilter(actor: "SYR")) == ["d1-0", "d1-1", "d2-0"])
        #expect(try ids(store, EventFilter(actor: "syr")) == ["d1-0", "d1-1", "d2-0"])
        #expect(try ids(store, EventFilter(actor: " SyrGov ")) == ["d2-0"])
        #expect(try ids(store, EventFilter(actor: "SYRREB")) == ["d1-0", "d1-1"])
        #expect(try ids(store, EventFilter(actor: "IGO")) == ["d2-0", "d2-1"])
        #expect(try ids(store, EventFilter(actor: "SY")) == ["d1-0", "d1-1", "d2-0", "d4-0"])
        #expect(try ids(store, EventFilter(actor: "SYRX")).isEmpty)
        #expect(try ids(store, EventFilter(actor: "")).count == 6)
        #expect(try store.eventCount(EventFilter(actor: "SYR")) == 3)
    }

    @Test func rootMatchesEveryCodeUnderIt() throws {
        let store = try populatedStore()
        #expect(try ids(store, EventFilter(code: "19")) == ["d1-0", "d1-1"])
        #expect(try ids(store, EventFilter(code: "02")) == ["d2-0", "d2-1"])
        #expect(try ids(store, EventFilter(code: "11")) == ["d3-0"])
        #expect(try ids(store, EventFilter(code: "20")).isEmpty)
    }

    @Test func fullCodeMatchesItselfAndItsSubcodesOnly() throws {
        let store = try populatedStore()
        #expect(try ids(store, EventFilter(code: "190")) == ["d1-0"])
        #expect(try ids(store, EventFilter(code: "193")) == ["d1-1"])
        #expect(try ids(store, EventFilter(code: "023")) == ["d2-0", "d2-1"])
        #expect(try ids(store, EventFilter(code: "0231")) == ["d2-0"])
        #expect(try ids(store, EventFilter(code: "191")).isEmpty)
    }

    @Test func malformedCodesAreRejected() throws {
        let store = try populatedStore()
        for code in ["1", "19a", "12345", "", "%"] {
            #expect {
                _ = try store.events(EventFilter(code: code))
            } throws: { error in
                (error as? MarsadError)?.code == .invalidArgument
            }
        }
    }

    @Test func dateBoundsAreInclusiveAndSkipUndatedEvents() throws {
        let store = try populatedStore()
        let since = Fixture.date("2024-03-10")
        let until = Fixture.date("2024-03-31")
        #expect(try ids(store, EventFilter(since: since)) == ["d2-0", "d2-1", "d3-0"])
        #expect(try ids(store, EventFilter(until: since)) == ["d1-0", "d1-1", "d2-0", "d2-1"])
        #expect(try ids(store, EventFilter(since: since, until: since)) == ["d2-0", "d2-1"])
        #expect(try ids(store, EventFilter(since: since, until: until)) == ["d2-0", "d2-1", "d3-0"])
        #expect(
            try ids(store, EventFilter(since: Fixture.date("2024-03-02"), until: Fixture.date("2024-03-09")))
                .isEmpty)
    }

    @Test func filtersCombine() throws {
        let store = try populatedStore()
        #expect(try ids(store, EventFilter(actor: "SYR", code: "02")) == ["d2-0"])
        #expect(
            try ids(store, EventFilter(actor: "IGO", since: Fixture.date("2024-03-10"), documentID: "d2"))
                == [
                    "d2-0", "d2-1",
                ])
        #expect(try ids(store, EventFilter(actor: "ISR", code: "19")).isEmpty)
        #expect(try ids(store, EventFilter(documentID: "d1")) == ["d1-0", "d1-1"])
        #expect(try ids(store, EventFilter(documentID: "nope")).isEmpty)
    }

    @Test func limitAndOffsetPage() throws {
        let store = try populatedStore()
        #expect(try ids(store, EventFilter(limit: 2)) == ["d1-0", "d1-1"])
        #expect(try ids(store, EventFilter(limit: 2, offset: 2)) == ["d2-0", "d2-1"])
        #expect(try ids(store, EventFilter(offset: 4)) == ["d3-0", "d4-0"])
        #expect(try ids(store, EventFilter(limit: 0)).isEmpty)
        #expect(try store.eventCount(EventFilter(limit: 1)) == 6)
        #expect(throws: MarsadError.self) { try store.events(EventFilter(limit: -1)) }
        #expect(throws: MarsadError.self) { try store.events(EventFilter(offset: -1)) }
    }
}
