import MarsadCore
import MarsadText
import Testing

@testable import MarsadCoder

/// Every `example:` line of the dictionaries runs here: the phrase must resolve to its codes.
@Suite struct LexiconExamplesTests {
    static let coder = try! Coder()

    @Test(arguments: Language.allCases)
    func dictionaryExamplesResolve(language: Language) throws {
        let model = try #require(Self.coder.model(for: language))
        var failures: [String] = []
        var checked = 0
        for ex in model.actors.examples where ScriptDetection.language(of: ex.phrase) == language {
            checked += 1
            let got = Self.coder.actors(in: ex.phrase, language: language, date: ex.date ?? EventDate("2018-06-01"))
                .map(\.code)
            if Set(got) != Set(ex.codes) {
                failures.append("\(ex.location): \(ex.phrase) => \(ex.codes.map(\.value)) but got \(got.map(\.value))")
            }
        }
        #expect(checked > 20)
        #expect(failures.isEmpty, "\(failures.count) of \(checked) examples fail:\n\(failures.joined(separator: "\n"))")
    }
}
