import MarsadCore
import MarsadLexicon
import MarsadText

/// A trigger found in a sentence: the rule that fired, its tokens and its grammatical reading.
struct TriggerHit {
    var range: Range<Int>
    var rule: TriggerRule
    var reading: FormReading
    /// Proclitics on the trigger word (`و`, `س` ...).
    var prefix: String
    /// Tokens of the complement that selected this rule, if any.
    var complement: Range<Int>?
    /// The trigger word carries a pronoun suffix (`إدانتها`, "its condemnation").
    var enclitic = false
    /// The preposition the trigger word carries (`للقائها`: `ل`), if any.
    var preposition: String?

    var isSpeech: Bool { rule.cameo == nil }
    var position: Int { range.lowerBound }
}

/// Finds event triggers and reporting verbs in a sentence and picks, for each word, the most
/// specific rule whose complement is present.
struct TriggerFinder {
    let model: LanguageModel
    /// How far after a trigger its complement may stand, in tokens.
    static let complementWindow = 30

    var lexicon: TriggerLexicon { model.triggers }

    /// `quotes` are the document's quotations: first- and second-person verb readings are only
    /// taken inside them (narrative news is told in the third person; `دعوتها` outside a quote is
    /// "its call", not "I called her").
    func hits(_ s: AnalyzedSentence, actorTokens: Set<Int>, quotes: [TextSpan] = []) -> [TriggerHit] {
        var out: [TriggerHit] = []
        let slogans = sloganQuotes(s, quotes)
        var i = 0
        while i < s.count {
            guard s.tokens[i].kind == .word else {
                i += 1
                continue
            }
            let start = s.tokens[i].span.start
            if slogans.contains(where: { $0.start < start && start < $0.end }) {
                i += 1
                continue
            }
            let quoted = quotes.contains { $0.start < start && start < $0.end }
            // An actor word may only open a phrase trigger that ends past it ("military parade",
            // "drone strike").
            let onActor = actorTokens.contains(i)
            let hit = best(at: i, s, quoted: quoted, actorTokens: actorTokens, phrasesOnly: onActor)
            let accepted = hit.map { h in
                onActor ? !actorTokens.contains(h.range.upperBound - 1) : h.range.count > 1 || !isNonTrigger(i, s) || h.complement != nil && !model.isDayWord(s, i + 1)
            } ?? false
            if accepted, let hit {
                out.append(hit)
                i = hit.range.upperBound
            } else {
                i += 1
            }
        }
        return out
    }

    /// A word that spells a trigger but mostly means something else (`فجر` "dawn"), unless the
    /// writer marked it as the verb with a shadda (`فجّر`) or its rule's complement follows
    /// (`فجر ... سيارة مفخخة`); followed by a day it is the noun all the same (`فجر أمس`, "at
    /// dawn yesterday").
    func isNonTrigger(_ i: Int, _ s: AnalyzedSentence) -> Bool {
        s.isWord(i, in: model.words.nonTriggers) && !s.tokens[i].text.unicodeScalars.contains("\u{0651}")
    }

