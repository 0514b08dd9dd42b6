import MarsadCore
import MarsadLexicon
import MarsadText

/// Finds actors in a sentence: dictionary phrases, then composition of agents with
/// nationalities and countries, persons resolved by date, group references resolved by a
/// parenthesised list, and coordination.
struct ActorChunker {
    let model: LanguageModel
    let date: EventDate?
    let text: ScalarText

    var lexicon: ActorLexicon { model.actors }
    var headFirst: Bool { model.profile.modifiersFollowHead }

    func chunks(_ s: AnalyzedSentence, excluding busy: Set<Int> = []) -> [ActorChunk] {
        let items = match(s, excluding: busy)
        var chunks = compose(items, s)
        resolveCoordinatedSectors(&chunks, s)
        for k in chunks.indices { markPreposition(&chunks[k], s, items: items) }
        dropMembersOfNamedGroups(&chunks, s)
        return chunks
    }

    /// A member word alone that is also an agent (`ناشطا في كتائب الأقصى`: `ناشط` is an
    /// activist) is not an actor of its own when a group follows it: the group stands for it.
    func dropMembersOfNamedGroups(_ chunks: inout [ActorChunk], _ s: AnalyzedSentence) {
        let groupStarts = Set(chunks.filter(\.isActor).map(\.range.lowerBound))
        chunks.removeAll { c in
            guard !c.isActor, c.pendingSector != nil, c.range.count == 1, s.hasWord(c.range.lowerBound, in: model.words.members) else { return false }
            let p = c.range.upperBound
            guard s.isWord(p, in: model.words.partitive) || s.isWord(p, in: model.words.locative) else { return false }
            // Past an article: "the delegations of the opposition".
            return groupStarts.contains(s.isWord(p + 1, in: model.words.determiners) ? p + 2 : p + 1)
        }
    }

    // MARK: dictionary matching

    func match(_ s: AnalyzedSentence, excluding busy: Set<Int>) -> [LexiconItem] {
        var items: [LexiconItem] = []
        var i = 0
        while i < s.count {
            guard s.tokens[i].kind == .word, !busy.contains(i) else { i += 1; continue }
            let indices = s.analyses[i].indices.filter {
                let a = s.analyses[i][$0]
                return (a.suffix.isEmpty || a.suffix == "'s") && model.profile.nameTakes(prefix: a.prefix)
            }
            let readings = indices.map { s.analyses[i][$0] }
            let m = lexicon.matcher.longestMatch(
                at: i, tokenCount: s.count, firstKeys: indices.map { s.stemKeys[i][$0] }, innerKeys: { s.innerKeys[$0] })
            guard let m else {
                if let agent = possessedAgent(at: i, s) { items.append(agent) }
                i += 1
                continue
            }
            // A person out of office on the date names nobody, and the words of the name are
            // spent: "Hillary Clinton" in 2000 is not "Clinton", the president.
            guard let item = item(m, readings[m.firstReading], s) else { i += m.length; continue }
            items.append(item)
            i += m.length
        }
        return items
    }

    /// Sectors whose words with a pronoun suffix name a force of the actor before (`قواتها`).
    static let forces: Set<String> = ["MIL", "COP", "SPY", "REB", "INS"]

    /// An armed agent word with a pronoun suffix (`طائراته`, `قواتها`, "its aircraft"), one word
    /// long. (Other agents with a suffix, `سفارتيهما`, "their embassies", name no one new.)
    func possessedAgent(at i: Int, _ s: AnalyzedSentence) -> LexiconItem? {
        for (k, a) in s.analyses[i].enumerated() where !a.suffix.isEmpty {
            guard let sector = lexicon.oneWordAgents[s.stemKeys[i][k]], Self.forces.contains(sector), model.profile.nameTakes(prefix: a.prefix),
                model.profile.isThirdPersonPossessive(s.tokens[i].text, suffix: a.suffix)
            else { continue }
            var item = LexiconItem(range: i..<(i + 1), kind: .agent(sector: sector), placeReading: nil, prefix: a.prefix, preposition: a.preposition, possessive: false)
            item.possessed = true
            return item
        }
        return nil
    }

