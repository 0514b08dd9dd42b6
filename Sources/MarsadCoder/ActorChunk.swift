import MarsadCore
import MarsadLexicon

/// A run of tokens that names actors (or a place), and how it sits in its sentence.
struct ActorChunk {
    var range: Range<Int>
    var actors: [ActorMention]
    /// A sector word whose country is not (yet) known: `المعارضة` before `والحكومة السورية`.
    var pendingSector: String?
    var place: Place?
    /// The preposition governing the chunk (`في`, `ل`, `on`...), normalised.
    var preposition: String?
    /// The chunk is the genitive of a noun headed by a preposition (`لمساعدة السوريين`).
    var embedded = false
    /// A nationality adjective standing alone (`غارة إسرائيلية`, "Israeli strike"): not an
    /// actor by itself, but it tells who carried out the event it qualifies.
    var nationality: String?
    /// The first token's reading had a conjunction (`وتركيا`): the chunk continues a list.
    var conjoined = false
    /// Stands for a head noun in the indefinite accusative (`ناشطا في كتائب الأقصى`): an object.
    var accusative = false
    /// An agent named in the dual (`جنديان`): counted, like `جنديان اثنان`.
    var dual = false
    /// An agent with a pronoun suffix (`قواتها`, "its forces"): of the country of the actor
    /// named before it.
    var possessed = false

    var isActor: Bool { !actors.isEmpty }
    /// Free to be a subject or a direct object.
    var isFree: Bool { preposition == nil && !embedded }
    var codes: [ActorCode] { actors.map(\.code) }
}

/// A dictionary match, before composition.
struct LexiconItem {
    enum Kind {
        case actor(ActorCode, String)
        case reference([ActorCode], String)
        case adjective(country: String, plural: Bool)
        case capital(country: String)
        case agent(sector: String)
        case place(Place)
    }

    var range: Range<Int>
    var kind: Kind
    /// Where a capital is also a place: the place reading.
    var placeReading: Place?
    var prefix: String
    var preposition: String?
    var possessive: Bool
    /// An agent word with a pronoun suffix (`طائراته`, "its aircraft"): it belongs to an actor
    /// named before.
    var possessed = false
}
