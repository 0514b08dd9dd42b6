import MarsadCore
import Testing

@testable import MarsadCoder

/// When the events of a sentence happened: the document date moved by the day words it names.
@Suite struct SentenceContextTests {
    static let coder = try! Coder()

    func date(_ text: String, _ documentDate: String, lang: Language? = nil) -> EventDate? {
        Self.coder.code(Document(id: "t", date: EventDate(documentDate), text: text, language: lang)).first?.date
    }

    @Test func theDayBeforeYesterdayIsNotYesterday() {
        #expect(date("وقتل مسلحون امس خمسة جنود في الموصل.", "2008-03-04") == EventDate("2008-03-03"))
        #expect(date("وقتل مسلحون اول من امس خمسة جنود في الموصل.", "2008-03-04") == EventDate("2008-03-02"))
        #expect(date("وقتل مسلحون امس الاول خمسة جنود في الموصل.", "2008-03-04") == EventDate("2008-03-02"))
    }

    @Test func aWrittenDateDatesTheEvent() {
        // With its year, after the Levantine name in brackets.
        #expect(date("12 ديسمبر (كانون الأول) 2007: قتل مسلحون خمسة جنود في الموصل.", "2008-03-04") == EventDate("2007-12-12"))
        // Without a year: the most recent such day, last year's in January.
        #expect(date("وقتل مسلحون خمسة جنود في الموصل في 2 مارس الحالي.", "2008-03-04") == EventDate("2008-03-02"))
        #expect(date("وقتل مسلحون خمسة جنود في الموصل في 28 كانون الأول.", "2008-01-04") == EventDate("2007-12-28"))
        #expect(date("Gunmen killed five soldiers in Mosul on March 2, police said.", "2008-03-04", lang: .english) == EventDate("2008-03-02"))
    }

    @Test func anOrdinalDayAndAMonthOfTheDocumentDateTheEvent() {
        #expect(date("وفي الخامس من نوفمبر (تشرين الثاني)، هاجم متظاهرون السفارة البريطانية في طهران.", "2008-12-31") == EventDate("2008-11-05"))
        #expect(date("وقتل مسلحون خمسة جنود في الموصل في الحادي والعشرين من الشهر الماضي.", "2008-01-10") == EventDate("2007-12-21"))
        #expect(date("وقتل مسلحون خمسة جنود في الموصل في 11 الشهر الحالي.", "2007-12-19") == EventDate("2007-12-11"))
    }

    @Test func theFirstDayWordOfTheSentenceDecides() {
        #expect(date("وقتل مسلحون امس خمسة جنود في الموصل بعد هجوم في 28 فبراير.", "2008-03-04") == EventDate("2008-03-03"))
    }
}
