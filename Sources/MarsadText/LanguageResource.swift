import Foundation
import MarsadCore

/// Reads a language's data file from its resource bundle.
public enum LanguageResource {
    public static func read(_ name: String, in bundle: Bundle) throws -> String {
        guard let url = bundle.url(forResource: name, withExtension: nil, subdirectory: "Resources")
            ?? bundle.url(forResource: name, withExtension: nil)
        else {
            throw MarsadError(.unreadableFile, "no data file \(name) in \(bundle.bundlePath)")
        }
        do {
            return try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw MarsadError(.unreadableFile, "cannot read \(url.path)", underlying: error)
        }
    }

    /// Sections of a `function-words.txt` file: `[name]` headers, then words separated by
    /// whitespace; `#` starts a comment.
    public static func sections(_ text: String) -> [String: [String]] {
        var out: [String: [String]] = [:]
        var current = ""
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let t = line.trimmingCharacters(in: .whitespaces)
            if t.isEmpty { continue }
            if t.hasPrefix("["), t.hasSuffix("]") { current = String(t.dropFirst().dropLast()); out[current, default: []] += []; continue }
            out[current, default: []] += t.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        }
        return out
    }
}
