import MarsadCore
import MarsadText

/// What a corpus says that the dictionaries do not know: the list an editor works down.
public struct CoverageReport: Sendable {
    public struct Item: Sendable {
        public var phrase: String
        public var count: Int
        public var example: String
    }

    public var documents = 0
    public var sentences = 0
    /// Sentences with at least one actor / at least one event trigger.
    public var sentencesWithActors = 0
    public var sentencesWithTriggers = 0
    /// Frequent noun phrases no dictionary names (candidate actors, agents, places).
    public var unknownPhrases: [Item] = []
    /// Frequent words in a verb's position next to an actor that no trigger rule knows.
    public var candidateEventWords: [Item] = []
}

extension Coder {
    /// Mines documents for unknown noun phrases and candidate event words.
    public func coverage(_ documents: [Document], top: Int = 40) -> CoverageReport {
        var report = CoverageReport()
        var phrases: [String: (Int, String)] = [:]
        var verbs: [String: (Int, String)] = [:]
        for d in documents {
            guard let model = models[language(of: d)] else { continue }
            report.documents += 1
            let text = ScalarText(d.text)
            let chunker = ActorChunker(model: model, date: d.date, text: text)
            for sentence in model.profile.sentences(in: text) {
                report.sentences += 1
                let s = AnalyzedSentence(sentence: sentence, text: text, profile: model.profile)
                let chunks = chunker.chunks(s)
                let known = Set(chunks.flatMap { Array($0.range) })
                let hits = TriggerFinder(model: model).hits(s, actorTokens: known)
                if chunks.contains(where: \.isActor) { report.sentencesWithActors += 1 }
                if hits.contains(where: { !$0.isSpeech }) { report.sentencesWithTriggers += 1 }
                let busy = known.union(hits.flatMap { Array($0.range) })
                let example = text[sentence.span]
                for p in unknownPhrases(s, busy: busy, model: model) { phrases[p, default: (0, example)].0 += 1 }
                for v in candidateVerbs(s, busy: busy, chunks: chunks, model: model) { verbs[v, default: (0, example)].0 += 1 }
            }
        }
        func ranked(_ m: [String: (Int, String)]) -> [CoverageReport.Item] {
            m.filter { $0.value.0 > 1 }.sorted { ($0.value.0, $1.key) > ($1.value.0, $0.key) }.prefix(top).map {
                CoverageReport.Item(phrase: $0.key, count: $0.value.0, example: $0.value.1)
            }
        }
        report.unknownPhrases = ranked(phrases)
        report.candidateEventWords = ranked(verbs)
        return report
    }

    func isFunctionWord(_ s: AnalyzedSentence, _ i: Int, _ w: FunctionWords) -> Bool {
        let n = s.tokens[i].normalized
        let stems = [n] + s.analyses[i].map(\.stem)
        let lists = [w.prepositions, w.quantifiers, w.negators, w.future, w.determiners, w.auxiliaries, w.hypothetical, w.stopwords]
        return stems.contains { stem in lists.contains { $0.contains(stem) } || w.weekdays[stem] != nil || w.relativeDays[stem] != nil }
            || n.unicodeScalars.count < 3 || s.tokens[i].text.first?.isNumber == true
    }

    /// Arabic: definite noun phrases (`المجتمع الدولي`); English: runs of capitalised words.
    func unknownPhrases(_ s: AnalyzedSentence, busy: Set<Int>, model: LanguageModel) -> [String] {
        var out: [String] = []
        var i = 0
        let arabic = model.profile.modifiersFollowHead
        while i < s.count {
            func starts(_ j: Int) -> Bool {
                guard j < s.count, s.tokens[j].kind == .word, !busy.contains(j), !isFunctionWord(s, j, model.words) else { return false }
                let t = s.tokens[j]
                return arabic ? s.analyses[j].contains { model.profile.hasArticle(prefix: $0.prefix) } : (t.text.first?.isUppercase ?? false) && j > 0
            }
            guard starts(i) else { i += 1; continue }
            var j = i + 1
            while j < s.count, j < i + 3, starts(j) { j += 1 }
            out.append(s.tokens[i..<j].map(\.text).joined(separator: " "))
            i = j
        }
        return out
    }

    /// Words that stand where a verb would, right before an actor (Arabic verb-first) or right
    /// after one (English subject-first), and that no rule knows.
    func candidateVerbs(_ s: AnalyzedSentence, busy: Set<Int>, chunks: [ActorChunk], model: LanguageModel) -> [String] {
        var out: [String] = []
        for c in chunks where c.isActor {
            let j = model.profile.modifiersFollowHead ? c.range.lowerBound - 1 : c.range.upperBound
            guard j >= 0, j < s.count, s.tokens[j].kind == .word, !busy.contains(j), !isFunctionWord(s, j, model.words) else { continue }
            let stem = s.analyses[j].first { s.conjunctions.contains($0.prefix) }?.stem ?? s.tokens[j].normalized
            out.append(stem)
        }
        return out
    }
}
