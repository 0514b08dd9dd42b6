import MarsadCore
import MarsadLexicon
import MarsadText

/// Whether a sentence tells a use of force or a protest as news that happened, or only names
/// it in passing (commentary, history, background to other news, a topic of talks or trials).
///
/// News of an attack is anchored: it counts the dead, names the weapon, says who reports it;
/// news of a protest counts the crowd and says when and where. A mention is not: the event is
/// what something is about (`حول مقتل`, "the inquiry into"), generic (`الاغتيالات`, "killings"),
/// told in a relative clause as background (`الذي اغتيل`), dated to a past year, or part of a
/// long argument. A strong anchor weighs 2 points, a weak one 1; a doubt takes 2 or 3. The event
/// is news at ``threshold`` points.
struct ReportEvidence {
    enum Anchor: String {
        /// A number near the trigger or next to a casualty word (`مقتل سبعة أشخاص`).
        case count
        /// A casualty word other than the trigger (`قتلى`, "wounded").
        case toll
        /// A weapon or means of attack (`سيارة مفخخة`, "mortar").
        case means
        /// A source that reports it (`قال مصدر أمني`, "according to police").
        case attribution
        /// A weekday or relative day (`أمس`).
        case day
        /// A gazetteer place for the event, a distance (`120 كلم شمال بغداد`), or for a protest
        /// a venue (`ساحة`, "outside the embassy").
        case place
        /// Both sides named.
        case dyad
        /// One side of a protest named (who protests, or against whom).
        case side
        /// A finite verb in the perfect asserts that it happened (`اغتالوا`, "bombed"); for a
        /// protest the imperfect too (`يعتصم`, going on); so does a verb of undergoing or a
        /// light verb before an event noun (`تعرضت القافلة لهجوم`, `نفذوا اعتصاما`).
        case verb
    }

    enum Doubt: String {
        /// A verb right after a relative pronoun (`الذي اغتالته`, "who was killed"): background.
        case relative
        /// The event is what a preposition or noun is about (`حول مقتل`, "investigation into").
        case topic
        /// A plural with the article and no count, or a generic head (`عمليات القتل`).
        case generic
        /// A demonstrative before the event noun (`هذه التظاهرة`, "this attack"): it refers back
        /// to an event already told.
        case anaphora
        /// An intention or a plan (`مخطط لاغتياله`, "plot to kill"), or a verb of purpose
        /// (`لتقتل`, "to kill").
        case intent
        /// A year before the document's, other than that of a date the sentence gives its events.
        case pastYear
        /// First-person argument outside a quotation (`أقول`, "we").
        case opinion
        /// A long sentence: news of an incident is told briefly.
        case long
        /// The sentence sums up a period of violence (`خلال السنوات الماضية`, "over the past six
        /// years"); a protest going on for weeks is still news.
        case period
        /// The event noun is what a verb of prevention stopped (`منعت الشرطة تظاهرة`, "foiled
        /// an attack"): it did not happen.
        case prevented
        /// An earlier event that dates the news (`بعد يومين من مقتل`, "two days after the killing").
        case earlier
        /// The sentence tells a trial (`المحكمة`, `ادينوا`, "the court"), or the violence is the
        /// charge of an accusation (`اتهم ... بمحاولة اغتيال`): what the accused did, not news;
        /// a protest at a court still is.
        case trial
    }

    var anchors: [Anchor] = []
    var doubts: [Doubt] = []

    /// Points at which a use of force or a protest counts as news.
    static let threshold = 4
    /// Words in a sentence beyond which it reads as commentary.
    static let longSentence = 55

    /// True for a protest (root 14), whose news anchors are its crowd, day, place and verb;
    /// false for a use of force, whose anchors are its toll, weapon and reporting source.
    var protest = false

    func weight(_ a: Anchor) -> Int {
        switch a {
        case .count: 2
        case .toll, .means, .attribution: protest ? 1 : 2
        case .day, .place, .verb: protest ? 2 : 1
        case .dyad: protest ? 1 : 2
        case .side: 1
        }
    }

    func weight(_ d: Doubt) -> Int {
        switch d {
        case .topic, .generic, .long, .intent, .earlier, .period, .prevented: 3
        case .relative, .anaphora, .pastYear, .opinion, .trial: 2
        }
    }

    var score: Int { anchors.reduce(0) { $0 + weight($1) } - doubts.reduce(0) { $0 + weight($1) } }
    var isNews: Bool { score >= Self.threshold }

