import MarsadCore

/// An event found in one sentence, before ids and merging.
struct EventDraft {
    var hit: TriggerHit
    var sentenceIndex: Int
    var source: [ActorMention]
    var target: [ActorMention]
    var participants: [ActorCode]
    var modality: EventModality
    var date: EventDate?
    var location: Location?
    var evidence: Evidence
    /// Further mentions of the same incident in the sentence (its means: ``IncidentMerger``).
    var extraMentions: [Evidence] = []
    /// Not news on its own: kept only to join the incident before it (`اثر هجوم انتحاري تبنته
    /// طالبان` names who carried out the killing it follows).
    var joinsOnly = false
}
