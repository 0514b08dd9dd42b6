import MarsadCore
import MarsadLexicon
import MarsadText

/// Reads what a sentence says about when, where and how its events happen.
struct SentenceContext {
    let model: LanguageModel
    let s: AnalyzedSentence

    /// The event date: the document date shifted by a weekday ("الأربعاء", "on Wednesday": the
    /// most recent such day up to the document date) or a relative day ("أمس", "yesterday",
    /// `أول من أمس`), or a date the sentence writes out (`12 ديسمبر (كانون الأول) 2005`,
    /// "March 12"; without a year, the most recent such day up to a week after the document).
    func date(documentDate: EventDate?) -> EventDate? {
        guard let d = documentDate else { return nil }
        // The first day word of the sentence decides; of two at one place, the longer.
        var first: (position: Int, length: Int, date: EventDate)?
        func consider(_ p: Int, _ length: Int, _ date: EventDate) {
            if first.map({ p < $0.position || p == $0.position && length > $0.length }) ?? true { first = (p, length, date) }
        }
        let w = model.words
        for (k, day) in w.weekdays { if let p = s.positions[WordKey(k)]?.first { consider(p, 1, d.adding(days: -((d.weekday - day + 7) % 7))) } }
        for (k, r) in w.relativeDays { if let p = s.positions[WordKey(k)]?.first { consider(p, 1, d.adding(days: r)) } }
        for (words, r) in w.relativeDayPhrases { if let p = occurrence(of: words) { consider(p, words.count, d.adding(days: r)) } }
        for (words, month) in w.months {
            guard let m = occurrence(of: words), let (p, day) = dayNumber(around: m, length: words.count) else { continue }
            let year = yearNumber(after: m + words.count)
            guard var date = EventDate(year: year ?? d.year, month: month, day: day) else { continue }
            if year == nil, date.dayNumber > d.dayNumber + 7, let earlier = EventDate(year: d.year - 1, month: month, day: day) { date = earlier }
            consider(p, words.count + 1, date)
        }
        // `في الثالث من الشهر الحالي`: a day of the document's month or one before it.
        for (words, back) in w.relativeMonths {
            guard let m = occurrence(of: words), let (p, day) = dayNumber(around: m, length: words.count) else { continue }
            let shifted = (d.year * 12 + d.month - 1) + back
            if let date = EventDate(year: shifted / 12, month: shifted % 12 + 1, day: day) { consider(p, words.count + 1, date) }
        }
        return first?.date ?? d
    }

    /// Where the words first stand in a row in the sentence: the first as the word index finds
    /// it (`وأمس` is `أمس`), the others as written, normalised.
    func occurrence(of words: [String]) -> Int? {
        s.positions[WordKey(words[0])]?.first { stand(words.dropFirst(), at: $0 + 1) }
    }

    /// Whether the words stand in a row from token `p` (as written, normalised).
    func stand(_ words: ArraySlice<String>, at p: Int) -> Bool {
        p >= 0 && p + words.count <= s.count && zip(p..., words).allSatisfy { s.tokens[$0].normalized == $1 }
    }

    /// The day of the month written before a month name (`12 ديسمبر`, `الخامس من نوفمبر`) or
    /// after it ("March 12"), with where the date starts.
    func dayNumber(around m: Int, length: Int) -> (Int, Int)? {
        func day(_ i: Int) -> Int? {
            guard i >= 0, i < s.count, s.tokens[i].kind == .number, let n = Int(s.tokens[i].text), (1...31).contains(n) else { return nil }
            return n
        }
        if let n = day(m - 1) { return (m - 1, n) }
        if let n = day(m + length) { return (m, n) }
        // An ordinal and the partitive: `الخامس من نوفمبر`, `الحادي والعشرين من الشهر الماضي`.
        guard s.isWord(m - 1, in: model.words.partitive) else { return nil }
        return model.words.dayOrdinals.lazy.compactMap { words, n in self.stand(words[...], at: m - 1 - words.count) ? (m - 1 - words.count, n) : nil }.first
    }

    /// A year written within a few tokens after a date (`ديسمبر (كانون الأول) 2005`, "March 12, 2007").
    func yearNumber(after i: Int) -> Int? {
        (i..<min(s.count, i + 6)).lazy.compactMap { s.year(at: $0) }.first
    }

    /// The number of a century the sentence names (`القرن الـ 17`, `القرن السابع عشر`, "the 17th
    /// century"): a number or an ordinal within two words after a `[centuries]` word.
    func namedCentury() -> Int? {
        for k in model.words.centuries.keys {
            for p in s.positions[k] ?? [] {
                for j in p + 1...p + 2 where j < s.count {
                    if s.tokens[j].kind == .number, let n = Int(s.tokens[j].text.filter(\.isNumber)) { return n }
                    if let n = model.words.dayOrdinals.first(where: { stand($0.words[...], at: j) })?.value { return n }
                }
            }
        }
        return nil
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

    /// Negation, future, hypothesis; nil for a historical reference that is not current news: a
    /// year two or more before the document's after `عام`/`في`, a written date of such a year
    /// that dates the sentence (`في 11 يوليو عام 1995`; `sentenceYear`), or a past century.
    func modality(_ hit: TriggerHit, left: Int, documentYear: Int?, sentenceYear: Int? = nil) -> EventModality? {
        let w = model.words
        let p = hit.position
        if let year = documentYear, let dated = sentenceYear, dated <= year - 2 { return nil }
        if model.isNegated(s, p) { return .negated }
        // `امتنعت الشرطة عن التدخل`, "refrained from": it did not happen.
        if model.refraining(s, before: p) == false { return .negated }
        if let year = documentYear {
            for i in left..<min(s.count, hit.range.upperBound + 6) where s.tokens[i].kind == .number {
                let historical = i > 0 && s.isConjoinedWord(i - 1, in: w.historical)
                // After `عام`/`سنة` a number of four digits is a year however old (`سنة 1162`).
                let n = s.year(at: i) ?? (historical ? Int(s.tokens[i].text).flatMap { (1000..<1900).contains($0) ? $0 : nil } : nil)
                if let n, n <= year - 2, historical || s.isConjoinedWord(i - 1, in: w.locative) {
                    return nil
                }
            }
            if let century = namedCentury(), century < year / 100 + 1 { return nil }
        }
        if model.profile.hasFutureParticle(hit.prefix) && hit.reading.isImperfect { return .future }
        for i in max(0, p - 2)..<p where s.isWord(i, in: w.future) { return .future }
        for i in max(0, p - 4)..<p where s.isWord(i, in: w.hypothetical) { return .hypothetical }
        // `قد تقتل`, "may kill": a possibility before the imperfect (before the perfect, `قد قتلت`,
        // it is "has killed").
        if hit.reading.isImperfect && !hit.reading.isPerfect && s.isWord(p - 1, in: w.possibility) { return .hypothetical }
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
