import MarsadCore
import MarsadLanguages
import MarsadLexicon
import MarsadText

/// Everything the coder needs for one language, loaded and compiled once, shared read-only.
/// A class: every stage of the pipeline holds it, and a reference is one retain where a copy of
/// its many tables is one each.
public final class LanguageModel: Sendable {
    public let profile: any LanguageProfile
    public let actors: ActorLexicon
    public let triggers: TriggerLexicon
    public let words: FunctionWords
    /// Every third-person form of the light verbs (`شنّ`, `نفّذ` ...) -> whether one of its
    /// readings is a perfect.
    let lightVerbForms: [WordKey: Bool]
    /// The same for verbs of occurrence (`اندلع`, `وقع`, "erupt"), whose subject is the event.
    let occurrenceVerbForms: [WordKey: Bool]
    /// The same for verbs whose subject is the scene of events (`شهد`, "witness").
    let sceneVerbForms: [WordKey: Bool]
    /// The same for verbs of refraining (`امتنع`, "refrain").
    let refrainVerbForms: [WordKey: Bool]

    public init(language: Language, codebook: Codebook) throws {
        profile = Languages.profile(for: language)
        actors = try ActorLexicon.load(profile: profile)
        triggers = try TriggerLexicon.load(profile: profile, codebook: codebook)
        let text = try profile.resource(named: "function-words.txt")
        words = FunctionWords(text: text, profile: profile)
        if let name = words.unknownSections.first {
            throw MarsadError(.dictionary, "unknown section [\(name)]", location: "\(language.rawValue)/function-words.txt")
        }
        let sections = LanguageResource.sections(text)
        let profile = profile
        func forms(_ section: String) -> [WordKey: Bool] {
            var forms: [WordKey: Bool] = [:]
            for lemma in sections[section] ?? [] {
                for (form, reading) in profile.inflections(of: lemma, category: .verb) where reading.persons.contains(.third) {
                    forms[WordKey(form)] = (forms[WordKey(form)] ?? false) || reading.isPerfect
                }
            }
            return forms
        }
        lightVerbForms = forms("light-verbs")
        occurrenceVerbForms = forms("occurrence-verbs")
        sceneVerbForms = forms("scene-verbs")
        refrainVerbForms = forms("refraining")
    }
}

extension LanguageModel {
    /// Whether token `i` is a light verb (`شنّ`, `نفّذ`, `نظّم`, "launch", "stage"): a verb whose
    /// object noun carries the event. `perfect`: only in the perfect or past.
    func isLightVerb(_ s: AnalyzedSentence, _ i: Int, perfect: Bool = false) -> Bool {
        guard i >= 0, i < s.count, s.tokens[i].kind == .word else { return false }
        return s.stemKeys[i].contains { k in lightVerbForms[k].map { !perfect || $0 } ?? false }
    }

    /// Whether a verb of refraining has the event at `p` as its prepositional object (`امتنع عن
    /// التدخل`, `لم يتورع أحد التونسيين عن إحراق نفسه`, "refrained from"): true when it is
    /// negated (a negator up to two words before it: `لم يتورع`, "did not hesitate"); nil when
    /// no preposition stands right before the event (or its article: "from the arrest") or no
    /// such verb within four words before the preposition.
    func refraining(_ s: AnalyzedSentence, before p: Int) -> Bool? {
        let q = s.isWord(p - 1, in: words.determiners) ? p - 2 : p - 1
        guard s.isWord(q, in: words.prepositions) else { return nil }
        guard let v = (1...4).lazy.map({ q - $0 }).first(where: { i in
            i >= 0 && s.tokens[i].kind == .word && s.stemKeys[i].contains { refrainVerbForms[$0] != nil }
        }) else { return nil }
        return isNegated(s, v)
    }

    /// Whether a negator stands up to two words before token `i` (`لم تدن`, `ولم تدن`, "did not").
    func isNegated(_ s: AnalyzedSentence, _ i: Int) -> Bool {
        (max(0, i - 2)..<max(0, i)).contains { s.isConjoinedWord($0, in: words.negators) }
    }

    /// Whether token `target` stands at `p` or right after it past determiners and day words
    /// (`أدانت إيران امس الغارات`, "condemned the strikes"), and any word `skip` accepts.
    func reaches(_ s: AnalyzedSentence, from p: Int, to target: Int, skipping skip: (Int) -> Bool = { _ in false }) -> Bool {
        var p = p
        while p < target, s.isWord(p, in: words.determiners) || isDayWord(s, p) || skip(p) { p += 1 }
        return p == target
    }

