/// A set of normalised words looked up by their UTF-8 bytes (see ``WordKey``): the coder asks
/// function-word lists about every token, and `Set<String>` hashes through Unicode
/// normalisation.
public struct WordSet: Sequence, Sendable, ExpressibleByArrayLiteral {
    public private(set) var keys: Set<WordKey>

    public init<S: Sequence>(_ words: S) where S.Element == String { keys = Set(words.map { WordKey($0) }) }
    public init(arrayLiteral words: String...) { self.init(words) }

    public func contains(_ word: String) -> Bool { keys.contains(WordKey(word)) }
    public func contains(_ key: WordKey) -> Bool { keys.contains(key) }
    public var isEmpty: Bool { keys.isEmpty }
    public var count: Int { keys.count }

    public func makeIterator() -> AnyIterator<String> {
        var i = keys.makeIterator()
        return AnyIterator { i.next()?.string }
    }
}
