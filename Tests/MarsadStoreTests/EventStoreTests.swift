import Foundation
import GRDB
import MarsadCore
import Testing

@testable import MarsadStore

@Suite struct EventStoreTests {
    /// A fresh directory under the system temp directory, removed by `body`'s end.
    private func withTemporaryDirectory(_ body: (URL) throws -> Void) throws {
        let dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("marsad-store-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try body(dir)
    }

    @Test func fileBackedStoreKeepsItsDataWhenReopened() throws {
        try withTemporaryDirectory { dir in
            let path = dir.appendingPathComponent("events.sqlite").path
            let event = Fixture.event("d1-e0", document: "d1")
            do {
                let store = try EventStore(path: path)
                #expect(try store.ingest(Fixture.document("d1"), events: [event]) == .inserted)
            }
            let reopened = try EventStore(path: path)
            #expect(try reopened.documentCount() == 1)
            #expect(try reopened.events() == [event])
            // The content hash survived too: the same document is recognised.
            #expect(try reopened.ingest(Fixture.document("d1"), events: [event]) == .unchanged)
        }
    }

    @Test func fileBackedStoreUsesWriteAheadLogging() throws {
        try withTemporaryDirectory { dir in
            let store = try EventStore(path: dir.appendingPathComponent("wal.sqlite").path)
            let mode = try store.writer.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
            #expect(mode == "wal")
        }
    }

    @Test func migrationsAreRecordedByName() throws {
        let store = try EventStore.inMemory()
        let applied = try store.writer.read { db in try EventStore.migrator.appliedIdentifiers(db) }
        #expect(applied == ["v1-documents-events", "v2-merging-search-actors"])
        let tables = try store.writer.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        }
        #expect(
            Set(["documents", "events", "mentions", "event_actors", "actors", "actor_names", "merged_events"])
                .isSubset(of: Set(tables)))
    }

    @Test func inMemoryStoresAreIndependent() throws {
        let a = try EventStore.inMemory()
        let b = try EventStore.inMemory()
        try a.ingest(Fixture.document("d1"), events: [])
        #expect(try a.documentCount() == 1)
        #expect(try b.documentCount() == 0)
        #expect(a.path == nil)
    }

    @Test func unopenablePathThrowsAStoreError() {
        let path = "/nonexistent-\(UUID().uuidString)/events.sqlite"
        #expect {
            _ = try EventStore(path: path)
        } throws: { error in
            (error as? MarsadError)?.code == .store && (error as? MarsadError)?.location == path
        }
    }

    @Test func storeIsUsableFromConcurrentTasks() async throws {
        let store = try EventStore.inMemory()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for i in 0..<8 {
                group.addTask {
                    let id = "d\(i)"
                    try store.ingest(Fixture.document(id), events: [Fixture.event("\(id)-e0", document: id)])
                }
            }
            try await group.waitForAll()
        }
        #expect(try store.documentCount() == 8)
        #expect(try store.eventCount() == 8)
    }
}
