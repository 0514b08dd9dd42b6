import MarsadCore
import MarsadLanguages
import Testing

@testable import MarsadCoder

@Suite struct FunctionWordsTests {
    @Test func aMisspeltSectionIsReported() {
        let w = FunctionWords(text: "[locative]\nفي\n\n[locatives]\nداخل\n", profile: Languages.profile(for: .arabic))
        #expect(w.locative.contains("في"))
        #expect(w.unknownSections == ["locatives"])
    }

    @Test(arguments: Language.allCases) func theBundledFilesHaveNoUnknownSection(language: Language) throws {
        let coder = try Coder()
        #expect(try #require(coder.model(for: language)).words.unknownSections.isEmpty)
    }
}
