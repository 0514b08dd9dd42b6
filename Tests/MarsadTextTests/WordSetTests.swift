import Testing

@testable import MarsadText

@Suite struct WordSetTests {
    @Test func looksUpNormalisedWordsByTheirBytes() {
        let set: WordSet = ["مفخخة", "mortar"]
        #expect(set.contains("مفخخة") && set.contains("mortar"))
        #expect(!set.contains("مفخخه") && !set.contains("Mortar"))
        #expect(Set(set) == ["مفخخة", "mortar"])
        #expect(set.count == 2 && !set.isEmpty)
    }
}

@Suite struct WordMemoTests {
    @Test func computesEachWordOnceAndStopsStoringAtCapacity() {
        let memo = WordMemo<Int>(capacity: 2)
        var calls = 0
        let length = { (w: String) -> Int in calls += 1; return w.count }
        #expect(memo.value(for: "قتل", length) == 3)
        #expect(memo.value(for: "قتل", length) == 3)
        #expect(calls == 1)
        _ = memo.value(for: "a", length)
        _ = memo.value(for: "bb", length)
        _ = memo.value(for: "bb", length)
        // "bb" came past the capacity of two: computed each time, never stored.
        #expect(calls == 4)
    }
}
