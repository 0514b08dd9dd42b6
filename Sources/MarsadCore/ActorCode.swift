/// A CAMEO-style actor code: an ISO 3166 alpha-3 country (`SYR`) optionally followed by
/// three-letter sector codes (`SYRGOV`, `SYRMIL`), or a non-state code (`IGOUNO`, `IMGISIS`).
public struct ActorCode: Hashable, Sendable, Codable, Comparable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    public let value: String

    public init(_ value: String) { self.value = value.uppercased() }
    public init(stringLiteral value: String) { self.init(value) }

    public var description: String { value }

    /// Prefixes that are not countries.
    public static let nonStatePrefixes: Set<String> = ["IGO", "NGO", "IMG", "UNK", "MNC"]

    /// The country part (first three letters) when the code starts with one.
    public var country: String? {
        guard value.count >= 3 else { return nil }
        let p = String(value.prefix(3))
        return ActorCode.nonStatePrefixes.contains(p) ? nil : p
    }

    /// The three-letter sector after the country, if any (`SYRGOV` -> `GOV`).
    public var sector: String? {
        guard country != nil, value.count >= 6 else { return nil }
        return String(value.dropFirst(3).prefix(3))
    }

    /// The country itself, with no sector or group after it (`IRQ`, not `IRQMIL` or `PSEHMS`).
    public var isCountry: Bool { country == value }

    /// The part compared "at country level": the country, or the whole code for non-state actors.
    public var countryLevel: String { country ?? value }

    public static func < (a: ActorCode, b: ActorCode) -> Bool { a.value < b.value }

    public init(from decoder: Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(value)
    }
}

/// An actor found in the text: its code, a readable name, and the words that name it.
public struct ActorMention: Hashable, Sendable, Codable {
    public var code: ActorCode
    public var name: String
    public var text: String
    public var span: TextSpan

    public init(code: ActorCode, name: String, text: String, span: TextSpan) {
        self.code = code
        self.name = name
        self.text = text
        self.span = span
    }
}