    /// Picks what a match stands for: named actors first, then references, nationalities,
    /// agents, capitals, places.
    func item(_ m: PhraseMatcher.Match, _ r: WordAnalysis, _ s: AnalyzedSentence) -> LexiconItem? {
        var best: (Int, LexiconItem.Kind)?
        var place: Place?
        let last = m.start + m.length - 1
        let plural = isPluralForm(s.tokens[last].normalized)
        for e in m.entries {
            // Alone between quotation marks (`«القاعدة»`, `“Fatah”`).
            if lexicon.quotedOnly.contains(e), s.quotedNameEnd(at: m.start - 1) != m.start + m.length + 1 { continue }
            let kind: (Int, LexiconItem.Kind)?
            switch lexicon.entries[e] {
            case .actor(let code, let label, _): kind = (0, .actor(code, label))
            case .person(let label, let roles):
                let role = date.flatMap { d in roles.first { $0.holds(on: d) } } ?? (date == nil ? roles.last : nil)
                kind = role.map { (0, .actor($0.code, label)) }
            case .reference(let members, let label): kind = (1, .reference(members, label))
            case .adjective(let country, _): kind = (2, .adjective(country: country, plural: plural))
            case .people(let country, _): kind = (2, .adjective(country: country, plural: true))
            case .agent(let sector, _): kind = (3, .agent(sector: sector))
            case .capital(let country, _): kind = (4, .capital(country: country))
            case .place(let p): place = place ?? p; kind = (5, .place(p))
            }
            if let k = kind, best.map({ k.0 < $0.0 }) ?? true { best = k }
        }
        // A country's name that is also a town of another country (`عمان`: Oman, and Amman in
        // Jordan) is the town where a place is expected: `في عمان`, `وسط عمان`, `بعمان`.
        if case .actor(let code, _)? = best?.1, let p = place, code.isCountry, p.country != code.value,
            isLocative(before: m.start, s) || s.isWord(m.start - 1, in: model.words.placeParts) || r.preposition != nil
        {
            best = (5, .place(p))
        }
        guard let b = best else { return nil }
        let possessive = s.analyses[last].contains { $0.suffix == "'s" } && s.tokens[last].normalized.hasSuffix("'s")
        return LexiconItem(
            range: m.start..<(m.start + m.length), kind: b.1, placeReading: place, prefix: r.prefix,
            preposition: r.preposition, possessive: possessive)
    }

    func isPluralForm(_ w: String) -> Bool {
        headFirst ? (w.hasSuffix("ون") || w.hasSuffix("ين")) : w.hasSuffix("s")
    }

    // MARK: composition