    /// Whether token `i` names a day as written (`أمس`, `الأحد`, "yesterday").
    func isDayWord(_ s: AnalyzedSentence, _ i: Int) -> Bool {
        guard i >= 0, i < s.count, s.tokens[i].kind == .word else { return false }
        return words.relativeDays[s.tokens[i].normalized] != nil || words.weekdays[s.tokens[i].normalized] != nil
    }

    /// Whether token `i` is a verb of occurrence in the perfect (`اندلعت`, `وقع`, "erupted"):
    /// an event noun that is its subject is told as having happened.
    func isOccurrenceVerb(_ s: AnalyzedSentence, _ i: Int) -> Bool {
        guard i >= 0, i < s.count, s.tokens[i].kind == .word else { return false }
        return s.stemKeys[i].contains { occurrenceVerbForms[$0] ?? false }
    }

    /// Whether token `i` is a verb whose subject is the scene of events, in any tense
    /// (`شهدت بغداد`, "Baghdad witnessed").
    func isSceneVerb(_ s: AnalyzedSentence, _ i: Int) -> Bool {
        guard i >= 0, i < s.count, s.tokens[i].kind == .word else { return false }
        return s.stemKeys[i].contains { sceneVerbForms[$0] != nil }
    }

    /// Whether the place chunk at `range` is the subject of a scene verb: right after it in a
    /// head-first language, up to two words on past a settlement noun (`شهدت مدينة كركوك`),
    /// right before it otherwise ("Kirkuk witnessed").
    func isSceneSubject(_ s: AnalyzedSentence, _ range: Range<Int>) -> Bool {
        profile.modifiersFollowHead
            ? isSceneVerb(s, range.lowerBound - 1) || s.hasWord(range.lowerBound - 1, in: words.settlements) && isSceneVerb(s, range.lowerBound - 2)
            : isSceneVerb(s, range.upperBound)
    }

    /// Whether token `i` is a word of the trigger lexicon (`قتل`, "killings") in a third-person
    /// reading, as news tells events: `عدة` ("several") also spells the imperative `عِدْه`
    /// ("promise him"), which is none.
    func isTriggerWord(_ s: AnalyzedSentence, _ i: Int) -> Bool {
        guard i >= 0, i < s.count else { return false }
        return s.stemKeys[i].contains { k in triggers.forms[k]?.contains { $0.reading.persons.contains(.third) } ?? false }
    }

    /// Whether an event noun stands after a means preposition (`[means-prepositions]`): its
    /// proclitic, or a word at most three words before it, not across punctuation nor before
    /// token `from` (`في غارة`, `بسيارة مفخخة`, "in a US air strike").
    func followsMeansPreposition(_ hit: TriggerHit, _ s: AnalyzedSentence, from: Int = 0) -> Bool {
        guard hit.rule.category == .noun || hit.rule.category == .phrase else { return false }
        if hit.preposition.map(words.meansPrepositions.contains) ?? false { return true }
        for j in stride(from: hit.position - 1, through: max(from, hit.position - 3), by: -1) {
            if s.tokens[j].kind != .word { return false }
            if s.isConjoinedWord(j, in: words.meansPrepositions) { return true }
        }
        return false
    }

    /// Whether token `i` reads as the perfect or past of a verb the trigger lexicon knows.
    func isPerfectTriggerVerb(_ s: AnalyzedSentence, _ i: Int) -> Bool {
        guard i >= 0, i < s.count else { return false }
        return s.stemKeys[i].contains { k in
            (triggers.forms[k] ?? []).contains { $0.reading.isPerfect && triggers.rules[$0.rule].category == .verb }
        }
    }

    /// Whether token `i` follows a direction that places it (`شمال الرمادي`, `الى الشمال من
    /// الرمادي`, "north of Baghdad"): a direction is itself an adverb of place.
    func followsDirection(_ s: AnalyzedSentence, _ i: Int) -> Bool {
        let p = s.isWord(i - 1, in: words.partitive) ? i - 2 : i - 1
        return s.hasWord(p, in: words.placeParts)
    }

    /// The position of a verb of undergoing (`تعرض`, "came under") a few words before a noun
    /// trigger at `pos` (`تعرضت القوات ... لهجوم`).
    func undergoVerb(_ s: AnalyzedSentence, before pos: Int) -> Int? {
        stride(from: pos - 1, through: max(0, pos - 5), by: -1).first { s.hasWord($0, in: words.undergo) }
    }
}
