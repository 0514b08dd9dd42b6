/// Precision, recall and F1 at one level of agreement.
public struct Score: Codable, Sendable {
    public var level: String
    /// Gold items found / gold items (recall).
    public var goldFound: Int
    public var gold: Int
    /// System items that agree with some gold item / system items (precision).
    public var systemCorrect: Int
    public var system: Int

    public var precision: Double { system == 0 ? 0 : Double(systemCorrect) / Double(system) }
    public var recall: Double { gold == 0 ? 0 : Double(goldFound) / Double(gold) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    enum CodingKeys: String, CodingKey { case level, goldFound = "gold_found", gold, systemCorrect = "system_correct", system, precision, recall, f1 }

    public init(level: String, goldFound: Int, gold: Int, systemCorrect: Int, system: Int) {
        self.level = level
        self.goldFound = goldFound
        self.gold = gold
        self.systemCorrect = systemCorrect
        self.system = system
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        level = try c.decode(String.self, forKey: .level)
        goldFound = try c.decode(Int.self, forKey: .goldFound)
        gold = try c.decode(Int.self, forKey: .gold)
        systemCorrect = try c.decode(Int.self, forKey: .systemCorrect)
        system = try c.decode(Int.self, forKey: .system)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(level, forKey: .level)
        try c.encode(goldFound, forKey: .goldFound)
        try c.encode(gold, forKey: .gold)
        try c.encode(systemCorrect, forKey: .systemCorrect)
        try c.encode(system, forKey: .system)
        try c.encode((precision * 1000).rounded() / 1000, forKey: .precision)
        try c.encode((recall * 1000).rounded() / 1000, forKey: .recall)
        try c.encode((f1 * 1000).rounded() / 1000, forKey: .f1)
    }
}

/// A share of gold records (e.g. "type found on coded records").
public struct Share: Codable, Sendable {
    public var name: String
    public var count: Int
    public var of: Int
    public var value: Double { of == 0 ? 0 : Double(count) / Double(of) }
}

/// A miss or a false alarm, for `--errors`.
public struct EvalIssue: Codable, Sendable {
    public var kind: String
    public var document: String
    public var sentence: String
    public var detail: String
}

/// What `marsad eval` reports.
public struct EvalReport: Codable, Sendable {
    public var gold: String
    public var format: String
    public var items: Int
    public var scores: [Score] = []
    public var shares: [Share] = []
    /// Gold root -> system root ("none" when missed) -> count.
    public var confusion: [String: [String: Int]] = [:]
    public var errors: [EvalIssue] = []

    /// The human-readable table.
    public func table() -> String {
        var out = "gold: \(gold) (\(format), \(items) items)\n\n"
        if !scores.isEmpty {
            out += "level".padded(26) + "precision  recall  F1      (gold found/gold, system correct/system)\n"
            for s in scores {
                out += s.level.padded(26) + f(s.precision).padded(11) + f(s.recall).padded(8) + f(s.f1).padded(8)
                    + "(\(s.goldFound)/\(s.gold), \(s.systemCorrect)/\(s.system))\n"
            }
        }
        for s in shares { out += "\(s.name): \(f(s.value)) (\(s.count)/\(s.of))\n" }
        if !confusion.isEmpty {
            let sys = Set(confusion.values.flatMap(\.keys)).sorted()
            out += "\nconfusion by root (rows gold, columns system):\n" + "".padded(6) + sys.map { $0.padded(5) }.joined() + "\n"
            for g in confusion.keys.sorted() {
                out += g.padded(6) + sys.map { String(confusion[g]?[$0] ?? 0).padded(5) }.joined() + "\n"
            }
        }
        if !errors.isEmpty {
            out += "\nerrors:\n"
            for e in errors { out += "  [\(e.kind)] \(e.document): \(e.detail)\n      \(e.sentence)\n" }
        }
        return out
    }

    func f(_ x: Double) -> String { String(format3(x)) }
    func format3(_ x: Double) -> String {
        let v = (x * 1000).rounded() / 1000
        var s = String(v)
        while s.split(separator: ".").last.map({ $0.count < 3 }) ?? false { s += "0" }
        return s
    }
}

extension String {
    func padded(_ n: Int) -> String { count >= n ? self + " " : self + String(repeating: " ", count: n - count) }
}
