import KnowledgeGraph
import NewsText

/// The entity nodes of one document, one per entity, so the graph merges each entity once per document.
///
/// A node keeps no more evidence than the graph had room for when the node was first gathered (see
/// ``KnowledgeGraph/evidenceRoom(forNode:)``): the graph would drop the rest, so it is never built.
struct GatheredNodes {
    /// The nodes in the order of their first mention.
    private(set) var nodes: [Node] = []
    private var rooms: [Int] = []
    private var slots: [NodeID: Int] = [:]

    /// Room for `count` nodes without growing.
    init(capacity count: Int) {
        nodes.reserveCapacity(count)
        rooms.reserveCapacity(count)
        slots.reserveCapacity(count)
    }

    /// The ID of the node in `slot`.
    func id(at slot: Int) -> NodeID { nodes[slot].id }

    /// The slot of the node `id`, and whether it is new: a new ID takes the next slot, and its node must be
    /// gathered with ``append(_:room:)`` before anything else. One lookup serves both cases.
    mutating func slot(of id: NodeID) -> (slot: Int, isNew: Bool) {
        let next = nodes.count
        // Reading through `inout` stores the default, so a new ID takes the next slot.
        let slot = { (value: inout Int) in value }(&slots[id, default: next])
        return (slot, slot == next)
    }

    /// Gathers the node of the ID that ``slot(of:)`` just gave a new slot; it keeps at most `room` pieces of evidence.
    mutating func append(_ node: consuming Node, room: Int) {
        assert(slots[node.id] == nodes.count, "append(_:room:) must follow slot(of:) for a new ID")
        if node.mentions.count > room { node.mentions.removeLast(node.mentions.count - room) }
        nodes.append(node)
        rooms.append(room)
    }

    /// Gives the node in `slot` another name.
    mutating func addAlias(_ alias: String, at slot: Int) { nodes[slot].aliases.append(alias) }

    /// Sorts the aliases of every node, in place, as the graph keeps them.
    mutating func sortAliases() {
        for slot in nodes.indices { nodes[slot].aliases.sort() }
    }

    /// Whether the node in `slot` keeps another piece of evidence.
    func keepsEvidence(at slot: Int) -> Bool { nodes[slot].mentions.count < rooms[slot] }

    /// Adds another mention of the node in `slot`, with its surface `text`, whether that is a demonym, and its
    /// `confidence`: the confidence joins by noisy-or, the text becomes an alias unless it is the label or a
    /// demonym, and `evidence` is kept if there is room (pass `nil` when there is none).
    mutating func merge(text: String, isDemonym: Bool, confidence: Double, at slot: Int, evidence: Evidence?) {
        // In place, and no more evidence than the graph keeps: a long document stays linear.
        nodes[slot].confidence = KnowledgeGraph.combine(nodes[slot].confidence, confidence)
        if let evidence, keepsEvidence(at: slot) { nodes[slot].mentions.append(evidence) }
        nodes[slot].mentionCount += 1
        if !isDemonym, text != nodes[slot].label, !nodes[slot].aliases.contains(text) {
            nodes[slot].aliases.append(text)
        }
    }
}

/// The `mentionedWith` edges of one document, one per pair of entities named in a sentence, so the graph
/// merges one edge per pair.
///
/// Pairs are told apart by the slots of their nodes in ``GatheredNodes`` rather than by edge keys, and an
/// edge keeps no more evidence than the graph had room for when the pair was first seen.
struct GatheredCoMentions {
    /// The edges in the order of their pair's first sentence.
    private(set) var edges: [Edge] = []
    private var rooms: [Int] = []
    private var slots: [Int: Int] = [:]

    /// Room for `count` pairs without growing.
    init(capacity count: Int) {
        edges.reserveCapacity(count)
        rooms.reserveCapacity(count)
        slots.reserveCapacity(count)
    }

    /// Counts one shared sentence for the nodes in slots `first` and `second` of `nodes`: a new pair starts
    /// an edge of `confidence`, a known one adds `confidence` by noisy-or. `evidence` is called only when
    /// the edge keeps another piece.
    mutating func add(_ first: Int, _ second: Int, of nodes: GatheredNodes, confidence: Double, graph: KnowledgeGraph,
                      evidence: () -> Evidence) {
        let pair = min(first, second) << 32 | max(first, second)
        if let slot = slots[pair] {
            edges[slot].count += 1
            edges[slot].confidence = KnowledgeGraph.combine(edges[slot].confidence, confidence)
            if edges[slot].evidence.count < rooms[slot] { edges[slot].evidence.append(evidence()) }
            return
        }
        // Made in place in the array: a local edge would be copied in with all its strings.
        let slot = edges.count
        edges.append(Edge(source: nodes.id(at: first), target: nodes.id(at: second), relation: "mentionedWith",
                          isDirected: false, confidence: confidence, evidence: []))
        let room = graph.evidenceRoom(forEdge: edges[slot].key)
        if room > 0 { edges[slot].evidence = [evidence()] }
        slots[pair] = slot
        rooms.append(room)
    }
}

/// The sentence that the evidence of the current mentions cites, made into a string only when some
/// evidence needs it.
struct CitedSentence {
    /// Where the cited text comes from.
    enum Source {
        /// A sentence, as a byte range of the cleaned text.
        case sentence(Range<Int>)
        /// Text given as it is (a mention after the last sentence cites itself).
        case text(String)
    }

    /// What is cited, if anything yet.
    private(set) var source: Source?
    private var text: String?

    /// Cites `source` from now on.
    mutating func cite(_ source: Source) {
        self.source = source
        text = nil
    }

    /// Cites nothing until the next ``cite(_:)``.
    mutating func clear() {
        source = nil
        text = nil
    }

    /// The cited text (empty when nothing is cited), made on first use.
    mutating func text(in article: Article) -> String {
        if let text { return text }
        let made: String
        switch source {
        case .sentence(let range): made = article.text(of: range)
        case .text(let given): made = given
        case nil: made = ""
        }
        text = made
        return made
    }
}
