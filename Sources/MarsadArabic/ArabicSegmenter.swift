import MarsadText

/// Chooses one clitic segmentation of an Arabic word, guided by ``ArabicLexicon``.
///
/// In order: a fixed segmentation from the lexicon's `[compounds]`; the whole word if the
/// lexicon knows it (`وزير`، `لبنان`، `كانون`); the reading with the fewest clitic letters
/// whose stem the lexicon knows and can carry those clitics (verbs never take `ب`، `ك` or the
/// article; `س` and `ل` go with the imperfect); otherwise rules for unknown stems: the article
/// is split off, a conjunction `و`/`ف` before three letters or more is split, `ب`/`ل` before
/// three letters or more, the future `س` before an imperfect prefix, and the pronouns `ها هم
/// هما هن كم كن كما نا ه` after three letters or more. `ك`, `ي` and `ني` are only split off
/// known stems. Segmentation reads `ة` apart from `ه`, so the `ة` of `حكومة` is no pronoun.
public struct ArabicSegmenter: Sendable {
    public let lexicon: ArabicLexicon
    let normalizer = ArabicNormalizer()

    public init(lexicon: ArabicLexicon = .bundled) { self.lexicon = lexicon }

    static let multiLetterPronouns: Set<String> = ["ها", "هم", "هما", "هن", "كم", "كن", "كما", "نا"]

    /// The best reading of a word as written in the text. The stem is normalised as the
    /// dictionaries are (``ArabicNormalizer``), clitics as written after normalisation.
    public func segment(_ text: String) -> WordAnalysis {
        let n = ArabicLexicon.keyNormalizer.normalize(text)
        let chosen = choose(n, text: text)
        return WordAnalysis(
            prefix: chosen.prefix, stem: normalizer.normalize(chosen.stem), suffix: chosen.suffix,
            preposition: chosen.preposition)
    }

    /// Letters as written, without harakat: aligned with the normalised word letter by letter.
    static let plain: ArabicNormalizer = {
        var n = ArabicNormalizer()
        n.foldAlef = false
        n.foldAlefMaqsura = false
        n.foldTaMarbuta = false
        n.foldHamzaCarriers = false
        return n
    }()

    /// `n` is the word normalised as lexicon keys are, `text` as written.
    func choose(_ n: String, text: String) -> WordAnalysis {
        let maqsura = text.unicodeScalars.last == "ى"
        let whole = WordAnalysis(prefix: "", stem: n, suffix: "", preposition: nil)
        if let c = lexicon.compounds[n] { return analysis(c.prefix, c.stem, c.suffix) }
        if let conj = n.unicodeScalars.first, conj == "و" || conj == "ف", let c = lexicon.compounds[String(n.dropFirst())] {
            return analysis(String(conj) + c.prefix, c.stem, c.suffix)
        }
        let wholeKinds = lexicon.kinds(of: n).subtracting([.pronounStem])
        if !wholeKinds.isEmpty, !Self.weak(wholeKinds) { return whole }
        // A preposition carrying a pronoun (لها، به، لنا) stays one word whose stem is the preposition.
        let scalars = Array(n.unicodeScalars)
        if scalars.count >= 2, scalars.count <= 4, let p = scalars.first, p == "ل" || p == "ب",
            ArabicClitics.enclitics.contains(String(n.dropFirst())), n != "بي"
        {
            return WordAnalysis(prefix: "", stem: n, suffix: "", preposition: String(p))
        }
        var best = whole
        var bestCost = wholeKinds.isEmpty ? 110.0 : 0.5
        let plain = Array(Self.plain.normalize(text).unicodeScalars)
        for a in ArabicClitics.analyses(of: n, articleOptional: true) {
            guard a.prefix != "" || a.suffix != "" else { continue }
            if let c = lexicon.compounds[a.stem], c.suffix.isEmpty {
                return analysis(a.prefix + c.prefix, c.stem, a.suffix)
            }
            if maqsura && a.suffix == "ي" { continue }
            let article = a.prefix.hasSuffix("ال") || a.prefix.hasSuffix("لل")
            if article && !a.suffix.isEmpty { continue }
            // The article's alef is written ا (not أ of ألقى، إ of إلغاء).
            if a.prefix.hasSuffix("ال"), plain.count == scalars.count, plain[a.prefix.unicodeScalars.count - 2] != "ا" { continue }
            let letters = Double(a.prefix.unicodeScalars.count + a.suffix.unicodeScalars.count)
            var kinds = stemKinds(a)
            // A stem starting with a bare ال keeps its article only if it is a function word (الي of اليه).
            let at = a.prefix.unicodeScalars.count
            let bareArticle = !article && a.stem.hasPrefix("ال") && (plain.count != scalars.count || plain[at] == "ا")
            if bareArticle { kinds = kinds.intersection([.function]) }
            let cost = known(a, kinds, article: article) ? letters * 0.1 + (Self.weak(kinds) ? 0.5 : 0)
                : 100 + unknownCost(a, article: article, bareArticle: bareArticle)
            if cost < bestCost { best = a; bestCost = cost }
        }
        return best
    }

