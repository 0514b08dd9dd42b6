import MarsadCore

/// A place of the gazetteer.
public struct Place: Sendable, Hashable {
    public var name: String
    public var country: String
    public var kind: String
    public var latitude: Double
    public var longitude: Double
    /// The name is also a common word (`note: ambiguous common word`): only a preposition right
    /// before it makes it a place.
    public var ambiguous = false
}

/// A person's office: an actor code between two dates (`to` nil: still in office).
public struct Role: Sendable, Hashable {
    public var code: ActorCode
    public var from: EventDate
    public var to: EventDate?

    public func holds(on date: EventDate) -> Bool { from <= date && (to.map { date <= $0 } ?? true) }
}

/// What a dictionary phrase stands for.
public enum LexiconEntry: Sendable {
    /// A country, organisation or group with a fixed code.
    case actor(code: ActorCode, label: String, kind: String)
    /// A person, whose code depends on the date.
    case person(label: String, roles: [Role])
    /// A nationality adjective or people noun (`سوري`, `Syrians`).
    case adjective(country: String, label: String)
    /// A nationality's broken plural (`الأكراد`, `الأتراك`): the people, an actor on its own.
    case people(country: String, label: String)
    /// A capital used as a metonym for its government.
    case capital(country: String, label: String)
    /// A sector word (`الجيش`, `police`).
    case agent(sector: String, label: String)
    /// A reference to several actors (`الدول الضامنة`).
    case reference(members: [ActorCode], label: String)
    case place(Place)

    public var label: String {
        switch self {
        case .actor(_, let l, _), .person(let l, _), .adjective(_, let l), .people(_, let l), .capital(_, let l),
            .agent(_, let l), .reference(_, let l):
            return l
        case .place(let p): return p.name
        }
    }
}

/// An example embedded in a dictionary file: a phrase and the codes it must resolve to.
public struct LexiconExample: Sendable {
    public var phrase: String
    public var codes: [ActorCode]
    public var date: EventDate?
    public var location: String
}

extension LexiconEntry {
    /// A short name of the entry's kind, for statistics.
    public var kindName: String {
        switch self {
        case .actor(_, _, let kind): kind.isEmpty ? "actor" : kind
        case .person: "person"
        case .adjective, .people: "nationality"
        case .capital: "capital"
        case .agent: "agent"
        case .reference: "reference"
        case .place: "place"
        }
    }
}