    /// A short explanation for the evidence trail: `count+means+day-topic`.
    var summary: String {
        anchors.map(\.rawValue).joined(separator: "+") + doubts.map { "-" + $0.rawValue }.joined()
    }
}

/// Reads the evidence of one sentence; what each token is (a number, a casualty word, a
/// weapon ...) is looked up once per sentence, not once per trigger.
struct ReportReader {
    /// What a token can tell about a report.
    struct Cue: OptionSet {
        let rawValue: UInt8
        static let number = Cue(rawValue: 1)
        static let casualty = Cue(rawValue: 2)
        static let means = Cue(rawValue: 4)
        static let distance = Cue(rawValue: 8)
        static let venue = Cue(rawValue: 16)
        /// A settlement named in a locative (`في بلدة إلجويبار`, "in the town of").
        static let settlement = Cue(rawValue: 32)
    }

    let model: LanguageModel
    let s: AnalyzedSentence
    let cues: [Cue]
    let dayNamed: Bool
    let attributed: Bool
    let pastYear: Bool
    /// The sentence names a period (`خلال السنوات`, "past years"): a summary, not an incident.
    let period: Bool
    /// The sentence names a court or a trial (`[courts]`).
    let trial: Bool
    let opinion: Bool
    let wordCount: Int

    /// `speech`: reporting verbs found in the sentence; `claimed`: someone claims responsibility
    /// in it (`تبنت الحركة المسؤولية عن`, CAMEO 015), which attributes the attack to a source;
    /// `datedYear`: the year of the sentence's date; `quoted`: whether a token is inside a
    /// quotation.
    init(context: SentenceContext, speech: [TriggerHit], claimed: Bool = false, documentYear: Int?, datedYear: Int? = nil, quoted: (Int) -> Bool) {
        let s = context.s
        model = context.model
        self.s = s
        let w = model.words
        dayNamed = context.namesADay
        wordCount = s.tokens.reduce(0) { $0 + ($1.kind == .word ? 1 : 0) }
        // Lists are looked up through the sentence's word index (byte-hashed keys), never word by word.
        func named(_ set: WordSet) -> Bool { set.keys.contains { s.positions[$0] != nil } }
        var cues = [Cue](repeating: [], count: s.count)
        for i in s.tokens.indices where s.tokens[i].kind == .number {
            if s.year(at: i) == nil { cues[i].insert(.number) }
        }
        for (set, cue) in [(w.numbers, Cue.number), (w.casualties, .casualty), (w.means, .means), (w.distance, .distance), (w.venues, .venue)] {
            for key in set.keys {
                for i in s.positions[key] ?? [] { cues[i].insert(cue) }
            }
        }
        // `الاثنين` is Monday, not "two".
        for i in s.tokens.indices where cues[i].contains(.number) && w.weekdays[s.tokens[i].normalized] != nil { cues[i].remove(.number) }
        // A settlement noun without the article, after a locative (and a quantifier): a named
        // town or village that the gazetteer may not know, or towns of a country (`في عدة مدن
        // باكستانية`).
        for key in w.settlements.keys {
            for i in s.positions[key] ?? []
            where s.isConjoinedWord(i - 1, in: w.locative) || s.isWord(i - 1, in: w.quantifiers) && s.isConjoinedWord(i - 2, in: w.locative)
                && s.analyses[i].contains(where: { $0.stem == key.string && !context.model.profile.hasArticle(prefix: $0.prefix) })
            {
                cues[i].insert(.settlement)
            }
        }
        self.cues = cues
        let quotesSource = w.quoting.keys.contains { k in (s.positions[k] ?? []).contains { s.isWord($0 + 1, in: w.newsSources) } }
        attributed = named(w.attribution) || quotesSource || !speech.isEmpty && named(w.newsSources) || claimed
        // Not the year of a date that dates the sentence's events (`12 ديسمبر 2005: اغتيال`): a
        // dated report of an event before the document, as in a chronology.
        pastYear = documentYear.map { year in
            s.tokens.indices.contains { s.year(at: $0).map { $0 < year && $0 != datedYear } ?? false }
        } ?? false
        period = w.periods.keys.contains { k in
            (s.positions[k] ?? []).contains { p in (p - 2..<p).contains { s.isConjoinedWord($0, in: w.periodOpeners) } }
        }
        trial = named(w.courts)
        // Whole words only: a clitic reading would find `أنا` in `كانا`.
        opinion = s.tokens.indices.contains { s.isWord($0, in: w.firstPerson) && !quoted($0) }
    }

