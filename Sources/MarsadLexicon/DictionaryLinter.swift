import Foundation
import MarsadCore
import MarsadText

/// A problem found in a dictionary file.
public struct LintIssue: Sendable, CustomStringConvertible, Comparable {
    public enum Severity: String, Sendable { case error, warning }
    public var location: String
    public var severity: Severity
    public var message: String

    public var description: String { "\(location): \(severity.rawValue): \(message)" }

    public static func < (a: LintIssue, b: LintIssue) -> Bool { (a.location, a.message) < (b.location, b.message) }
}

/// Checks the actor, agent and place files: syntax, keys, required fields, unknown codes,
/// one name under two codes, office dates.
public struct DictionaryLinter: Sendable {
    static let actorKeys: Set<String> = [
        "code", "kind", "label", "en", "ar", "en.adj", "ar.adj", "en.capital", "ar.capital", "en.quoted", "ar.quoted", "role",
        "members", "note", "example",
    ]
    static let agentKeys: Set<String> = ["sector", "label", "en", "ar", "example", "note"]
    static let placeKeys: Set<String> = ["place", "country", "kind", "lat", "lon", "en", "ar", "note"]
    static let kinds: Set<String> = ["country", "ethnic", "igo", "ngo", "group", "person", "reference"]

    public init() {}

    /// Lints the bundled files, compiling names with each language's profile.
    public func lintBundled(profiles: [any LanguageProfile]) -> [LintIssue] {
        var files = LexiconResources.files(in: "actors") + LexiconResources.files(in: "places")
        if let a = try? LexiconResources.read("agents.txt") { files.append(("agents.txt", a)) }
        return lint(files: files, profiles: profiles)
    }

    public func lint(files: [(name: String, text: String)], profiles: [any LanguageProfile]) -> [LintIssue] {
        var issues: [LintIssue] = []
        var records: [Record] = []
        for f in files {
            do { records += try RecordFile.parse(f.text, file: f.name) } catch let e as MarsadError {
                issues.append(LintIssue(location: e.location ?? f.name, severity: .error, message: e.message))
            } catch {
                issues.append(LintIssue(location: f.name, severity: .error, message: "\(error)"))
            }
        }
        // Codes that take sectors after them: countries and peoples (`KURREB`).
        let countries = Set(records.filter { ["country", "ethnic"].contains($0.first("kind")) }.compactMap { $0.first("code") })
        let sectors = Set(records.compactMap { $0.first("sector") })
        let codes = Set(records.compactMap { $0.first("code") })
        func known(_ code: String) -> Bool {
            if codes.contains(code) || countries.contains(code) { return true }
            let c = ActorCode(code)
            guard let country = c.country, countries.contains(country) else { return false }
            let rest = String(code.dropFirst(3))
            return rest.isEmpty || stride(from: 0, to: rest.count, by: 3).allSatisfy { i in
                let s = rest.dropFirst(i).prefix(3)
                return sectors.contains(String(s)) || codes.contains(country + rest)
            }
        }
        for r in records { issues += check(r, known: known) }
        for p in profiles { issues += conflicts(records, profile: p) + clashes(records, profile: p) }
        return issues.sorted()
    }

