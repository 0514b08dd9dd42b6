import MarsadCore
import MarsadLexicon
import MarsadText

/// Finds the source and target of a trigger: subject-first and verb-first order, passives,
/// participle clauses that inherit the subject, verbal nouns with a genitive agent, first-person
/// statements attributed to their speaker, and the participants of multilateral talks.
struct ArgumentFinder {
    let model: LanguageModel
    let s: AnalyzedSentence
    let phrases: [NounPhrase]
    /// Lone nationality adjectives of the sentence, by token range.
    var nationalities: [(range: Range<Int>, country: String)] = []
    var headFirst: Bool { model.profile.modifiersFollowHead }

    struct Arguments {
        var source: [ActorMention] = []
        var target: [ActorMention] = []
        var participants: [ActorCode] = []
        /// Where the subject phrase ends, when it follows the verb.
        var subjectEnd: Int?
        /// The phrases (by first token) this trigger took as subject or target.
        var used: Set<Int> = []
        /// The source is an event noun's agent after `من قبل`/"by", not a subject the clauses
        /// after it share.
        var sourceIsAgentPhrase = false
    }

    /// `left..<right` is the trigger's clause: from the previous trigger to the next one.
    /// `taken` holds the phrases earlier triggers of the sentence used: a noun after a verb
    /// (`أدانت روسيا الهجوم`) does not inherit the verb's subject.
    func arguments(
        _ hit: TriggerHit, left: Int, right: Int, inherited: [ActorMention], taken: Set<Int>,
        speaker: () -> [ActorMention]
    ) -> Arguments {
        var a = Arguments()
        let pos = hit.position
        let end = hit.range.upperBound
        let after = phrases.filter { $0.range.lowerBound >= end && $0.range.upperBound <= right }
        let before = phrases.filter { $0.range.lowerBound >= left && $0.range.upperBound <= pos }

        if isFirstPerson(hit) {
            a.source = speaker()
        } else {
            let clauseInitialGerund = !headFirst && hit.reading.features == "gerund" && s.isPunctuation(pos - 1, ",،")
            switch clauseInitialGerund ? .participle : hit.rule.category {
            case .participle:
                a.source = inherited
            case .noun, .phrase:
                // `تعرضت القوات الأميركية لهجوم`: who underwent the event is its target.
                let undergone = model.undergoVerb(s, before: pos)
                if let v = undergone,
                    let t = phrases.first(where: { $0.isFree && $0.range.lowerBound > v && $0.range.upperBound <= pos })
                        ?? before.last(where: { $0.isFree && $0.range.upperBound == v })
                {
                    a.target = t.actors
                    a.used.insert(t.range.lowerBound)
                }
                // The genitive of a verbal noun is its agent (`إدانة روسيا`), but for coercion and
                // violence it is the one suffering it (`اغتيال الحريري`, `مقتل عشرة أشخاص`).
                let patientGenitive = (Int(hit.rule.cameo?.root ?? "0") ?? 0) >= 17
                if let g = after.first, g.preposition == nil,
                    g.range.lowerBound <= end + 1 || g.range.lowerBound == end + 2 && isCounted(g)
                {
                    if patientGenitive { a.target = g.actors } else { a.source = g.actors }
                    a.subjectEnd = g.range.upperBound
                    a.used.insert(g.range.lowerBound)
                }
                if a.source.isEmpty, let n = qualifyingNationality(hit) {
                    // `غارة جوية إسرائيلية`, "an Israeli air strike": violence by a country is its military's.
                    let sector = patientGenitive ? "MIL" : ""
                    let span = TextSpan(s.tokens[n.range.lowerBound].span.start, s.tokens[n.range.upperBound - 1].span.end)
                    a.source = [ActorMention(code: ActorCode(n.country + sector), name: n.country, text: s.tokens[n.range].map(\.text).joined(separator: " "), span: span)]
                }
                if a.source.isEmpty, a.target.isEmpty, hit.enclitic, hit.rule.category == .noun {
                    // `أعربت مصر عن إدانتها`, "Egypt expressed its condemnation": the pronoun
                    // refers to the last subject, the agent (or, for violence, the one who
                    // suffered it: `مقتله`).
                    if patientGenitive { a.target = inherited } else { a.source = inherited }
                }
                if a.source.isEmpty, patientGenitive, let agent = passiveAgent(after: end, in: after) {
                    // `تم اغتصابها من قبل عدة ضباط`, "the killing ... by gunmen": the agent of an
                    // event noun of force, as of a passive verb; not of another event noun between
                    // (`للاحتجاج على مقتل ثلاثة مدنيين على يد قوات التحالف`).
                    a.source = agent.actors
                    a.used.insert(agent.range.lowerBound)
                    a.sourceIsAgentPhrase = true
                }
                if a.source.isEmpty, let agent = relativeAgent(hit, after: after) {
                    // `هجوم شنه مقاتلو الحركة`, "an attack that the movement's fighters launched".
                    a.source = agent.actors
                    a.used.insert(agent.range.lowerBound)
                }
                if a.source.isEmpty,
                    let b = before.last(where: { $0.isFree && !taken.contains($0.range.lowerBound) && !a.used.contains($0.range.lowerBound) })
                {
                    // A counted phrase before violence is its victims (`لقي 17 شخصا حتفهم في هجوم`), and
                    // so is one before the undergoing of it (`أصيب سفير بولندا عندما تعرضت قافلته لهجوم`);
                    // not the subject of a light verb (`قام عشرة جنود ... باغتصابها`).
                    let lightSubject = (1...3).contains { model.isLightVerb(s, b.range.lowerBound - $0) }
                    if patientGenitive && (isCounted(b) && !lightSubject || undergone != nil) {
                        if a.target.isEmpty { a.target = b.actors }
                    } else {
                        a.source = b.actors
                    }
                    a.used.insert(b.range.lowerBound)
                }
                if hit.rule.cameo?.root == "04" { participants(hit, &a) }
            case .verb:
                // An indefinite accusative (`اصاب متظاهرون شرطيا واحرقوا`) is an object, never the
                // subject, unless a number counts it (`22 شخصا قتلوا`) or it follows `إن`, whose
                // subject takes the accusative (`إن شرطيا قتل`).
                let svo = before.last { np in
                    np.isFree && (!np.accusative || isCounted(np) || s.isConjoinedWord(np.range.lowerBound - 1, in: model.words.complementisers))
                        && (!headFirst || np.range.upperBound >= pos - 1 || opensAfterAuxiliary(np))
                }
                // Not past a relative pronoun: `قتل 85 شخصا في المدينة التي يتنازع عليها الاكراد` is
                // no killing by the Kurds.
                let vso = headFirst ? after.first { $0.isFree && !$0.accusative && !isPastRelative($0, from: end) } : nil
                let subject = svo ?? vso
                // Unvocalised قتل is "killed" or "was killed": a counted subject (`سبعة من عناصر
                // الشرطة`) is the victim, of violence and of coercion (`اعتقل 100 متظاهر`, "100
                // protesters were arrested").
                // Before the verb too (`22 شخصا قتلوا`), unless the verb has an object (`ثلاثة مسلحين
                // قتلوا جنديا` is active).
                let counted = subject.map { isCounted($0) && ($0.range.lowerBound > pos || !hasObject(after: end)) } ?? false
                // An agent after `من قبل`/`على يد` makes an unvocalised verb passive (`خطف ... على
                // يد مسلحين`, "was kidnapped by gunmen").
                let agent = passiveAgent(after: end, in: after)
                let passive = hit.reading.passive || isEnglishPassive(hit) || counted && (Int(hit.rule.cameo?.root ?? "0") ?? 0) >= 17
                    || headFirst && agent != nil
                if passive {
                    a.target = subject?.actors ?? []
                    if let agent { a.source = agent.actors }
                    return a
                }
                if let subject {
                    a.source = subject.actors
                    a.used.insert(subject.range.lowerBound)
                    if subject.range.lowerBound >= end { a.subjectEnd = subject.range.upperBound }
                } else {
                    a.source = inherited
                }
            }
        }
        if a.target.isEmpty, let t = target(hit, a, after: after) ?? protestTarget(hit, source: a.source) {
            a.target = t.actors
            a.used.insert(t.range.lowerBound)
        }
        let sources = Set(a.source.map(\.code))
        a.target.removeAll { sources.contains($0.code) }
        return a
    }

