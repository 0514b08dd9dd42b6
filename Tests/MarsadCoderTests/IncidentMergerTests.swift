import MarsadCore
import Testing

@testable import MarsadCoder

/// One use of force told with its means, aim and toll is one event with several mentions.
@Suite struct IncidentMergerTests {
    static let coder = try! Coder()

    func violence(_ text: String, lang: Language? = nil) -> [Event] {
        Self.coder.code(Document(id: "t", date: EventDate("2008-03-04"), text: text, language: lang))
            .filter { ["18", "19", "20"].contains($0.cameo.root) }
    }

    @Test func aKillingInAnAirStrikeIsOneAirStrike() throws {
        let e = violence("قتل خمسة أشخاص امس في غارة جوية أميركية على قرية قرب الرمادي.")
        #expect(e.count == 1)
        let strike = try #require(e.first)
        #expect(strike.cameo.code == "195")
        #expect(strike.sourceCodes == ["USAMIL"])
        #expect(strike.targetCodes == ["IRQCVL"])
        #expect(strike.mentions.count == 2)
        let en = violence("Five people were killed in a US air strike on a village near Ramadi on Monday, police said.", lang: .english)
        #expect(en.map(\.cameo.code) == ["195"])
    }

    @Test func anAttackItsAimAndItsTollAreOneIncident() throws {
        let e = violence("قتل 20 شخصا وجرح اكثر من 80 اخرين في هجوم انتحاري بشاحنة كبيرة مفخخة أمس استهدف مقرا للشرطة الى الشمال من بغداد.")
        #expect(e.count == 1)
        #expect(e.first?.cameo.code == "1831")
        #expect(e.first?.targetCodes == ["IRQCVL", "IRQCOP"])
        let bomb = violence("انفجرت سيارة مفخخة امس في سوق ببغداد ما أسفر عن مقتل سبعة أشخاص.")
        #expect(bomb.count == 1)
        #expect(bomb.first?.targetCodes == ["IRQCVL"])
    }

    @Test func aTollAfterAVerbOfConsequenceOpeningTheSentenceIsTheSameIncident() throws {
        // `أسفر هجوم ... عن مقتل`: the verb of consequence stands before the attack.
        let e = violence("اسفر هجوم انتحاري نفذته امرأة أمس في سوق الكرادة وسط بغداد عن مقتل ثلاثة على الاقل.")
        #expect(e.map(\.cameo.code) == ["1831"])
        #expect(e.first?.mentions.count == 2)
        // A bare number after the casualty noun is people of the place; a partitive names them.
        #expect(e.first?.targetCodes == ["IRQCVL"])
        let police = violence("وأسفر الهجوم امس في بغداد عن مقتل ثلاثة من عناصر الشرطة.")
        #expect(police.first?.targetCodes == ["IRQCOP"])
        // The subject of a second verb of consequence is a new incident, not the first one's toll.
        let two = violence("وقد اسفر القصف عن تدمير منازل، فيما اسفرت غارة اخرى امس عن مقتل خمسة اشخاص في غزة.")
        #expect(two.map(\.cameo.code) == ["190", "195"])
    }

    @Test func aMeansThatIsNoNewsOnItsOwnStillNamesTheIncidentsAuthor() throws {
        // The attack is not news by itself (no toll of its own), but it says who killed them.
        let e = violence("قتل أمس سبعة من عناصر الشرطة الأفغانية، ومهندس هندي في غرب افغانستان، اثر هجوم انتحاري تبنته طالبان.")
        #expect(e.count == 1)
        let attack = try #require(e.first)
        #expect(attack.cameo.code == "1831")
        #expect(attack.sourceCodes == ["AFGTLB"])
        #expect(attack.targetCodes.contains("AFGCOP"))
    }

    @Test func englishIncidentsAreOneEventToo() {
        let bomb = violence("A car bomb exploded in a market in Baghdad on Monday, killing seven people, police said.", lang: .english)
        #expect(bomb.map(\.cameo.code) == ["1832"])
        // The speaker after the comma is not a second victim.
        #expect(bomb.first?.targetCodes == ["IRQCVL"])
        let strike = violence("An Israeli air strike killed two Hamas militants in Gaza on Monday, witnesses said.", lang: .english)
        #expect(strike.map(\.cameo.code) == ["195"])
        #expect(strike.first?.sourceCodes == ["ISRMIL"])
    }

    @Test func aVerbWithItsOwnSubjectOrAnEventBetweenKeepsItApart() {
        // A new attacker after a comma is a new incident.
        let e = violence("وارتفعت امس الى 202 حصيلة قتلى التفجيرات التي وقعت في مدينة الصدر، هاجم مسلحون شيعة بالصواريخ مساجد سنية في بغداد.")
        #expect(e.count == 2)
        // `هدد بتفجير نفسه`: the threat owns the bombing, not the killing before it.
        let threat = violence("وقال قائد الشرطة ان الانتحاري الذي قتل بالرصاص امس في الدار البيضاء خرج من المنزل وهدد بتفجير نفسه.")
        #expect(!threat.contains { $0.cameo.code == "183" })
    }

    @Test func twoNamedAttackersAreTwoEvents() {
        // `في رد على هجوم` reads like a means phrase, but the attack has a source of its own.
        let e = violence("قصفت الطائرات الإسرائيلية امس مواقع في غزة في رد على هجوم صاروخي شنته حماس على سديروت.")
        #expect(e.map { $0.sourceCodes.map(\.value) } == [["ISRMIL"], ["PSEHMS"]])
    }
}