    /// `left`: where the trigger's clause starts (the end of the trigger before it).
    /// `accused`: an accusation (CAMEO 112) stands before the trigger in the sentence.
    func evidence(_ hit: TriggerHit, left: Int, sides: Int, location: Location?, accused: Bool = false) -> ReportEvidence {
        var e = ReportEvidence(protest: hit.rule.cameo?.root == "14")
        e.anchors = anchors(hit, protest: e.protest, sides: sides, location: location)
        e.doubts = doubts(hit, left: left, counted: e.anchors.contains(.count), protest: e.protest, accused: accused)
        return e
    }

    /// Whether the trigger is what a preposition introduces, on it or a word or two before
    /// (`بمحاولة اغتيال`, "of the attack"): the charge of an accusation before it.
    func isIntroduced(_ hit: TriggerHit) -> Bool {
        hit.preposition != nil || (1...2).contains { k in
            s.isConjoinedWord(hit.position - k, in: model.words.prepositions)
                || hit.position - k >= 0 && s.analyses[hit.position - k].contains { $0.preposition != nil && $0.suffix.isEmpty }
        }
    }

    func anchors(_ hit: TriggerHit, protest: Bool, sides: Int, location: Location?) -> [ReportEvidence.Anchor] {
        var out: [ReportEvidence.Anchor] = []
        let trigger = hit.range.lowerBound..<(hit.complement?.upperBound ?? hit.range.upperBound)
        func cue(_ i: Int, _ c: Cue) -> Bool { i >= 0 && i < cues.count && cues[i].contains(c) }
        func outside(_ c: Cue) -> [Int] { cues.indices.filter { cues[$0].contains(c) && !trigger.contains($0) } }
        let window = max(0, hit.position - 8)..<min(s.count, trigger.upperBound + 10)
        let casualties = outside(.casualty)
        if window.contains(where: { cue($0, .number) }) || casualties.contains(where: { c in (c - 3...c + 3).contains { cue($0, .number) } }) {
            out.append(.count)
        }
        if !casualties.isEmpty { out.append(.toll) }
        // The weapon may be the trigger's complement (`فجر ... سيارة مفخخة`): the attack is of a named kind.
        if cues.indices.contains(where: { cues[$0].contains(.means) && !hit.range.contains($0) }) { out.append(.means) }
        if attributed { out.append(.attribution) }
        if dayNamed { out.append(.day) }
        // A protest's place is as often a square, a street or a building as a town.
        let venue = protest && !outside(.venue).isEmpty
        if location?.isPoint == true || venue || !outside(.settlement).isEmpty || outside(.distance).contains(where: { cue($0 - 1, .number) }) {
            out.append(.place)
        }
        // Who protests is part of the news of a protest; one side of an attack is not enough.
        if sides == 2 { out.append(.dyad) } else if sides == 1 && protest { out.append(.side) }
        // An event noun is told by a verb when it occurred (`اندلعت احتجاجات`), was undergone
        // (`تعرضت ... لهجوم`) or was done with a light verb in the perfect (`نفذوا اعتصاما`).
        // A protest is often told as going on (`يعتصم المتظاهرون`); violence in the imperfect is
        // mostly habitual (`يقتلون`).
        let r = hit.reading
        let told: Bool
        switch hit.rule.category {
        case .verb: told = r.isPerfect || protest && r.isImperfect && !r.future
        // A verb phrase (`فجر نفسه`) is told when its first word is a perfect, a noun phrase
        // (`إضراب عن الطعام`) as a noun.
        case .phrase: told = model.isPerfectTriggerVerb(s, hit.position) || isToldNoun(hit)
        case .noun, .participle: told = isToldNoun(hit)
        }
        // A negated verb of refraining tells what follows it, noun or verb (`لم يتورع عن إحراق
        // نفسه`, "did not hesitate to shell").
        if told || model.refraining(s, before: hit.position) == true { out.append(.verb) }
        return out
    }

    /// Whether an event noun is told by a verb: one of occurrence, which stands before it in
    /// Arabic (`اندلعت احتجاجات`) and after it in English ("protests erupted"), of undergoing,
    /// or a light verb in the perfect (`نفذوا اعتصاما`).
    func isToldNoun(_ hit: TriggerHit) -> Bool {
        let p = hit.position
        return occurs(hit) || model.undergoVerb(s, before: p) != nil || (1...5).contains { model.isLightVerb(s, p - $0, perfect: true) }
            || occursInRelativeClause(hit)
    }

