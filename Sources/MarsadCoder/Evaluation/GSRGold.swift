import Foundation

/// The two Arabic gold formats of `shared/eval` (`README.md` there): sentence-level detection
/// (CSV: id, event_type, label, accept, reject, total, text) and coded records (JSONL with
/// PLOVER type and `COUNTRY SECTOR` source and target).
public enum GSRGold {
    public struct Detection: Sendable {
        public var id: String
        public var eventType: String
        /// true: `yes`; false: `easy no` / `difficult no`; nil: `ambiguous` (left out of scores).
        public var label: Bool?
        public var text: String

        /// The publication date a Gigaword-style id carries (`AAW_ARB_20081011.0036-10` ->
        /// `2008-10-11`), nil for other ids.
        public var date: String? {
            guard let us = id.firstIndex(of: "_").map({ id[id.index(after: $0)...] }),
                let part = us.split(separator: "_").last?.prefix(8), part.count == 8, part.allSatisfy(\.isNumber)
            else { return nil }
            return "\(part.prefix(4))-\(part.dropFirst(4).prefix(2))-\(part.suffix(2))"
        }
    }

    public struct Coded: Sendable {
        public struct Gold: Codable, Sendable {
            public var plover: String
            public var source: String
            public var target: String
        }

        public var id: String
        public var date: String?
        public var text: String
        public var events: [Gold]
    }

    public static func detections(csv: String) throws -> [Detection] {
        let rows = CSV.parse(csv)
        guard let header = rows.first, let ti = header.firstIndex(of: "text"), let li = header.firstIndex(of: "label"),
            let ei = header.firstIndex(of: "event_type"), let ii = header.firstIndex(of: "id")
        else { throw EvalError.format("detection CSV needs id, event_type, label and text columns") }
        return rows.dropFirst().filter { $0.count > ti }.map { r in
            let label: Bool? = r[li] == "yes" ? true : (r[li].hasSuffix("no") ? false : nil)
            return Detection(id: r[ii], eventType: r[ei], label: label, text: r[ti])
        }
    }

    public static func coded(jsonl: Data) throws -> [Coded] {
        struct Line: Decodable {
            var id: String
            var date: String?
            var text: String
            var events: [Coded.Gold]
        }
        return try jsonl.split(separator: 0x0A).map {
            let l = try JSONDecoder().decode(Line.self, from: Data($0))
            return Coded(id: l.id, date: l.date, text: l.text, events: l.events)
        }
    }

    /// `"IRQ CVL"` -> ("IRQ", "CVL"); `"None"` parts are nil.
    public static func actor(_ s: String) -> (country: String?, sector: String?) {
        let p = s.split(separator: " ").map(String.init)
        func v(_ i: Int) -> String? { i < p.count && p[i] != "None" ? p[i] : nil }
        return (v(0), v(1))
    }
}

enum EvalError: Error, CustomStringConvertible {
    case format(String)
    var description: String { if case .format(let s) = self { return s } else { return "" } }
}

/// A small RFC 4180 CSV reader: quoted fields, doubled quotes, newlines inside quotes.
enum CSV {
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var it = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        while let c = pending ?? it.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    if let n = it.next() {
                        if n == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; pending = n }
                    } else { quoted = false }
                } else { field.unicodeScalars.append(c) }
                continue
            }
            switch c {
            case "\"": quoted = true
            case ",": row.append(field); field = ""
            case "\n": row.append(field); rows.append(row); row = []; field = ""
            case "\r": break
            default: field.unicodeScalars.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
