import MarsadCore
import MarsadText
import Testing

@testable import MarsadCoder

/// Actor chunks: what a run of words names, and how it sits in its sentence.
@Suite struct ActorChunkerTests {
    static let model = try! Coder().model(for: .arabic)!

    func chunks(_ text: String) -> [ActorChunk] {
        let t = ScalarText(text)
        let sentence = Self.model.profile.sentences(in: t)[0]
        let s = AnalyzedSentence(sentence: sentence, text: t, profile: Self.model.profile)
        return ActorChunker(model: Self.model, date: EventDate("2008-03-04"), text: t).chunks(s)
    }

    @Test func aUnitWithANationalityContinuesAListOnlyAfterAConjunction() throws {
        // `وحدة` opens with the letter و but is no conjunction; `ووحدة` is.
        let alone = try #require(chunks("قالت المصادر إن وحدة اسرائيلية خاصة اغتالت ناشطا.").first { $0.codes == [ActorCode("ISRMIL")] })
        #expect(!alone.conjoined)
        let listed = try #require(chunks("واشتبكت حماس ووحدة اسرائيلية خاصة قرب جنين.").first { $0.codes == [ActorCode("ISRMIL")] })
        #expect(listed.conjoined)
    }

    @Test func aPhotographerWithANationalityIsThatCountrysMedia() throws {
        // `مصور` alone is mostly an adjective (`شريط مصور`); with a nationality it is a person.
        let c = try #require(chunks("وخطف مجهولون مصورا فرنسيا في بوساسو.").first { $0.codes == [ActorCode("FRAMED")] })
        #expect(c.accusative)
        #expect(chunks("وبث التلفزيون شريطا مصورا عن الهجوم.").allSatisfy { $0.codes.isEmpty })
    }
}
