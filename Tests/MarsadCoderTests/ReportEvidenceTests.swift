import MarsadCore
import Testing

@testable import MarsadCoder

@Suite struct ReportEvidenceTests {
    static let coder = try! Coder()

    func code(_ text: String, lang: Language? = nil, date: String = "2008-03-04") -> [Event] {
        Self.coder.code(Document(id: "t", date: EventDate(date), text: text, language: lang))
    }

    func report(_ text: String, lang: Language? = nil) -> String? {
        code(text, lang: lang).first { ["18", "19", "20", "14"].contains($0.cameo.root) }?.mentions.first?.report
    }

    @Test func anAttackCountedWeaponedAndAttributedIsNews() throws {
        let r = try #require(report("وقال مصدر امني ان انتحاريا فجر نفسه في سوق ببغداد امس ما اسفر عن مقتل سبعة اشخاص."))
        for anchor in ["count", "toll", "means", "attribution", "day"] { #expect(r.contains(anchor)) }
        #expect(!r.contains("-"))
    }

    @Test func aNewsSourceQuotedAttributes() throws {
        let r = try #require(report("ونقلت الوكالة عن مصادر امنية ان المهاجم فجر نفسه خلال اجتماع ليقتل خمسة."))
        #expect(r.contains("attribution"))
        let en = try #require(report("A suicide bomber blew himself up in a market, citing police.", lang: .english))
        #expect(en.contains("attribution"))
    }

    @Test func violenceThatIsWhatSomethingIsAboutIsNotNews() {
        #expect(report("وكتب مقالات عدة حول مقتل الرجل في غير صحيفة.") == nil)
        #expect(report("واستمرت سياسة الاغتيالات في صفوف القادة.") == nil)
        // The means of such an event is a topic too.
        #expect(report("واكدت مصادر قضائية معنية بملف اغتيال اللواء بواسطة سيارة مفخخة في 12 الشهر الحالي توافر معلومات جدية.") == nil)
        #expect(report("واغتيل اللواء امس بواسطة سيارة مفخخة في بيروت، بحسب مصادر قضائية.") != nil)
    }

    @Test func backgroundInARelativeClauseIsNotNews() {
        // The same killing told as background to a person's description, then as the news.
        #expect(report("وشارك في الجنازة قادة الحركة ومنهم شقيق القائد الذي اغتالته اسرائيل.") == nil)
        #expect(report("اغتالت اسرائيل امس قائدا في الحركة بصاروخ في غزة.") != nil)
    }

    @Test func anEarlierEventThatDatesTheNewsIsNotNews() {
        #expect(report("صوت البرلمان امس على القرار بعد يومين من مقتل القائد في غارة قرب المطار.") == nil)
        #expect(report("Parliament voted on Sunday, two days after the killing of the general near the airport.", lang: .english) == nil)
        #expect(report("قتل القائد امس في غارة قرب المطار.") != nil)
    }

    @Test func aRelativeClauseOfOccurrenceTellsASpecificEvent() throws {
        let r = try #require(report("وقالت الشرطة ان التفجيرات التي وقعت امس في سامراء استهدفت مرقدا شيعيا."))
        #expect(r.contains("verb"))
        #expect(!r.contains("generic"))
    }

    @Test func violenceSummedUpOverAPeriodIsNotNews() {
        #expect(report("وخلال السنوات الست الماضية اطلقت الفصائل 6000 صاروخ على سديروت.") == nil)
        #expect(report("Militants fired thousands of rockets at Israeli towns over the past six years.", lang: .english) == nil)
        // A protest going on for weeks is still news.
        #expect(report("ويعتصم آلاف العمال منذ أسابيع امام البرلمان في عمان.") != nil)
    }

    @Test func aPreventedEventDidNotHappen() {
        #expect(report("منعت قوات الأمن امس تظاهرة احتجاجية أمام مقر البرلمان في الرباط.") == nil)
        #expect(report("نظم مئات الطلاب امس تظاهرة احتجاجية أمام مقر البرلمان في الرباط.") != nil)
        #expect(report("Iraqi troops foiled a suicide attack on a market in Baghdad on Monday.", lang: .english) == nil)
    }

    @Test func aPastYearMakesHistoryNotNews() {
        #expect(report("وقتل الرجل في هجوم عام 1995 في العاصمة.") == nil)
        // A written date two years or more before the document dates history, not news.
        let report = "وقال مصدر امني ان خمسة اشخاص قتلوا في انفجار سيارة مفخخة"
        #expect(code(report + " في 11 يوليو (تموز) 1995.", date: "2007-07-28").isEmpty)
        // A year before 1900 after `سنة`, and a past century, are history too; this century is not.
        #expect(code(report + " سنة 1662.", date: "2006-12-02").isEmpty)
        #expect(code(report + " في القرن الـ 17.", date: "2006-12-02").isEmpty)
        #expect(!code(report + " في القرن الحادي والعشرين.", date: "2006-12-02").isEmpty)
    }

    @Test func aDateOfLastYearDatesAReportAsInAChronology() throws {
        // `12 ديسمبر 2005: اغتيال ...` in a 2006 chronology: the event of that day, no past-year doubt.
        let e = code("* 12 ديسمبر (كانون الأول) 2005: اغتيال الصحافي والنائب جبران تويني بتفجير سيارة مفخخة بموكبه.", date: "2006-11-22")
        let killing = try #require(e.first { $0.cameo.root == "18" })
        #expect(killing.date == EventDate("2005-12-12"))
        #expect(killing.mentions.first?.report?.contains("pastYear") == false)
    }

    @Test func aProtestNeedsItsCrowdDayOrPlace() {
        #expect(report("تظاهر آلاف الطلاب امس في طهران.")?.contains("count") == true)
        #expect(report("وتحدث الكاتب عن الاحتجاجات والانتفاضات الشعبية.") == nil)
    }

    @Test func englishWeighsTheSameAnchors() throws {
        // The killing's report (the suicide bombing's own trigger is its means; both are mentions
        // of one incident).
        let events = code("A suicide bomber killed seven people in Baghdad on Monday, police said.", lang: .english)
        let r = try #require(events.flatMap(\.mentions).first { $0.trigger == "killed" }?.report)
        for anchor in ["count", "means", "attribution", "day"] { #expect(r.contains(anchor)) }
        #expect(report("The investigation into the killing has stalled.", lang: .english) == nil)
    }

    @Test func scoresWeighAnchorsByKindOfEvent() {
        let attack = ReportEvidence(anchors: [.means, .day], doubts: [], protest: false)
        let protest = ReportEvidence(anchors: [.means, .day], doubts: [], protest: true)
        #expect(attack.score == 3 && protest.score == 3)
        #expect(ReportEvidence(anchors: [.count, .toll], doubts: [.topic]).score == 1)
        #expect(ReportEvidence(anchors: [.count, .verb, .day], doubts: [], protest: true).isNews)
    }

    @Test func eventNounsJoinedShareTheHeadOfTheFirst() {
        // `أعمال` makes the killing generic, and the rape joined to it.
        let e = code("وقال المدعي العام ان الرئيس يتحمل مسؤولية اعمال قتل واغتصاب راح ضحيتها 300 شخص في دارفور امس.")
        let rape = e.first { $0.mentions.contains { $0.trigger.contains("اغتصاب") } }
        #expect(rape == nil || rape!.mentions.allSatisfy { $0.report?.contains("generic") == true })
    }

    @Test func theMeansOfAnEarlierEventIsAsEarly() {
        let e = code("وقع الانفجار بعد يوم من مقتل 16 شخصا، بينهم 14 طفلا في هجوم انتحاري أمام مبنى حكومي في خوست.")
        let attack = e.flatMap(\.mentions).first { $0.trigger.contains("هجوم") }
        #expect(attack == nil || attack!.report?.contains("earlier") == true)
    }

    @Test func violenceInATrialIsACharge() throws {
        let e = code("وثبتت محكمة استئنافية في صنعاء امس حكما بالسجن 12 عاما على يمنيين خطفا سياحا فرنسيين في محافظة شبوة.")
        let kidnap = e.flatMap(\.mentions).first { $0.trigger.contains("خطف") }
        #expect(kidnap == nil || kidnap!.report?.contains("trial") == true)
        // A protest at a court is news.
        #expect(report("وتظاهر مئات المحامين امس امام المحكمة العليا في إسلام اباد.")?.contains("trial") == false)
    }

    @Test func aVerbAfterANounInAPhraseDescribesIt() {
        // `على يمنيين خطفا سياحا`: "on two Yemenis who kidnapped tourists".
        let r = report("وقالت الشرطة امس انها قبضت على يمنيين خطفا سياحا فرنسيين في محافظة شبوة.")
        #expect(r == nil || r!.contains("relative"))
        #expect(!code("وقالت الشرطة امس انها قبضت على يمنيين خطفا سياحا فرنسيين في محافظة شبوة.").contains { $0.cameo.code == "181" })
        // `بعد أن اقتحم`: a complementiser is no noun.
        #expect(report("وجاء القرار امس بعد أن اقتحم محتجون إيرانيون مقر السفارة السعودية في طهران.")?.contains("relative") == false)
    }

    @Test func aDemonstrativeRefersBackToAnEventAlreadyTold() throws {
        let r = try #require(report("وأوقع هذا الهجوم امس 68 جريحا على الاقل في مدينة روالبندي، بحسب مصادر الشرطة."))
        #expect(r.contains("-anaphora"))
        let en = try #require(report("This attack killed seven people in Baghdad on Monday, police said.", lang: .english))
        #expect(en.contains("-anaphora"))
        #expect(report("ونفذ مسلحون هجومين امس في مدينة روالبندي.").map { !$0.contains("anaphora") } ?? true)
    }

    @Test func beingProneToAttacksIsGeneric() {
        #expect(report("وتعد محافظة ديالى الاكثر عرضة لهجمات من قبل الانتحاريات، حسبما أوضحت سجلات الشرطة العراقية.") == nil)
    }

    @Test func aSimilarEventIsAnotherOfTheKind() {
        #expect(report("كما طالب المتظاهرون امس بالإفراج عن ثلاثة طلاب أوقفوا خلال تظاهرة مماثلة الأسبوع الماضي في طهران.") == nil)
        #expect(report("وقد تعرضت بعض البلدات في المنطقة الى تفجيرات مماثلة أوقعت عشرات القتلى والجرحى.") == nil)
        // Told as happening, similar events are news too.
        #expect(report("وانطلقت امس مظاهرات احتجاج مماثلة في مدينتي كوية وشقلاوة بمحافظة اربيل.") != nil)
    }

    @Test func anAimIsAnIntent() {
        let r = report("وظهر في الشريط اعضاء من الحركة يزرعون العبوات الناسفة امس بهدف اغتياله في غزة.")
        #expect(r == nil || r!.contains("intent"))
    }

    @Test func aNounReadsNoFutureParticle() throws {
        // `سنية` ("Sunni") is not `س` + `نية` ("intention").
        let r = try #require(report("وفي منطقة سنية استهدف انتحاري امس مسجدا في بغداد ما اسفر عن مقتل خمسة اشخاص."))
        #expect(!r.contains("intent"))
    }

    @Test func aLightVerbInARelativeClauseTellsBackground() {
        let violent = { (e: Event) in ["18", "19"].contains(e.cameo.root) }
        #expect(!code("وأوضح التلفزيون ان المعترفين هم الذين نفذوا الاعتداء بسيارة مفخخة عند مفرق السيدة زينب.").contains(where: violent))
        #expect(code("ونفذ مسلحون امس الاعتداء بسيارة مفخخة عند مفرق السيدة زينب.").contains(where: violent))
    }

    @Test func theChargeOfAnAccusationIsNotNews() {
        let text = "اتهم نائب وزير الدفاع الصومالي جماعة مرتبطة بتنظيم القاعدة بمحاولة اغتيال رئيس الوزراء بواسطة هجوم انتحاري بشاحنة مفخخة امس في مقديشو."
        #expect(report(text) == nil)
        #expect(code(text).contains { $0.cameo.code == "112" })
    }

    @Test func notShrinkingFromAnEventTellsIt() throws {
        // `لم يتورع عن إحراق نفسه`, "did not shrink from setting himself on fire".
        let r = try #require(report("ولم يتورع أحد التونسيين امس عن احراق نفسه احتجاجا على الظلم."))
        #expect(r.contains("verb"))
    }

    @Test func aWeekdayIsNoCount() {
        // `الاثنين` is Monday here, not "two".
        let r = report("وتبنت الحركة تفجير عربة عسكرية في الطريق الاثنين الماضي.")
        #expect(r.map { !$0.contains("count") } ?? true)
    }

    @Test func aClaimOfResponsibilityAttributesTheAttackAndNamesItsAuthor() throws {
        let e = code("وتبنت حركة الشباب المسؤولية عن تفجير عربة عسكرية في مقديشو الاثنين الماضي.")
        let bombing = try #require(e.first { $0.cameo.root == "18" })
        #expect(bombing.mentions.first?.report?.contains("attribution") == true)
        #expect(bombing.sourceCodes == ["SOMSHB"])
    }
}
