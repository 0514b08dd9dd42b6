import MarsadCore
import MarsadLexicon
import MarsadText

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
            if let p = s.positions[WordKey(key)]?.first, first.map({ p < $0.position }) ?? true { first = (p, date) }
        }
        for (k, w) in model.words.weekdays { consider(k, d.adding(days: -((d.weekday - w + 7) % 7))) }
        for (k, r) in model.words.relativeDays { consider(k, d.adding(days: r)) }
        return first?.date ?? d
    }

    /// Whether the sentence names a weekday or a relative day (`أمس`, "yesterday").
    var namesADay: Bool {
        model.words.weekdays.keys.contains { s.positions[WordKey($0)] != nil }
            || model.words.relativeDays.keys.contains { s.positions[WordKey($0)] != nil }
    }

    /// The first gazetteer place introduced by a locative preposition (`في`, `in`) or a direction.
    func location(_ chunks: [ActorChunk], chunker: ActorChunker) -> Location? {
        for c in chunks {
            guard let p = c.place else { continue }
            let marked = c.preposition.map(model.words.locative.contains) ?? false
            let near = c.range.lowerBound > 0 && s.isConjoinedWord(c.range.lowerBound - 1, in: model.words.locative)
                || model.followsDirection(s, c.range.lowerBound) || model.isSceneSubject(s, c.range)
            guard p.ambiguous ? near : (marked || near || chunker.isLocative(before: c.range.lowerBound, s)) else { continue }
            let span = s.span(c.range)
            return Location(
                name: p.name, country: p.country, latitude: p.latitude, longitude: p.longitude,
                text: chunker.text[span], span: span, reason: "place after a locative preposition or a direction, or the scene of the sentence's events")
        }
        // No town named: a country after a locative or a direction (`في شمال العراق`, `غرب
        // الصومال`, "in Somalia"), or the scene of the events (`شهد العراق`), places the event
        // in the country, without coordinates.
        for c in chunks where c.actors.count == 1
            && (c.preposition.map(model.words.locative.contains) ?? false || model.followsDirection(s, c.range.lowerBound) || model.isSceneSubject(s, c.range))
        {
            let country = c.actors[0].code.value
            guard c.actors[0].code.isCountry, let name = model.actors.countryLabels[country] else { continue }
            let span = s.span(c.range)
            return Location(
                name: name, country: country, latitude: nil, longitude: nil, text: chunker.text[span], span: span,
                reason: "country after a locative preposition or a direction, or the scene of the sentence's events")
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
                    i > 0, s.isConjoinedWord(i - 1, in: w.historical) || s.isConjoinedWord(i - 1, in: w.locative)
                {
                    return nil
                }
            }
        }
        if hit.prefix.contains("س") && hit.reading.isImperfect { return .future }
        for i in max(0, p - 2)..<p where s.isWord(i, in: w.future) { return .future }
        for i in max(0, p - 4)..<p where s.isWord(i, in: w.hypothetical) { return .hypothetical }
        return .asserted
    }

    /// Whether a show of force, a cut in relations or coercion (roots 15 to 17) is reported as
    /// something that happened rather than named in passing: a verbal noun with the article and
    /// no participant (`الحصار`, "the siege") refers back to an event told elsewhere; a bare
    /// verbal noun needs a participant or an anchor (a number, casualty word, place or day); a
    /// present-tense verb with no day named is habitual. Uses of force and protests are weighed
    /// by ``ReportEvidence``.
    func isAnchored(_ hit: TriggerHit, hasActors: Bool, location: Location?) -> Bool {
        let window = max(0, hit.position - 8)..<min(s.count, hit.range.upperBound + 10)
        let anchored = location?.isPoint == true || namesADay || window.contains { i in
            s.tokens[i].kind == .number || s.hasWord(i, in: model.words.casualties) || s.hasWord(i, in: model.words.numbers)
        }
        switch hit.rule.category {
        case .noun, .phrase:
            if hasActors { return true }
            if model.profile.hasArticle(prefix: hit.prefix) || s.isWord(hit.position - 1, in: model.words.determiners) { return false }
            return anchored
        case .verb, .participle:
            if hit.reading.isImperfect && !hit.reading.isPerfect && !hit.reading.future { return namesADay }
            return true
        }
    }
}