    /// Whether a verb of occurrence tells the event noun, before it in Arabic (`اندلعت
    /// احتجاجات`) and after it in English ("protests erupted").
    func occurs(_ hit: TriggerHit) -> Bool {
        model.profile.modifiersFollowHead
            ? (1...3).contains { model.isOccurrenceVerb(s, hit.position - $0) }
            : (1...2).contains { model.isOccurrenceVerb(s, hit.range.upperBound - 1 + $0) }
    }

    /// Whether a relative clause with a verb of occurrence follows the event noun (`الهجوم الذي
    /// وقع امس`, "the attack that took place"): it tells the event, and makes it a specific one.
    func occursInRelativeClause(_ hit: TriggerHit) -> Bool {
        let end = hit.complement?.upperBound ?? hit.range.upperBound
        guard let j = (end..<min(s.count, end + 3)).first(where: { s.isConjoinedWord($0, in: model.words.relativePronouns) }) else { return false }
        return model.isOccurrenceVerb(s, j + 1)
    }

    /// Whether the event is the earlier one a span of time dates the news by: `بعد يومين من
    /// مقتل` (Arabic: before, span, من) or "two days after the killing" (span, after, article).
    func datesTheNews(at position: Int) -> Bool {
        let w = model.words
        var p = position - 1
        if model.profile.modifiersFollowHead {
            guard s.isWord(p, in: w.partitive) else { return false }
            p -= 1
            guard s.isWord(p, in: w.timeSpans) else { return false }
            return (p - 2..<p).contains { s.hasWord($0, in: w.timeRelations) }
        }
        if s.isWord(p, in: w.determiners) { p -= 1 }
        return s.isWord(p, in: w.timeRelations) && s.isWord(p - 1, in: w.timeSpans)
    }

    /// Where a run of event nouns joined by conjunctions starts (`أعمال قتل واغتصاب`, "acts of
    /// killing and rape"): the nouns after the first share the word before it.
    func runStart(_ hit: TriggerHit) -> Int {
        let w = model.words
        var p = hit.position
        guard hit.rule.category == .noun else { return p }
        while true {
            // As a word ("and") or a proclitic (`واغتصاب`).
            let q = model.isTriggerWord(s, p - 2) && s.isWord(p - 1, in: w.conjunctions) ? p - 2 : p - 1
            guard q >= 0, model.isTriggerWord(s, q) else { return p }
            if q == p - 1, !s.analyses[p].contains(where: { s.opensWithConjunction($0.prefix) }) {
                return p
            }
            p = q
        }
    }

    /// The use of force an event noun is the means of (`مقتل ... في هجوم`, "killed in an
    /// attack"): a trigger word a few words before its means preposition.
    func meansOf(_ hit: TriggerHit) -> Int? {
        guard model.followsMeansPreposition(hit, s) else { return nil }
        let p = hit.position
        return stride(from: p - 2, through: max(0, p - IncidentMerger.reach), by: -1).first { model.isTriggerWord(s, $0) }
    }

    /// A verb right after an indefinite noun in a prepositional phrase describes it, as a
    /// relative clause without a pronoun (`حكم على يمنيين خطفا سياحا`, "two Yemenis who kidnapped
    /// tourists"): a verb cannot take its subject from inside a prepositional phrase.
    func describesNounInPhrase(_ hit: TriggerHit) -> Bool {
        let n = hit.position - 1
        guard hit.rule.category == .verb, model.profile.modifiersFollowHead, n >= 1, s.tokens[n].kind == .word,
            !model.isTriggerWord(s, n), !s.isWord(n, in: model.words.stopwords)
        else { return false }
        let inPhrase = s.isConjoinedWord(n - 1, in: model.words.prepositions)
            || s.analyses[n].contains { $0.preposition != nil && $0.stem.unicodeScalars.count >= 3 }
        return inPhrase && s.analyses[n].allSatisfy { !model.profile.hasArticle(prefix: $0.prefix) }
    }