    func compose(_ items: [LexiconItem], _ s: AnalyzedSentence) -> [ActorChunk] {
        var out: [ActorChunk] = []
        var used = Set<Int>()
        func gap(_ a: Range<Int>, _ b: Range<Int>) -> Int { b.lowerBound - a.upperBound }
        for (k, it) in items.enumerated() where !used.contains(k) {
            var chunk = ActorChunk(range: it.range, actors: [])
            chunk.conjoined = s.opensWithConjunction(it.prefix)
            switch it.kind {
            case .actor(let code, let label):
                chunk.actors = [mention(code, label, it.range, s)]
                // An agent after a possessive or attributive country: "Syria's army", "US military".
                // After a group it is the group's: "Hamas militants", "Taliban fighters".
                if it.possessive || !headFirst, let n = items[safe: k + 1], case .agent(let sector) = n.kind,
                    gap(it.range, n.range) == 0
                {
                    used.insert(k + 1)
                    chunk.range = it.range.lowerBound..<n.range.upperBound
                    if code.isCountry {
                        chunk.actors = [composite(code.value, sector, chunk.range, s)]
                    } else {
                        chunk.actors = [mention(code, label, chunk.range, s)]
                    }
                }
            case .reference(let members, let label):
                chunk.actors = members.map { mention($0, label, it.range, s) }
                if let (list, end) = parenthesisedList(after: it.range.upperBound, items: items, from: k + 1, s) {
                    chunk.actors = list.map { items[$0] }.compactMap { i -> ActorMention? in
                        if case .actor(let c, let l) = i.kind { return mention(c, l, i.range, s) }
                        return nil
                    }
                    // Everything up to the closing bracket belongs to the reference
                    // ("the guarantor states of the Astana process (Russia, Turkey, Iran)").
                    for i in items.indices where i > k && items[i].range.upperBound <= end { used.insert(i) }
                    chunk.range = it.range.lowerBound..<end
                }
            case .adjective(let country, let plural):
                // A plural (`عراقيون`), or a singular counted by a number (`13 عراقيا`, `477 أسيرا
                // فلسطينيا`: the counted noun between), names people.
                let p = it.range.lowerBound - 1
                let numbers = model.words.numbers
                let counted = s.isCount(p, numbers: numbers)
                    || headFirst && p >= 1 && s.tokens[p].kind == .word && !items.contains(where: { $0.range.contains(p) })
                        && s.isCount(p - 1, numbers: numbers)
                // A unit with a nationality is that country's military (`قوة إسرائيلية`, "a US
                // patrol"); a photographer its media (`مصورا فرنسيا`).
                let unit = headFirst ? it.range.lowerBound - 1 : it.range.upperBound
                if plural || counted {
                    chunk.actors = [mention(ActorCode(country), lexicon.countryLabels[country] ?? country, it.range, s)]
                } else if let (sector, conjoined) = sectorHead(unit, s), !items.contains(where: { $0.range.contains(unit) }) {
                    chunk.range = min(unit, it.range.lowerBound)..<max(unit + 1, it.range.upperBound)
                    chunk.actors = [composite(country, sector, chunk.range, s)]
                    chunk.conjoined = headFirst ? conjoined : s.opensWithConjunction(it.prefix)
                    chunk.accusative = model.profile.isIndefiniteAccusative(s.tokens[unit].normalized)
                } else {
                    chunk.nationality = country
                }
            case .capital(let country):
                if isLocative(before: it.range.lowerBound, s) || it.preposition != nil || followsNoun(it.range.lowerBound, items, s)
                    || model.followsDirection(s, it.range.lowerBound)
                {
                    chunk.place = it.placeReading
                } else {
                    chunk.actors = [composite(country, "GOV", it.range, s)]
                }
            case .place(let p):
                chunk.place = p
            case .agent(let sector):
                // A force after a possessive pronoun (`طائراته`; "its aircraft": two words).
                chunk.possessed = it.possessed
                    || Self.forces.contains(sector) && s.isWord(it.range.lowerBound - 1, in: model.words.possessivePronouns)
                chunk.dual = s.analyses[it.range.lowerBound].contains { lexicon.agentDuals.contains($0.stem) }
                chunk.accusative = model.profile.isIndefiniteAccusative(s.tokens[it.range.lowerBound].normalized)
                var end = k
                // Consecutive agent words form one agent; the first names the sector.
                // Not after a form that cannot head a genitive (`هاجم متظاهرون السفارة`: the
                // protesters and then the embassy they attacked).
                while let n = items[safe: end + 1], case .agent = n.kind, gap(items[end].range, n.range) == 0,
                    !s.opensWithConjunction(n.prefix),
                    model.profile.canHeadGenitive(s.tokens[items[end].range.upperBound - 1].normalized)
                {
                    end += 1
                }
                var range = it.range.lowerBound..<items[end].range.upperBound
                var country: String?
                var person: (ActorCode, String)?
                if headFirst {
                    if let n = items[safe: end + 1] {
                        let g = gap(items[end].range, n.range)
                        switch n.kind {
                        case .adjective(let c, _) where g <= 1: country = c
                        // `سكان غزة`, `شرطة البصرة`: a place in the genitive gives its country,
                        case .place(let p) where g == 0 && n.preposition == nil: country = p.country
                        // `شرطة إسلام آباد`, "the police of Islamabad": a capital too, as a place.
                        case .capital(let c) where g == 0 && n.preposition == nil: country = c
                        case .actor(let code, let l)
                        where g == 0 || (g == 1 && (isLocative(before: n.range.lowerBound, s) || s.isWord(n.range.lowerBound - 1, in: model.words.partitive))):
                            if let c = code.country, g == 0 || code.sector == nil { country = c }
                            if g == 0, code.sector != nil { person = (code, l) }
                            // `مسلحا من تنظيم القاعدة`, "an al-Qaeda gunman": a member of a group is the group.
                            if g == 1, code.country == nil { person = (code, l) }
                        default: break
                        }
                        if country != nil || person != nil { end += 1; range = range.lowerBound..<n.range.upperBound }
                    }
                } else {
                    if let p = items[safe: k - 1], !used.contains(k - 1), out.last.map({ $0.range != p.range }) ?? true,
                        case .adjective(let c, _) = p.kind, gap(p.range, it.range) <= 2
                    {
                        country = c; range = p.range.lowerBound..<range.upperBound
                    } else if let p = items[safe: k - 1], !used.contains(k - 1), case .place(let place) = p.kind,
                        gap(p.range, it.range) == 0
                    {
                        // "Gaza residents", "Basra police".
                        country = place.country; range = p.range.lowerBound..<range.upperBound
                    } else if let n = items[safe: end + 1], case .actor(let code, _) = n.kind, gap(items[end].range, n.range) == 1,
                        ["of", "in"].contains(s.tokens[items[end].range.upperBound].normalized), let c = code.country, code.sector == nil
                    {
                        country = c; end += 1; range = range.lowerBound..<n.range.upperBound
                    }
                }
                // A person named right after the title: "وزير الخارجية الروسي سيرغي لافروف".
                if let n = items[safe: end + 1], gap(range, n.range) == 0, case .actor(let code, let l) = n.kind, code.sector != nil {
                    person = (code, l); end += 1; range = range.lowerBound..<n.range.upperBound
                }
                for j in k...end { used.insert(j) }
                chunk.range = range
                if let (code, l) = person {
                    chunk.actors = [mention(code, l, range, s)]
                } else if let c = country {
                    chunk.actors = [composite(c, sector, range, s)]
                } else {
                    chunk.pendingSector = sector
                }
            }
            // An English adjective or place before an agent is consumed by the agent (handled
            // there): "Iraqi police", "Basra police".
            if !headFirst, let n = items[safe: k + 1], case .agent = n.kind {
                if case .adjective(_, let plural) = it.kind, !plural, gap(it.range, n.range) <= 2 { continue }
                if case .place = it.kind, gap(it.range, n.range) == 0 { continue }
            }
            used.insert(k)
            if chunk.isActor || chunk.place != nil || chunk.pendingSector != nil || chunk.nationality != nil { out.append(chunk) }
        }
        return out
    }

