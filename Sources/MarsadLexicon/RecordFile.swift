import Foundation
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
            f.value.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
    }

    /// The raw value lines of a key (for `role:` and `example:`, which are not alternatives).
    public func lines(_ key: String) -> [Field] { fields.filter { $0.key == key } }

    public func first(_ key: String) -> String? { values(key).first }

    public var location: String { "\(file):\(line)" }
}

/// Parses the record format of `docs/dictionaries.md`.
public enum RecordFile {
    public static func parse(_ text: String, file: String) throws -> [Record] {
        var records: [Record] = []
        var current: Record?
        var lineNumber = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("#") { continue }
            if line.isEmpty {
                if let r = current { records.append(r); current = nil }
                continue
            }
            guard let colon = line.firstIndex(of: ":") else {
                throw MarsadError(.dictionary, "expected `key: value`, found `\(line)`", location: "\(file):\(lineNumber)")
            }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces)
            var value = String(line[line.index(after: colon)...])
            if let hash = value.range(of: " #") { value = String(value[..<hash.lowerBound]) }
            value = value.trimmingCharacters(in: .whitespaces)
            guard !key.isEmpty, !key.contains(" ") else {
                throw MarsadError(.dictionary, "bad key `\(key)`", location: "\(file):\(lineNumber)")
            }
            if current == nil { current = Record(file: file, line: lineNumber, fields: []) }
            current!.fields.append(.init(key: key, value: value, line: lineNumber))
        }
        if let r = current { records.append(r) }
        return records
    }
}
