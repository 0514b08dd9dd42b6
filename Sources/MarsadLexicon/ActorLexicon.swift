import Foundation
import MarsadCore
import MarsadText

/// The actor, agent and place dictionaries, compiled for one language into a phrase matcher.
public struct ActorLexicon: Sendable {
    public let language: Language
    public let entries: [LexiconEntry]
    public let matcher: PhraseMatcher
    /// Country code -> label, for naming composed actors (`SYR` + `MIL`).
    public let countryLabels: [String: String]
    public let sectorLabels: [String: String]
    public let examples: [LexiconExample]
    /// Dictionary keys of the dual forms generated for agents (`جنديين`): a count of two.
    public let agentDuals: Set<String>
    /// Entries for names that stand for the actor only between quotation marks (`ar.quoted:`):
    /// `«القاعدة»` is al-Qaeda, `القاعدة` also "the base".
    public let quotedOnly: Set<Int>
    /// One-word agent names (dictionary keys) and their sector: `قوات` -> MIL, looked up with a
    /// pronoun suffix (`قواتها`).
    public let oneWordAgents: [WordKey: String]

    /// Loads every bundled dictionary file and compiles the names of `profile`'s language.
    public static func load(profile: any LanguageProfile) throws -> ActorLexicon {
        var files = LexiconResources.files(in: "actors")
        files += LexiconResources.files(in: "places")
        if let agents = try? LexiconResources.read("agents.txt") { files.append(("agents.txt", agents)) }
        let records = try files.flatMap { try RecordFile.parse($0.text, file: $0.name) }
        return try ActorLexicon(records: records, profile: profile)
    }

    public init(records: [Record], profile: any LanguageProfile) throws {
        language = profile.language
        let lang = profile.language.rawValue
        var entries: [LexiconEntry] = []
        var matcher = PhraseMatcher()
        var countries: [String: String] = [:]
        var sectors: [String: String] = [:]
        var examples: [LexiconExample] = []
        var duals = Set<String>()
        var quotedOnly = Set<Int>()
        var oneWordAgents: [WordKey: String] = [:]

        // Names are cut into words by the same tokeniser as the text, so "U.N." and "G-20" match.
        func key(_ phrase: String) -> [String] {
            let t = ScalarText(phrase)
            return profile.tokens(in: t, span: TextSpan(0, t.count)).map { profile.dictionaryKey($0.text) }
        }
        func add(_ names: [String], _ entry: LexiconEntry) {
            let index = entries.count
            entries.append(entry)
            for n in names { matcher.add(key(n), entry: index) }
        }

        for r in records {
            for ex in r.lines("example") { examples.append(try Self.example(ex, r)) }
            let names = r.values(lang)
            if let sector = r.first("sector") {
                let label = r.first("label") ?? sector
                // Several records may share a sector (civilians, protesters: CVL); the first names it.
                if sectors[sector] == nil { sectors[sector] = label }
                let forms = names.flatMap(profile.agentForms)
                add(forms, .agent(sector: sector, label: label))
                for n in forms {
                    let k = key(n)
                    if k.count == 1, oneWordAgents[WordKey(k[0])] == nil { oneWordAgents[WordKey(k[0])] = sector }
                }
                for n in names { for d in profile.agentDuals(n) { duals.insert(profile.dictionaryKey(d)) } }
                continue
            }
            if let placeName = r.first("place") {
                guard let country = r.first("country"), let lat = r.first("lat").flatMap(Double.init),
                    let lon = r.first("lon").flatMap(Double.init)
                else { throw MarsadError(.dictionary, "place needs country, lat and lon", location: r.location) }
                var place = Place(name: placeName, country: country, kind: r.first("kind") ?? "city", latitude: lat, longitude: lon)
                place.ambiguous = r.values("note").contains { $0.contains("ambiguous") }
                add(names, .place(place))
                continue
            }
            let kind = r.first("kind") ?? ""
            let label = r.first("label") ?? r.first("en") ?? ""
            switch kind {
            case "person":
                let roles = try r.lines("role").map { try Self.role($0, r) }
                add(names, .person(label: label, roles: roles))
            case "reference":
                let members = r.values("members").flatMap { $0.split(separator: " ").map { ActorCode(String($0)) } }
                add(names, .reference(members: members, label: label))
            default:
                guard let code = r.first("code") else {
                    throw MarsadError(.dictionary, "record without code", location: r.location)
                }
                add(names, .actor(code: ActorCode(code), label: label, kind: kind))
                let quoted = r.values("\(lang).quoted")
                if !quoted.isEmpty {
                    quotedOnly.insert(entries.count)
                    add(quoted, .actor(code: ActorCode(code), label: label, kind: kind))
                }
                // A people with an ethnic code takes adjectives as a country does (`الأكراد`, "Kurdish").
                if kind == "country" || kind == "ethnic" {
                    countries[code] = label
                    let listed = r.values("\(lang).adj")
                    let adjectives = listed.filter { !profile.isBrokenPlural(adjective: $0) }.flatMap { adj -> [String] in
                        let words = adj.split(separator: " ").map { profile.adjectiveForms(String($0)) }
                        guard let n = words.map(\.count).min() else { return [] }
                        return (0..<n).map { i in words.map { $0[i] }.joined(separator: " ") }
                    }
                    let index = entries.count
                    entries.append(.adjective(country: code, label: label))
                    for a in adjectives { matcher.add(a.split(separator: " ").map(String.init), entry: index) }
                    add(listed.filter { profile.isBrokenPlural(adjective: $0) }, .people(country: code, label: label))
                    add(r.values("\(lang).capital"), .capital(country: code, label: label))
                }
            }
        }
        self.entries = entries
        self.matcher = matcher
        self.countryLabels = countries
        self.sectorLabels = sectors
        self.examples = examples
        self.agentDuals = duals
        self.quotedOnly = quotedOnly
        self.oneWordAgents = oneWordAgents
    }

    static func role(_ f: Record.Field, _ r: Record) throws -> Role {
        let p = f.value.split(separator: " ").map(String.init)
        guard p.count >= 2, let from = EventDate(p[1]) else {
            throw MarsadError(.dictionary, "role is `CODE FROM [TO]`, found `\(f.value)`", location: "\(r.file):\(f.line)")
        }
        let to = p.count > 2 && p[2] != "-" ? EventDate(p[2]) : nil
        if p.count > 2, p[2] != "-", to == nil {
            throw MarsadError(.dictionary, "bad end date `\(p[2])`", location: "\(r.file):\(f.line)")
        }
        return Role(code: ActorCode(p[0]), from: from, to: to)
    }

    static func example(_ f: Record.Field, _ r: Record) throws -> LexiconExample {
        let parts = f.value.components(separatedBy: "=>")
        guard parts.count == 2 else {
            throw MarsadError(.dictionary, "example is `PHRASE => CODE [@ DATE]`", location: "\(r.file):\(f.line)")
        }
        let rhs = parts[1].components(separatedBy: "@")
        let codes = rhs[0].split(separator: " ").map { ActorCode(String($0)) }
        let date = rhs.count > 1 ? EventDate(rhs[1].trimmingCharacters(in: .whitespaces)) : nil
        return LexiconExample(
            phrase: parts[0].trimmingCharacters(in: .whitespaces), codes: codes, date: date,
            location: "\(r.file):\(f.line)")
    }
}