    /// The most specific rule a word can fire; `phrasesOnly` for a word that is part of an actor.
    func best(at i: Int, _ s: AnalyzedSentence, quoted: Bool = true, actorTokens: Set<Int> = [], phrasesOnly: Bool = false) -> TriggerHit? {
        /// A rule the word can fire, through one of its readings.
        struct Candidate {
            var rule: Int
            var reading: FormReading
            var analysis: WordAnalysis
            var length: Int
            var enclitic: Bool
        }
        var candidates: [Candidate] = []
        let readings = s.analyses[i]
        if let m = lexicon.phrases.longestMatch(at: i, tokenCount: s.count, firstKeys: s.stemKeys[i], innerKeys: { s.innerKeys[$0] }) {
            for r in m.entries {
                let reading = FormReading(lemma: lexicon.rules[r].lemma, persons: [.third], features: "phrase")
                candidates.append(Candidate(rule: r, reading: reading, analysis: readings[m.firstReading], length: m.length, enclitic: false))
            }
        }
        // Whether the word's place rules out a verb, looked at once and only for a verb reading.
        var noVerb: Bool?
        for (k, a) in readings.enumerated() where !phrasesOnly {
            for f in lexicon.forms[s.stemKeys[i][k]] ?? [] {
                let rule = lexicon.rules[f.rule]
                if rule.category == .verb {
                    if noVerb == nil { noVerb = verbExcluded(at: i, s, actorTokens: actorTokens) }
                    if noVerb! || !verbFits(a, f.reading, rule, s.tokens[i].text, quoted: quoted) || lacksParticle(f.reading, a, at: i, s) { continue }
                }
                // A participle after a preposition is a noun: `لمطالب المعارضة` is "to the
                // opposition's demands", not "demanding".
                // Nor is one with the article: a circumstantial participle is indefinite
                // (`مطالبين`, `متهما`); `المطالب الشعبية` is "the popular demands".
                if rule.category == .participle, a.preposition != nil || model.profile.hasArticle(prefix: a.prefix) { continue }
                candidates.append(Candidate(rule: f.rule, reading: f.reading, analysis: a, length: 1, enclitic: !a.suffix.isEmpty))
            }
        }
        guard !candidates.isEmpty else { return nil }
        // Each rule's complement is looked up once, whatever the number of readings that reach it.
        var complements: [Int: Range<Int>?] = [:]
        func cachedComplement(_ r: Int, _ length: Int) -> Range<Int>? {
            if let c = complements[r] { return c }
            let c = complement(lexicon.rules[r], after: i + length - 1, limit: limit(length), s)
            complements[r] = c
            return c
        }
        // The clause end, computed once per trigger length.
        var limits: [Int: Int] = [:]
        func limit(_ length: Int) -> Int {
            if let l = limits[length] { return l }
            let l = clauseLimit(after: i + length - 1, s)
            limits[length] = l
            return l
        }
        // Two different rules without a complement: their target prepositions break the tie.
        let firstPlain = candidates.first { lexicon.rules[$0.rule].complements.isEmpty }?.rule
        let tied = firstPlain.map { r in candidates.contains { $0.rule != r && lexicon.rules[$0.rule].complements.isEmpty } } ?? false
        // Rules whose complement is present, nearest complement first; then rules without one.
        var chosen: (c: Candidate, complement: Range<Int>?, rank: Int)?
        for c in candidates {
            let rule = lexicon.rules[c.rule]
            var rank: Int
            var comp: Range<Int>?
            if rule.complements.isEmpty {
                // Of two rules for one verb (`اجتمع بـ`, `اجتمع مع`), the one whose target
                // preposition follows in the clause: a word (`مع`) before a proclitic (`بـ`, which
                // a name may only seem to carry: `بشار`).
                rank = 1000
                if tied, case .preposition(let p) = rule.target {
                    rank -= prepositionFollows(p, after: i + c.length - 1, limit: limit(c.length), s)
                }
            } else if let found = cachedComplement(c.rule, c.length),
                !rule.otherSense || found.lowerBound <= i + c.length + 1,
                // `هاجموا المتظاهرين`, "they attacked the protesters": the protesters are the object;
                // so are they after another actor (`رشق الجنود ... المتظاهرين`).
                !(rule.complementNamesActor
                    && (model.profile.verbCarriesSubject(c.reading) || (i + c.length..<found.lowerBound).contains { actorTokens.contains($0) }))
            {
                comp = found
                // The more specific code wins (0233 over 023), then the nearer complement, then the
                // longer one (`مساعدات إنسانية` over `مساعدات`).
                rank = (4 - (rule.cameo?.code.count ?? 4)) * 200 + (found.lowerBound - i) * 4 + max(0, 3 - found.count)
            } else if rule.complementNamesActor, !c.reading.passive, !c.enclitic,
                complementIsSubject(
                    rule, before: i, s, actorTokens: actorTokens,
                    joined: s.opensWithConjunction(c.analysis.prefix) && model.profile.verbCarriesSubject(c.reading))
            {
                rank = (4 - (rule.cameo?.code.count ?? 4)) * 200 + 4
            } else {
                continue
            }
            // Prefer phrases, then verbs, then participles, then nouns; events over reporting.
            rank += [LexicalCategory.phrase: 0, .verb: 1, .participle: 2, .noun: 3][rule.category]! * 2000
            if rule.cameo == nil && !rule.otherSense { rank += 10_000 }
            // Among readings of one word: the whole word before an enclitic split (دعونا is "we
            // called" before "they called us"), then third person (أعلن "he announced" before
            // "I announce").
            rank = rank * 4 + (c.enclitic ? 2 : 0) + (c.reading.persons.contains(.third) ? 0 : 1)
            if chosen == nil || rank < chosen!.rank { chosen = (c, comp, rank) }
        }
        guard let ch = chosen, !lexicon.rules[ch.c.rule].otherSense else { return nil }
        return TriggerHit(
            range: i..<(i + ch.c.length), rule: lexicon.rules[ch.c.rule], reading: ch.c.reading, prefix: ch.c.analysis.prefix,
            complement: ch.complement, enclitic: ch.c.enclitic, preposition: ch.c.analysis.preposition)
    }

