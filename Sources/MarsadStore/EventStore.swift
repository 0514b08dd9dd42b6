import GRDB
import MarsadCore

/// Marsad's embedded event database: documents, the events coded from them, their mentions
/// and actors, in one SQLite file.
///
/// A file-backed store is a GRDB `DatabasePool` in WAL mode (`synchronous = NORMAL`: a commit
/// survives the process dying at any point; after a power loss the last commits may roll back, which
/// an idempotent re-ingest repairs), so readers never block the writer and several processes can
/// share the file; ``inMemory()`` gives a private `DatabaseQueue` for
/// tests and one-shot runs. Opening applies the schema migrations (see `EventStore+Schema.swift`).
///
/// Every method is synchronous and safe to call from any thread or task. Errors from SQLite
/// are reported as `MarsadError` with code `.store`.
public final class EventStore: Sendable {
    /// The GRDB connection (pool or queue) every query goes through.
    let writer: any DatabaseWriter

    /// Where the database lives, or `nil` for an in-memory store.
    public let path: String?

    /// Opens (creating if needed) the database file at `path` and migrates it to the
    /// current schema. The containing directory must exist.
    public convenience init(path: String) throws {
        var config = EventStore.configuration()
        // Another process (a CLI ingest while the server reads) may hold the write lock briefly.
        config.busyMode = .timeout(10)
        config.prepareDatabase { db in
            // In WAL mode, NORMAL never corrupts the file and never loses a commit when the process
            // dies; after a power loss the last commits may be rolled back, and re-running an
            // ingest (idempotent) stores them again. A larger page cache keeps the indexes in memory.
            try db.execute(
                sql: "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -\(EventStore.pageCacheKiB); PRAGMA temp_store = MEMORY")
        }
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: config)
        } catch {
            throw MarsadError(.store, "cannot open the event store", location: path, underlying: error)
        }
        try self.init(writer: pool, path: path)
    }

    /// A fresh, empty store that lives in memory and disappears with this object.
    public static func inMemory() throws -> EventStore {
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(configuration: configuration())
        } catch {
            throw MarsadError(.store, "cannot create an in-memory event store", underlying: error)
        }
        return try EventStore(writer: queue, path: nil)
    }

    private init(writer: any DatabaseWriter, path: String?) throws {
        self.writer = writer
        self.path = path
        do {
            try EventStore.migrator.migrate(writer)
        } catch {
            throw MarsadError(.store, "cannot migrate the event store", location: path, underlying: error)
        }
    }

    /// SQLite's page cache per connection, in KiB.
    static let pageCacheKiB = 32_768

    private static func configuration() -> Configuration {
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.label = "MarsadStore"
        return config
    }

    // MARK: - Error wrapping

    /// Runs `body` in a write transaction; any non-Marsad error becomes `MarsadError(.store, what)`.
    func write<T>(_ what: @autoclosure () -> String, _ body: (Database) throws -> T) throws -> T {
        do {
            return try writer.write(body)
        } catch let error as MarsadError {
            throw error
        } catch {
            throw MarsadError(.store, what(), location: path, underlying: error)
        }
    }

    /// Runs `body` in a read-only snapshot; any non-Marsad error becomes `MarsadError(.store, what)`.
    func read<T>(_ what: @autoclosure () -> String, _ body: (Database) throws -> T) throws -> T {
        do {
            return try writer.read(body)
        } catch let error as MarsadError {
            throw error
        } catch {
            throw MarsadError(.store, what(), location: path, underlying: error)
        }
    }
}