    func target(_ hit: TriggerHit, _ a: Arguments, after: [NounPhrase]) -> NounPhrase? {
        guard let np = phrase(for: hit.rule.target, hit, a, after: after) else { return nil }
        // `للاحتجاج على مقتل ثلاثة مدنيين على يد قوات التحالف`, "the killing of three civilians
        // by coalition forces": what is protested or condemned is its agent's doing.
        var p = np.range.lowerBound - 1
        if s.tokens[safe: p]?.kind == .number || s.isWord(p, in: model.words.numbers) { p -= 1 }
        if p >= hit.range.upperBound, model.isTriggerWord(s, p), let agent = passiveAgent(after: np.range.upperBound, in: after) {
            return agent
        }
        return np
    }

    func phrase(for spec: TargetSpec, _ hit: TriggerHit, _ a: Arguments, after: [NounPhrase]) -> NounPhrase? {
        switch spec {
        case .either(let specs):
            return specs.lazy.compactMap { phrase(for: $0, hit, a, after: after) }.first
        case .none:
            return nil
        case .object:
            // The object, or the owner of an object that names no actor (`استهدف مقرا للشرطة`,
            // "attacked a convoy of the coalition forces") right after the verb and subject.
            let from = a.subjectEnd ?? hit.range.upperBound
            return after.first { np in
                np.range.lowerBound >= from && (np.isFree || np.range.lowerBound <= from + 6 && isOwner(np))
            }
        case .preposition(let p):
            return after.first { np in
                np.range.lowerBound >= (a.subjectEnd ?? 0) && (np.preposition == p || isGenitive(np, under: p))
            }
        }
    }

