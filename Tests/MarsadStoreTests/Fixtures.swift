import MarsadCore

/// Hand-built documents and events for the store tests (no coder involved).
enum Fixture {
    static func date(_ text: String) -> EventDate {
        guard let date = EventDate(text) else { fatalError("bad fixture date \(text)") }
        return date
    }

    static func document(
        _ id: String, date: String? = "2024-03-05", text: String = "قصف الجيش السوري مواقع المعارضة في إدلب.",
        title: String? = nil
    ) -> Document {
        Document(
            id: id, date: date.map(Fixture.date), text: text, source: "fixture",
            url: "https://example.org/\(id)",
            language: .arabic, title: title)
    }

    static func cameo(_ code: String) -> CameoCode {
        CameoCode(code: code, name: "code \(code)", goldstein: -9.5, plover: .assault, ploverMode: nil)
    }

    static func actor(_ code: String, name: String? = nil) -> ActorMention {
        ActorMention(code: ActorCode(code), name: name ?? code, text: code.lowercased(), span: TextSpan(0, 3))
    }

    /// An event of `document` with one mention in sentence `sentence`.
    static func event(
        _ id: String, document: String, date: String? = "2024-03-05", code: String = "190",
        sources: [String] = ["SYRMIL"], targets: [String] = ["SYRREB"], sentence: Int = 0
    ) -> Event {
        Event(
            id: id, documentID: document, language: .arabic, date: date.map(Fixture.date), cameo: cameo(code),
            source: sources.map { actor($0) }, target: targets.map { actor($0) },
            mentions: [
                Evidence(
                    sentenceIndex: sentence, sentence: "sentence \(sentence)", sentenceSpan: TextSpan(0, 40),
                    trigger: "قصف", triggerSpans: [TextSpan(0, 3)], rule: "ar.qasf.1")
            ])
    }
}
