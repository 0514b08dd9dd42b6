import MarsadCore
import MarsadLexicon

/// Reads what a sentence says about when, where and how its events happen.
struct SentenceContext {
    let model: LanguageModel
    let s: AnalyzedSentence

    /// The event date: the document date shifted by a weekday ("الأربعاء", "on Wednesday": the
    /// most recent such day up to the document date) or a relative day ("أمس", "yesterday").
    func date(documentDate: EventDate?) -> EventDate? {
        guard let d = documentDate else { return nil }
        // The first day word of the sentence decides.
        var first: (position: Int, date: EventDate)?
        func consider(_ key: String, _ date: EventDate) {
            if let p = s.positions[key]?.first, first.map({ p < $0.position }) ?? true { first = (p, date) }
        }
        for (k, w) in model.words.weekdays { consider(k, d.adding(days: -((d.weekday - w + 7) % 7))) }
        for (k, r) in model.words.relativeDays { consider(k, d.adding(days: r)) }
        return first?.date ?? d
    }

    /// The first gazetteer place introduced by a locative preposition (`في`, `in`).
    func location(_ chunks: [ActorChunk], chunker: ActorChunker) -> Location? {
        for c in chunks {
            guard let p = c.place else { continue }
            let marked = c.preposition.map(model.words.locative.contains) ?? false
            let near = c.range.lowerBound > 0 && s.isWord(c.range.lowerBound - 1, in: model.words.locative)
            guard p.ambiguous ? near : (marked || chunker.isLocative(before: c.range.lowerBound, s)) else { continue }
            let span = s.span(c.range)
            return Location(
                name: p.name, country: p.country, latitude: p.latitude, longitude: p.longitude,
                text: chunker.text[span], span: span, reason: "place after a locative preposition in the sentence")
        }
        return nil
    }

    /// Negation, future, hypothesis; nil for a historical reference that is not current news.
    func modality(_ hit: TriggerHit, left: Int, documentYear: Int?) -> EventModality? {
        let w = model.words
        let p = hit.position
        for i in max(0, p - 2)..<p where s.isWord(i, in: w.negators) { return .negated }
        if let year = documentYear {
            for i in left..<min(s.count, hit.range.upperBound + 6) where s.tokens[i].kind == .number {
                if let n = Int(s.tokens[i].text), n >= 1900, n <= year - 2,
                    i > 0, s.isWord(i - 1, in: w.historical) || s.isWord(i - 1, in: w.locative)
                {
                    return nil
                }
            }
        }
        if hit.prefix.contains("س") && !hit.prefix.isEmpty && hit.reading.features.contains("imperfect") { return .future }
        for i in max(0, p - 2)..<p where s.isWord(i, in: w.future) { return .future }
        for i in max(0, p - 4)..<p where s.isWord(i, in: w.hypothetical) { return .hypothetical }
        return .asserted
    }
}