    /// The agent phrase after `من قبل`, `على يد`, "by" that belongs to the trigger ending at `end`:
    /// no other event word stands between outside the phrases (`للاحتجاج على مقتل ... على يد
    /// قوات التحالف`; `مستشار وزارة الدفاع` is a name, not an event).
    func passiveAgent(after end: Int, in after: [NounPhrase]) -> NounPhrase? {
        guard let agent = after.first(where: { $0.range.lowerBound >= end && ($0.preposition.map(model.words.passiveAgent.contains) ?? false) })
        else { return nil }
        let between = end..<agent.range.lowerBound
        let event = between.contains { t in
            !s.isWord(t, in: model.words.passiveAgent) && model.isTriggerWord(s, t) && !after.contains { $0.range.contains(t) }
        }
        return event ? nil : agent
    }

    /// Whether a phrase opens right after an auxiliary (`وكانت «كتائب القسام» ... قد أطلقت`):
    /// the subject of the verb the auxiliary carries, however far.
    func opensAfterAuxiliary(_ np: NounPhrase) -> Bool {
        var p = np.range.lowerBound - 1
        if p >= 0, s.tokens[p].kind != .word { p -= 1 }
        return s.isConjoinedWord(p, in: model.words.auxiliaries)
    }

    /// What a protest is against: the first actor in the sentence after the trigger, at most
    /// three words after a `[protest-targets]` word (`ضد حماس`, `مناهضة للصين`, `للتنديد بزيارة
    /// أحمدي نجاد`, `أمام السفارة الأميركية`, "against", "outside the US embassy").
    func protestTarget(_ hit: TriggerHit, source: [ActorMention]) -> NounPhrase? {
        guard hit.rule.cameo?.root == "14" else { return nil }
        let end = hit.complement?.upperBound ?? hit.range.upperBound
        let sources = Set(source.map(\.code))
        return phrases.first { np in
            let start = np.range.lowerBound
            return start >= end && !np.actors.isEmpty && !np.actors.allSatisfy { sources.contains($0.code) }
                && (max(end, start - 3)..<start).contains { s.hasWord($0, in: model.words.protestTargets) }
        }
    }

    /// Whether a phrase follows the preposition of possession, on its own or on the noun before
    /// it (`للشرطة`, `لسفارة الولايات المتحدة`, "of the coalition forces").
    func isOwner(_ np: NounPhrase) -> Bool {
        if let p = np.preposition { return model.words.possessive.contains(p) }
        let p = np.range.lowerBound - 1
        return np.embedded && p >= 0 && s.analyses[p].contains { $0.preposition.map(model.words.possessive.contains) ?? false }
    }

    /// `على مواقع لجماعة الحوثيين`, `to the international community and the UN`: an actor a few
    /// words after the preposition, with no other actor between.
    func isGenitive(_ np: NounPhrase, under p: String) -> Bool {
        let start = np.range.lowerBound
        for j in stride(from: start - 1, through: max(0, start - 6), by: -1) {
            // Not across a comma: ", police said".
            if phrases.contains(where: { $0.range.contains(j) }) || s.isPunctuation(j, ",،") { return false }
            if s.tokens[j].normalized == p || s.analyses[j].contains(where: { $0.preposition == p && $0.stem.count >= 3 }) {
                return true
            }
        }
        return false
    }

