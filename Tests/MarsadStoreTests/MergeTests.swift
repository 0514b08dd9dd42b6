import GRDB
import MarsadCore
import Testing

@testable import MarsadStore

@Suite struct MergeTests {
    /// Three reports of Russia condemning Turkey on 5 March (two from the same wire), one on
    /// 6 March, one of another code, and one undated.
    private func reports() -> [(Document, [Event])] {
        [
            (Fixture.report("a", source: "wire"), [Fixture.namedEvent("a-0", document: "a", mentions: 2)]),
            (Fixture.report("b", source: "wire"), [Fixture.namedEvent("b-0", document: "b")]),
            (Fixture.report("c", source: "paper"), [Fixture.namedEvent("c-0", document: "c")]),
            (Fixture.report("d", date: "2024-03-06"), [Fixture.namedEvent("d-0", document: "d", date: "2024-03-06")]),
            (Fixture.report("e"), [Fixture.namedEvent("e-0", document: "e", code: "112")]),
            (Fixture.report("f", date: nil), [Fixture.namedEvent("f-0", document: "f", date: nil)]),
        ]
    }

    @Test func reportsOfTheSameDayMergeWithGDELTCounts() throws {
        let store = try EventStore.inMemory()
        try store.ingest(reports(), batchSize: 2)
        let merged = try store.mergedEvents()
        #expect(merged.count == 4)
        let first = try #require(merged.first { $0.cameo.code == "111" })
        #expect(first.date == Fixture.date("2024-03-05") && first.cameo.code == "111")
        #expect(first.numArticles == 3 && first.numMentions == 4 && first.numSources == 2)
        #expect(first.representative.id == "a-0" && first.url == "https://news.example/a")
        #expect(first.sourceCodes == ["RUS"] && first.targetCodes == ["TUR"])
        #expect(merged.map(\.numArticles).sorted() == [1, 1, 1, 3])
        #expect(merged.map { $0.date?.description ?? "-" } == ["2024-03-05", "2024-03-05", "2024-03-06", "-"])
        #expect(merged.last?.date == nil)
        // Raw reports stay queryable through their merged event.
        #expect(try store.events(EventFilter(mergedID: first.id)).map(\.id) == ["a-0", "b-0", "c-0"])
        #expect(try store.mergedEventCount() == 4)
        #expect(try store.mergedEventCount(EventFilter(code: "112")) == 1)
    }

    @Test func idsAreStableWhateverTheIngestOrder() throws {
        let forward = try EventStore.inMemory()
        try forward.ingest(reports(), batchSize: 100)
        let backward = try EventStore.inMemory()
        try backward.ingest(Array(reports().reversed()), batchSize: 1)
        // The ingest time is the clock's (seconds): the two stores may straddle a second.
        func timeless(_ store: EventStore) throws -> [MergedEvent] {
            try store.mergedEvents().map { var m = $0; m.ingestedAt = nil; return m }
        }
        #expect(try timeless(forward) == timeless(backward))
    }

    @Test func sameActorsInAnotherOrderAreTheSameEvent() throws {
        let store = try EventStore.inMemory()
        try store.ingest(batch: [
            (Fixture.report("a"), [Fixture.namedEvent("a-0", document: "a", sources: [("RUS", "Russia"), ("IRN", "Iran")])]),
            (Fixture.report("b"), [Fixture.namedEvent("b-0", document: "b", sources: [("IRN", "Iran"), ("RUS", "Russia")])]),
        ])
        #expect(try store.mergedEvents().map(\.numArticles) == [2])
    }

    @Test func replacingOrRemovingAReportUpdatesTheCounts() throws {
        let store = try EventStore.inMemory()
        try store.ingest(reports(), batchSize: 10)
        let id = try #require(store.mergedEvents().first { $0.numArticles == 3 }?.id)
        // Document b now says something else: the 5 March event loses a report.
        try store.ingest(Fixture.report("b", text: "Turkey praised Egypt."), events: [])
        let after = try #require(store.mergedEvents().first { $0.id == id })
        #expect(after.numArticles == 2 && after.numSources == 2)
        // The last reports of the 6 March event go: it disappears.
        try store.ingest(Fixture.report("d", date: "2024-03-06", text: "Nothing happened."), events: [])
        #expect(try store.mergedEvents().count == 3)
        let orphans = try store.writer.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM events WHERE merged_id NOT IN (SELECT id FROM merged_events)")
        }
        #expect(orphans == 0)
    }

    @Test func aWiderWindowMergesNeighbouringDaysAndCanBeChangedBack() throws {
        let store = try EventStore.inMemory()
        try store.ingest(reports(), batchSize: 10)
        #expect(try store.mergeWindowDays() == 1)
        try store.setMergeWindow(days: 7)
        // 2024-03-05 and -06 fall in the same 7-day window counted from 1970-01-01.
        let week = try store.mergedEvents()
        #expect(week.map(\.numArticles).sorted() == [1, 1, 4])
        let big = try #require(week.first { $0.numArticles == 4 })
        #expect(big.date == Fixture.date("2024-03-05"))
        #expect(big.windowStart == EventDate(dayNumber: Fixture.date("2024-03-05").dayNumber / 7 * 7))
        // New reports follow the stored window.
        try store.ingest(
            Fixture.report("g", date: "2024-03-04"), events: [Fixture.namedEvent("g-0", document: "g", date: "2024-03-04")])
        #expect(try store.mergedEvents().map(\.numArticles).max() == 5)
        try store.setMergeWindow(days: 1)
        #expect(try store.mergedEvents().map(\.numArticles).sorted() == [1, 1, 1, 1, 3])
        #expect(throws: MarsadError.self) { try store.setMergeWindow(days: 0) }
    }

    @Test func oneADayKeepsOneEventPerDayDyadAndCode() throws {
        let store = try EventStore.inMemory()
        try store.ingest(reports(), batchSize: 10)
        let groups = try store.oneADayEvents()
        #expect(groups.map(\.representative.id) == ["a-0", "e-0", "d-0"])
        let first = try #require(groups.first)
        #expect(first.eventIDs == ["a-0", "b-0", "c-0"] && first.documentIDs == ["a", "b", "c"])
        #expect(first.sources == ["wire", "paper"] && first.numMentions == 4)
        #expect(first.urls.count == 3)
        #expect(try store.oneADayEvents(EventFilter(limit: 1, offset: 1)).map(\.representative.id) == ["e-0"])
        #expect(try store.oneADayEvents(EventFilter(code: "112")).map(\.eventIDs) == [["e-0"]])
        // The same view in SQL.
        let view = try store.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT date, num_reports, event_ids FROM one_a_day ORDER BY date, cameo_code")
                .map { "\($0["date"] as String) \($0["num_reports"] as Int) \($0["event_ids"] as String)" }
        }
        #expect(view.count == 3 && view[0].hasPrefix("2024-03-05 3 "))
    }
}
