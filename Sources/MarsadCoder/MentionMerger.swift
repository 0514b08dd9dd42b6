import MarsadCore

/// Merges the mentions of one event within a document: same source, target, code and mode.
enum MentionMerger {
    static func merge(_ drafts: [EventDraft], document: Document, language: Language) -> [Event] {
        var events: [Event] = []
        var index: [String: Int] = [:]
        for d in drafts {
            guard let cameo = d.hit.rule.cameo else { continue }
            let key = [
                d.source.map(\.code.value).sorted().joined(separator: "+"),
                d.target.map(\.code.value).sorted().joined(separator: "+"), cameo.code, d.modality.rawValue,
            ].joined(separator: "|")
            if let k = index[key] {
                events[k].mentions.append(d.evidence)
                events[k].mentions += d.extraMentions
                for p in d.participants where !events[k].participants.contains(p) { events[k].participants.append(p) }
                if events[k].location == nil { events[k].location = d.location }
                continue
            }
            index[key] = events.count
            let id = EventID.make(document: document.id, sentence: d.sentenceIndex, offset: d.evidence.triggerSpans[0].start, code: cameo.code)
            events.append(
                Event(
                    id: id, documentID: document.id, language: language, date: d.date, cameo: cameo,
                    source: distinct(d.source), target: distinct(d.target), participants: d.participants,
                    modality: d.modality, location: d.location, mentions: [d.evidence] + d.extraMentions))
        }
        return events
    }

    static func distinct(_ m: [ActorMention]) -> [ActorMention] {
        var seen = Set<ActorCode>()
        return m.filter { seen.insert($0.code).inserted }
    }
}

/// Stable event ids: FNV-1a 64 of the document id, sentence, trigger offset and code.
public enum EventID {
    public static func make(document: String, sentence: Int, offset: Int, code: String) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in "\(document)\u{1F}\(sentence)\u{1F}\(offset)\u{1F}\(code)".utf8 {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01b3
        }
        let hex = String(h, radix: 16)
        return "ev-" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}
