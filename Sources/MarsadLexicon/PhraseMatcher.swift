import MarsadText

/// Longest-match lookup of multiword phrases over token keys: a map from first word to the
/// phrases starting with it, longest first. Each phrase carries the indices of its entries.
public struct PhraseMatcher: Sendable {
    struct Phrase: Sendable {
        var words: [WordKey]
        var entries: [Int]
    }

    var byFirst: [WordKey: [Phrase]] = [:]
    public private(set) var phraseCount = 0

    public init() {}

    /// Adds a phrase (already reduced to dictionary keys) for an entry.
    public mutating func add(_ words: [String], entry: Int) {
        let words = words.map { WordKey($0) }
        guard let first = words.first, !first.string.isEmpty else { return }
        var list = byFirst[first, default: []]
        if let k = list.firstIndex(where: { $0.words == words }) {
            if !list[k].entries.contains(entry) { list[k].entries.append(entry) }
        } else {
            list.append(Phrase(words: words, entries: [entry]))
            list.sort { $0.words.count > $1.words.count }
            phraseCount += 1
        }
        byFirst[first] = list
    }

    /// A match: how many tokens, which entries, and which reading of the first token matched.
    public struct Match: Sendable {
        public var start: Int
        public var length: Int
        public var entries: [Int]
        public var firstReading: Int
    }

    /// The longest phrase starting at token `i`. `firstKeys(i)` gives the candidate keys of the
    /// first token (every clitic reading); `innerKeys(j)` those allowed inside a phrase.
    public func longestMatch(
        at i: Int, tokenCount: Int, firstKeys: [WordKey], innerKeys: (Int) -> [WordKey]
    ) -> Match? {
        var best: Match?
        for (r, key) in firstKeys.enumerated() {
            guard let phrases = byFirst[key] else { continue }
            for p in phrases {
                if let b = best, b.length >= p.words.count { break }
                guard i + p.words.count <= tokenCount else { continue }
                var ok = true
                for k in 1..<max(1, p.words.count) where !innerKeys(i + k).contains(p.words[k]) {
                    ok = false
                    break
                }
                if ok, p.words.count > (best?.length ?? 0) {
                    best = Match(start: i, length: p.words.count, entries: p.entries, firstReading: r)
                    break
                }
            }
        }
        return best
    }
}
