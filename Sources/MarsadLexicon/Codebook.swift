import Foundation
import MarsadCore

/// The CAMEO codebook: every code with its label, Goldstein score, and PLOVER type and mode.
public struct Codebook: Sendable {
    public let codes: [String: CameoCode]

    public init(tsv: String) throws {
        var codes: [String: CameoCode] = [:]
        var n = 0
        for line in tsv.split(separator: "\n") {
            n += 1
            if line.hasPrefix("#") || line.hasPrefix("code\t") { continue }
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 5, let g = Double(f[1]) else {
                throw MarsadError(.dictionary, "expected code, goldstein, plover, mode, label", location: "cameo.tsv:\(n)")
            }
            codes[f[0]] = CameoCode(
                code: f[0], name: f[4], goldstein: g, plover: PloverType(rawValue: f[2]),
                ploverMode: f[3].isEmpty ? nil : f[3])
        }
        self.codes = codes
    }

    /// The bundled codebook.
    public static func bundled() throws -> Codebook {
        try Codebook(tsv: LexiconResources.read("cameo.tsv"))
    }

    public subscript(code: String) -> CameoCode? { codes[code] }

    /// A code, or a clear error naming it.
    public func require(_ code: String, location: String) throws -> CameoCode {
        guard let c = codes[code] else { throw MarsadError(.dictionary, "unknown CAMEO code \(code)", location: location) }
        return c
    }
}

/// Reads the lexicon's bundled data files.
public enum LexiconResources {
    static var root: URL {
        Bundle.module.url(forResource: "Resources", withExtension: nil) ?? Bundle.module.bundleURL
    }

    public static func read(_ path: String) throws -> String {
        let url = root.appendingPathComponent(path)
        do { return try String(contentsOf: url, encoding: .utf8) } catch {
            throw MarsadError(.unreadableFile, "cannot read \(url.path)", underlying: error)
        }
    }

    /// The `.txt` files of a resource folder (`actors`, `places`), sorted by name.
    public static func files(in folder: String) -> [(name: String, text: String)] {
        let dir = root.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().compactMap { name in
            (try? String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)).map { ("\(folder)/\(name)", $0) }
        }
    }
}
