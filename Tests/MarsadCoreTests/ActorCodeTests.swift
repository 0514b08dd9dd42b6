import Testing

@testable import MarsadCore

@Suite struct ActorCodeTests {
    @Test func countryAndSector() {
        #expect(ActorCode("SYRREB").country == "SYR")
        #expect(ActorCode("SYRREB").sector == "REB")
        #expect(ActorCode("syr").value == "SYR")
        #expect(ActorCode("IGOUNO").country == nil)
        #expect(ActorCode("IGOUNO").countryLevel == "IGOUNO")
        #expect(ActorCode("SYRREB").countryLevel == "SYR")
    }

    @Test func spans() {
        let a = TextSpan(2, 5)
        #expect(a.union(TextSpan(7, 9)) == TextSpan(2, 9))
        #expect(a.overlaps(TextSpan(4, 6)) && !a.overlaps(TextSpan(5, 6)))
        #expect(ScalarText("دعت روسيا")[TextSpan(4, 9)] == "روسيا")
    }
}
