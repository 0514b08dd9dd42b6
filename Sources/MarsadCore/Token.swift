/// What kind of characters a token is made of.
public enum TokenKind: String, Sendable, Codable, Hashable {
    case word, number, punctuation, url, symbol
}

/// A token: its span in the original text, and its normalised form for matching.
public struct Token: Sendable, Hashable {
    public var span: TextSpan
    public var text: String
    /// The language's matching form (for Arabic: no diacritics, folded letters).
    public var normalized: String
    public var kind: TokenKind

    public init(span: TextSpan, text: String, normalized: String, kind: TokenKind) {
        self.span = span
        self.text = text
        self.normalized = normalized
        self.kind = kind
    }
}
