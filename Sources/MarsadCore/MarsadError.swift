/// The one error type of Marsad: a stable code, a message for people, where it happened,
/// and the underlying cause when there is one (modelled on swift-nio's error structs).
public struct MarsadError: Error, Sendable, CustomStringConvertible {
    /// Stable machine-readable error codes.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        let raw: String
        public var description: String { raw }
        public static let malformedRecord = Code(raw: "malformed-record")
        public static let invalidUTF8 = Code(raw: "invalid-utf8")
        public static let missingField = Code(raw: "missing-field")
        public static let documentTooLarge = Code(raw: "document-too-large")
        public static let unreadableFile = Code(raw: "unreadable-file")
        public static let dictionary = Code(raw: "dictionary")
        public static let store = Code(raw: "store")
        public static let invalidArgument = Code(raw: "invalid-argument")
    }

    public var code: Code
    public var message: String
    /// Where: a file and line, a record id, a dictionary entry.
    public var location: String?
    public var underlying: String?

    public init(_ code: Code, _ message: String, location: String? = nil, underlying: Error? = nil) {
        self.code = code
        self.message = message
        self.location = location
        self.underlying = underlying.map { String(describing: $0) }
    }

    public var description: String {
        var s = location.map { "\($0): " } ?? ""
        s += "\(code): \(message)"
        if let u = underlying { s += " (\(u))" }
        return s
    }
}
