import MarsadCore

/// One record of a dictionary file: `key: value` lines between blank lines.
public struct Record: Sendable {
    public struct Field: Sendable {
        public var key: String
        public var value: String
        public var line: Int
    }

    public var file: String
    public var line: Int
    public var fields: [Field]

    /// Every value of a key, alternatives (` | `) split out and trimmed.
    public func values(_ key: String) -> [String] {
        fields.filter { $0.key == key }.flatMap { f in
            f.value.utf8.split(separator: UInt8(ascii: "|")).map { RecordFile.trimmed($0) }.filter { !$0.isEmpty }
        }
    }

    /// The raw value lines of a key (for `role:` and `example:`, which are not alternatives).
    public func lines(_ key: String) -> [Field] { fields.filter { $0.key == key } }

    public func first(_ key: String) -> String? { values(key).first }

    public var location: String { "\(file):\(line)" }
}

/// Parses the record format of `docs/dictionaries.md`. Lines are read as UTF-8 bytes: the
/// syntax (newlines, `:`, ` #`, `|`, spaces) is ASCII, and splitting an Arabic text into
/// characters or trimming it through Foundation cost most of the dictionaries' load.
public enum RecordFile {
    public static func parse(_ text: String, file: String) throws -> [Record] {
        var records: [Record] = []
        var current: Record?
        var lineNumber = 0
        for raw in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = trimmedBytes(raw)
            if line.first == UInt8(ascii: "#") { continue }
            if line.isEmpty {
                if let r = current { records.append(r); current = nil }
                continue
            }
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else {
                throw MarsadError(.dictionary, "expected `key: value`, found `\(String(decoding: line, as: UTF8.self))`", location: "\(file):\(lineNumber)")
            }
            let key = trimmed(line[..<colon])
            var rest = line[line.index(after: colon)...]
            // A comment after ` #` ends the value.
            if let hash = rest.indices.first(where: { rest[$0] == UInt8(ascii: "#") && $0 > rest.startIndex && rest[rest.index(before: $0)] == UInt8(ascii: " ") }) {
                rest = rest[..<hash]
            }
            let value = trimmed(rest)
            guard !key.isEmpty, !key.utf8.contains(UInt8(ascii: " ")) else {
                throw MarsadError(.dictionary, "bad key `\(key)`", location: "\(file):\(lineNumber)")
            }
            if current == nil { current = Record(file: file, line: lineNumber, fields: []) }
            current!.fields.append(.init(key: key, value: value, line: lineNumber))
        }
        if let r = current { records.append(r) }
        return records
    }

    /// The bytes without leading and trailing spaces, tabs and carriage returns.
    static func trimmedBytes(_ bytes: Substring.UTF8View) -> Substring.UTF8View {
        let blank: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
        guard let first = bytes.firstIndex(where: { !blank($0) }), let last = bytes.lastIndex(where: { !blank($0) }) else {
            return bytes[bytes.startIndex..<bytes.startIndex]
        }
        return bytes[first...last]
    }

    static func trimmed(_ bytes: Substring.UTF8View) -> String { String(decoding: trimmedBytes(bytes), as: UTF8.self) }
}
