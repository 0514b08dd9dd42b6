import MarsadCore
import MarsadLexicon
import MarsadText

/// Codes one document: sentence by sentence, actors, triggers, arguments, context; then
/// merges the mentions of one event.
struct DocumentCoder {
    let model: LanguageModel
    let document: Document

    func code() -> [Event] {
        let text = ScalarText(document.text)
        let sentences = model.profile.sentences(in: text)
        var discourse = Discourse(quotes: QuoteScanner.quotations(in: text))
        var drafts: [EventDraft] = []
        for sentence in sentences {
            let s = AnalyzedSentence(sentence: sentence, text: text, profile: model.profile)
            drafts += code(s, text: text, discourse: &discourse)
        }
        return MentionMerger.merge(drafts, document: document, language: model.profile.language)
    }

    func code(_ s: AnalyzedSentence, text: ScalarText, discourse: inout Discourse) -> [EventDraft] {
        let chunker = ActorChunker(model: model, date: document.date, text: text)
        var chunks = chunker.chunks(s)
        // A place whose name is also a common word (`ودان`, Waddan, and "and condemned") does
        // not hide a trigger reading.
        let busy = Set(chunks.filter { $0.isActor || !($0.place?.ambiguous ?? false) }.flatMap { Array($0.range) })
        let hits = TriggerFinder(model: model).hits(s, actorTokens: busy, quotes: discourse.quotes)
        guard !hits.isEmpty else { return [] }
        let context = SentenceContext(model: model, s: s)
        let date = context.date(documentDate: document.date)
        let location = context.location(chunks, chunker: chunker)
        if let country = location?.country { discourse.lastCountry = country }
        chunker.resolvePendingSectors(
            &chunks, country: location?.country ?? discourse.lastCountry, owner: discourse.lastSubject.first?.code.country, s)
        let phrases = NounPhrase.group(chunks, s)
        var finder = ArgumentFinder(model: model, s: s, phrases: phrases)
        finder.nationalities = chunks.compactMap { c in c.nationality.map { (c.range, $0) } }
        var out: [EventDraft] = []
        var previous: [ActorMention] = []
        var taken = Set<Int>()
        var speechSubjects: [(offset: Int, actors: [ActorMention])] = []
        var reader: ReportReader?
        // Where the object of the reporting verb just read would stand.
        var speechObject: Int?
        // Who claimed responsibility in the sentence.
        var claimant: [ActorMention]?
        // The source each hit found, and condemnations (draft, hit of the condemned event).
        var sources: [Int: [ActorMention]] = [:]
        var condemnations: [(draft: Int, object: Int)] = []

        for (h, hit) in hits.enumerated() {
            let left = h > 0 ? hits[h - 1].range.upperBound : 0
            let next = hits[(h + 1)...].first { !isInPrepositionalPhrase($0, s) }?.position ?? s.count
            let right = clauseEnd(after: hit, next: next, s)
            let offset = s.tokens[hit.position].span.start
            let speaker: () -> [ActorMention] = {
                guard let q = discourse.quoteIndex(at: offset) else { return speechSubjects.last?.actors ?? discourse.lastSubject }
                if let known = discourse.speakers[q] { return known }
                let start = discourse.quotes[q].start
                let intro = speechSubjects.last { $0.offset < start && !$0.actors.isEmpty }?.actors
                return intro ?? discourse.lastSubject
            }
            let inherited = previous.isEmpty ? discourse.lastSubject : previous
            var args = finder.arguments(hit, left: left, right: right, inherited: inherited, taken: taken, speaker: speaker)
            taken.formUnion(args.used)
            sources[h] = args.source
            if args.source.isEmpty, let slot = speechObject, isSpeechObject(hit, slot: slot, s) {
                // `أكدت سوريا وإيران تطابق وجهات النظر`, "Syria and Iran affirmed their identical
                // views": an event noun that is the object of a reporting verb is its subject's.
                args.source = speechSubjects.last?.actors ?? []
            }
            speechObject = nil
            if args.source.isEmpty, let c = claimant, (hit.rule.cameo.flatMap { Int($0.root) } ?? 0) >= 18 {
                // `تبنت الحركة المسؤولية عن تفجير`, "the movement claimed the bombing": the
                // claimant is the attacker.
                args.source = c
            }
            if hit.rule.cameo?.claimsResponsibility ?? false, !args.source.isEmpty { claimant = args.source }
            if args.target.isEmpty, let country = location?.country ?? discourse.lastCountry,
                let people = countedPeople(after: hit, s, phrases: phrases)
            {
                // `مقتل ثلاثة`, "the deaths of three": people of the place.
                args.target = [chunker.composite(country, "CVL", people, s)]
            }
            let condemned = args.target.isEmpty ? condemnedEvent(hit, after: args.subjectEnd, hits: hits, from: h + 1, s, chunks: chunks) : nil
            if let o = condemned, let root = hits[o].rule.cameo?.root, let authors = discourse.lastSources[root] {
                // `أدانت إيران الغارات`, "Russia condemned the strikes": the condemned are
                // whoever carried out the strikes the document told before (or, once the
                // sentence is read, the strikes' own source: `أدانت الهجوم الأميركي`).
                args.target = authors.filter { a in !args.source.contains { $0.code == a.code } }
            }
            if let q = discourse.quoteIndex(at: offset), discourse.speakers[q] == nil, !args.source.isEmpty,
                finder.isFirstPerson(hit)
            {
                discourse.speakers[q] = args.source
            }
            if !args.source.isEmpty, !args.sourceIsAgentPhrase {
                previous = args.source
                discourse.lastSubject = args.source
            }
            if hit.isSpeech {
                speechSubjects.append((offset, args.source))
                if !args.source.isEmpty { speechObject = args.subjectEnd ?? hit.range.upperBound }
                continue
            }
            // "called on Washington to extradite him": what an appeal or a demand asks for is what
            // it is about, not an event of its own.
            if s.isWord(hit.position - 1, in: model.words.infinitiveMarkers), hits[..<h].contains(where: { ["02", "10"].contains($0.rule.cameo?.root) }) {
                continue
            }
            guard let cameo = hit.rule.cameo,
                let modality = context.modality(hit, left: left, documentYear: document.date?.year, sentenceYear: date?.year),
                modality != .negated
            else { continue }
            let root = Int(cameo.root)!
            let hasActors = !args.source.isEmpty || !args.target.isEmpty
            guard hasActors || root >= 14 else { continue }
            var report: ReportEvidence?
            var joinsOnly = false
            if root == 14 || root >= 18 {
                reader = reader ?? ReportReader(
                    context: context, speech: hits.filter(\.isSpeech), claimed: hits.contains { $0.rule.cameo?.claimsResponsibility ?? false },
                    documentYear: document.date?.year, datedYear: date?.year,
                    quoted: { [d = discourse] i in d.quoteIndex(at: s.tokens[i].span.start) != nil })
                let accused = hits[..<h].contains { $0.rule.cameo?.code.hasPrefix("112") ?? false }
                report = reader!.evidence(
                    hit, left: left, sides: (args.source.isEmpty ? 0 : 1) + (args.target.isEmpty ? 0 : 1), location: location, accused: accused)
                // Not news on its own, it may still be part of the incident before it.
                joinsOnly = !report!.isNews
                if joinsOnly && !(out.last.map { IncidentMerger.isViolent($0) } ?? false) { continue }
            } else if root >= 15, !context.isAnchored(hit, hasActors: hasActors, location: location) {
                continue
            }
            var spans = [s.span(hit.range)]
            if let c = hit.complement { spans.append(s.span(c)) }
            let evidence = Evidence(
                sentenceIndex: s.sentence.index, sentence: text[s.sentence.span], sentenceSpan: s.sentence.span,
                trigger: spans.map { text[$0] }.joined(separator: " … "), triggerSpans: spans, rule: hit.rule.id,
                report: report?.summary)
            var draft = EventDraft(
                hit: hit, sentenceIndex: s.sentence.index, source: args.source, target: args.target,
                participants: args.participants, modality: modality, date: date, location: location,
                evidence: evidence)
            draft.joinsOnly = joinsOnly
            if !args.source.isEmpty, !joinsOnly { discourse.lastSources[cameo.root] = args.source }
            if let o = condemned { condemnations.append((out.count, o)) }
            out.append(draft)
        }
        for (d, o) in condemnations {
            let authors = (sources[o] ?? []).filter { a in !out[d].source.contains { $0.code == a.code } }
            if !authors.isEmpty { out[d].target = authors }
        }
        return IncidentMerger.merge(out, s, model: model)
    }

