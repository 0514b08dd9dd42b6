import Foundation
import GRDB
import MarsadCoder
import MarsadCore
import Testing

@testable import MarsadStore

/// `marsad ingest` killed with SIGKILL part way, then run again: every document is stored exactly
/// once with exactly its events. Drives the real binary built with the tests.
@Suite(.serialized, .enabled(if: TestProcess.marsadBinary() != nil, "the marsad binary is not built (run `swift build`)"))
struct CrashSafetyTests {
    static let documentCount = 3_000

    /// Short English reports: a few actors, verbs and days, so that many reports share an event.
    static func corpus() -> [Document] {
        let actors = ["Russia", "Turkey", "Egypt", "Israel", "France", "Germany", "Iran", "Iraq", "Jordan", "Qatar"]
        let verbs = ["condemned", "accused", "praised", "criticized", "threatened", "met"]
        let days = ["Monday", "Tuesday", "Wednesday", "Thursday"]
        return (0..<documentCount).map { i in
            let a = actors[i % actors.count]
            let b = actors[(i / actors.count + i + 1) % actors.count]
            let text = "\(a) \(verbs[(i / 7) % verbs.count]) \(b == a ? "Syria" : b) on \(days[i % days.count])."
            let day = 1 + (i / 13) % 28
            return Document(
                id: "doc-\(i)", date: EventDate(year: 2024, month: 3, day: day), text: text, source: "wire-\(i % 5)",
                url: "https://news.example/\(i)", language: .english)
        }
    }

    static func jsonl(_ documents: [Document]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try documents.map { String(decoding: try encoder.encode($0), as: UTF8.self) }.joined(separator: "\n") + "\n"
    }

    /// Documents stored so far, read without locking the writer (0 while the file is being created).
    static func storedCount(_ path: String) -> Int {
        var config = Configuration()
        config.readonly = true
        guard let queue = try? DatabaseQueue(path: path, configuration: config) else { return 0 }
        return (try? queue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documents") }) ?? 0
    }

    /// The stored state: each stored document's event ids, and whether merged counts agree with
    /// the reports and the database is sound.
    static func storedState(_ path: String) throws -> (events: [String: Set<String>], eventRows: Int, mentions: Int, sound: Bool) {
        let store = try EventStore(path: path)
        return try store.writer.read { db in
            var events: [String: Set<String>] = [:]
            for id in try String.fetchAll(db, sql: "SELECT id FROM documents") { events[id] = [] }
            for row in try Row.fetchAll(db, sql: "SELECT id, document_id FROM events") {
                events[row["document_id"], default: []].insert(row["id"])
            }
            let rows = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM events") ?? 0
            let mentions = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM mentions") ?? 0
            let wrongCounts = try Int.fetchOne(
                db,
                sql: """
                    SELECT COUNT(*) FROM merged_events m WHERE num_articles !=
                        (SELECT COUNT(DISTINCT document_id) FROM events WHERE merged_id = m.id)
                    """) ?? -1
            let unmerged = try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM events WHERE merged_id IS NULL OR merged_id NOT IN (SELECT id FROM merged_events)") ?? -1
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            return (events, rows, mentions, wrongCounts == 0 && unmerged == 0 && integrity == ["ok"])
        }
    }

    @Test func ingestKilledPartWayThenRerunStoresEveryDocumentOnce() throws {
        let marsad = try #require(TestProcess.marsadBinary())
        let documents = CrashSafetyTests.corpus()
        let coded = try Coder().codeAll(documents)
        let expected = Dictionary(uniqueKeysWithValues: zip(documents.map(\.id), coded.map { Set($0.map(\.id)) }))
        let expectedMentions = coded.joined().reduce(0) { $0 + $1.mentions.count }
        #expect(coded.filter { !$0.isEmpty }.count > documents.count / 2, "the coder finds events in most reports")

        try TestProcess.withTemporaryDirectory { dir in
            let input = dir.appendingPathComponent("docs.jsonl").path
            let db = dir.appendingPathComponent("events.sqlite").path
            try CrashSafetyTests.jsonl(documents).write(toFile: input, atomically: true, encoding: .utf8)
            var killedAt: [Int] = []
            for round in 0..<2 {
                let child = try TestProcess.start(marsad, ["ingest", input, "--db", db], in: dir)
                let before = CrashSafetyTests.storedCount(db)
                var now = before
                // Wait for at least one more committed batch, while the run is not finished.
                while child.isRunning && (now <= before || now >= documents.count) {
                    usleep(5_000)
                    now = CrashSafetyTests.storedCount(db)
                }
                usleep(UInt32(round * 40_000))  // The second kill lands later, inside a batch.
                if child.isRunning { kill(child.processIdentifier, SIGKILL) }
                child.waitUntilExit()
                if child.terminationReason == .uncaughtSignal { killedAt.append(now) }

                let state = try CrashSafetyTests.storedState(db)
                #expect(state.sound, "round \(round): the killed run left the store consistent")
                for (id, events) in state.events {
                    #expect(events == expected[id], "round \(round): \(id) is stored with exactly its events")
                }
                #expect(state.eventRows == state.events.keys.reduce(0) { $0 + expected[$1]!.count })
            }
            print("marsad ingest killed with \(killedAt) of \(documents.count) documents committed")
            #expect(killedAt.count == 2 && killedAt.allSatisfy { 0 < $0 && $0 < documents.count },
                "marsad ingest was killed twice with part of the input committed: \(killedAt) (does it commit in batches?)")

            let rerun = try TestProcess.run(marsad, ["ingest", input, "--db", db])
            #expect(rerun.status == 0, "\(rerun.stderr)")
            let state = try CrashSafetyTests.storedState(db)
            #expect(state.sound)
            #expect(state.events.count == documents.count)
            #expect(state.events == expected)
            #expect(state.eventRows == coded.joined().count)
            #expect(state.mentions == expectedMentions)
            // A further run changes nothing.
            let again = try TestProcess.run(marsad, ["ingest", input, "--db", db])
            #expect(again.status == 0)
            #expect(try CrashSafetyTests.storedState(db).eventRows == coded.joined().count)
        }
    }

