/// A language Marsad reads. The raw value is the ISO 639-1 code.
public enum Language: String, Sendable, Codable, CaseIterable, Hashable {
    case arabic = "ar"
    case english = "en"
}
