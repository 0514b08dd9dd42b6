import MarsadText

/// A language's function words (`function-words.txt`), normalised for lookup.
public struct FunctionWords: Sendable {
    public var prepositions: WordSet = []
    public var topicPrepositions: WordSet = []
    public var locative: WordSet = []
    public var quantifiers: WordSet = []
    public var negators: WordSet = []
    public var future: WordSet = []
    public var hypothetical: WordSet = []
    public var passiveAgent: WordSet = []
    public var participation: WordSet = []
    public var auxiliaries: WordSet = []
    public var historical: WordSet = []
    /// Subject pronouns of the first person ("we", "نحن"): the speaker of a quotation.
    public var firstPerson: WordSet = []
    /// Words that look like a trigger form but are mostly something else (`فجر` "dawn").
    public var nonTriggers: WordSet = []
    /// Words after which a verb-looking word is a noun ("the use").
    public var determiners: WordSet = []
    /// Frequent words that are neither actors nor events (coverage mining skips them).
    public var stopwords: WordSet = []
    /// Words that count the dead and wounded: they anchor a reported attack.
    public var casualties: WordSet = []
    /// Number words (`ثلاثة`, `dozens`): with a casualty word they anchor a reported attack.
    public var numbers: WordSet = []
    /// Weapons and means of attack (`مفخخة`, "mortar"): they anchor a reported attack.
    public var means: WordSet = []
    /// Who reports news (`مصدر`, "witnesses"): with a reporting verb they anchor an event.
    public var newsSources: WordSet = []
    /// Words that attribute on their own (`بحسب`, "according").
    public var attribution: WordSet = []
    /// Members of a group (`ناشط`, "member"): before `في`/`من`/"of", the group stands for them.
    public var members: WordSet = []
    /// Verbs of prevention (`منع`, "foiled"): an event noun after them in the clause did not happen.
    public var prevention: WordSet = []
    /// Words that open a period (`خلال`, "past") before a plural span of time in ``periods``.
    public var periodOpeners: WordSet = []
    /// Plural spans of time (`السنوات`, "years"): a period, not a day.
    public var periods: WordSet = []
    /// Spans of time (`يومين`, "days"): `بعد يومين من مقتل`, "two days after the killing".
    public var timeSpans: WordSet = []
    /// `بعد`, `قبل`, "after", "before", with ``timeSpans``.
    public var timeRelations: WordSet = []
    /// The preposition before the parties of a meeting (`بين`, "between").
    public var between: WordSet = []
    /// Words that quote a news source right after them (`عن مصادر`, "citing officials").
    public var quoting: WordSet = []
    /// Units of distance (`كلم`, "km"): after a number they place an event.
    public var distance: WordSet = []
    /// Nouns that make an event a topic (`قضية`, "investigation"), with ``topicPrepositions``.
    public var topicHeads: WordSet = []
    /// Nouns that make an event generic (`عمليات`, "wave").
    public var genericHeads: WordSet = []
    /// Complementisers (`إن`, "that"): the subject after Arabic `إن` takes the accusative.
    public var complementisers: WordSet = []
    /// Particles of possibility before an imperfect (`قد تقتل`, "may kill").
    public var possibility: WordSet = []
    /// "Similar" (`مماثلة`): an event noun it qualifies is another of the kind, not the news.
    public var similar: WordSet = []
    /// Heads of a nationality -> the sector they give the country: units of a force (`قوة`,
    /// `دورية`, "patrol" -> MIL), and nouns mostly read as adjectives on their own (`مصور` ->
    /// MED: `مصورا فرنسيا`, "a French photographer").
    public var sectorHeads: [String: String] = [:]
    /// Demonstratives (`هذه`, "this"): an event noun after one refers back to an event already told.
    public var demonstratives: WordSet = []
    /// Words that make a following event an intention or plan (`مخطط`, "plot").
    public var intentHeads: WordSet = []
    /// Verbs of undergoing (`تعرض`, "came under"): their subject is the target of the event noun after them.
    public var undergo: WordSet = []
    /// Parts of a place (`شمال`, "northern"): between a preposition and a place name.
    public var placeParts: WordSet = []
    /// Settlement nouns (`بلدة`, "town"): after a locative they place an event in a named place.
    public var settlements: WordSet = []
    /// Where protests gather (`ساحة`, "square"): they place a protest.
    public var venues: WordSet = []
    /// "Foreign" (`أجنبية`): an agent it qualifies does not take the country of the sentence's place.
    public var foreign: WordSet = []
    /// Prepositions of means (`في`, `بـ`, `إثر`, "in", "by"): a use of force after one tells how another
    /// was done (``IncidentMerger``).
    public var meansPrepositions: WordSet = []
    /// Verbs of consequence (`أسفر`, "resulting"): a use of force after one is the toll of the one before.
    public var consequences: WordSet = []
    /// Courts and trials (`المحكمة`, "court"): violence in their sentence is a charge, not news.
    public var courts: WordSet = []
    /// What a protest is against follows these (`ضد`, `مناهضة`, "against", "outside").
    public var protestTargets: WordSet = []
    /// The preposition of possession (`ل` in `مقرا للشرطة`, "of"): the owner of an object.
    public var possessive: WordSet = []
    /// Third-person possessive pronouns written as words ("its", "their"): a force after one is
    /// the force of the actor named before it. (Arabic writes them as suffixes: `طائراته`.)
    public var possessivePronouns: WordSet = []
    /// Infinitive markers ("to"): a verb right after one is an infinitive, not a noun after a
    /// preposition; violence in it is a purpose (`لتقتل` carries its own marker, a proclitic).
    public var infinitiveMarkers: WordSet = []
    /// Particles a jussive follows (`لم`): a form that is only a jussive needs one.
    public var jussiveParticles: WordSet = []
    /// Words for a century (`القرن`, "century"): a past century makes the events history.
    public var centuries: WordSet = []
    /// Conjunctions written as words ("and"); a proclitic one (`واغتصاب`) is the profile's
    /// ``LanguageProfile/conjunctionProclitics``.
    public var conjunctions: WordSet = []
    /// Chants and banners (`هتافات`, "chanting"): a quotation they introduce is a slogan.
    public var slogans: WordSet = []
    /// The partitive preposition (`من`, "of") after a number: "three of the soldiers".
    public var partitive: WordSet = []
    /// Relative pronouns (`الذي`, "who"): a verb right after one tells background.
    public var relativePronouns: WordSet = []
    /// Weekday name -> 0 (Sunday) ... 6.
    public var weekdays: [String: Int] = [:]
    /// "yesterday" -> -1: one word each.
    public var relativeDays: [String: Int] = [:]
    /// Relative days of several words (`أول من أمس`, "the day before yesterday" -> -2).
    public var relativeDayPhrases: [(words: [String], value: Int)] = []
    /// Month names, of one word or several (`كانون الثاني`), -> 1 ... 12.
    public var months: [(words: [String], value: Int)] = []
    /// The document's month and those before it (`الشهر الحالي` -> 0, `الشهر الماضي` -> -1).
    public var relativeMonths: [(words: [String], value: Int)] = []
    /// Ordinal days of the month (`الخامس` -> 5, `الحادي والعشرين` -> 21), before `من` and a month.
    public var dayOrdinals: [(words: [String], value: Int)] = []
    /// Sections of the file that nothing reads: a misspelt name would otherwise load as an
    /// empty list without a word. (A section the language lacks, such as Arabic determiners,
    /// is simply absent.)
    public private(set) var unknownSections: [String] = []
    /// Sections read by ``LanguageModel`` rather than here: verb lemmas whose forms it generates.
    static let modelSections: Set<String> = ["light-verbs", "occurrence-verbs", "scene-verbs", "refraining"]

