import MarsadText

/// A language's function words (`function-words.txt`), normalised for lookup.
public struct FunctionWords: Sendable {
    public var prepositions: Set<String> = []
    public var topicPrepositions: Set<String> = []
    public var locative: Set<String> = []
    public var quantifiers: Set<String> = []
    public var negators: Set<String> = []
    public var future: Set<String> = []
    public var hypothetical: Set<String> = []
    public var passiveAgent: Set<String> = []
    public var participation: Set<String> = []
    public var auxiliaries: Set<String> = []
    public var historical: Set<String> = []
    public var lightVerbs: Set<String> = []
    /// Subject pronouns of the first person ("we", "نحن"): the speaker of a quotation.
    public var firstPerson: Set<String> = []
    /// Words that look like a trigger form but are mostly something else (`فجر` "dawn").
    public var nonTriggers: Set<String> = []
    /// Words after which a verb-looking word is a noun ("the use").
    public var determiners: Set<String> = []
    /// Frequent words that are neither actors nor events (coverage mining skips them).
    public var stopwords: Set<String> = []
    /// Words that count the dead and wounded: they anchor a reported attack.
    public var casualties: Set<String> = []
    /// Number words (`ثلاثة`, `dozens`): with a casualty word they anchor a reported attack.
    public var numbers: Set<String> = []
    /// Weapons and means of attack (`مفخخة`, "mortar"): they anchor a reported attack.
    public var means: Set<String> = []
    /// Who reports news (`مصدر`, "witnesses"): with a reporting verb they anchor an event.
    public var newsSources: Set<String> = []
    /// Words that attribute on their own (`بحسب`, "according").
    public var attribution: Set<String> = []
    /// Units of distance (`كلم`, "km"): after a number they place an event.
    public var distance: Set<String> = []
    /// Nouns that make an event a topic (`قضية`, "investigation"), with ``topicPrepositions``.
    public var topicHeads: Set<String> = []
    /// Nouns that make an event generic (`عمليات`, "wave").
    public var genericHeads: Set<String> = []
    /// Words that make a following event an intention or plan (`مخطط`, "plot").
    public var intentHeads: Set<String> = []
    /// Where protests gather (`ساحة`, "square"): they place a protest.
    public var venues: Set<String> = []
    /// The partitive preposition (`من`, "of") after a number: "three of the soldiers".
    public var partitive: Set<String> = []
    /// Relative pronouns (`الذي`, "who"): a verb right after one tells background.
    public var relativePronouns: Set<String> = []
    /// Weekday name -> 0 (Sunday) ... 6.
    public var weekdays: [String: Int] = [:]
    /// "yesterday" -> -1.
    public var relativeDays: [String: Int] = [:]

    public init(text: String, profile: any LanguageProfile) {
        let s = LanguageResource.sections(text)
        func set(_ name: String) -> Set<String> {
            Set((s[name] ?? []).map { profile.normalize($0.replacingOccurrences(of: "ـ", with: "")) })
        }
        func map(_ name: String) -> [String: Int] {
            var m: [String: Int] = [:]
            for item in s[name] ?? [] {
                let kv = item.split(separator: "=")
                if kv.count == 2, let v = Int(kv[1]) {
                    let w = kv[0].replacingOccurrences(of: "_", with: " ")
                    m[profile.normalize(w)] = v
                    m[profile.dictionaryKey(w)] = v
                }
            }
            return m
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
        lightVerbs = set("light-verbs")
        firstPerson = set("first-person")
        nonTriggers = set("non-triggers")
        determiners = set("determiners")
        stopwords = set("stopwords")
        casualties = set("casualties")
        numbers = set("numbers")
        means = set("means")
        newsSources = set("news-sources")
        attribution = set("attribution")
        distance = set("distance")
        topicHeads = set("topic-heads")
        genericHeads = set("generic-heads")
        relativePronouns = set("relative-pronouns")
        partitive = set("partitive")
        venues = set("venues")
        intentHeads = set("intent-heads")
        weekdays = map("weekdays")
        relativeDays = map("relative-days")
    }
}
