import MarsadCore

/// One use of force told with its means, its aim and its toll is one incident, not three
/// events: `قتل خمسة أشخاص في غارة جوية`, "five people were killed in an air strike";
/// `هجوم انتحاري بسيارة مفخخة استهدف مقرا للشرطة وأسفر عن مقتل`. A later use of force in the
/// sentence joins the one before it as a further mention when it is
/// - an event noun after a means preposition (`[means-prepositions]`: `في`, `بـ`, `إثر`, "in",
///   "by"), a few words on;
/// - a verb right after an event noun (`هجوم ... استهدف`, "an air strike killed"), with no
///   subject of its own or the noun's: the noun is its subject;
/// - an event noun after a verb of consequence (`[consequences]`: `أسفر عن مقتل`, "killing"),
///   or after a preposition past the event that such a verb opens (`أسفر هجوم ... عن مقتل`);
///   a noun right after the verb is its subject, a new incident (`أسفرت غارة أخرى عن`);
/// - the complement of the one before, firing on its own (`انفجرت سيارة مفخخة`); the complement
///   of any other event is part of its pattern and dropped (`هدد بتفجير نفسه`).
/// Their sources must agree (the same, or one unnamed). The incident keeps the first event's
/// code unless that code is unspecified (`190`, "use conventional military force"), when the
/// later one names it (`195`, an air strike); it takes the first source named and the targets
/// of both.
enum IncidentMerger {
    /// The furthest a means phrase stands after the event it belongs to, in tokens.
    static let reach = 16

    static func merge(_ drafts: [EventDraft], _ s: AnalyzedSentence, model: LanguageModel) -> [EventDraft] {
        var out: [EventDraft] = []
        // The incident each kept draft belongs to ends where its last trigger ends.
        var ends: [Int] = []
        for d in drafts {
            // The complement of another kind of event is part of its pattern, not an event
            // (`هدد بتفجير نفسه`, "threatened to blow himself up").
            if let e = out.last, isRepeat(d, of: e), !(isViolent(e) && isViolent(d)) { continue }
            // Only the event right before: another between (`هدد بتفجير`) owns the phrase.
            if let k = out.indices.last, joins(d, out[k], end: ends[k], s, model: model) {
                absorb(d, into: &out[k])
                ends[k] = max(ends[k], d.hit.complement?.upperBound ?? d.hit.range.upperBound)
                continue
            }
            if d.joinsOnly { continue }
            out.append(d)
            ends.append(d.hit.complement?.upperBound ?? d.hit.range.upperBound)
        }
        return out
    }

    /// Whether use of force `d` is part of the incident `e` right before it, which ends at token
    /// `end`: its means, aim, toll or complement, with sources that agree.
    static func joins(_ d: EventDraft, _ e: EventDraft, end: Int, _ s: AnalyzedSentence, model: LanguageModel) -> Bool {
        isViolent(e) && isViolent(d) && d.modality == e.modality && agree(d.source, e.source)
            && (isRepeat(d, of: e) || isMeans(d, after: end, s, model: model) || isAim(d, of: e, after: end)
                || isConsequence(d, of: e, after: end, s, model: model))
    }

    static func isViolent(_ d: EventDraft) -> Bool {
        (d.hit.rule.cameo.flatMap { Int($0.root) } ?? 0) >= 18
    }

    /// An event noun within reach after a means preposition.
    static func isMeans(_ d: EventDraft, after end: Int, _ s: AnalyzedSentence, model: LanguageModel) -> Bool {
        let p = d.hit.position
        return p >= end && p - end <= reach && model.followsMeansPreposition(d.hit, s, from: end)
    }

    /// Two sources that may be one: the same, or one of them unnamed.
    static func agree(_ a: [ActorMention], _ b: [ActorMention]) -> Bool {
        a.isEmpty || b.isEmpty || Set(a.map(\.code)) == Set(b.map(\.code))
    }

    /// The complement of the event before, firing on its own (`انفجرت سيارة مفخخة`).
    static func isRepeat(_ d: EventDraft, of e: EventDraft) -> Bool {
        e.hit.complement.map { $0.contains(d.hit.position) } ?? false
    }

    /// A verb right after an event noun, with no subject of its own or the noun's: the noun is
    /// its subject (`هجوم ... استهدف`, "an Israeli air strike killed").
    static func isAim(_ d: EventDraft, of e: EventDraft, after end: Int) -> Bool {
        let p = d.hit.position
        let ownSubject = !d.source.isEmpty && Set(d.source.map(\.code)) != Set(e.source.map(\.code))
        return d.hit.rule.category == .verb && !ownSubject && e.hit.rule.category != .verb && p >= end && p - end <= reach
    }

    /// An event noun one or two words after a verb of consequence (`أسفر عن مقتل`), or within
    /// reach of an event whose verb of consequence stands before it (`أسفر هجوم انتحاري ... عن
    /// مقتل ثلاثة`, verb first).
    static func isConsequence(_ d: EventDraft, of e: EventDraft, after end: Int, _ s: AnalyzedSentence, model: LanguageModel) -> Bool {
        let p = d.hit.position
        guard d.hit.rule.category == .noun || d.hit.rule.category == .phrase, p >= end else { return false }
        let before = { (q: Int) in (q - 2..<q).contains { s.hasWord($0, in: model.words.consequences) } }
        // Verb first, a noun right after the verb of consequence with no preposition is its
        // subject, a new incident (`أسفرت غارة أخرى عن مقتل`), not its toll (`أدى لمقتل`).
        let subject = model.profile.modifiersFollowHead && d.hit.preposition == nil && s.hasWord(p - 1, in: model.words.consequences)
        // After the event the verb opens, the toll follows a preposition (`عن مقتل`).
        let object = d.hit.preposition != nil || s.isWord(p - 1, in: model.words.prepositions)
        return !subject && before(p) || object && p - end <= reach && before(e.hit.position)
    }

    static func absorb(_ d: EventDraft, into e: inout EventDraft) {
        if let code = e.hit.rule.cameo?.code, code.hasSuffix("0"), (d.hit.rule.cameo?.code ?? code) != code {
            e.hit = d.hit
        }
        if e.source.isEmpty { e.source = d.source }
        for t in d.target where !e.target.contains(where: { $0.code == t.code }) { e.target.append(t) }
        if e.location == nil { e.location = d.location }
        e.extraMentions.append(d.evidence)
    }
}
