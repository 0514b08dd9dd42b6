import MarsadCore
import MarsadText
import Testing

@testable import MarsadLexicon

@Suite struct RecordFileTests {
    @Test func recordsAndAlternatives() throws {
        let r = try RecordFile.parse("# c\ncode: SYR\nen: Syria | Syrian Arab Republic\n\ncode: IRQ\n", file: "f.txt")
        #expect(r.count == 2)
        #expect(r[0].values("en") == ["Syria", "Syrian Arab Republic"])
        #expect(r[1].location == "f.txt:5")
    }

    @Test func syntaxErrorsNameFileAndLine() {
        #expect {
            try RecordFile.parse("code: SYR\nthis line has no key\n", file: "a.txt")
        } throws: { ($0 as? MarsadError)?.location == "a.txt:2" }
    }

    @Test func codebook() throws {
        let c = try Codebook.bundled()
        #expect(c.codes.count > 280)
        #expect(c["111"]?.plover == .accuse)
        #expect(c["025"]?.plover == .request)
        #expect(c["190"]?.quadClass == .materialConflict)
        #expect(c["046"]?.goldstein == 7.0)
    }

    @Test func longestPhraseWins() {
        var m = PhraseMatcher()
        m.add(["امم"], entry: 0)
        m.add(["امم", "متحده"], entry: 1)
        let keys: [[WordKey]] = [["امم"], ["متحده"]]
        let hit = m.longestMatch(at: 0, tokenCount: 2, firstKeys: keys[0], innerKeys: { keys[$0] })
        #expect(hit?.entries == [1])
        #expect(hit?.length == 2)
    }
}
