import Foundation
import GRDB
import MarsadCore
import Testing

@testable import MarsadStore

@Suite struct MigrationTests {
    /// A database created by the first release (v1 schema and rows), opened by this one: every
    /// derived row is rebuilt from the stored JSON and the events merge.
    @Test func aVersionOneDatabaseIsUpgradedWithoutLoss() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("marsad-v1-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("old.sqlite").path
        let events = [
            Fixture.namedEvent("a-0", document: "a", place: ("Aleppo", "SYR", 36.2, 37.1), mentions: 2),
            Fixture.namedEvent("b-0", document: "b"),
        ]
        do {
            let queue = try DatabaseQueue(path: path)
            try EventStore.migrator.migrate(queue, upTo: "v1-documents-events")
            let encoder = EventStore.jsonEncoder()
            try queue.write { db in
                for (doc, event) in zip(["a", "b"], events) {
                    try db.execute(
                        sql: "INSERT INTO documents VALUES (?, ?, 'wire', NULL, '2024-03-05', 'en', NULL, 'Russia condemned Turkey.', 'x')",
                        arguments: [doc, ContentHash.of(Fixture.report(doc))])
                    try db.execute(
                        sql: """
                            INSERT INTO events VALUES (?, ?, 0, '2024-03-05', '111', '11', 3, -2, 'ACCUSE', 'RUS', 'TUR', 'en', ?)
                            """, arguments: [event.id, doc, String(decoding: try encoder.encode(event), as: UTF8.self)])
                    try db.execute(
                        sql: "INSERT INTO mentions VALUES (?, ?, 0, 0, 3, 'en.fixture', 'old row')", arguments: [event.id, doc])
                }
            }
        }
        let store = try EventStore(path: path)
        #expect(try store.events() == events)
        #expect(try store.mergedEvents().map(\.numArticles) == [2])
        #expect(try store.mergedEvents().first?.numMentions == 3)
        #expect(try store.events(EventFilter(actorName: "Turkey", place: "Aleppo", text: "condemned")).map(\.id) == ["a-0"])
        let mentions = try store.writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM mentions") }
        #expect(mentions == 3)
        // Same content: recognised as stored.
        #expect(try store.ingest(Fixture.report("a"), events: [events[0]]) == .unchanged)
    }
}
