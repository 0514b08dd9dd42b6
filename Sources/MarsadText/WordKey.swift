#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A normalised word as a dictionary key, hashed and compared by its UTF-8 bytes.
///
/// `String` hashing and equality are Unicode-canonical, which costs a normalisation check on every
/// non-ASCII lookup. Keys are already normalised by the language profile, so bytes are enough,
/// and Arabic lookups get several times cheaper.
public struct WordKey: Hashable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let string: String

    public init(_ string: String) { self.string = string }
    public init(stringLiteral value: String) { string = value }

    public var description: String { string }

    public func hash(into hasher: inout Hasher) {
        var s = string
        s.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    public static func == (a: WordKey, b: WordKey) -> Bool {
        // Contiguous UTF-8 compared in one go; the generic sequence comparison showed in profiles.
        var x = a.string, y = b.string
        return x.withUTF8 { p in
            y.withUTF8 { q in p.count == q.count && (p.count == 0 || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0) }
        }
    }
}
