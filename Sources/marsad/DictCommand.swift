import ArgumentParser
import Foundation
import MarsadCoder
import MarsadCore
import MarsadLanguages
import MarsadLexicon

struct DictCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dict", abstract: "Work with the dictionaries.",
        subcommands: [Lint.self, Lookup.self, Coverage.self, Stats.self])

    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check the dictionaries: syntax, keys, unknown codes, one name under two codes, office dates.",
            discussion: "Exit status 1 when there is an error (warnings alone exit 0).")

        func run() throws {
            let issues = DictionaryLinter().lintBundled(profiles: Language.allCases.map(Languages.profile(for:)))
            for i in issues { print(i) }
            let errors = issues.filter { $0.severity == .error }.count
            print("\(errors) errors, \(issues.count - errors) warnings")
            _ = try Coder()  // the trigger lexicons and codebook must load too
            if errors > 0 { throw ExitCode.failure }
        }
    }

    struct Coverage: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The most frequent unknown noun phrases and candidate event words in a corpus.")

        @OptionGroup var input: InputOptions

        @Option(help: "How many of each to list.")
        var top = 40

        func run() throws {
            let docs = input.readDocuments().documents
            let r = try Coder().coverage(docs, top: top)
            print("\(r.documents) documents, \(r.sentences) sentences: \(r.sentencesWithActors) with an actor, \(r.sentencesWithTriggers) with an event trigger\n")
            print("Unknown noun phrases (candidate actors, agents, places):")
            for i in r.unknownPhrases { print("  \(String(i.count).padding(5)) \(i.phrase)") }
            print("\nCandidate event words (next to an actor, no trigger rule):")
            for i in r.candidateEventWords { print("  \(String(i.count).padding(5)) \(i.phrase)") }
        }
    }

    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Entries per kind and language, load and compile time, memory.")

        func run() throws {
            let start = Date()
            let coder = try Coder()
            let seconds = Date().timeIntervalSince(start)
            for l in Language.allCases {
                guard let m = coder.model(for: l) else { continue }
                print("\(l.rawValue): \(m.actors.matcher.phraseCount) actor/agent/place phrases, \(m.triggers.rules.count) trigger rules, \(m.triggers.forms.count) trigger forms")
                var kinds: [String: Int] = [:]
                for e in m.actors.entries { kinds[e.kindName, default: 0] += 1 }
                print("    entries: " + kinds.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
            }
            print(String(format: "loaded and compiled in %.2f s; peak resident memory %@", seconds, PeakMemory.megabytes().map { "\($0) MB" } ?? "unknown"))
        }
    }

    struct Lookup: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show the actors a phrase resolves to, and the words that name them.")

        @Argument(help: "A phrase, in Arabic or English.")
        var phrase: String

        @Option(help: "The date persons are resolved on (YYYY-MM-DD).")
        var date: String?

        func run() throws {
            let coder = try Coder()
            let d = try date.map { s in try EventDate(s).orThrow(ValidationError("not a date: \(s)")) }
            print("dictionary matches:")
            for line in coder.explainActors(in: phrase, date: d) { print("  " + line) }
            let found = coder.actors(in: phrase, date: d)
            print(
                found.isEmpty
                    ? "no actor in «\(phrase)» (a person is an actor only on dates when the dictionary lists an office)"
                    : "actors\(d.map { " on \($0)" } ?? ""):")
            for a in found { print("  \(a.code)\t\(a.name)\t«\(a.text)» [\(a.span.start), \(a.span.end))") }
        }
    }
}

extension Optional {
    func orThrow(_ e: Error) throws -> Wrapped {
        guard let v = self else { throw e }
        return v
    }
}
