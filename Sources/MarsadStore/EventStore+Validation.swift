import MarsadCore

extension EventStore {
    /// The largest document text the store accepts, in UTF-8 bytes (the limit of `marsad`'s reader).
    public static let maxDocumentBytes = 2_000_000
    /// The longest document or event id, in UTF-8 bytes.
    public static let maxIDBytes = 1_000

    /// Checks a document and its events before anything is written, so that bad input can never
    /// reach the database:
    /// - the document has a non-blank id of at most ``maxIDBytes`` bytes and a non-blank text of at
    ///   most ``maxDocumentBytes`` bytes (`.missingField`, `.documentTooLarge`);
    /// - neither holds U+0000, which many SQLite tools cut text at (`.invalidUTF8`);
    /// - every event belongs to the document, has a non-blank id unique in the document, a CAMEO code
    ///   of 2 to 4 digits, a finite Goldstein score in -10…10, coordinates in range, and spans inside
    ///   the text (`.malformedRecord`).
    ///
    /// - Throws: a `MarsadError` whose `location` is the document id and whose message names the event.
    public static func validate(_ document: Document, events: [Event]) throws {
        let id = document.id
        func fail(_ code: MarsadError.Code, _ message: String) -> MarsadError {
            MarsadError(code, message, location: id.isEmpty ? "(document without id)" : id)
        }
        if isBlank(id) { throw fail(.missingField, "the document has no id") }
        if id.utf8.count > maxIDBytes { throw fail(.malformedRecord, "the id is longer than \(maxIDBytes) bytes") }
        if isBlank(document.text) { throw fail(.missingField, "the document text is empty") }
        let bytes = document.text.utf8.count
        if bytes > maxDocumentBytes {
            throw fail(.documentTooLarge, "the text has \(bytes) bytes, the limit is \(maxDocumentBytes)")
        }
        if id.unicodeScalars.contains("\u{0}") || document.text.unicodeScalars.contains("\u{0}") {
            throw fail(.invalidUTF8, "the id or text contains U+0000")
        }
        let length = document.text.unicodeScalars.count
        var seen = Set<String>()
        for event in events {
            if let problem = problem(with: event, document: id, length: length, seen: &seen) {
                throw fail(.malformedRecord, "event \(event.id.isEmpty ? "(no id)" : event.id): \(problem)")
            }
        }
    }

    /// What is wrong with one event, or `nil`.
    private static func problem(with e: Event, document: String, length: Int, seen: inout Set<String>) -> String? {
        if e.documentID != document { return "belongs to document \(e.documentID), not \(document)" }
        if isBlank(e.id) { return "no event id" }
        if e.id.utf8.count > maxIDBytes { return "the id is longer than \(maxIDBytes) bytes" }
        if !seen.insert(e.id).inserted { return "the id appears twice in the document" }
        let code = e.cameo.code
        if !(2...4).contains(code.count) || !code.allSatisfy({ $0.isASCII && $0.isNumber }) {
            return "not a CAMEO code: '\(code)'"
        }
        if !e.cameo.goldstein.isFinite || abs(e.cameo.goldstein) > 10 {
            return "Goldstein score \(e.cameo.goldstein) is not in -10…10"
        }
        if let place = e.location {
            if let lat = place.latitude, !(lat.isFinite && abs(lat) <= 90) { return "latitude \(lat) out of range" }
            if let lon = place.longitude, !(lon.isFinite && abs(lon) <= 180) { return "longitude \(lon) out of range" }
        }
        var spans: [(String, TextSpan)] = e.source.map { ("source \($0.code)", $0.span) }
        spans += e.target.map { ("target \($0.code)", $0.span) }
        if let place = e.location { spans.append(("location", place.span)) }
        for m in e.mentions {
            spans.append(("sentence \(m.sentenceIndex)", m.sentenceSpan))
            spans += m.triggerSpans.map { ("trigger in sentence \(m.sentenceIndex)", $0) }
            if m.sentenceIndex < 0 { return "negative sentence index \(m.sentenceIndex)" }
        }
        for (what, span) in spans where span.start < 0 || span.start > span.end || span.end > length {
            return "\(what) span \(span.start)..<\(span.end) is outside the text (\(length) characters)"
        }
        return nil
    }

    private static func isBlank(_ s: String) -> Bool {
        s.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
    }
}