    func check(_ r: Record, known: (String) -> Bool) -> [LintIssue] {
        var out: [LintIssue] = []
        func issue(_ line: Int, _ s: LintIssue.Severity, _ m: String) {
            out.append(LintIssue(location: "\(r.file):\(line)", severity: s, message: m))
        }
        let isAgent = r.first("sector") != nil
        let isPlace = r.first("place") != nil
        let allowed = isAgent ? Self.agentKeys : isPlace ? Self.placeKeys : Self.actorKeys
        for f in r.fields where !allowed.contains(f.key) { issue(f.line, .error, "unknown key `\(f.key)`") }
        if r.values("en").isEmpty && r.values("ar").isEmpty { issue(r.line, .error, "no names (`en:` or `ar:`)") }
        if isPlace {
            for k in ["country", "lat", "lon"] where r.first(k) == nil { issue(r.line, .error, "place without `\(k):`") }
            if let c = r.first("country"), !known(c) { issue(r.line, .error, "unknown country code \(c)") }
            if let lat = r.first("lat").flatMap(Double.init), abs(lat) > 90 { issue(r.line, .error, "latitude out of range") }
            if let lon = r.first("lon").flatMap(Double.init), abs(lon) > 180 { issue(r.line, .error, "longitude out of range") }
            return out
        }
        if isAgent { return out }
        let kind = r.first("kind") ?? ""
        if !Self.kinds.contains(kind) { issue(r.line, .error, "unknown kind `\(kind)`") }
        if r.first("label") == nil { issue(r.line, .error, "no `label:`") }
        if kind == "person" {
            var ranges: [(ActorCode, EventDate, EventDate?)] = []
            for f in r.lines("role") {
                let p = f.value.split(separator: " ").map(String.init)
                guard p.count >= 2, let from = EventDate(p[1]) else { issue(f.line, .error, "role is `CODE FROM [TO]`"); continue }
                let to = p.count > 2 && p[2] != "-" ? EventDate(p[2]) : nil
                if p.count > 2, p[2] != "-", to == nil { issue(f.line, .error, "bad end date `\(p[2])`") }
                if let to, to < from { issue(f.line, .error, "office ends before it starts") }
                if !known(p[0]) { issue(f.line, .error, "unknown code \(p[0])") }
                for (c, a, b) in ranges where c.value != p[0] && from <= (b ?? EventDate(dayNumber: Int.max / 4)) && a <= (to ?? EventDate(dayNumber: Int.max / 4)) {
                    issue(f.line, .warning, "overlapping office dates: \(p[0]) and \(c)")
                }
                ranges.append((ActorCode(p[0]), from, to))
            }
            if ranges.isEmpty { issue(r.line, .error, "person without `role:`") }
        } else if kind == "reference" {
            let members = r.values("members").flatMap { $0.split(separator: " ").map(String.init) }
            if members.isEmpty { issue(r.line, .error, "reference without `members:`") }
            for m in members where !known(m) { issue(r.line, .error, "unknown member code \(m)") }
        } else if r.first("code") == nil {
            issue(r.line, .error, "no `code:`")
        }
        for f in r.lines("example") {
            let rhs = f.value.components(separatedBy: "=>").dropFirst().first ?? ""
            for c in rhs.components(separatedBy: "@")[0].split(separator: " ") where !known(String(c)) {
                issue(f.line, .error, "example names unknown code \(c)")
            }
        }
        return out
    }

    /// One name (after normalisation) under two different codes of named actors.
    /// One-word names whose dictionary key is a function word of the language (`ألبان` keeps
    /// `بان`, "that", once its initial `ال` is dropped; `إمام` spells `أمام`, "in front of").
    func clashes(_ records: [Record], profile: any LanguageProfile) -> [LintIssue] {
        let lang = profile.language.rawValue
        guard let text = try? profile.resource(named: "function-words.txt") else { return [] }
        let sections = LanguageResource.sections(text)
        var function: [String: String] = [:]
        for name in ["prepositions", "stopwords", "negators", "quantifiers", "locative", "determiners"] {
            for w in sections[name] ?? [] { function[profile.dictionaryKey(w)] = w }
        }
        var out: [LintIssue] = []
        for r in records {
            for name in r.values(lang) + r.values(lang + ".adj") where !name.contains(" ") {
                if let w = function[profile.dictionaryKey(name)] {
                    out.append(LintIssue(location: r.location, severity: .error, message: "«\(name)» reads as the function word «\(w)» once normalised"))
                }
            }
        }
        return out
    }

    func conflicts(_ records: [Record], profile: any LanguageProfile) -> [LintIssue] {
        let lang = profile.language.rawValue
        var seen: [String: (code: String, location: String)] = [:]
        var out: [LintIssue] = []
        for r in records where r.first("sector") == nil && r.first("place") == nil {
            let kind = r.first("kind") ?? ""
            guard kind != "person", kind != "reference", let code = r.first("code") else { continue }
            for name in r.values(lang) {
                let t = ScalarText(name)
                let key = profile.tokens(in: t, span: TextSpan(0, t.count)).map { profile.dictionaryKey($0.text) }.joined(separator: " ")
                if let prev = seen[key], prev.code != code {
                    out.append(LintIssue(location: r.location, severity: .error, message: "«\(name)» is \(code) here and \(prev.code) at \(prev.location)"))
                } else {
                    seen[key] = (code, r.location)
                }
            }
        }
        return out
    }
}