    /// The quotations a chant or a banner introduces (`رددوا هتافات «...»`, "chanting «...»"):
    /// a slogan is not news, and its words code nothing. A slogan word stands within three words
    /// before the opening mark, or the quotation follows a slogan (`«...» و«...»`).
    func sloganQuotes(_ s: AnalyzedSentence, _ quotes: [TextSpan]) -> [TextSpan] {
        guard let first = s.tokens.first?.span.start, let last = s.tokens.last?.span.end else { return [] }
        var out: [TextSpan] = []
        var lastSloganEnd: Int?
        for q in quotes where q.start >= first && q.start < last {
            guard let opener = s.tokens.firstIndex(where: { $0.span.start == q.start }) else { continue }
            var words = 0, j = opener - 1, slogan = false
            while j >= 0 && words < 3 && !slogan {
                if s.tokens[j].kind == .word {
                    words += 1
                    slogan = s.hasWord(j, in: model.words.slogans)
                } else if let end = lastSloganEnd, s.tokens[j].span.end == end {
                    slogan = true
                }
                j -= 1
            }
            if slogan {
                out.append(q)
                lastSloganEnd = q.end
            }
        }
        return out
    }

    /// Whether the word's spelling or place rules out every verb reading: the language's spelling
    /// (`تظاهرة` is a noun), a determiner or preposition (not the infinitive marker) before it, or,
    /// in English, a past verb of the lexicon before it
    /// (not a name: "United States"), whose object it is ("lifted sanctions", "rejected calls";
    /// a noun that is also a verb, "a bomb exploded", is not past).
    func verbExcluded(at i: Int, _ s: AnalyzedSentence, actorTokens: Set<Int>) -> Bool {
        if model.profile.spellingRulesOutVerb(s.tokens[i].text) { return true }
        if s.isWord(i - 1, in: model.words.determiners) { return true }
        // After a preposition a verb-looking word is a noun. After "to", which is also the
        // infinitive marker, it is a verb ("agreed to share intelligence") unless it is an event
        // noun too ("subjected to torture").
        if s.isWord(i - 1, in: model.words.prepositions) {
            guard s.isWord(i - 1, in: model.words.infinitiveMarkers) else { return true }
            if s.stemKeys[i].contains(where: { k in (lexicon.forms[k] ?? []).contains { lexicon.rules[$0.rule].category == .noun } }) { return true }
        }
        return !model.profile.modifiersFollowHead && i > 0 && !actorTokens.contains(i - 1) && model.isPerfectTriggerVerb(s, i - 1)
    }

    /// Whether a verb reading fits the word: its clitics (the profile's `verbTakes`: `لقتل` is
    /// the verbal noun, `قتلي` "my killing"), its spelling
    /// (the language may rule a perfect out: Arabic `إدانتها` is the verbal noun), and its
    /// person (first and second person only inside quotations). The perfect of a verb of a root
    /// in ل opens with ال in forms IV and VIII (`ألقى`, `التقى`): dictionary keys drop it as if it
    /// were the article.
    func verbFits(_ a: WordAnalysis, _ r: FormReading, _ rule: TriggerRule, _ text: String, quoted: Bool) -> Bool {
        let articleInForm = model.profile.hasArticle(prefix: a.prefix) && r.isPerfect && rule.lemmaOpensWithArticle
        guard model.profile.verbTakes(prefix: a.prefix, suffix: a.suffix, imperfect: r.isImperfect) || articleInForm else { return false }
        if !r.isImperfect, model.profile.spellingRulesOutPerfect(of: rule.lemma, text, prefix: a.prefix) { return false }
        return quoted || r.persons.contains(.third)
    }

