import MarsadCore

/// What makes document events one cross-document event, and that event's stable id.
///
/// Events with the same source codes, target codes and CAMEO code whose dates fall in the same
/// merge window are one event. Windows are fixed runs of `windowDays` days counted from
/// 1970-01-01 (with the default of one day, a window is a calendar day), so the id of an event
/// depends only on what it is, never on the order in which reports arrived. Undated events are
/// never merged: each is its own event.
struct MergeKey: Hashable, Sendable {
    /// The text stored in `merged_events.key`.
    let text: String
    /// The first day of the window, or `nil` for an undated event.
    let windowStart: EventDate?

    init(
        sourceKey: String, targetKey: String, code: String, date: EventDate?, eventID: String,
        windowDays: Int
    ) {
        if let date {
            let days = max(1, windowDays)
            let start = EventDate(dayNumber: MergeKey.floorDivide(date.dayNumber, days) * days)
            windowStart = start
            text = "\(sourceKey)|\(targetKey)|\(code)|\(start)"
        } else {
            windowStart = nil
            text = "undated|\(eventID)"
        }
    }

    /// The stable id: the 64-bit FNV-1a hash of the key text kept to 53 bits (exact in a double,
    /// so JavaScript, pandas and R read it intact), never 0. On the rare clash with another key the
    /// store takes the next free id.
    var stableID: Int64 {
        var hash: UInt64 = ContentHash.offsetBasis
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* ContentHash.prime
        }
        let id = Int64(hash & ((1 << 53) - 1))
        return id == 0 ? 1 : id
    }

    /// Distinct codes, sorted and joined by `;`: the same set of actors gives the same key.
    static func actorKey(_ codes: [ActorCode]) -> String {
        Set(codes.map(\.value)).sorted().joined(separator: ";")
    }

    static func floorDivide(_ a: Int, _ b: Int) -> Int {
        a >= 0 ? a / b : -((-a + b - 1) / b)
    }
}
