import MarsadCore

/// Finds quotations, including nested ones, and returns the outermost spans.
///
/// Guillemets `« »` have a direction. Curly and straight quotes are read by what they touch:
/// a mark after a space (or after a one-letter Arabic clitic such as `و`) and before a letter
/// opens; a mark after a letter or punctuation closes. This copes with news that writes
/// `”جبهة النصرة”` with a closing mark on both sides. A quotation still open at a paragraph
/// break ends there.
public enum QuoteScanner {
    public static func quotations(in text: ScalarText) -> [TextSpan] {
        let s = text.scalars
        var spans: [TextSpan] = []
        var depth = 0
        var start = 0
        func isSpace(_ i: Int) -> Bool { i < 0 || i >= s.count || s[i].properties.isWhitespace }
        func isCliticBeforeSpace(_ i: Int) -> Bool {
            i >= 0 && "وفبل".unicodeScalars.contains(s[i]) && isSpace(i - 1)
        }
        for i in 0..<s.count {
            let c = s[i]
            var opens = false
            var closes = false
            switch c {
            case "«": opens = true
            case "»": closes = true
            case "“", "”", "\"", "„":
                let afterSpace = isSpace(i - 1) || "([{«".unicodeScalars.contains(s[i - 1]) || isCliticBeforeSpace(i - 1)
                if afterSpace && !isSpace(i + 1) { opens = true } else if !afterSpace { closes = true }
            case "\n":
                if depth > 0 { spans.append(TextSpan(start, i)); depth = 0 }
            default: break
            }
            if opens {
                if depth == 0 { start = i }
                depth += 1
            } else if closes, depth > 0 {
                depth -= 1
                if depth == 0 { spans.append(TextSpan(start, i + 1)) }
            }
        }
        if depth > 0 { spans.append(TextSpan(start, s.count)) }
        return spans
    }
}
