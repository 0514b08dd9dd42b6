/// The four quad classes of CAMEO.
public enum QuadClass: Int, Sendable, Codable, Hashable, CaseIterable {
    case verbalCooperation = 1
    case materialCooperation = 2
    case verbalConflict = 3
    case materialConflict = 4

    public var name: String {
        switch self {
        case .verbalCooperation: "verbal cooperation"
        case .materialCooperation: "material cooperation"
        case .verbalConflict: "verbal conflict"
        case .materialConflict: "material conflict"
        }
    }

    /// CAMEO's grouping of the twenty roots.
    public init(root: Int) {
        switch root {
        case 1...5: self = .verbalCooperation
        case 6...8: self = .materialCooperation
        case 9...13: self = .verbalConflict
        default: self = .materialConflict
        }
    }
}

/// The sixteen PLOVER event types.
public enum PloverType: String, Sendable, Codable, Hashable, CaseIterable {
    case agree = "AGREE", consult = "CONSULT", support = "SUPPORT", concede = "CONCEDE"
    case cooperate = "COOPERATE", aid = "AID", retreat = "RETREAT", request = "REQUEST"
    case accuse = "ACCUSE", reject = "REJECT", threaten = "THREATEN", protest = "PROTEST"
    case sanction = "SANCTION", mobilize = "MOBILIZE", coerce = "COERCE", assault = "ASSAULT"
}

/// A CAMEO event code with what the codebook says of it.
public struct CameoCode: Hashable, Sendable, Codable {
    /// Two to four digits: `"02"`, `"025"`, `"0233"`.
    public var code: String
    public var name: String
    public var goldstein: Double
    public var plover: PloverType?
    public var ploverMode: String?

    public init(code: String, name: String, goldstein: Double, plover: PloverType?, ploverMode: String?) {
        self.code = code
        self.name = name
        self.goldstein = goldstein
        self.plover = plover
        self.ploverMode = ploverMode
    }

    /// The two-digit root (`"02"`).
    public var root: String { String(code.prefix(2)) }
    /// 015, "Claim responsibility" (`تبنت الحركة المسؤولية`): it attributes an attack.
    public var claimsResponsibility: Bool { code == "015" }
    public var quadClass: QuadClass { QuadClass(root: Int(root) ?? 1) }
}
