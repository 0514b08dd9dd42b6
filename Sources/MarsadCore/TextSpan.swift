/// A half-open range of Unicode scalar offsets into a document's original text.
///
/// Offsets count Unicode scalars (code points), the unit Python's `str` and most
/// JSON consumers index by, so `text[start:end]` in Python gives the same words.
public struct TextSpan: Hashable, Sendable, Codable, Comparable {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        precondition(start <= end, "TextSpan start \(start) after end \(end)")
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }
    public var isEmpty: Bool { start == end }

    /// The smallest span covering both.
    public func union(_ other: TextSpan) -> TextSpan {
        TextSpan(Swift.min(start, other.start), Swift.max(end, other.end))
    }

    public func contains(_ other: TextSpan) -> Bool { start <= other.start && other.end <= end }
    public func overlaps(_ other: TextSpan) -> Bool { start < other.end && other.start < end }

    public static func < (a: TextSpan, b: TextSpan) -> Bool {
        (a.start, a.end) < (b.start, b.end)
    }
}

/// Unicode-scalar view of a text, indexable by the offsets of ``TextSpan``.
public struct ScalarText: Sendable {
    public let scalars: [Unicode.Scalar]
    /// The UTF-8 bytes, and where each scalar starts in them (one more entry at the end).
    let utf8: [UInt8]
    let utf8Offsets: [Int32]

    public init(_ text: String) {
        scalars = Array(text.unicodeScalars)
        utf8 = Array(text.utf8)
        var offsets: [Int32] = []
        offsets.reserveCapacity(scalars.count + 1)
        var o: Int32 = 0
        for s in scalars {
            offsets.append(o)
            o += Int32(UTF8.width(s))
        }
        offsets.append(o)
        utf8Offsets = offsets
    }

    public var count: Int { scalars.count }

    public subscript(span: TextSpan) -> String {
        String(decoding: utf8[Int(utf8Offsets[span.start])..<Int(utf8Offsets[span.end])], as: UTF8.self)
    }
}
