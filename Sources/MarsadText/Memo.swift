import Foundation

/// A bounded, thread-safe memo of a pure function of a word: news repeats its words, and
/// clitic analysis is the costliest step per token. Past `capacity` entries it stops storing
/// (no eviction), so memory stays bounded on any corpus.
public final class WordMemo<Value>: @unchecked Sendable {
    private var values: [WordKey: Value] = [:]
    private let lock = NSLock()
    private let capacity: Int

    public init(capacity: Int = 50_000) { self.capacity = capacity }

    public func value(for word: String, _ compute: (String) -> Value) -> Value {
        let key = WordKey(word)
        lock.lock()
        let hit = values[key]
        lock.unlock()
        if let hit { return hit }
        let v = compute(word)
        lock.lock()
        if values.count < capacity { values[key] = v }
        lock.unlock()
        return v
    }
}
