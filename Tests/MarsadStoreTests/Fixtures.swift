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

    /// An event of `document` with one mention in sentence `sentence`. Its spans stay within the
    /// first three characters, so it fits any fixture text.
    static func event(
        _ id: String, document: String, date: String? = "2024-03-05", code: String = "190",
        sources: [String] = ["SYRMIL"], targets: [String] = ["SYRREB"], sentence: Int = 0
    ) -> Event {
        Event(
            id: id, documentID: document, language: .arabic, date: date.map(Fixture.date), cameo: cameo(code),
            source: sources.map { actor($0) }, target: targets.map { actor($0) },
            mentions: [
                Evidence(
                    sentenceIndex: sentence, sentence: "sentence \(sentence)", sentenceSpan: TextSpan(0, 3),
                    trigger: "قصف", triggerSpans: [TextSpan(0, 3)], rule: "ar.qasf.1")
            ])
    }
}

extension Fixture {
    /// A document of `text` (English by default) from publication `source`.
    static func report(
        _ id: String, date: String? = "2024-03-05", source: String? = "wire", text: String = "Russia condemned Turkey.",
        language: Language = .english
    ) -> Document {
        Document(
            id: id, date: date.map(Fixture.date), text: text, source: source, url: "https://news.example/\(id)",
            language: language, title: "title \(id)")
    }

    /// An event with named actors (`(code, name)` pairs), a language, an optional place and a
    /// sentence of evidence; spans stay within the first three characters.
    static func namedEvent(
        _ id: String, document: String, date: String? = "2024-03-05", code: String = "111",
        goldstein: Double = -2, plover: PloverType? = .accuse, sources: [(String, String)] = [("RUS", "Russia")],
        targets: [(String, String)] = [("TUR", "Turkey")], language: Language = .english,
        place: (name: String, country: String, lat: Double, lon: Double)? = nil,
        sentence: String = "Russia condemned Turkey.", trigger: String = "condemned", mentions: Int = 1,
        modality: EventModality = .asserted
    ) -> Event {
        let span = TextSpan(0, 3)
        return Event(
            id: id, documentID: document, language: language, date: date.map(Fixture.date),
            cameo: CameoCode(code: code, name: "code \(code)", goldstein: goldstein, plover: plover, ploverMode: nil),
            source: sources.map { ActorMention(code: ActorCode($0.0), name: $0.1, text: $0.1, span: span) },
            target: targets.map { ActorMention(code: ActorCode($0.0), name: $0.1, text: $0.1, span: span) },
            modality: modality,
            location: place.map {
                Location(
                    name: $0.name, country: $0.country, latitude: $0.lat, longitude: $0.lon, text: "in \($0.name)",
                    span: span, reason: "fixture")
            },
            mentions: (0..<mentions).map { i in
                Evidence(
                    sentenceIndex: i, sentence: sentence, sentenceSpan: span, trigger: trigger, triggerSpans: [span],
                    rule: "en.fixture")
            })
    }
}
