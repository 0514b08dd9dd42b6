import GRDB
import MarsadCore

extension EventStore {
    /// How many documents are stored.
    public func documentCount() throws -> Int {
        try read("cannot count documents") { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documents") ?? 0
        }
    }

    /// The stored document with this id, as last ingested, or `nil`.
    public func document(id: String) throws -> Document? {
        try read("cannot read document \(id)") { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: "SELECT id, date, text, source, url, language, title FROM documents WHERE id = ?",
                    arguments: [id])
            else { return nil }
            let date: String? = row["date"]
            let language: String? = row["language"]
            return Document(
                id: row["id"], date: date.flatMap { EventDate($0) }, text: row["text"], source: row["source"],
                url: row["url"], language: language.flatMap { Language(rawValue: $0) }, title: row["title"])
        }
    }
}