    /// Whether a form that is only a jussive stands without the particle it needs (`لم تقل`, "she
    /// did not say"; `لتقل`, "let her say"): elsewhere it spells another word (`طائرات تقل فرق
    /// إنقاذ`, "planes carrying rescue teams").
    func lacksParticle(_ r: FormReading, _ a: WordAnalysis, at i: Int, _ s: AnalyzedSentence) -> Bool {
        r.isJussiveOnly && !s.isConjoinedWord(i - 1, in: model.words.jussiveParticles) && !model.profile.hasVerbalL(a.prefix)
    }

    /// Whether preposition `p` stands after token `t` in the clause: 2 as a word, 1 as a
    /// proclitic, 0 not at all.
    func prepositionFollows(_ p: String, after t: Int, limit end: Int, _ s: AnalyzedSentence) -> Int {
        let clause = t + 1..<min(end, s.count)
        if clause.contains(where: { s.tokens[$0].normalized == p }) { return 2 }
        return clause.contains { j in s.analyses[j].contains { $0.preposition == p } } ? 1 : 0
    }

    /// The first occurrence of one of the rule's complements after token `t`, in its clause: at
    /// most `complementWindow` tokens, and not past a quotation mark or a comma that opens a new
    /// predicate (`, saying`, `، مؤكدا`). Inner words of a complement may carry clitics.
    func complement(_ rule: TriggerRule, after t: Int, limit end: Int, _ s: AnalyzedSentence) -> Range<Int>? {
        var best: Range<Int>?
        for words in rule.complements {
            for j in s.positions[words[0]] ?? [] where j > t && j < end && j + words.count <= s.count {
                if (1..<max(1, words.count)).allSatisfy({ s.innerKeys[j + $0].contains(words[$0]) || s.stemKeys[j + $0].contains(words[$0]) }) {
                    if best.map({ j < $0.lowerBound || j == $0.lowerBound && words.count > $0.count }) ?? true {
                        best = j..<(j + words.count)
                    }
                    break
                }
            }
        }
        return best
    }

    /// Whether a one-word complement that names who acts stands as the verb's subject before it
    /// (`المتظاهرون تجمعوا`, `وكان المتظاهرون قد تجمعوا`): an agent word at most four tokens
    /// back, past other words of its phrase and stopwords (`قد`), not past a relative pronoun
    /// (`المتظاهرين الذين تجمعوا` describes the protesters). A `joined` verb, one joined to the
    /// clause before that carries its subject (`وحمل المتظاهرون اعلاما وتجمعوا`, "and they
    /// gathered"), shares that clause's subject: up to eight words back, past any word, within
    /// the stretch between punctuation.
    func complementIsSubject(_ rule: TriggerRule, before i: Int, _ s: AnalyzedSentence, actorTokens: Set<Int>, joined: Bool) -> Bool {
        var j = i - 1
        while j >= max(0, i - (joined ? 8 : 4)), s.tokens[j].kind == .word {
            if actorTokens.contains(j) {
                if isOneWordComplement(rule, at: j, s) { return true }
            } else if !joined && (!s.isWord(j, in: model.words.stopwords) || s.isConjoinedWord(j, in: model.words.relativePronouns)) {
                return false
            }
            j -= 1
        }
        return false
    }

    /// Whether token `j` is one of the rule's one-word complements.
    func isOneWordComplement(_ rule: TriggerRule, at j: Int, _ s: AnalyzedSentence) -> Bool {
        rule.complements.contains { $0.count == 1 && (s.stemKeys[j].contains($0[0]) || s.innerKeys[j].contains($0[0])) }
    }

    func clauseLimit(after t: Int, _ s: AnalyzedSentence) -> Int {
        let end = min(s.count, t + 1 + Self.complementWindow)
        var j = t + 1
        while j < end {
            if let after = s.quotedNameEnd(at: j) {
                j = after
                continue
            }
            if s.tokens[j].kind != .word {
                let mark = s.tokens[j].text
                if "“”«»\"".contains(mark) { return j }
                // A comma before another trigger or before a complementiser (`رفض كشف هويته، أن
                // الخطة`) opens another clause.
                if ",،".contains(mark), j + 1 < s.count,
                    s.stemKeys[j + 1].contains(where: { lexicon.forms[$0] != nil }) || s.isConjoinedWord(j + 1, in: model.words.complementisers)
                {
                    return j
                }
            }
            j += 1
        }
        return end
    }
}