    /// "(روسيا، تركيا، إيران)" right after a reference: the indices of the listed actors and the
    /// token index after the closing bracket.
    func parenthesisedList(after t: Int, items: [LexiconItem], from k: Int, _ s: AnalyzedSentence) -> ([Int], Int)? {
        var open = t
        while open < s.count, open < t + 6, !s.isPunctuation(open, "(") { open += 1 }
        guard open < s.count, s.isPunctuation(open, "(") else { return nil }
        var close = open + 1
        while close < s.count, !s.isPunctuation(close, ")"), close < open + 30 { close += 1 }
        guard close < s.count, s.isPunctuation(close, ")") else { return nil }
        let inside = items.indices.filter { $0 >= k && items[$0].range.lowerBound > open && items[$0].range.upperBound <= close }
        let actors = inside.filter { if case .actor = items[$0].kind { return true } else { return false } }
        guard actors.count >= 2 else { return nil }
        return (actors, close + 1)
    }

    /// `المعارضة والحكومة السورية`: a sector without a country, coordinated with a composed
    /// actor, shares its country.
    func resolveCoordinatedSectors(_ chunks: inout [ActorChunk], _ s: AnalyzedSentence) {
        for k in chunks.indices.reversed() {
            guard let sector = chunks[k].pendingSector, k + 1 < chunks.count else { continue }
            let n = chunks[k + 1]
            let between = chunks[k].range.upperBound..<n.range.lowerBound
            let words = between.map { s.tokens[$0].normalized }
            let coordinated = n.conjoined && between.isEmpty
                || words.contains { ["و", "and"].contains($0) }
                    && words.allSatisfy { ["و", "and", ",", "،"].contains($0) || model.words.quantifiers.contains($0) }
            if coordinated, let c = n.actors.first?.code.country, n.actors.first?.code.sector != nil {
                chunks[k].actors = [composite(c, sector, chunks[k].range, s)]
                chunks[k].pendingSector = nil
            }
        }
    }

    /// Sectors still without a country (`مسلحون`, `police`) take the country of the place the
    /// sentence names for its events ("police in Baghdad" -> IRQCOP).
    func resolvePendingSectors(_ chunks: inout [ActorChunk], country: String?, owner: String?, _ s: AnalyzedSentence) {
        for k in chunks.indices {
            guard let sector = chunks[k].pendingSector, !isForeign(chunks[k].range, s) else { continue }
            // `قال الجيش التركي إن طائراته قصفت`: "its aircraft" are of the actor named before.
            let c = chunks[k].possessed
                ? chunks[..<k].last { $0.actors.count == 1 && $0.actors[0].code.country != nil }?.actors[0].code.country ?? owner
                : country
            guard let c else { continue }
            chunks[k].actors = [composite(c, sector, chunks[k].range, s)]
            chunks[k].pendingSector = nil
        }
    }

    /// `قوات أجنبية`, "foreign troops": not of the country the sentence is about.
    func isForeign(_ r: Range<Int>, _ s: AnalyzedSentence) -> Bool {
        headFirst ? s.isWord(r.upperBound, in: model.words.foreign) : s.isWord(r.lowerBound - 1, in: model.words.foreign)
    }

    // MARK: position in the sentence

