import MarsadCore

/// A document's content fingerprint, used to make ingest idempotent.
///
/// It is the 64-bit FNV-1a hash (offset basis `0xcbf29ce484222325`, prime `0x100000001b3`)
/// of the UTF-8 bytes of `id`, U+001F, the date as `YYYY-MM-DD` (empty when unknown), U+001F,
/// and `text`, written as 16 lower-case hex digits. The unit separators keep
/// `("ab", "c")` and `("a", "bc")` apart.
///
/// It tells whether a document changed since it was stored; it is not a security hash, and
/// it is stable across platforms and releases (stored hashes stay valid).
/// Title, source, url and language do not take part: they do not change what gets coded.
enum ContentHash {
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// The fingerprint of a document.
    static func of(_ document: Document) -> String {
        let separator = "\u{1F}"
        return fnv1a(document.id + separator + (document.date?.description ?? "") + separator + document.text)
    }

    /// FNV-1a over the UTF-8 of `text`, as 16 hex digits.
    static func fnv1a(_ text: String) -> String {
        var hash = offsetBasis
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* prime
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