    /// Malformed JSON, invalid UTF-8, empty text and an oversized line are reported with their line;
    /// the good records of the same file are stored.
    @Test func badRecordsAreReportedAndTheRestIsStored() throws {
        let marsad = try #require(TestProcess.marsadBinary())
        try TestProcess.withTemporaryDirectory { dir in
            let input = dir.appendingPathComponent("mixed.jsonl")
            let db = dir.appendingPathComponent("events.sqlite").path
            var data = Data()
            func line(_ s: String) { data.append(Data((s + "\n").utf8)) }
            line(#"{"id":"good-1","date":"2024-03-04","text":"Russia condemned Turkey.","lang":"en"}"#)
            line(#"{"id":"broken","text":"#)
            data.append(Data(#"{"id":"latin1","text":"caf"#.utf8) + Data([0xE9, 0xFF]) + Data("\"}\n".utf8))
            line(#"{"id":"empty","text":"   "}"#)
            line(#"{"id":"huge","text":""# + String(repeating: "a", count: EventStore.maxDocumentBytes) + #""}"#)
            line(#"{"id":"good-2","date":"2024-03-05","text":"Egypt praised Jordan.","lang":"en"}"#)
            try data.write(to: input)
            let result = try TestProcess.run(marsad, ["ingest", input.path, "--db", db])
            #expect(result.status == 3)
            for (lineNumber, code) in [(2, "malformed-record"), (3, "invalid-utf8"), (4, "missing-field"), (5, "document-too-large")] {
                #expect(result.stderr.contains("mixed.jsonl:\(lineNumber): \(code)"), "\(result.stderr)")
            }
            let store = try EventStore(path: db)
            #expect(try store.documentCount() == 2)
            #expect(try store.document(id: "good-1") != nil && store.document(id: "good-2") != nil)
            #expect(try store.writer.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") } == ["ok"])
        }
    }
}
