import MarsadCore
import MarsadLanguages
import MarsadLexicon
import MarsadText

/// Everything the coder needs for one language, loaded and compiled once, shared read-only.
public struct LanguageModel: Sendable {
    public let profile: any LanguageProfile
    public let actors: ActorLexicon
    public let triggers: TriggerLexicon
    public let words: FunctionWords

    public init(language: Language, codebook: Codebook) throws {
        profile = Languages.profile(for: language)
        actors = try ActorLexicon.load(profile: profile)
        triggers = try TriggerLexicon.load(profile: profile, codebook: codebook)
        words = FunctionWords(text: try profile.resource(named: "function-words.txt"), profile: profile)
    }
}
