/// What a store holds, in numbers: the overview of `marsad stats` and the dashboard.
public struct StoreSummary: Sendable, Hashable, Codable {
    /// The number of events under one CAMEO root.
    public struct RootCount: Sendable, Hashable, Codable {
        /// Two digits, `"01"` to `"20"`.
        public var root: String
        public var count: Int

        public init(root: String, count: Int) {
            self.root = root
            self.count = count
        }
    }

    /// The number of events from one actor to another, at country level.
    public struct DyadCount: Sendable, Hashable, Codable {
        /// The source's country (`SYR`), or its whole code for a non-state actor (`IGOUNO`).
        public var source: String
        /// The target's country, or its whole code for a non-state actor.
        public var target: String
        public var count: Int

        public init(source: String, target: String, count: Int) {
            self.source = source
            self.target = target
            self.count = count
        }
    }

    public var documentCount: Int
    public var eventCount: Int
    /// Events per CAMEO root, sorted by root; roots without events are left out.
    public var roots: [RootCount]
    /// The most frequent dyads, most frequent first, ties by source then target, at most
    /// ``EventStore/topDyadLimit``. An event counts once per distinct country-level dyad it
    /// has; events without a source or a target have none.
    public var topDyads: [DyadCount]

    public init(documentCount: Int, eventCount: Int, roots: [RootCount], topDyads: [DyadCount]) {
        self.documentCount = documentCount
        self.eventCount = eventCount
        self.roots = roots
        self.topDyads = topDyads
    }
}
