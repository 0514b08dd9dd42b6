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
            if Tokenizer.isSpace(c) || Tokenizer.isInvisible(c) { i += 1; continue }
            if let urlEnd = urlEnd(s, i, end) { emit(i, urlEnd, .url); i = urlEnd; continue }
            if Tokenizer.isDigit(c) {
                var j = i + 1
                while j < end {
                    if Tokenizer.isDigit(s[j]) { j += 1; continue }
                    if j + 1 < end, ".,:/٫٬".unicodeScalars.contains(s[j]) || s[j] == "-" && Tokenizer.dateHyphen(s, i, j, end),
                        Tokenizer.isDigit(s[j + 1])
                    {
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
                    // A change between Arabic and Latin letters starts a new word (بـCNN).
                    if Tokenizer.scriptChanges(s[j - 1], s[j]) { break }
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
        guard "hHwW".unicodeScalars.contains(s[i]), has("http://") || has("https://") || has("www.") else { return nil }
        var j = i
        while j < end, !s[j].properties.isWhitespace, !"«»“”\"<>".unicodeScalars.contains(s[j]) { j += 1 }
        while j > i, ".,;:!?)".unicodeScalars.contains(s[j - 1]) { j -= 1 }
        return j
    }

    public static func isDigit(_ c: Unicode.Scalar) -> Bool {
        // Fast paths for the scripts news uses; the Unicode tables for the rest.
        switch c.value {
        case 0x30...0x39, 0x0660...0x0669, 0x06F0...0x06F9: return true
        case 0...0x2F, 0x3A...0x7F, 0x0621...0x065F: return false
        default: return c.properties.numericType == .decimal
        }
    }

    /// White space, with a fast path for ASCII.
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x20, 0x09...0x0D: return true
        case 0x21...0x7F, 0x0600...0x06FF: return false
        default: return c.properties.isWhitespace
        }
    }

    /// A hyphen at `j` inside `2018-11-28` (digits-hyphen-digits-hyphen-digits from `start`).
    static func dateHyphen(_ s: [Unicode.Scalar], _ start: Int, _ j: Int, _ end: Int) -> Bool {
        var k = start
        var groups = 0
        var hyphens = 0
        while k < end {
            guard isDigit(s[k]) else { break }
            while k < end, isDigit(s[k]) { k += 1 }
            groups += 1
            if k < end, s[k] == "-", k + 1 < end, isDigit(s[k + 1]) { hyphens += 1; k += 1 } else { break }
        }
        return groups == 3 && hyphens == 2 && j < k
    }

    /// True between an Arabic letter (or tatweel) and a Latin one, either way.
    static func scriptChanges(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
        let arabicA = ScriptDetection.isArabicLetter(a) || a.value == 0x0640
        let arabicB = ScriptDetection.isArabicLetter(b) || b.value == 0x0640
        let latinA = a.isASCII && a.properties.isAlphabetic
        let latinB = b.isASCII && b.properties.isAlphabetic
        return arabicA && latinB || latinA && arabicB
    }

    /// A number token that reads as a date: `28/11/2018`, `2018-11-28`, `28.11.2018`.
    public static func isDate(_ token: Token) -> Bool {
        guard token.kind == .number else { return false }
        let parts = token.text.split(whereSeparator: { "/-.".contains($0) })
        guard parts.count == 3, parts.allSatisfy({ $0.allSatisfy(\.isNumber) }) else { return false }
        let lengths = parts.map(\.count)
        return (lengths[0] == 4 || lengths[2] == 4 || lengths[2] == 2) && lengths[1] <= 2 && lengths.allSatisfy { $0 <= 4 }
    }

    /// Letters and marks that belong inside a word (harakat, tatweel, ZWJ/ZWNJ included).
    public static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x0640, 0x200C, 0x200D, 0x0621...0x065F, 0x0670...0x06D3, 0x41...0x5A, 0x61...0x7A: return true
        case 0...0x40, 0x5B...0x60, 0x7B...0x7F, 0x0660...0x066D: return false
        default: break
        }
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
