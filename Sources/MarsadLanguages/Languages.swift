import MarsadArabic
import MarsadCore
import MarsadEnglish
import MarsadText

/// The languages Marsad reads, and language detection.
public enum Languages {
    public static func profile(for language: Language) -> any LanguageProfile {
        switch language {
        case .arabic: ArabicProfile()
        case .english: EnglishProfile()
        }
    }

    /// The document's declared language, or the one its script shows.
    public static func detect(_ text: String, declared: Language? = nil) -> Language {
        declared ?? ScriptDetection.language(of: text)
    }
}
