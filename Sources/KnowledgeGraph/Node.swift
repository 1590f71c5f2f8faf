/// An entity of the graph: a country, a person, an organization, a place or an incident.
public struct Node: Sendable, Equatable {
    /// The stable identifier (`country/AZE`).
    public var id: NodeID
    /// The ontology class (`Country`, `Person`, `GovernmentAgency`).
    public var type: String
    /// The name to show.
    public var label: String
    /// Other names the entity goes by in the input or the ontology, sorted.
    public var aliases: [String]
    /// Other facts as text (`alpha2`: `AZ`), output in key order.
    public var attributes: [String: String]
    /// How sure the pipeline is that this entity is real and correctly typed, 0...1.
    public var confidence: Double
    /// The mentions it was read from (at most ``KnowledgeGraph/Limits/evidencePerItem`` kept).
    public var mentions: [Evidence]
    /// How many mentions were seen in all (kept or not).
    public var mentionCount: Int

    /// A node; aliases are deduplicated, sorted, and never repeat the label.
    public init(id: NodeID, type: String, label: String, aliases: [String] = [], attributes: [String: String] = [:],
                confidence: Double = 1, mentions: [Evidence] = [], mentionCount: Int? = nil) {
        self.id = id
        self.type = type
        self.label = label
        self.aliases = Array(Set(aliases.filter { $0 != label })).sorted()
        self.attributes = attributes
        self.confidence = confidence
        self.mentions = mentions
        self.mentionCount = mentionCount ?? mentions.count
    }
}

/// A typed, directed (or symmetric) relation between two nodes, with the evidence for it.
public struct Edge: Sendable, Equatable {
    /// The identity of an edge: two edges with the same key are merged.
    public struct Key: Hashable, Comparable, Sendable {
        /// The node the edge starts from.
        public var source: NodeID
        /// The relation kind.
        public var relation: String
        /// The node the edge points to.
        public var target: NodeID
        /// Keys sort by source, relation and target.
        public static func < (lhs: Key, rhs: Key) -> Bool {
            (lhs.source, lhs.relation, lhs.target) < (rhs.source, rhs.relation, rhs.target)
        }

        /// Feeds the hashes of the two ends, which their IDs computed when they were made: hashing the
        /// relation's text on every lookup would cost more than the rare collision of two relations
        /// between the same nodes.
        public func hash(into hasher: inout Hasher) {
            hasher.combine(source)
            hasher.combine(target)
        }
    }

    /// The node the relation goes from (for a symmetric relation, the smaller ID).
    public var source: NodeID
    /// The node the relation goes to.
    public var target: NodeID
    /// The relation kind (`mentionedWith`, `leaderOf`).
    public var relation: String
    /// Whether the relation has a direction.
    public var isDirected: Bool
    /// Other facts (`role`: `spokesman`, `cameo`: `041`), output in key order.
    public var attributes: [String: String]
    /// Combined confidence, 0...1.
    public var confidence: Double
    /// How many times the relation was read.
    public var count: Int
    /// The sentences it was read from (at most ``KnowledgeGraph/Limits/evidencePerItem`` kept).
    public var evidence: [Evidence]

    /// An edge; a symmetric edge stores its ends in ID order, so either way round gives one key.
    public init(source: NodeID, target: NodeID, relation: String, isDirected: Bool = true,
                attributes: [String: String] = [:], confidence: Double = 1, count: Int = 1, evidence: [Evidence] = []) {
        if !isDirected && target < source {
            self.source = target
            self.target = source
        } else {
            self.source = source
            self.target = target
        }
        self.relation = relation
        self.isDirected = isDirected
        self.attributes = attributes
        self.confidence = confidence
        self.count = count
        self.evidence = evidence
    }

    /// The identity of this edge.
    public var key: Key { Key(source: source, relation: relation, target: target) }
}
