import MarsadCore

/// A readable fixed-width table of events for the terminal.
enum EventTable {
    static func render(_ events: [Event]) -> String {
        var rows = [["date", "source", "cameo", "target", "plover", "doc:sent", "trigger", "rule"]]
        for e in events {
            rows.append([
                e.date?.description ?? "-", e.sourceCodes.map(\.value).joined(separator: ","), e.cameo.code,
                e.targetCodes.map(\.value).joined(separator: ",").ifEmpty("-"), e.cameo.plover?.rawValue ?? "-",
                "\(e.documentID.suffix(24)):\(e.sentenceIndex)", e.mentions.first?.trigger ?? "",
                e.mentions.first?.rule ?? "",
            ])
        }
        let widths = (0..<rows[0].count).map { c in rows.map { $0[c].count }.max() ?? 0 }
        return rows.map { r in
            r.enumerated().map { c, v in c == r.count - 1 ? v : v.padding(widths[c]) }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n(\(events.count) events)"
    }
}

extension String {
    func padding(_ n: Int) -> String { count >= n ? self : self + String(repeating: " ", count: n - count) }
    func ifEmpty(_ s: String) -> String { isEmpty ? s : self }
}
