import MarsadCore

/// Scores coded events against the gold formats Marsad reads.
public enum Scorer {
    // MARK: document-level gold (shared/gold, samples/gold)

    typealias Level = (name: String, agrees: @Sendable (ScoredEvent, GoldEvent) -> Bool)

    static func typeOK(_ e: ScoredEvent, _ g: GoldEvent) -> Bool { GoldMatch.typeAgrees(e, g) }

    /// The first level is the gold README's match rule, the one the tests assert (`GoldMatch`).
    static let levels: [Level] = [
        ("event (type+actors)", { e, g in GoldMatch.matches(e, g) }),
        ("PLOVER type", { e, g in g.plover.map { $0 == e.plover } ?? g.roots.contains(e.root) }),
        ("CAMEO root", { e, g in g.roots.contains(e.root) }),
        ("CAMEO code", { e, g in g.cameo == e.code }),
        ("source country", { e, g in typeOK(e, g) && GoldMatch.sourceAgrees(e, g) }),
        ("source country+sector", { e, g in typeOK(e, g) && Set(e.source) == Set(g.source) }),
        ("target country", { e, g in typeOK(e, g) && GoldMatch.targetAgrees(e, g) }),
        ("target country+sector", { e, g in typeOK(e, g) && (g.target_any == true || Set(e.target) == Set(g.target ?? [])) }),
    ]

    public static func documents(_ gold: [GoldDocument], system: [ScoredEvent], goldName: String, errors: Int) -> EvalReport {
        let byDoc = Dictionary(grouping: system, by: \.documentID)
        let docs = Set(gold.map(\.doc))
        let scoredSystem = system.filter { docs.contains($0.documentID) }
        var report = EvalReport(gold: goldName, format: "documents", items: gold.count)
        for level in levels {
            var found = 0, required = 0, correct = 0
            for d in gold {
                let sys = byDoc[d.doc] ?? []
                for g in d.events where g.isRequired {
                    required += 1
                    if sys.contains(where: { level.agrees($0, g) }) { found += 1 }
                }
                correct += sys.filter { e in d.events.contains { level.agrees(e, $0) } }.count
            }
            report.scores.append(Score(level: level.name, goldFound: found, gold: required, systemCorrect: correct, system: scoredSystem.count))
        }
        var misses: [EvalIssue] = []
        var alarms: [EvalIssue] = []
        for d in gold {
            let sys = byDoc[d.doc] ?? []
            for g in d.events where g.isRequired {
                let aligned = sys.filter { e in g.sentence.map { s in e.sentences.contains { $0.contains(s) || s.contains($0) } } ?? true }
                let best = aligned.first { typeOK($0, g) } ?? aligned.first
                report.confusion[g.roots.first ?? "?", default: [:]][best?.root ?? "none", default: 0] += 1
                if !sys.contains(where: { levels[0].agrees($0, g) }) {
                    misses.append(EvalIssue(
                        kind: "miss", document: d.doc, sentence: g.sentence ?? "",
                        detail: "gold \(g.cameo ?? g.roots.joined(separator: "/")) \(g.source.joined(separator: ",")) -> \((g.target ?? []).joined(separator: ",")); closest: \(best?.summary ?? "none")"))
                }
            }
            for e in sys where !d.events.contains(where: { levels[0].agrees(e, $0) }) {
                alarms.append(EvalIssue(kind: "false alarm", document: d.doc, sentence: e.sentences.first ?? "", detail: e.summary))
            }
        }
        report.errors = Array(misses.prefix(errors)) + Array(alarms.prefix(errors))
        return report
    }

    // MARK: sentence-level detection (GSR CSV)

    public static func detection(_ items: [GSRGold.Detection], system: [String: [ScoredEvent]], goldName: String, errors: Int) -> EvalReport {
        let scored = items.filter { $0.label != nil }
        var report = EvalReport(gold: goldName, format: "detection", items: scored.count)
        var tp = 0, fp = 0, fn = 0
        var errs: [EvalIssue] = []
        for d in scored {
            // A sentence reports an event when an asserted event of the type is coded in it (a
            // future or hypothetical attack has not happened).
            let found = (system[d.id] ?? []).contains { $0.plover == d.eventType && $0.modality == "asserted" }
            switch (d.label!, found) {
            case (true, true): tp += 1
            case (false, true):
                fp += 1
                if errs.count < errors * 2 { errs.append(EvalIssue(kind: "false alarm", document: d.id, sentence: d.text, detail: (system[d.id] ?? []).filter { $0.plover == d.eventType }.map(\.summary).joined(separator: "; "))) }
            case (true, false):
                fn += 1
                if errs.count < errors * 2 { errs.append(EvalIssue(kind: "miss", document: d.id, sentence: d.text, detail: (system[d.id] ?? []).map(\.summary).joined(separator: "; "))) }
            default: break
            }
        }
        let type = scored.first?.eventType ?? "?"
        report.scores = [Score(level: "\(type) detection", goldFound: tp, gold: tp + fn, systemCorrect: tp, system: tp + fp)]
        report.errors = errs
        return report
    }

    // MARK: coded records (GSR JSONL)

    public static func coded(_ records: [GSRGold.Coded], system: [String: [ScoredEvent]], goldName: String, errors: Int) -> EvalReport {
        var report = EvalReport(gold: goldName, format: "coded", items: records.count)
        var found = 0, total = 0, srcAgree = 0, srcNamed = 0, tgtAgree = 0, tgtNamed = 0, sectorAgree = 0, sectorNamed = 0
        var errs: [EvalIssue] = []
        for r in records {
            for g in r.events {
                total += 1
                let candidates = (system[r.id] ?? []).filter { $0.plover == g.plover && $0.modality == "asserted" }
                if candidates.isEmpty {
                    if errs.count < errors { errs.append(EvalIssue(kind: "type missed", document: r.id, sentence: r.text, detail: "gold \(g.plover) \(g.source) -> \(g.target); system: \((system[r.id] ?? []).map(\.summary).joined(separator: "; "))")) }
                    continue
                }
                found += 1
                let gs = GSRGold.actor(g.source), gt = GSRGold.actor(g.target)
                // The GSR's first field is the code's first three letters: a country, or a
                // non-state prefix such as IGO or IMG.
                let agrees = { (codes: [String], c: String) in codes.contains { $0.prefix(3) == c } }
                if let c = gs.country {
                    srcNamed += 1
                    if candidates.contains(where: { agrees($0.source, c) }) { srcAgree += 1 }
                    else if errs.count < errors { errs.append(EvalIssue(kind: "source", document: r.id, sentence: r.text, detail: "gold \(g.source); system: \(candidates.map(\.summary).joined(separator: "; "))")) }
                }
                if let c = gt.country {
                    tgtNamed += 1
                    if candidates.contains(where: { agrees($0.target, c) }) { tgtAgree += 1 }
                }
                if let c = gs.country, let s = gs.sector {
                    sectorNamed += 1
                    if candidates.contains(where: { $0.source.contains { $0 == c + s } }) { sectorAgree += 1 }
                }
            }
        }
        report.shares = [
            Share(name: "type found", count: found, of: total),
            Share(name: "source country agrees (gold names one)", count: srcAgree, of: srcNamed),
            Share(name: "source country+sector agrees", count: sectorAgree, of: sectorNamed),
            Share(name: "target country agrees (gold names one)", count: tgtAgree, of: tgtNamed),
        ]
        report.errors = errs
        return report
    }
}
