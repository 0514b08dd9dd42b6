import MarsadCore
import Testing

@testable import MarsadStore

@Suite struct ContentHashTests {
    @Test func fnv1aMatchesPublishedVectors() {
        // Reference values of the 64-bit FNV-1a test suite.
        #expect(ContentHash.fnv1a("") == "cbf29ce484222325")
        #expect(ContentHash.fnv1a("a") == "af63dc4c8601ec8c")
        #expect(ContentHash.fnv1a("foobar") == "85944171f73967e8")
    }

    @Test func hashIsSixteenHexDigitsEvenWithLeadingZeros() {
        for text in ["", "x", "قصف", String(repeating: "z", count: 1000)] {
            let hash = ContentHash.fnv1a(text)
            #expect(hash.count == 16)
            #expect(hash.allSatisfy { $0.isHexDigit && !$0.isUppercase })
        }
    }

    @Test func documentHashCoversIdDateAndTextOnly() {
        let base = Fixture.document("d1")
        var retitled = base
        retitled.title = "another title"
        retitled.source = "another source"
        #expect(ContentHash.of(retitled) == ContentHash.of(base))

        var redated = base
        redated.date = Fixture.date("2024-03-06")
        var retexted = base
        retexted.text += " "
        var renamed = base
        renamed.id = "d2"
        var undated = base
        undated.date = nil
        let hashes = [base, redated, retexted, renamed, undated].map(ContentHash.of)
        #expect(Set(hashes).count == 5)
    }

    @Test func fieldsAreSeparated() {
        let a = Document(id: "ab", date: nil, text: "c")
        let b = Document(id: "a", date: nil, text: "bc")
        #expect(ContentHash.of(a) != ContentHash.of(b))
    }
}
