import MarsadCore
import Testing

@testable import MarsadStore

@Suite struct AggregateTests {
    /// Reports over two weeks of March 2024 and one in April: Syrian sectors against Turkey,
    /// one report twice (two documents), Iran and Iraq cooperating.
    private func store() throws -> EventStore {
        let store = try EventStore.inMemory()
        func report(_ id: String, _ date: String, _ code: String, _ g: Double, _ s: String, _ t: String) -> (Document, [Event]) {
            (
                Fixture.report(id, date: date),
                [Fixture.namedEvent("\(id)-0", document: id, date: date, code: code, goldstein: g, sources: [(s, s)], targets: [(t, t)])]
            )
        }
        try store.ingest(
            [
                report("a", "2024-03-04", "190", -10, "SYRMIL", "TUR"),  // Monday
                report("b", "2024-03-04", "190", -10, "SYRMIL", "TUR"),  // same event, another report
                report("c", "2024-03-10", "111", -2, "SYRGOV", "TUR"),  // Sunday, same ISO week
                report("d", "2024-03-11", "036", 4, "IRN", "IRQ"),  // next Monday
                report("e", "2024-04-02", "111", -2, "TUR", "SYRGOV"),
                (Fixture.report("u", date: nil), [Fixture.namedEvent("u-0", document: "u", date: nil)]),
            ], batchSize: 10)
        return store
    }

    @Test func dyadsPerDayWithQuadClasses() throws {
        let rows = try store().aggregate(AggregateQuery(grouping: .dyad, period: .day))
        #expect(
            rows == [
                AggregateRow(period: "2024-03-04", source: "SYRMIL", target: "TUR", quadClass: 4, count: 2, goldsteinSum: -20),
                AggregateRow(period: "2024-03-10", source: "SYRGOV", target: "TUR", quadClass: 3, count: 1, goldsteinSum: -2),
                AggregateRow(period: "2024-03-11", source: "IRN", target: "IRQ", quadClass: 1, count: 1, goldsteinSum: 4),
                AggregateRow(period: "2024-04-02", source: "TUR", target: "SYRGOV", quadClass: 3, count: 1, goldsteinSum: -2),
            ])
    }

    @Test func weeksStartOnMondayAndCountryLevelFoldsSectors() throws {
        let rows = try store().aggregate(
            AggregateQuery(grouping: .dyad, period: .week, byQuadClass: false, countryLevel: true))
        #expect(
            rows == [
                AggregateRow(period: "2024-03-04", source: "SYR", target: "TUR", count: 3, goldsteinSum: -22),
                AggregateRow(period: "2024-03-11", source: "IRN", target: "IRQ", count: 1, goldsteinSum: 4),
                AggregateRow(period: "2024-04-01", source: "TUR", target: "SYR", count: 1, goldsteinSum: -2),
            ])
    }

    @Test func mergedEventsCountOnce() throws {
        let rows = try store().aggregate(
            AggregateQuery(grouping: .dyad, period: .month, byQuadClass: false, countryLevel: true, unit: .events))
        #expect(rows.first == AggregateRow(period: "2024-03-01", source: "IRN", target: "IRQ", count: 1, goldsteinSum: 4))
        #expect(rows.dropFirst().first == AggregateRow(period: "2024-03-01", source: "SYR", target: "TUR", count: 2, goldsteinSum: -12))
        #expect(rows.count == 3)
    }

    @Test func actorsPerMonthByQuadWithAFilter() throws {
        let rows = try store().aggregate(
            AggregateQuery(filter: EventFilter(actor: "TUR", limit: 1), grouping: .actor, period: .month, countryLevel: true))
        #expect(
            rows == [
                AggregateRow(period: "2024-03-01", actor: "SYR", quadClass: 3, count: 1, goldsteinSum: -2),
                AggregateRow(period: "2024-03-01", actor: "SYR", quadClass: 4, count: 2, goldsteinSum: -20),
                AggregateRow(period: "2024-03-01", actor: "TUR", quadClass: 3, count: 1, goldsteinSum: -2),
                AggregateRow(period: "2024-03-01", actor: "TUR", quadClass: 4, count: 2, goldsteinSum: -20),
                AggregateRow(period: "2024-04-01", actor: "SYR", quadClass: 3, count: 1, goldsteinSum: -2),
                AggregateRow(period: "2024-04-01", actor: "TUR", quadClass: 3, count: 1, goldsteinSum: -2),
            ])
    }

    @Test func emptyStoreAndBadFilters() throws {
        #expect(try EventStore.inMemory().aggregate(AggregateQuery()).isEmpty)
        #expect(throws: MarsadError.self) { try EventStore.inMemory().aggregate(AggregateQuery(filter: EventFilter(code: "x"))) }
    }
}
