import MarsadCore
import MarsadText

/// A sentence with its tokens and every token's clitic readings, computed once.
struct AnalyzedSentence {
    let sentence: Sentence
    let tokens: [Token]
    let analyses: [[WordAnalysis]]
    /// Per token, the keys it can take inside a phrase (article and clitic-free forms).
    let innerKeys: [[WordKey]]
    /// Per token, the key of each reading in `analyses` (same order).
    let stemKeys: [[WordKey]]
    /// Every key (normalised form or clitic-free stem) -> the tokens that can take it.
    let positions: [WordKey: [Int]]
    /// The language's proclitic conjunctions (``LanguageProfile/conjunctionProclitics``).
    let conjunctions: [String]

    init(sentence: Sentence, text: ScalarText, profile: any LanguageProfile) {
        self.sentence = sentence
        tokens = profile.tokens(in: text, span: sentence.span)
        analyses = tokens.map { profile.analyses(of: $0) }
        let stemKeys = analyses.map { $0.map { WordKey($0.stem) } }
        self.stemKeys = stemKeys
        conjunctions = profile.conjunctionProclitics
        let tokens = self.tokens
        let analyses = self.analyses
        let inner = profile.phraseInnerPrefixes
        innerKeys = tokens.indices.map { i in
            var keys = [WordKey(tokens[i].normalized), WordKey(tokens[i].text)]
            for (k, r) in analyses[i].enumerated() where r.suffix.isEmpty && inner.contains(r.prefix) {
                keys.append(stemKeys[i][k])
            }
            return keys
        }
        var positions: [WordKey: [Int]] = [:]
        for (i, t) in tokens.enumerated() where t.kind == .word {
            positions[WordKey(t.normalized), default: []].append(i)
            for k in stemKeys[i] where positions[k]?.last != i {
                positions[k, default: []].append(i)
            }
        }
        self.positions = positions
    }

    var count: Int { tokens.count }

    func isPunctuation(_ i: Int, _ chars: String) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].kind != .word && chars.contains(tokens[i].text)
    }

    /// True when token `i` is in `set` (its normalised form or a clitic-free stem).
    func isWord(_ i: Int, in set: WordSet) -> Bool {
        guard i >= 0, i < tokens.count, tokens[i].kind == .word else { return false }
        return set.contains(tokens[i].normalized)
    }

    /// Whether a reading's proclitics open with a conjunction (`وال`, `فـ`).
    func opensWithConjunction(_ prefix: String) -> Bool {
        conjunctions.contains { prefix.hasPrefix($0) }
    }

    /// True when token `i` is in `set` as written or after a conjunction (`وفي`, `فمن`, `والذي`):
    /// function words take و and ف but no other clitic.
    func isConjoinedWord(_ i: Int, in set: WordSet) -> Bool {
        isWord(i, in: set)
            || i >= 0 && i < tokens.count && tokens[i].kind == .word
                && analyses[i].contains { conjunctions.contains($0.prefix) && $0.suffix.isEmpty && set.contains($0.stem) }
    }

    /// True when token `i` or one of its clitic-free readings is in `set` (`وتعرضت` -> `تعرضت`).
    func hasWord(_ i: Int, in set: WordSet) -> Bool {
        isWord(i, in: set) || i >= 0 && i < tokens.count && analyses[i].contains { set.contains($0.stem) }
    }

    /// When token `j` opens a quoted name (`«داعش»`, "the «Sahwa» council": at most four words
    /// and a closing mark), the token after the closing mark; nil for a real quotation or any
    /// other token. A quoted name does not end a clause.
    func quotedNameEnd(at j: Int) -> Int? {
        guard j >= 0, j < tokens.count, tokens[j].kind != .word, "“«\"".contains(tokens[j].text) else { return nil }
        var k = j + 1
        while k < tokens.count, k <= j + 5, tokens[k].kind == .word { k += 1 }
        guard k > j + 1, k < tokens.count, k <= j + 5, "”»\"".contains(tokens[k].text) else { return nil }
        return k + 1
    }

    /// Whether token `i` counts something: a number that is no year, or a number word of `numbers`
    /// (`ثلاثة`, "dozens").
    func isCount(_ i: Int, numbers: WordSet) -> Bool {
        i >= 0 && i < tokens.count && (tokens[i].kind == .number && year(at: i) == nil || isWord(i, in: numbers))
    }

    /// The year token `i` writes (a number from 1900 to 2100), or nil.
    func year(at i: Int) -> Int? {
        guard i >= 0, i < tokens.count, tokens[i].kind == .number, let n = Int(tokens[i].text), (1900...2100).contains(n) else { return nil }
        return n
    }

    /// The span covering tokens `range`.
    func span(_ range: Range<Int>) -> TextSpan {
        TextSpan(tokens[range.lowerBound].span.start, tokens[range.upperBound - 1].span.end)
    }
}
