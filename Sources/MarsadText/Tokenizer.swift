import MarsadCore

/// Splits text into word, number, URL and punctuation tokens, keeping offsets into the original.
///
/// Letters, combining marks (Arabic harakat), tatweel, zero-width joiners and in-word
/// apostrophes and hyphens stay inside a word; digits with `.`/`,`/`:` between them stay one
/// number; `http(s)://` and `www.` runs are URLs.
public struct Tokenizer: Sendable {
    public let normalize: @Sendable (String) -> String

    public init(normalize: @escaping @Sendable (String) -> String) { self.normalize = normalize }

    public func tokens(in text: ScalarText, span: TextSpan) -> [Token] {
        let s = text.scalars
        var out: [Token] = []
        var i = span.start
        let end = span.end
        func emit(_ a: Int, _ b: Int, _ kind: TokenKind) {
            let sp = TextSpan(a, b)
            let t = text[sp]
            out.append(Token(span: sp, text: t, normalized: kind == .word ? normalize(t) : t, kind: kind))
        }
        while i < end {
            let c = s[i]
            if c.properties.isWhitespace || Tokenizer.isInvisible(c) { i += 1; continue }
            if let urlEnd = urlEnd(s, i, end) { emit(i, urlEnd, .url); i = urlEnd; continue }
            if Tokenizer.isDigit(c) {
                var j = i + 1
                while j < end {
                    if Tokenizer.isDigit(s[j]) { j += 1; continue }
                    if j + 1 < end, ".,:/٫٬".unicodeScalars.contains(s[j]), Tokenizer.isDigit(s[j + 1]) {
                        j += 2; continue
                    }
                    break
                }
                emit(i, j, .number); i = j; continue
            }
            if let e = initialsEnd(s, i, end) { emit(i, e, .word); i = e; continue }
            if Tokenizer.isWordScalar(c) {
                var j = i + 1
                while j < end {
                    if Tokenizer.isWordScalar(s[j]) || Tokenizer.isDigit(s[j]) && !ScriptDetection.isArabicLetter(c) {
                        j += 1; continue
                    }
                    // A bidi mark between two letters stays inside the word (normalisation drops it).
                    if j + 1 < end, Tokenizer.isInvisible(s[j]), Tokenizer.isWordScalar(s[j + 1]) { j += 2; continue }
                    // Apostrophes and hyphens inside a word ("Sharm-el-Sheikh", "Syria's").
                    if j + 1 < end, "'’-".unicodeScalars.contains(s[j]), Tokenizer.isWordScalar(s[j + 1]),
                        s[j + 1].value < 0x0600
                    {
                        j += 2; continue
                    }
                    break
                }
                emit(i, j, .word); i = j; continue
            }
            emit(i, i + 1, c.properties.generalCategory == .otherPunctuation
                 || c.properties.generalCategory == .initialPunctuation
                 || c.properties.generalCategory == .finalPunctuation
                 || c.properties.generalCategory == .openPunctuation
                 || c.properties.generalCategory == .closePunctuation
                 || c.properties.generalCategory == .dashPunctuation ? .punctuation : .symbol)
            i += 1
        }
        return out
    }

    /// "U.S.", "U.N.", "e.g.": single Latin letters each followed by a dot, at least two.
    func initialsEnd(_ s: [Unicode.Scalar], _ i: Int, _ end: Int) -> Int? {
        var j = i
        var n = 0
        while j + 1 < end, s[j].isASCII, s[j].properties.isAlphabetic, s[j + 1] == ".",
            j == i || !(s[j - 1].isASCII && s[j - 1].properties.isAlphabetic)
        {
            if j + 2 < end, s[j + 2].isASCII, s[j + 2].properties.isAlphabetic, j + 3 < end, s[j + 3] != "." { break }
            j += 2
            n += 1
        }
        return n >= 2 ? j : nil
    }

    func urlEnd(_ s: [Unicode.Scalar], _ i: Int, _ end: Int) -> Int? {
        func has(_ p: String) -> Bool {
            let ps = Array(p.unicodeScalars)
            guard i + ps.count <= end else { return false }
            for k in 0..<ps.count where s[i + k].properties.lowercaseMapping.unicodeScalars.first != ps[k] {
                return false
            }
            return true
        }
        guard has("http://") || has("https://") || has("www.") else { return nil }
        var j = i
        while j < end, !s[j].properties.isWhitespace, !"«»“”\"<>".unicodeScalars.contains(s[j]) { j += 1 }
        while j > i, ".,;:!?)".unicodeScalars.contains(s[j - 1]) { j -= 1 }
        return j
    }

    public static func isDigit(_ c: Unicode.Scalar) -> Bool { c.properties.numericType == .decimal }

    /// Letters and marks that belong inside a word (harakat, tatweel, ZWJ/ZWNJ included).
    public static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        if c.value == 0x0640 || c.value == 0x200C || c.value == 0x200D { return true }
        let p = c.properties
        if p.isAlphabetic { return !isDigit(c) }
        switch p.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// Bidi controls, BOM and other format characters that carry no content between words.
    public static func isInvisible(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x200B, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF, 0x061C: return true
        default: return false
        }
    }
}
