import Testing

@testable import MarsadCore

@Suite struct EventDateTests {
    @Test func parsesTheUsualForms() {
        #expect(EventDate("2018-11-29")?.description == "2018-11-29")
        #expect(EventDate("20071208")?.description == "2007-12-08")
        #expect(EventDate("2018-11-29T10:00:00Z")?.description == "2018-11-29")
        #expect(EventDate("2018-02-30") == nil)
        #expect(EventDate("yesterday") == nil)
    }

    @Test func weekdaysAndArithmetic() throws {
        let d = try #require(EventDate("2018-11-29"))
        #expect(d.weekday == 4)  // Thursday
        #expect(d.adding(days: -1).description == "2018-11-28")
        #expect(d.adding(days: 33).description == "2019-01-01")
        #expect(EventDate("2024-02-28")!.adding(days: 1).description == "2024-02-29")
        #expect(EventDate(dayNumber: 0).description == "1970-01-01")
    }
}
