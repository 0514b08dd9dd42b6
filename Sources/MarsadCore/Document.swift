/// A news document to code.
public struct Document: Sendable, Codable, Hashable {
    public var id: String
    public var date: EventDate?
    public var text: String
    public var source: String?
    public var url: String?
    public var language: Language?
    public var title: String?

    public init(
        id: String, date: EventDate?, text: String, source: String? = nil, url: String? = nil,
        language: Language? = nil, title: String? = nil
    ) {
        self.id = id
        self.date = date
        self.text = text
        self.source = source
        self.url = url
        self.language = language
        self.title = title
    }

    enum CodingKeys: String, CodingKey {
        case id, date, text, source, url, title
        case language = "lang"
    }
}
