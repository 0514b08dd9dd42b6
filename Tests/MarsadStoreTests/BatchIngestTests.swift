import GRDB
import MarsadCore
import Testing

@testable import MarsadStore

@Suite struct BatchIngestTests {
    private func pairs(_ n: Int, prefix: String = "d") -> [(Document, [Event])] {
        (0..<n).map { i in
            let id = "\(prefix)\(i)"
            return (Fixture.report(id), [Fixture.namedEvent("\(id)-e", document: id)])
        }
    }

    @Test func commitsEveryBatchAndReportsProgress() throws {
        let store = try EventStore.inMemory()
        var seen: [Int] = []
        let report = try store.ingest(pairs(25), batchSize: 10) { progress in
            seen.append(progress.stored)
        }
        #expect(seen == [10, 20, 25])
        #expect(report.batches == 3)
        #expect(report.documents == 25 && report.inserted == 25 && report.events == 25)
        #expect(report.rejections.isEmpty)
        #expect(try store.documentCount() == 25)
    }

    @Test func rerunningTheSameInputStoresNothingTwice() throws {
        let store = try EventStore.inMemory()
        try store.ingest(pairs(12), batchSize: 5)
        let again = try store.ingest(pairs(12), batchSize: 7)
        #expect(again.unchanged == 12 && again.stored == 0 && again.events == 0)
        #expect(try store.documentCount() == 12)
        #expect(try store.eventCount() == 12)
    }

    @Test func anExactlyFullLastBatchIsNotFollowedByAnEmptyOne() throws {
        let store = try EventStore.inMemory()
        var calls = 0
        let report = try store.ingest(pairs(10), batchSize: 5) { _ in calls += 1 }
        #expect(calls == 2 && report.batches == 2)
        #expect(try store.ingest([(Document, [Event])](), batchSize: 5).batches == 0)
        #expect(throws: MarsadError.self) { try store.ingest(pairs(1), batchSize: 0) }
    }

    @Test func theInputIsReadLazilyOneBatchAtATime() throws {
        let store = try EventStore.inMemory()
        var produced = 0
        let lazy = (0..<9).lazy.map { i -> (Document, [Event]) in
            produced += 1
            return (Fixture.report("l\(i)"), [])
        }
        var producedAtCommit: [Int] = []
        try store.ingest(lazy, batchSize: 4) { _ in producedAtCommit.append(produced) }
        #expect(producedAtCommit == [4, 8, 9])
    }

    /// Every kind of bad record in one batch: each is rejected by position and id with its code;
    /// the good documents around them are stored, and the database stays consistent.
    @Test func badRecordsAreRejectedAndTheRestOfTheBatchIsStored() throws {
        let store = try EventStore.inMemory()
        try store.ingest(Fixture.report("owner"), events: [Fixture.namedEvent("taken", document: "owner")])
        var bad: [(Document, [Event])] = []
        bad.append((Fixture.report("empty", text: "  \n "), []))
        bad.append((Fixture.report("huge", text: String(repeating: "a", count: EventStore.maxDocumentBytes + 1)), []))
        bad.append((Fixture.report("nul", text: "Russia\u{0}condemned"), []))
        bad.append((Fixture.report(""), []))
        bad.append((Fixture.report("foreign"), [Fixture.namedEvent("x", document: "elsewhere")]))
        bad.append((Fixture.report("badcode"), [Fixture.namedEvent("y", document: "badcode", code: "1a")]))
        bad.append((Fixture.report("nan"), [Fixture.namedEvent("z", document: "nan", goldstein: .nan)]))
        var outside = Fixture.namedEvent("w", document: "outside")
        outside.mentions[0].sentenceSpan = TextSpan(0, 500)
        bad.append((Fixture.report("outside"), [outside]))
        bad.append((Fixture.report("twice"), [Fixture.namedEvent("t", document: "twice"), Fixture.namedEvent("t", document: "twice")]))
        bad.append((Fixture.report("clash"), [Fixture.namedEvent("taken", document: "clash")]))
        let good = pairs(3, prefix: "good")
        let input = [good[0]] + bad.prefix(5) + [good[1]] + bad.dropFirst(5) + [good[2]]
        let report = try store.ingest(input, batchSize: 100)

        let rejected = report.rejections.map { "\($0.index):\($0.documentID):\($0.error.code)" }
        #expect(
            rejected == [
                "1:empty:missing-field", "2:huge:document-too-large", "3:nul:invalid-utf8", "4::missing-field",
                "5:foreign:malformed-record", "7:badcode:malformed-record", "8:nan:malformed-record",
                "9:outside:malformed-record", "10:twice:malformed-record", "11:clash:store",
            ])
        #expect(report.inserted == 3 && report.documents == 13)
        #expect(report.rejections.allSatisfy { $0.description.contains("(#\($0.index))") })
        #expect(report.rejections[4].error.message.contains("elsewhere"))
        #expect(try Set(store.events().map(\.id)) == ["taken", "good0-e", "good1-e", "good2-e"])
        #expect(try store.documentCount() == 4)
        let check = try store.writer.read { db in
            (try String.fetchAll(db, sql: "PRAGMA integrity_check"), try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count)
        }
        #expect(check.0 == ["ok"] && check.1 == 0)
    }

    @Test func unchangedDocumentsCanBeSkippedBeforeCoding() throws {
        let store = try EventStore.inMemory()
        try store.ingest(pairs(3), batchSize: 10)
        var edited = Fixture.report("d1")
        edited.text = "Turkey condemned Russia."
        let ids = try store.unchangedDocumentIDs(among: [Fixture.report("d0"), edited, Fixture.report("new")])
        #expect(ids == ["d0"])
    }

    @Test func atomicBatchStillWritesNothingWhenOneDocumentIsBad() throws {
        let store = try EventStore.inMemory()
        #expect(throws: MarsadError.self) {
            try store.ingest(batch: [
                (Fixture.report("a"), [Fixture.namedEvent("a-0", document: "a")]),
                (Fixture.report("b", text: ""), []),
            ])
        }
        #expect(try store.documentCount() == 0)
    }
}
