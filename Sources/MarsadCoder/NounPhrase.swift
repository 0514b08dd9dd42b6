import MarsadCore

/// Actor chunks joined by coordination (`روسيا وتركيا وإيران`, `Russia, Turkey and Iran`).
struct NounPhrase {
    var chunks: [ActorChunk]

    var range: Range<Int> { chunks.first!.range.lowerBound..<chunks.last!.range.upperBound }
    var actors: [ActorMention] { chunks.flatMap(\.actors) }
    var isFree: Bool { chunks.first!.isFree }
    var preposition: String? { chunks.first!.preposition }
    var embedded: Bool { chunks.first!.embedded }
    var accusative: Bool { chunks.first!.accusative }

    static let coordinators: Set<String> = ["و", "،", ",", "and", "&", "ثم"]

    /// Groups actor chunks into coordinated phrases. Places are left out; a sector with no
    /// country (`المتظاهرون`, "police") is a phrase without actors: it still fills its slot, so
    /// an actor further on is not taken for the subject or object.
    static func group(_ chunks: [ActorChunk], _ s: AnalyzedSentence) -> [NounPhrase] {
        var out: [NounPhrase] = []
        for c in chunks where c.isActor || c.pendingSector != nil {
            // Chunks never overlap; one that would (a composition bug) is left out, not fatal.
            if let last = out.last, c.range.lowerBound < last.range.upperBound { continue }
            // "US military aircraft": a sector right after an actor is part of its phrase.
            if !c.isActor, let last = out.last, c.range.lowerBound == last.range.upperBound {
                out[out.count - 1].chunks.append(c)
                continue
            }
            if var last = out.last {
                let between = last.range.upperBound..<c.range.lowerBound
                // The English article may follow the comma: "Saudi Arabia, the United Arab Emirates".
                let joined = between.allSatisfy { coordinators.contains(s.tokens[$0].normalized) || s.tokens[$0].normalized == "the" }
                    && (between.isEmpty || between.contains { coordinators.contains(s.tokens[$0].normalized) })
                    && (c.conjoined || between.contains { ["و", "and", "&"].contains(s.tokens[$0].normalized) }
                        || !between.isEmpty && isListContinuation(out.last!, c, s))
                if joined {
                    last.chunks.append(c)
                    out[out.count - 1] = last
                    continue
                }
            }
            out.append(NounPhrase(chunks: [c]))
        }
        return out
    }

    /// "روسيا، تركيا، إيران": commas alone join a list when a conjunction or bracket closes it.
    static func isListContinuation(_ np: NounPhrase, _ c: ActorChunk, _ s: AnalyzedSentence) -> Bool {
        var j = c.range.upperBound
        while j < s.count, j < c.range.upperBound + 2 {
            let w = s.tokens[j].normalized
            if w == "و" || w == "and" || w == ")" || w == "," || w == "،" { return true }
            // The end of the sentence closes a list, but not a word before it (", police said").
            if s.tokens[j].kind == .word { return false }
            j += 1
        }
        return j >= s.count
    }
}
