import ArgumentParser
import Foundation
import MarsadCoder
import MarsadCore

struct DictCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dict", abstract: "Work with the dictionaries.", subcommands: [Lookup.self])

    struct Lookup: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show the actors a phrase resolves to, and the words that name them.")

        @Argument(help: "A phrase, in Arabic or English.")
        var phrase: String

        @Option(help: "The date persons are resolved on (YYYY-MM-DD).")
        var date: String?

        func run() throws {
            let coder = try Coder()
            let d = try date.map { s in try EventDate(s).orThrow(ValidationError("not a date: \(s)")) }
            let found = coder.actors(in: phrase, date: d)
            if found.isEmpty { print("no actor in «\(phrase)»") }
            for a in found { print("\(a.code)\t\(a.name)\t«\(a.text)» [\(a.span.start), \(a.span.end))") }
        }
    }
}

extension Optional {
    func orThrow(_ e: Error) throws -> Wrapped {
        guard let v = self else { throw e }
        return v
    }
}
