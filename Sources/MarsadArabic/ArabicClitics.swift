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

    static let encliticScalars: [(String, [Unicode.Scalar])] = enclitics.map { ($0, Array($0.unicodeScalars)) }
    /// Conjunction + particle combinations with their scalars and the preposition they carry.
    static let prefixTable: [(String, [Unicode.Scalar], String?, Bool)] = conjunctions.flatMap { c in
        particles.map { p, prep in (c + p, Array((c + p).unicodeScalars), prep, p == "ل") }
    }

    /// Every reading of a normalised word. With `articleOptional`, a word starting with `ال`
    /// is also read without splitting the article off (`اليه` = `الي` + `ه`).
    public static func analyses(of word: String, articleOptional: Bool = false) -> [WordAnalysis] {
        let w = Array(word.unicodeScalars)
        var out: [WordAnalysis] = []
        // A reading is fixed by where its stem starts and ends, its enclitic, and whether ت was
        // read as ة: dedupe on that instead of hashing strings.
        var seen: [Int] = []
        func append(_ key: Int, _ a: @autoclosure () -> WordAnalysis) {
            if !seen.contains(key) { seen.append(key); out.append(a()) }
        }
        func add(_ prefix: String, _ stemScalars: ArraySlice<Unicode.Scalar>, _ prep: String?) {
            guard stemScalars.count >= 2 else { return }
            let at = stemScalars.startIndex << 16 | stemScalars.endIndex << 4
            append(at, WordAnalysis(prefix: prefix, stem: String(String.UnicodeScalarView(stemScalars)), suffix: "", preposition: prep))
            for (n, (e, es)) in encliticScalars.enumerated() {
                guard stemScalars.count - es.count >= 2, stemScalars.suffix(es.count).elementsEqual(es) else { continue }
                let kept = stemScalars.dropLast(es.count)
                let seatedHamza = kept.count >= 3 && kept[kept.endIndex - 2] == "ا" && (kept.last == "ي" || kept.last == "و")
                if kept.last == "ت" || seatedHamza {
                    // A feminine noun shows its ta marbuta as ت before a suffix (حكومتها -> حكومه),
                    // and a final hamza after alif takes a seat, normalised to ي or و (استيائها،
                    // أعضاؤها -> استياء، أعضاء).
                    var base = Array(kept)
                    base[base.count - 1] = seatedHamza ? "ء" : "ه"
                    append(at | (n + 1) << 1 | 1, WordAnalysis(prefix: prefix, stem: String(String.UnicodeScalarView(base)), suffix: e, preposition: prep))
                }
                append(at | (n + 1) << 1, WordAnalysis(prefix: prefix, stem: String(String.UnicodeScalarView(kept)), suffix: e, preposition: prep))
            }
        }
        for (pre, scalars, prep, isL) in prefixTable {
            guard w.count > scalars.count + 1, w.prefix(scalars.count).elementsEqual(scalars) else { continue }
            var rest = w[scalars.count...]
            var prefix = pre
            // ل + ال is written لل.
            if isL, rest.first == "ل", rest.count >= 3 {
                add(prefix + "ل", rest.dropFirst(), prep)
            }
            if rest.count >= 4, rest[rest.startIndex] == "ا", rest[rest.startIndex + 1] == "ل" {
                if articleOptional { add(prefix, rest, prep) }
                rest = rest.dropFirst(2)
                prefix += "ال"
            }
            add(prefix, rest, prep)
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