    /// Whether token `i` is a word of `set` as written or read with clitics a noun takes: `سنية`
    /// ("Sunni") is no `س` + `نية` ("intention"), the future particle being a verb's.
    func hasNoun(_ i: Int, in set: WordSet) -> Bool {
        s.isWord(i, in: set)
            || i >= 0 && i < s.count && s.analyses[i].contains { !model.profile.hasFutureParticle($0.prefix) && set.contains($0.stem) }
    }

    /// The word that heads an event word standing after `before`: that word, or the one before
    /// it past a locative or a determiner (`التحقيق في اغتيال`).
    func head(before: Int) -> Int {
        s.isConjoinedWord(before, in: model.words.locative) || s.isWord(before, in: model.words.determiners) ? before - 1 : before
    }

    func doubts(_ hit: TriggerHit, left: Int, counted: Bool, protest: Bool, accused: Bool = false) -> [ReportEvidence.Doubt] {
        let w = model.words
        var out: [ReportEvidence.Doubt] = []
        let before = runStart(hit) - 1
        let head = self.head(before: before)
        // The means of an event that is a topic is one too: `بملف اغتيال اللواء ... بواسطة سيارة مفخخة`.
        let means = meansOf(hit)
        if hasNoun(head, in: w.topicHeads) || means.map({ hasNoun(self.head(before: $0 - 1), in: w.topicHeads) }) ?? false {
            out.append(.topic)
        }
        if hit.rule.category != .verb, s.isConjoinedWord(before, in: w.demonstratives) { out.append(.anaphora) }
        let plural = hit.reading.isPlural && (model.profile.hasArticle(prefix: hit.prefix) || s.isWord(before, in: w.determiners))
        // `تفجيرات مماثلة`, "similar attacks": others of the kind, not the news, unless they are
        // told as happening (`انطلقت مظاهرات احتجاج مماثلة`).
        let near = model.profile.modifiersFollowHead ? hit.range.upperBound..<hit.range.upperBound + 2 : hit.position - 2..<hit.position
        let similar = near.contains { s.isWord($0, in: w.similar) } && !occurs(hit)
        if plural && !counted && !occursInRelativeClause(hit) || hasNoun(head, in: w.genericHeads) || similar { out.append(.generic) }
        if hit.rule.category == .verb || hit.rule.category == .phrase,
            s.isConjoinedWord(before, in: w.relativePronouns) || s.isConjoinedWord(before - 1, in: w.relativePronouns)
                || describesNounInPhrase(hit)
        {
            out.append(.relative)
        } else if hit.rule.category == .noun || hit.rule.category == .phrase,
            let v = (1...3).map({ hit.position - $0 }).first(where: { model.isLightVerb(s, $0) }) ?? model.undergoVerb(s, before: hit.position),
            s.isConjoinedWord(v - 1, in: w.relativePronouns)
        {
            // `الذين نفذوا الاعتداء`, `اللتين تعرضتا لاعتداء`: a light verb or a verb of undergoing
            // in a relative clause.
            out.append(.relative)
        }
        let purpose = hit.rule.category == .verb
            && (model.profile.hasVerbalL(hit.prefix) && hit.reading.isImperfect && !hit.reading.isPerfect || s.isWord(hit.position - 1, in: w.infinitiveMarkers))
        // Three words back; quotation marks do not count (`عزم عناصر «القاعدة» خطف`).
        let words = (0..<hit.position).reversed().lazy.filter { s.tokens[$0].kind == .word }.prefix(3)
        if purpose || words.contains(where: { hasNoun($0, in: w.intentHeads) }) {
            out.append(.intent)
        }
        // The means of an earlier event is as early: `بعد يوم من مقتل 16 شخصا في هجوم انتحاري`.
        if datesTheNews(at: hit.position) || means.map({ datesTheNews(at: $0) }) ?? false { out.append(.earlier) }
        // `منعت الشرطة تظاهرة`, "police foiled an attack": an event prevented did not happen.
        if hit.rule.category != .verb, (left..<hit.position).contains(where: { s.hasWord($0, in: w.prevention) }) {
            out.append(.prevented)
        }
        if pastYear { out.append(.pastYear) }
        // A protest that has gone on for weeks (`منذ أسابيع`) is still news.
        if period && !protest { out.append(.period) }
        // `اتهم الجماعة بمحاولة اغتيال`, "accused the group of the attack": a charge.
        if (trial || accused && isIntroduced(hit)) && !protest { out.append(.trial) }
        if opinion { out.append(.opinion) }
        if wordCount > ReportEvidence.longSentence { out.append(.long) }
        return out
    }
}