    func markPreposition(_ c: inout ActorChunk, _ s: AnalyzedSentence, items: [LexiconItem]) {
        if let first = items.first(where: { $0.range.lowerBound == c.range.lowerBound }), let p = first.preposition {
            c.preposition = p
            return
        }
        var p = c.range.lowerBound - 1
        // Quantifiers and parts of a place (`في شمال العراق`, "in northern Somalia") stand
        // between a preposition and its noun.
        while p >= 0, s.isWord(p, in: model.words.quantifiers) || s.isWord(p, in: model.words.placeParts) { p -= 1 }
        guard p >= 0, s.tokens[p].kind == .word else { return }
        if s.isWord(p, in: model.words.partitive), p > 0,
            s.tokens[p - 1].kind == .number || s.hasWord(p - 1, in: model.words.numbers)
        {
            // `سبعة من عناصر الشرطة`, `المئات من أبناء دارفور`, "three of the soldiers": the
            // number heads a free phrase.
            return
        }
        if p > 0, s.hasWord(p - 1, in: model.words.members),
            s.isWord(p, in: model.words.partitive) || s.isWord(p, in: model.words.locative)
        {
            // `ناشطا في كتائب الأقصى`, "a member of Hamas": the group stands for its member, in
            // its case: an indefinite accusative (`ناشطا`) is an object, never the subject.
            c.accusative = model.profile.isIndefiniteAccusative(s.tokens[p - 1].normalized)
            return
        }
        if s.isConjoinedWord(p, in: model.words.prepositions) {
            c.preposition = s.isWord(p, in: model.words.prepositions)
                ? s.tokens[p].normalized : s.analyses[p].first { model.words.prepositions.contains($0.stem) }?.stem
        } else if s.analyses[p].contains(where: { $0.preposition != nil && $0.stem.unicodeScalars.count >= 3 && $0.suffix.isEmpty })
            && !items.contains(where: { $0.range.contains(p) })
        {
            c.embedded = true
        }
    }

    /// A capital right after a plain noun names a place or a process (`مباحثات أستانا`,
    /// `Geneva talks` aside), not a government: true when the previous token is a word that is
    /// neither an actor nor a verb or participle of the trigger lexicon (`متهما طهران`).
    func followsNoun(_ i: Int, _ items: [LexiconItem], _ s: AnalyzedSentence) -> Bool {
        var p = i - 1
        // Articles are transparent: "the White House said".
        while p >= 0, s.isWord(p, in: model.words.determiners) { p -= 1 }
        guard p >= 0, s.tokens[p].kind == .word, !items.contains(where: { $0.range.contains(p) }) else { return false }
        if s.isConjoinedWord(p, in: model.words.prepositions) { return false }
        return !s.analyses[p].contains { a in
            model.triggers.forms[WordKey(a.stem)]?.contains { [.verb, .participle].contains(model.triggers.rules[$0.rule].category) } ?? false
        }
    }

    func isLocative(before i: Int, _ s: AnalyzedSentence) -> Bool {
        var p = i - 1
        var steps = 0
        while p >= 0, steps < 4 {
            if s.isConjoinedWord(p, in: model.words.locative) { return true }
            if s.tokens[p].kind != .word { return false }
            p -= 1; steps += 1
        }
        return false
    }

    // MARK: mentions

    func mention(_ code: ActorCode, _ name: String, _ r: Range<Int>, _ s: AnalyzedSentence) -> ActorMention {
        let span = s.span(r)
        return ActorMention(code: code, name: name, text: text[span], span: span)
    }

    /// The sector a `[sector-heads]` word at `i` gives a nationality next to it, and whether the
    /// word is listed only past its conjunction (`ووحدة`: conjoined; `وحدة` itself opens with
    /// the letter و).
    func sectorHead(_ i: Int, _ s: AnalyzedSentence) -> (sector: String, conjoined: Bool)? {
        guard i >= 0, i < s.count, s.tokens[i].kind == .word else { return nil }
        let heads = model.words.sectorHeads
        if let sector = heads[s.tokens[i].normalized] { return (sector, false) }
        for a in s.analyses[i] where s.conjunctions.contains(a.prefix) && a.suffix.isEmpty {
            if let sector = heads[a.stem] { return (sector, true) }
        }
        return nil
    }

    func composite(_ country: String, _ sector: String, _ r: Range<Int>, _ s: AnalyzedSentence) -> ActorMention {
        let name = "\(lexicon.countryLabels[country] ?? country) \(lexicon.sectorLabels[sector] ?? sector)"
        return mention(ActorCode(country + sector), name, r, s)
    }
}

extension Array {
    subscript(safe i: Int) -> Element? { i >= 0 && i < count ? self[i] : nil }
}
