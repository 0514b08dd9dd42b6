import MarsadCore
import Testing

@testable import MarsadStore

@Suite struct StoreSummaryTests {
    @Test func emptyStoreSummary() throws {
        let summary = try EventStore.inMemory().summary()
        #expect(summary == StoreSummary(documentCount: 0, eventCount: 0, roots: [], topDyads: []))
    }

    @Test func countsDocumentsEventsAndRoots() throws {
        let store = try EventStore.inMemory()
        try store.ingest(batch: [
            (
                Fixture.document("d1"),
                [
                    Fixture.event("a", document: "d1", code: "190"),
                    Fixture.event("b", document: "d1", code: "193"),
                    Fixture.event("c", document: "d1", code: "0231"),
                ]
            ),
            (Fixture.document("d2"), [Fixture.event("d", document: "d2", code: "112")]),
            (Fixture.document("d3"), []),
        ])
        let summary = try store.summary()
        #expect(summary.documentCount == 3)
        #expect(summary.eventCount == 4)
        #expect(try store.documentCount() == 3)
        #expect(try store.eventCount() == 4)
        #expect(
            summary.roots == [
                .init(root: "02", count: 1), .init(root: "11", count: 1), .init(root: "19", count: 2),
            ])
    }

    @Test func dyadsAreCountryLevelAndCountedOncePerEvent() throws {
        let store = try EventStore.inMemory()
        let d = "d"
        try store.ingest(
            Fixture.document(d),
            events: [
                // SYRGOV and SYRMIL are both SYR: one SYR -> TUR dyad for this event.
                Fixture.event("1", document: d, sources: ["SYRGOV", "SYRMIL"], targets: ["TURMIL"]),
                Fixture.event("2", document: d, sources: ["SYR"], targets: ["TUR"]),
                // Non-state actors keep their whole code.
                Fixture.event("3", document: d, sources: ["IGOUNO"], targets: ["SYRGOV"]),
                // Two targets: two dyads.
                Fixture.event("4", document: d, sources: ["ISR"], targets: ["LBN", "SYR"]),
                // No target: no dyad.
                Fixture.event("5", document: d, sources: ["EGY"], targets: []),
            ])
        let dyads = try store.summary().topDyads
        #expect(
            dyads == [
                .init(source: "SYR", target: "TUR", count: 2),
                .init(source: "IGOUNO", target: "SYR", count: 1),
                .init(source: "ISR", target: "LBN", count: 1),
                .init(source: "ISR", target: "SYR", count: 1),
            ])
    }

    @Test func topDyadsKeepTenBreakingTiesByName() throws {
        let store = try EventStore.inMemory()
        // Twelve dyads seen once each, and one seen three times.
        let targets = ["AAA", "BBB", "CCC", "DDD", "EEE", "FFF", "GGG", "HHH", "III", "JJJ", "KKK", "LLL"]
        var events = targets.reversed().map {
            Fixture.event("e\($0)", document: "d", sources: ["ZZZ"], targets: [$0])
        }
        events += (0..<3).map { Fixture.event("x\($0)", document: "d", sources: ["MMM"], targets: ["NNN"]) }
        try store.ingest(Fixture.document("d"), events: events)
        let dyads = try store.summary().topDyads
        #expect(dyads.count == EventStore.topDyadLimit)
        #expect(dyads.first == .init(source: "MMM", target: "NNN", count: 3))
        #expect(dyads.dropFirst().map(\.target) == Array(targets.prefix(9)))
        #expect(dyads.dropFirst().allSatisfy { $0.source == "ZZZ" && $0.count == 1 })
    }
}