    public init(text: String, profile: any LanguageProfile) {
        let s = LanguageResource.sections(text)
        var read = Self.modelSections
        func set(_ name: String) -> WordSet {
            read.insert(name)
            return WordSet((s[name] ?? []).map { profile.normalize($0.replacingOccurrences(of: "ـ", with: "")) })
        }
        // `word=value` items; `_` joins the words of a phrase. As written, article included:
        // without it `الأحد` (Sunday) is `أحد` ("one of") and `اليوم` (today) is `يوم` ("a day").
        func pairs(_ name: String) -> [(words: [String], value: String)] {
            read.insert(name)
            return (s[name] ?? []).compactMap { item in
                let kv = item.split(separator: "=")
                guard kv.count == 2 else { return nil }
                return (kv[0].split(separator: "_").map { profile.normalize(String($0)) }, String(kv[1]))
            }
        }
        func entries(_ name: String) -> [(words: [String], value: Int)] {
            pairs(name).compactMap { p in Int(p.value).map { (p.words, $0) } }
        }
        func map(_ name: String) -> [String: Int] {
            Dictionary(entries(name).filter { $0.words.count == 1 }.map { ($0.words[0], $0.value) }, uniquingKeysWith: { a, _ in a })
        }
        prepositions = set("prepositions")
        topicPrepositions = set("topic-prepositions")
        locative = set("locative")
        quantifiers = set("quantifiers")
        negators = set("negators")
        future = set("future")
        hypothetical = set("hypothetical")
        passiveAgent = set("passive-agent")
        participation = set("participation")
        auxiliaries = set("auxiliaries")
        historical = set("historical")
        firstPerson = set("first-person")
        nonTriggers = set("non-triggers")
        determiners = set("determiners")
        stopwords = set("stopwords")
        casualties = set("casualties")
        numbers = set("numbers")
        means = set("means")
        newsSources = set("news-sources")
        attribution = set("attribution")
        quoting = set("quoting")
        between = set("between")
        timeSpans = set("time-spans")
        periodOpeners = set("period-openers")
        periods = set("periods")
        prevention = set("prevention")
        members = set("members")
        timeRelations = set("time-relations")
        distance = set("distance")
        topicHeads = set("topic-heads")
        genericHeads = set("generic-heads")
        demonstratives = set("demonstratives")
        sectorHeads = Dictionary(pairs("sector-heads").filter { $0.words.count == 1 }.map { ($0.words[0], $0.value) }, uniquingKeysWith: { a, _ in a })
        similar = set("similar")
        possibility = set("possibility")
        complementisers = set("complementisers")
        relativePronouns = set("relative-pronouns")
        partitive = set("partitive")
        venues = set("venues")
        slogans = set("slogans")
        conjunctions = set("conjunctions")
        possessive = set("possessive")
        possessivePronouns = set("possessive-pronouns")
        infinitiveMarkers = set("infinitive-markers")
        jussiveParticles = set("jussive-particles")
        centuries = set("centuries")
        protestTargets = set("protest-targets")
        courts = set("courts")
        meansPrepositions = set("means-prepositions")
        consequences = set("consequences")
        foreign = set("foreign")
        intentHeads = set("intent-heads")
        undergo = set("undergo")
        placeParts = set("place-parts")
        settlements = set("settlements")
        weekdays = map("weekdays")
        relativeDays = map("relative-days")
        relativeDayPhrases = entries("relative-days").filter { $0.words.count > 1 }
        months = entries("months")
        relativeMonths = entries("relative-months")
        dayOrdinals = entries("day-ordinals")
        unknownSections = s.keys.filter { !$0.isEmpty && !read.contains($0) }.sorted()
    }
}