    /// Talks and meetings: every party named after the trigger, save topics (`حول سوريا`).
    func participants(_ hit: TriggerHit, _ a: inout Arguments) {
        // `مباحثات بين سوريا وإيران`, "talks between Syria and Iran": the first party and the others.
        if a.source.isEmpty, let np = phrases.first(where: { $0.range.lowerBound >= hit.range.upperBound }),
            np.range.lowerBound <= hit.range.upperBound + 1, np.preposition.map(model.words.between.contains) ?? false,
            let first = np.chunks.first(where: \.isActor)
        {
            a.source = first.actors
            a.target = np.actors.filter { m in !first.actors.contains { $0.code == m.code } }
            a.used.insert(np.range.lowerBound)
            a.participants = MentionMerger.distinct(a.source).map(\.code) + a.target.map(\.code)
            return
        }
        let named = phrases.filter {
            $0.range.lowerBound >= hit.range.upperBound && !($0.preposition.map(model.words.topicPrepositions.contains) ?? false)
        }
        let marked = (hit.range.upperBound..<s.count).contains { i in
            s.analyses[i].contains { model.words.participation.contains($0.stem) } || s.isWord(i, in: model.words.participation)
        }
        guard marked, !named.isEmpty else { return }
        if a.source.isEmpty { a.source = named[0].actors }
        let sources = Set(a.source.map(\.code))
        var seen = sources
        for np in named {
            for m in np.actors where seen.insert(m.code).inserted { a.target.append(m) }
        }
        a.participants = MentionMerger.distinct(a.source).map(\.code) + a.target.map(\.code)
    }

    /// A lone nationality adjective right after (Arabic) or before (English) a verbal noun,
    /// with at most one word between (`غارة جوية إسرائيلية`, "Israeli air strike").
    func qualifyingNationality(_ hit: TriggerHit) -> (range: Range<Int>, country: String)? {
        if headFirst {
            return nationalities.first { $0.range.lowerBound >= hit.range.upperBound && $0.range.lowerBound <= hit.range.upperBound + 1 }
        }
        return nationalities.last { $0.range.upperBound <= hit.position && $0.range.upperBound >= hit.position - 1 }
    }

    /// The subject of a light verb that takes the event noun back as a pronoun right after it
    /// (`غارة شنتها طائرة أميركية`, `هجوم نفذه مسلحون`): the event's agent.
    func relativeAgent(_ hit: TriggerHit, after: [NounPhrase]) -> NounPhrase? {
        let end = hit.complement?.upperBound ?? hit.range.upperBound
        for j in end..<min(s.count, end + 3) where s.tokens[j].kind == .word {
            guard s.analyses[j].contains(where: { !$0.suffix.isEmpty }), model.isLightVerb(s, j) else { continue }
            return after.first { $0.isFree && $0.range.lowerBound > j && $0.range.lowerBound <= j + 2 }
        }
        return nil
    }

    /// Whether a word that can be an object follows the verb ending at `end`, past day words
    /// (`قتلوا جنديا`, "killed a soldier"; not `قتلوا امس في انفجار`).
    func hasObject(after end: Int) -> Bool {
        var j = end
        while model.isDayWord(s, j) { j += 1 }
        guard j < s.count, s.tokens[j].kind == .word else { return false }
        // A preposition, or a conjunction opening the next clause (`قتلا واصيب ثالث`), is no object.
        return !s.isWord(j, in: model.words.prepositions)
            && !s.analyses[j].contains { $0.preposition != nil || s.opensWithConjunction($0.prefix) }
    }

    /// Whether a relative pronoun stands between `from` and the phrase: the phrase is in a
    /// relative clause, not the subject of a verb before it.
    func isPastRelative(_ np: NounPhrase, from: Int) -> Bool {
        (from..<np.range.lowerBound).contains { s.isConjoinedWord($0, in: model.words.relativePronouns) }
    }

    /// A phrase introduced by a number (`سبعة من`, `three`): people counted, typically victims.
    func isCounted(_ np: NounPhrase) -> Bool {
        if np.chunks.first?.dual == true { return true }
        var j = np.range.lowerBound - 1
        var steps = 0
        while j >= 0, steps < 3 {
            if s.tokens[j].kind == .number || s.isWord(j, in: model.words.numbers) { return true }
            if s.tokens[j].kind != .word { return false }
            j -= 1
            steps += 1
        }
        return false
    }

    func isFirstPerson(_ hit: TriggerHit) -> Bool {
        let p = hit.reading.persons
        if headFirst { return p.contains(.first) && !p.contains(.third) }
        var i = hit.position - 1
        while i >= 0, i >= hit.position - 3 {
            if s.isWord(i, in: model.words.firstPerson) { return true }
            if phrases.contains(where: { $0.range.contains(i) }) { return false }
            i -= 1
        }
        return false
    }

    /// "was killed", "were arrested": an auxiliary before a participle.
    func isEnglishPassive(_ hit: TriggerHit) -> Bool {
        guard !headFirst, hit.reading.features.contains("participle") || hit.reading.features == "past" else { return false }
        let p = hit.position - 1
        return p >= 0 && (s.isWord(p, in: model.words.auxiliaries) || p >= 1 && s.isWord(p - 1, in: model.words.auxiliaries))
    }
}
