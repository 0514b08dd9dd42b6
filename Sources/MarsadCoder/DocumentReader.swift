import Foundation
import MarsadCore

/// A record that could not be read: which file and line, and why.
public struct Rejection: Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var error: MarsadError

    public var description: String {
        "\(file)\(line.map { ":\($0)" } ?? ""): \(error.code): \(error.message)"
    }
}

/// Reads documents from JSONL (`id`, `date`, `text`; optional `source`, `url`, `lang`,
/// `title`) or plain text files. A bad record is reported and skipped; the rest go through.
public struct DocumentReader: Sendable {
    /// Documents longer than this many bytes are rejected (documented in docs/output-format.md).
    public var maxDocumentBytes = 2_000_000

    public init() {}

    /// Reads one input: JSONL when the name ends in `.jsonl`/`.json` or the data starts with
    /// `{`; otherwise the whole file is one plain-text document named after the file.
    public func read(data: Data, name: String) -> (documents: [Document], rejections: [Rejection]) {
        let first = data.first { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }
        if name.hasSuffix(".jsonl") || name.hasSuffix(".json") || first == UInt8(ascii: "{") {
            return readJSONL(data, name: name)
        }
        guard let text = String(data: data, encoding: .utf8), !data.contains(0) else {
            return ([], [Rejection(file: name, line: nil, error: MarsadError(.invalidUTF8, "not UTF-8 text"))])
        }
        if data.count > maxDocumentBytes {
            return ([], [Rejection(file: name, line: nil, error: MarsadError(.documentTooLarge, "\(data.count) bytes, limit \(maxDocumentBytes)"))])
        }
        let id = (name as NSString).lastPathComponent
        return ([Document(id: id, date: nil, text: text)], [])
    }

    public func readJSONL(_ data: Data, name: String) -> (documents: [Document], rejections: [Rejection]) {
        var docs: [Document] = []
        var bad: [Rejection] = []
        var lineNumber = 0
        for lineData in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = lineData
            if line.last == 0x0D { line = line.dropLast() }
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            switch decode(Data(line)) {
            case .success(let d): docs.append(d)
            case .failure(let e): bad.append(Rejection(file: name, line: lineNumber, error: e))
            }
        }
        return (docs, bad)
    }

    func decode(_ line: Data) -> Result<Document, MarsadError> {
        guard String(data: line, encoding: .utf8) != nil else {
            return .failure(MarsadError(.invalidUTF8, "the line is not valid UTF-8"))
        }
        if line.count > maxDocumentBytes {
            return .failure(MarsadError(.documentTooLarge, "\(line.count) bytes, limit \(maxDocumentBytes)"))
        }
        let object: Any
        do { object = try JSONSerialization.jsonObject(with: line) } catch {
            return .failure(MarsadError(.malformedRecord, "not a JSON object", underlying: error))
        }
        guard let o = object as? [String: Any] else { return .failure(MarsadError(.malformedRecord, "not a JSON object")) }
        guard let text = o["text"] as? String else { return .failure(MarsadError(.missingField, "no `text`")) }
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            return .failure(MarsadError(.missingField, "empty `text`"))
        }
        let id: String
        if let s = o["id"] as? String, !s.isEmpty { id = s } else if let n = o["id"] as? Int { id = String(n) } else {
            return .failure(MarsadError(.missingField, "no `id`"))
        }
        var date: EventDate?
        if let ds = o["date"] as? String {
            guard let d = EventDate(ds) else { return .failure(MarsadError(.malformedRecord, "bad `date` \(ds)")) }
            date = d
        }
        var lang: Language?
        if let l = o["lang"] as? String {
            guard let parsed = Language(rawValue: l.lowercased().prefix(2).description) else {
                return .failure(MarsadError(.malformedRecord, "unsupported `lang` \(l)"))
            }
            lang = parsed
        }
        return .success(
            Document(
                id: id, date: date, text: text, source: o["source"] as? String, url: o["url"] as? String,
                language: lang, title: o["title"] as? String))
    }
}
