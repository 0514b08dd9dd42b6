import MarsadCore

/// What a document has said so far that later sentences lean on: the last subject, the last
/// country, and who speaks in each quotation.
struct Discourse {
    /// Outermost quotations of the document.
    let quotes: [TextSpan]
    /// The speaker of each quotation, once known.
    var speakers: [Int: [ActorMention]] = [:]
    /// The most recent actor that said or did something: the issuer of an unattributed statement.
    var lastSubject: [ActorMention] = []
    /// The country of the last place an event was located in: where "the police" of a later
    /// sentence are.
    var lastCountry: String?
    /// The source of the last event of each CAMEO root: who carried out "the strikes" a later
    /// sentence condemns.
    var lastSources: [String: [ActorMention]] = [:]

    init(quotes: [TextSpan]) { self.quotes = quotes }

    func quoteIndex(at offset: Int) -> Int? {
        quotes.firstIndex { $0.start < offset && offset < $0.end }
    }
}
