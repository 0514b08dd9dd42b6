import MarsadText

/// Clitic segmentation: the readings of a normalised Arabic word as proclitics + stem + enclitic.
///
/// Proclitics, in their order: a conjunction (`و`, `ف`), then a preposition (`ب`, `ل`, `ك`)
/// or the future `س`, then the article `ال` (`ل` + `ال` is written `لل`). Enclitics are the
/// pronoun suffixes. Every split that leaves a stem of two letters or more is a reading; the
/// dictionaries decide which readings are words, so `وزير` and `لبنان` stay whole where the
/// lexicon knows them.
public enum ArabicClitics {
    static let conjunctions = ["", "و", "ف"]
    static let particles: [(String, String?)] = [("", nil), ("ب", "ب"), ("ل", "ل"), ("ك", "ك"), ("س", nil)]
    /// Pronoun suffixes, longest first.
    public static let enclitics = ["هما", "كما", "ها", "هم", "هن", "كم", "كن", "نا", "ني", "ه", "ك", "ي"]

    public static func analyses(of word: String) -> [WordAnalysis] {
        let w = Array(word.unicodeScalars)
        var out: [WordAnalysis] = []
        var seen = Set<String>()
        func add(_ prefix: String, _ stemScalars: ArraySlice<Unicode.Scalar>, _ prep: String?) {
            guard stemScalars.count >= 2 else { return }
            let stem = String(String.UnicodeScalarView(stemScalars))
            if seen.insert(prefix + "+" + stem).inserted {
                out.append(WordAnalysis(prefix: prefix, stem: stem, suffix: "", preposition: prep))
            }
            for e in enclitics {
                let es = Array(e.unicodeScalars)
                guard stemScalars.count - es.count >= 2, stemScalars.suffix(es.count).elementsEqual(es) else { continue }
                var base = Array(stemScalars.dropLast(es.count))
                // A feminine noun shows its ta marbuta as ت before a suffix: حكومتها -> حكومه.
                if base.last == "ت" { base[base.count - 1] = "ه" }
                let b = String(String.UnicodeScalarView(base))
                if seen.insert(prefix + "+" + b + "+" + e).inserted {
                    out.append(WordAnalysis(prefix: prefix, stem: b, suffix: e, preposition: prep))
                }
                if base.last == "ه", stemScalars.dropLast(es.count).last == "ت" {
                    let t = String(String.UnicodeScalarView(stemScalars.dropLast(es.count)))
                    if seen.insert(prefix + "+" + t + "+" + e).inserted {
                        out.append(WordAnalysis(prefix: prefix, stem: t, suffix: e, preposition: prep))
                    }
                }
            }
        }
        for c in conjunctions {
            for (p, prep) in particles {
                let pre = Array((c + p).unicodeScalars)
                guard w.count > pre.count + 1, w.prefix(pre.count).elementsEqual(pre) else { continue }
                var rest = w[pre.count...]
                var prefix = c + p
                // ل + ال is written لل.
                if p == "ل", rest.first == "ل", rest.count >= 3 {
                    add(prefix + "ل", rest.dropFirst(), prep)
                }
                if rest.count >= 4, rest.prefix(2).elementsEqual("ال".unicodeScalars) {
                    rest = rest.dropFirst(2)
                    prefix += "ال"
                }
                add(prefix, rest, prep)
            }
        }
        return out
    }

    /// The dictionary key of a word: normalised, with a leading article removed.
    public static func key(_ normalized: String) -> String {
        let w = Array(normalized.unicodeScalars)
        if w.count >= 4, w[0] == "ا", w[1] == "ل" { return String(String.UnicodeScalarView(w.dropFirst(2))) }
        return normalized
    }
}