    func analysis(_ prefix: String, _ stem: String, _ suffix: String) -> WordAnalysis {
        let p = prefix.unicodeScalars.first { "بلك".unicodeScalars.contains($0) }
        return WordAnalysis(prefix: prefix, stem: stem, suffix: suffix, preposition: p.map { String($0) })
    }

    /// Only generated forms or imperatives: a listed word or a split into known parts wins.
    static func weak(_ kinds: Set<ArabicLexicon.Kind>) -> Bool {
        kinds.isSubset(of: [.derived, .imperative, .pronounStem])
    }

    func stemKinds(_ a: WordAnalysis) -> Set<ArabicLexicon.Kind> {
        var kinds = lexicon.kinds(of: a.stem)
        if !a.suffix.isEmpty, a.stem.hasSuffix("ه") { kinds.formUnion(lexicon.kinds(of: String(a.stem.dropLast()) + "ة")) }
        if a.suffix.isEmpty { kinds.remove(.pronounStem) }
        return kinds
    }

    /// The reading's stem is in the lexicon as something that takes these clitics.
    func known(_ a: WordAnalysis, _ kinds: Set<ArabicLexicon.Kind>, article: Bool) -> Bool {
        if kinds.isEmpty { return false }
        // Verbs take ني for "me"; ي is the possessive of nouns.
        if a.suffix == "ي" { return kinds.contains(.noun) || kinds.contains(.function) }
        var particles = a.prefix
        if let c = particles.first, c == "و" || c == "ف" { particles.removeFirst() }
        if article { return kinds.contains(.noun) || kinds.contains(.derived) }
        if particles.contains("س") { return kinds.contains(.imperfect) }
        if kinds.contains(.noun) || kinds.contains(.function) || kinds.contains(.derived) { return true }
        if kinds.contains(.imperfect), particles.isEmpty || particles == "س" || particles == "ل" { return true }
        return particles.isEmpty && (kinds.contains(.perfect) || kinds.contains(.imperative) || kinds.contains(.pronounStem))
    }

    /// Cost of a reading of an unknown stem, against 10 for the whole word: each plausible
    /// clitic lowers it, an implausible one rules the reading out.
    func unknownCost(_ a: WordAnalysis, article: Bool, bareArticle: Bool = false) -> Double {
        let stemLength = a.stem.unicodeScalars.count
        // The article belongs with the proclitics (بال، وال), not inside an unknown stem.
        var cost = 10.0 + (bareArticle ? 20 : 0)
        var particles = a.prefix
        if let c = particles.first, c == "و" || c == "ف" {
            particles.removeFirst()
            cost += stemLength + particles.unicodeScalars.count >= 3 ? -3 : 50
        }
        if article {
            particles = String(particles.dropLast(particles.hasSuffix("ال") ? 2 : 1))
            cost -= 5
        }
        switch particles {
        case "": break
        case "ب", "ل": cost += article || stemLength >= 3 ? -2 : 50
        case "ك": cost += article ? -2 : 50
        case "س":
            let first = a.stem.unicodeScalars.first
            cost += stemLength >= 3 && "يتنا".unicodeScalars.contains(first ?? " ") && !a.stem.hasSuffix("ة") ? -2 : 50
        default: cost += 50
        }
        if !a.suffix.isEmpty {
            cost += stemLength < 3 ? 50 : Self.multiLetterPronouns.contains(a.suffix) ? -2 : a.suffix == "ه" ? -1.5 : 50
        }
        return cost
    }
}
