import MarsadCore

/// An actor code cut into the pieces of the Phoenix and GDELT columns.
///
/// A code is read as three-letter segments: the first is the root (a country, or `IGO`, `NGO`,
/// `IMG`, `MNC`, `UNK`), the second the agent, the rest "others". For GDELT, segments that are
/// CAMEO role/sector codes (`GOV`, `MIL`, `IGO`, ...) are type codes, and the remaining letters of
/// a non-state code or of a country code with a group mnemonic (`IGOUNO` -> `UNO`,
/// `SYRNUSRA` -> `NUSRA`) are the known group code.
struct ActorParts {
    let code: String
    /// Phoenix `root`: the first three letters.
    let root: String
    /// Phoenix `agent`: letters 4–6.
    let agent: String
    /// Phoenix `others`: the remaining three-letter segments, joined by `;`.
    let others: String
    /// GDELT `CountryCode`: the country, empty for non-state codes.
    let country: String
    /// GDELT `KnownGroupCode`.
    let knownGroup: String
    /// GDELT `Type1Code` … `Type3Code` (empty strings when fewer).
    let types: [String]

    /// CAMEO role and sector codes (primary and secondary roles, and organisation types).
    static let typeCodes: Set<String> = [
        "COP", "GOV", "INS", "JUD", "MIL", "OPP", "PTY", "REB", "SEP", "SPY", "UAF", "AGR", "BUS", "CRM",
        "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "REF", "REL", "MOD", "RAD",
        "IGO", "NGO", "NGM", "MNC", "IMG",
    ]

    init(_ actor: ActorCode) {
        code = actor.value
        let letters = Array(code)
        let segments = stride(from: 0, to: letters.count, by: 3).map {
            String(letters[$0..<min($0 + 3, letters.count)])
        }
        root = segments.first ?? ""
        agent = segments.count > 1 ? segments[1] : ""
        others = segments.dropFirst(2).joined(separator: ";")
        country = actor.country ?? ""
        let rest = segments.dropFirst()
        var types: [String] = []
        if actor.country == nil, ActorParts.typeCodes.contains(root) { types.append(root) }
        var group = ""
        if let firstNonType = rest.firstIndex(where: { !ActorParts.typeCodes.contains($0) }) {
            types += rest[..<firstNonType]
            group = rest[firstNonType...].joined()
        } else {
            types += rest
        }
        knownGroup = root == "UNK" ? "" : group
        self.types = Array((types + ["", "", ""]).prefix(3))
    }
}