    /// For a disapproval or rejection (roots 11 and 12) whose object is an event noun of force or
    /// protest right after it or its subject (past a determiner, a day or a nationality: "the
    /// Israeli air strike"): the index of that event's hit. Its authors are the condemned: the
    /// event's own source, or the source of the last event of its root the document coded.
    func condemnedEvent(
        _ hit: TriggerHit, after subjectEnd: Int?, hits: [TriggerHit], from o: Int, _ s: AnalyzedSentence, chunks: [ActorChunk]
    ) -> Int? {
        guard let root = hit.rule.cameo.flatMap({ Int($0.root) }), root == 11 || root == 12, o < hits.count else { return nil }
        let object = hits[o]
        guard object.rule.category == .noun || object.rule.category == .phrase, (object.rule.cameo.flatMap { Int($0.root) } ?? 0) >= 14
        else { return nil }
        let p = max(subjectEnd ?? 0, hit.complement?.upperBound ?? hit.range.upperBound)
        return model.reaches(s, from: p, to: object.position) { p in chunks.contains { $0.nationality != nil && $0.range.contains(p) } } ? o : nil
    }

    /// Whether a statement's event noun (roots 01 to 13) stands as the object of the reporting
    /// verb before it, right after its subject or, in English, right after the verb (past an
    /// article). Reported content opens with a complementiser (`إن`, "that") and is not one;
    /// nor is violence or protest, which a speaker reports rather than does.
    func isSpeechObject(_ hit: TriggerHit, slot: Int, _ s: AnalyzedSentence) -> Bool {
        guard hit.rule.category == .noun || hit.rule.category == .phrase, let root = hit.rule.cameo.flatMap({ Int($0.root) }), root < 14
        else { return false }
        return model.reaches(s, from: slot, to: hit.position)
    }

