import MarsadCore

/// Splits a text into sentences: at `.`, `!`, `?`, `؟` and paragraph breaks, except inside
/// numbers, after known abbreviations, before a lower-case continuation, and inside a
/// quotation that goes on after the terminator (`قال «نؤكد ذلك. ونناشد الجميع» أمس.` is one
/// sentence, so a quotation spanning clauses stays whole with its speaker). `،`, `;` and `…`
/// never end a sentence. Closing quotes and brackets after a terminator stay with its sentence.
public struct SentenceSplitter: Sendable {
    /// Abbreviations, lower-cased, with their final dot: `"mr."`, `"u.s."`, `"د."`.
    public var abbreviations: Set<String>
    public var terminators: Set<Unicode.Scalar> = [".", "!", "?", "؟", "۔"]
    /// Quotations closed within the paragraph and at most this long (in characters) are kept
    /// in one sentence; longer ones are split, their sentences marked with ``Sentence/quote``.
    public var maxWholeQuote = 1200

    public init(abbreviations: Set<String>) { self.abbreviations = abbreviations }

    public func sentences(in text: ScalarText) -> [Sentence] {
        let s = text.scalars
        let quotes = QuoteScanner.quotations(in: text)
        let whole = quotes.filter { q in
            q.end - q.start <= maxWholeQuote && q.end > q.start + 1 && "»”\"".unicodeScalars.contains(s[q.end - 1])
        }
        var spans: [TextSpan] = []
        var start = 0
        var i = 0
        func flush(_ end: Int) {
            var a = start
            var b = end
            while a < b, s[a].properties.isWhitespace || Tokenizer.isInvisible(s[a]) { a += 1 }
            while b > a, s[b - 1].properties.isWhitespace || Tokenizer.isInvisible(s[b - 1]) { b -= 1 }
            if b > a { spans.append(TextSpan(a, b)) }
        }
        while i < s.count {
            let c = s[i]
            if c == "\n" || c == "\u{2029}" {
                flush(i); start = i + 1; i += 1; continue
            }
            if terminators.contains(c), endsSentence(s, i), !whole.contains(where: { $0.start < i && i + 1 < $0.end - 1 }) {
                var j = i + 1
                while j < s.count, terminators.contains(s[j]) || ".…".unicodeScalars.contains(s[j]) { j += 1 }
                while j < s.count, "”\"»’)]".unicodeScalars.contains(s[j]) { j += 1 }
                flush(j); start = j; i = j; continue
            }
            i += 1
        }
        flush(s.count)
        return spans.enumerated().map { n, span in
            let q = quotes.first { $0.overlaps(span) && $0.start < span.start }
            return Sentence(index: n, span: span, quote: q)
        }
    }

    func endsSentence(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        guard s[i] == "." else { return true }
        // Inside a number: 3.5
        if i > 0, i + 1 < s.count, Tokenizer.isDigit(s[i - 1]), Tokenizer.isDigit(s[i + 1]) { return false }
        // Abbreviation: the word before the dot (with its inner dots).
        var a = i
        while a > 0, Tokenizer.isWordScalar(s[a - 1]) || s[a - 1] == "." { a -= 1 }
        if a < i {
            var w = String.UnicodeScalarView()
            w.append(contentsOf: s[a...i])
            let word = String(w).lowercased()
            if abbreviations.contains(word) { return false }
            // A single Latin capital initial: "J. Smith".
            if i - a == 1, s[a].properties.isUppercase { return false }
        }
        // Next word starts lower case (Latin): not a sentence end.
        var j = i + 1
        while j < s.count, s[j] == " " { j += 1 }
        if j < s.count, s[j].properties.isLowercase, s[j].value < 0x250 { return false }
        if j < s.count, s[j] == "." || Tokenizer.isDigit(s[j]) && j == i + 1 { return false }
        return true
    }
}
