import GRDB
import MarsadCore
import Testing

@testable import MarsadStore

@Suite struct EventStoreIngestTests {
    /// Row counts of the four tables, to see what ingest wrote.
    private func rowCounts(_ store: EventStore) throws -> [String: Int] {
        try store.writer.read { db in
            var counts: [String: Int] = [:]
            for table in ["documents", "events", "mentions", "event_actors"] {
                counts[table] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)")
            }
            return counts
        }
    }

    @Test func documentIngestedTwiceIsStoredOnce() throws {
        let store = try EventStore.inMemory()
        let document = Fixture.document("d1")
        let events = [
            Fixture.event("d1-e0", document: "d1"), Fixture.event("d1-e1", document: "d1", sentence: 1),
        ]
        #expect(try store.ingest(document, events: events) == .inserted)
        let before = try rowCounts(store)
        #expect(before == ["documents": 1, "events": 2, "mentions": 2, "event_actors": 4])

        #expect(try store.ingest(document, events: events) == .unchanged)
        #expect(try rowCounts(store) == before)
        #expect(try store.events() == events)
    }

    @Test func unchangedContentWritesNothingEvenWithOtherEvents() throws {
        let store = try EventStore.inMemory()
        let original = Fixture.event("d1-e0", document: "d1", code: "190")
        try store.ingest(Fixture.document("d1"), events: [original])
        let stamp = try store.writer.read { db in
            try String.fetchOne(db, sql: "SELECT ingested_at FROM documents")
        }

        var retitled = Fixture.document("d1")
        retitled.title = "a new headline"
        let outcome = try store.ingest(retitled, events: [Fixture.event("d1-x", document: "d1", code: "040")])
        #expect(outcome == .unchanged)
        #expect(try store.events() == [original])
        #expect(try store.document(id: "d1")?.title == nil)
        let after = try store.writer.read { db in
            try String.fetchOne(db, sql: "SELECT ingested_at FROM documents")
        }
        #expect(after == stamp)
    }

    @Test func changedTextReplacesTheOldEvents() throws {
        let store = try EventStore.inMemory()
        let old = [
            Fixture.event("d1-e0", document: "d1"), Fixture.event("d1-e1", document: "d1", sentence: 1),
        ]
        try store.ingest(Fixture.document("d1", text: "first version"), events: old)
        // Another document must not be touched by the replacement.
        let other = Fixture.event("d2-e0", document: "d2")
        try store.ingest(Fixture.document("d2"), events: [other])

        let new = Fixture.event("d1-n0", document: "d1", code: "040", sources: ["TUR"], targets: ["SYR"])
        #expect(try store.ingest(Fixture.document("d1", text: "second version"), events: [new]) == .replaced)

        #expect(try store.events(EventFilter(documentID: "d1")) == [new])
        #expect(try store.events(EventFilter(documentID: "d2")) == [other])
        #expect(try store.document(id: "d1")?.text == "second version")
        #expect(try rowCounts(store) == ["documents": 2, "events": 2, "mentions": 2, "event_actors": 4])
        let orphans = try store.writer.read { db in
            try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM event_actors WHERE event_id IN ('d1-e0', 'd1-e1')")
        }
        #expect(orphans == 0)
        // Ingesting the second version again is now a no-op.
        #expect(try store.ingest(Fixture.document("d1", text: "second version"), events: [new]) == .unchanged)
    }

    @Test func changedDateAlsoReplaces() throws {
        let store = try EventStore.inMemory()
        try store.ingest(
            Fixture.document("d1", date: "2024-03-05"), events: [Fixture.event("e", document: "d1")])
        let outcome = try store.ingest(Fixture.document("d1", date: "2024-03-06"), events: [])
        #expect(outcome == .replaced)
        #expect(try store.eventCount() == 0)
        #expect(try store.document(id: "d1")?.date == Fixture.date("2024-03-06"))
    }

    @Test func documentFieldsAreStored() throws {
        let store = try EventStore.inMemory()
        let document = Fixture.document("d1", title: "عنوان")
        try store.ingest(document, events: [])
        #expect(try store.document(id: "d1") == document)
        #expect(try store.document(id: "missing") == nil)
    }

    @Test func batchReportsOneOutcomePerDocumentInOrder() throws {
        let store = try EventStore.inMemory()
        try store.ingest(Fixture.document("a", text: "old"), events: [])
        try store.ingest(Fixture.document("b"), events: [])
        let outcomes = try store.ingest(batch: [
            (Fixture.document("a", text: "new"), [Fixture.event("a-0", document: "a")]),
            (Fixture.document("b"), []),
            (Fixture.document("c"), [Fixture.event("c-0", document: "c")]),
            (Fixture.document("c"), [Fixture.event("c-0", document: "c")]),
        ])
        #expect(outcomes == [.replaced, .unchanged, .inserted, .unchanged])
        #expect(try store.documentCount() == 3)
        #expect(try store.eventCount() == 2)
    }

    @Test func failingBatchWritesNothing() throws {
        let store = try EventStore.inMemory()
        // The second document reuses an event id of the first: the primary key rejects it.
        #expect(throws: MarsadError.self) {
            try store.ingest(batch: [
                (Fixture.document("a"), [Fixture.event("same", document: "a")]),
                (Fixture.document("b"), [Fixture.event("same", document: "b")]),
            ])
        }
        #expect(try rowCounts(store) == ["documents": 0, "events": 0, "mentions": 0, "event_actors": 0])
    }

    @Test func storeErrorsCarryTheStoreCode() throws {
        let store = try EventStore.inMemory()
        try store.ingest(Fixture.document("a"), events: [Fixture.event("same", document: "a")])
        #expect {
            try store.ingest(Fixture.document("b"), events: [Fixture.event("same", document: "b")])
        } throws: { error in
            guard let error = error as? MarsadError else { return false }
            return error.code == .store && error.underlying != nil && error.message.contains("b")
        }
        #expect(try store.document(id: "b") == nil)
    }

    @Test func eventsOfAnotherDocumentAreRejected() throws {
        let store = try EventStore.inMemory()
        #expect {
            try store.ingest(Fixture.document("a"), events: [Fixture.event("e", document: "zzz")])
        } throws: { error in
            (error as? MarsadError)?.code == .malformedRecord
        }
        #expect(try store.documentCount() == 0)
    }

    @Test func actorsAreStoredOncePerCodeAndRole() throws {
        let store = try EventStore.inMemory()
        let event = Fixture.event(
            "e", document: "d", sources: ["SYRGOV", "SYRGOV", "SYRMIL"], targets: ["IGOUNO", "SYRGOV"])
        try store.ingest(Fixture.document("d"), events: [event])
        let rows = try store.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT role, code, country FROM event_actors ORDER BY role, code")
                .map { [$0["role"], $0["code"], $0["country"] as String? ?? "-"] as [String] }
        }
        #expect(
            rows == [
                ["source", "SYRGOV", "SYR"], ["source", "SYRMIL", "SYR"], ["target", "IGOUNO", "-"],
                ["target", "SYRGOV", "SYR"],
            ])
        let codes = try store.writer.read { db in
            try Row.fetchOne(db, sql: "SELECT source_codes, target_codes, cameo_root, quad_class FROM events")
        }
        #expect(codes?["source_codes"] == "SYRGOV;SYRMIL")
        #expect(codes?["target_codes"] == "IGOUNO;SYRGOV")
        #expect(codes?["cameo_root"] == "19")
        #expect(codes?["quad_class"] == 4)
    }

    @Test func mentionsRecordTheTriggerExtent() throws {
        let store = try EventStore.inMemory()
        var event = Fixture.event("e", document: "d")
        event.mentions = [
            Evidence(
                sentenceIndex: 2, sentence: "s2", sentenceSpan: TextSpan(10, 30), trigger: "شن هجوما",
                triggerSpans: [TextSpan(14, 16), TextSpan(20, 25)], rule: "r1"),
            Evidence(
                sentenceIndex: 4, sentence: "s4", sentenceSpan: TextSpan(40, 60), trigger: "",
                triggerSpans: [],
                rule: "r2"),
        ]
        try store.ingest(Fixture.document("d", text: String(repeating: "x", count: 60)), events: [event])
        let rows = try store.writer.read { db in
            try Row.fetchAll(
                db,
                sql:
                    "SELECT sentence_index, trigger_start, trigger_end, rule, document_id FROM mentions ORDER BY rule"
            )
        }
        try #require(rows.count == 2)
        let sentences: [Int] = rows.map { $0["sentence_index"] }
        let starts: [Int?] = rows.map { $0["trigger_start"] }
        let ends: [Int?] = rows.map { $0["trigger_end"] }
        let documents: [String] = rows.map { $0["document_id"] }
        #expect(sentences == [2, 4])
        // The first mention's trigger covers both of its spans; the second has none.
        #expect(starts == [14, nil])
        #expect(ends == [25, nil])
        #expect(documents == ["d", "d"])
    }
}
