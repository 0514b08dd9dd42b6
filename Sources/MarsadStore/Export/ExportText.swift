/// A JSON value written with its keys in a fixed order (the exports' field order), explicit
/// `null`s, and no Foundation.
enum JSONValue {
    case string(String)
    case int(Int64)
    case double(Double)
    case bool(Bool)
    case array([JSONValue])
    case object([(String, JSONValue)])
    case null

    /// `.string`, or `.null` for `nil`.
    static func text(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
    /// `.double`, or `.null` for `nil`.
    static func number(_ value: Double?) -> JSONValue { value.map(JSONValue.double) ?? .null }

    /// Compact JSON text.
    var rendered: String {
        var out = ""
        write(to: &out)
        return out
    }

    func write(to out: inout String) {
        switch self {
        case .string(let s): ExportText.writeJSONString(s, to: &out)
        case .int(let n): out += String(n)
        case .double(let d): out += ExportText.number(d)
        case .bool(let b): out += b ? "true" : "false"
        case .null: out += "null"
        case .array(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                item.write(to: &out)
            }
            out += "]"
        case .object(let fields):
            out += "{"
            for (i, (key, value)) in fields.enumerated() {
                if i > 0 { out += "," }
                ExportText.writeJSONString(key, to: &out)
                out += ":"
                value.write(to: &out)
            }
            out += "}"
        }
    }
}

/// Escaping and number formatting shared by the exporters.
enum ExportText {
    /// A finite number in its shortest round-trip form (`3.4`, `-2.0`, `36.2021047`).
    static func number(_ value: Double) -> String {
        value.isFinite ? String(value) : "0"
    }

    /// A TSV cell: tabs, carriage returns and newlines become spaces.
    static func tsv(_ value: String) -> String {
        guard value.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return value }
        return String(value.map { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 })
    }

    /// An RFC 4180 CSV cell: quoted (with quotes doubled) when it holds a comma, a quote, a line
    /// break or surrounding spaces.
    static func csv(_ value: String) -> String {
        let needsQuotes =
            value.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
            || value.first?.isWhitespace == true || value.last?.isWhitespace == true
        return needsQuotes ? "\"" + value.replacingAll("\"", with: "\"\"") + "\"" : value
    }

    /// Text for an XML attribute or element: markup characters escaped, characters XML 1.0 forbids
    /// (control characters other than tab and line breaks) dropped.
    static func xml(_ value: String) -> String {
        var out = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                let v = scalar.value
                if v >= 0x20 && !(0xFFFE...0xFFFF).contains(v) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// A JSON string literal (RFC 8259): quotes, backslashes and control characters escaped.
    static func writeJSONString(_ value: String, to out: inout String) {
        out += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