    /// The number right after a casualty noun (`مقتل ثلاثة على الأقل`), when no phrase names who
    /// they are (`مقتل ثلاثة من عناصر الشرطة`): its token range.
    func countedPeople(after hit: TriggerHit, _ s: AnalyzedSentence, phrases: [NounPhrase]) -> Range<Int>? {
        let j = hit.range.upperBound
        guard hit.rule.category == .noun, s.hasWord(hit.position, in: model.words.casualties), s.isCount(j, numbers: model.words.numbers),
            !phrases.contains(where: { (j + 1...j + 3).contains($0.range.lowerBound) })
        else { return nil }
        return j..<j + 1
    }

    /// An event noun inside a prepositional phrase (`في البيان الختامي للقائها`, "in the
    /// statement of its meeting") does not end the clause of the trigger before it.
    func isInPrepositionalPhrase(_ hit: TriggerHit, _ s: AnalyzedSentence) -> Bool {
        guard hit.rule.category == .noun || hit.rule.category == .participle else { return false }
        return hit.preposition != nil || s.isConjoinedWord(hit.position - 1, in: model.words.prepositions)
    }

    /// A clause ends at the next trigger or at a quotation mark (not one around a name).
    func clauseEnd(after hit: TriggerHit, next: Int, _ s: AnalyzedSentence) -> Int {
        var j = hit.range.upperBound
        while j < next {
            if let after = s.quotedNameEnd(at: j) {
                j = after
                continue
            }
            if s.tokens[j].kind != .word, "“”«»\"".contains(s.tokens[j].text) { return j }
            j += 1
        }
        return next
    }
}
