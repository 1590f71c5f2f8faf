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
    /// Whether each node's label is the ontology's.
    private var canonical: [Bool] = []
    /// Slots of the nodes by ``NodeID/textHash``.
    private var slots: SlotIndex

    /// Room for `count` nodes without growing.
    init(capacity count: Int) {
        nodes.reserveCapacity(count)
        rooms.reserveCapacity(count)
        canonical.reserveCapacity(count)
        slots = SlotIndex(capacity: count)
    }

    /// The ID of the node in `slot`.
    func id(at slot: Int) -> NodeID { nodes[slot].id }

    /// The gathered nodes, moved out: the caller holds the only reference, so it can move nodes out in turn.
    mutating func takeNodes() -> [Node] {
        var taken: [Node] = []
        swap(&taken, &nodes)
        return taken
    }

    /// The slot of the node `id`, and whether it is new: a new ID takes the next slot, and its node must be
    /// gathered with ``append(_:room:isCanonical:)`` before anything else. One lookup serves both cases.
    mutating func slot(of id: NodeID) -> (slot: Int, isNew: Bool) {
        if let slot = slots.slot(hash: id.textHash, where: { nodes[$0].id == id }) { return (slot, false) }
        slots.insert(nodes.count, hash: id.textHash)
        return (nodes.count, true)
    }

    /// Gathers the node of the ID that ``slot(of:)`` just gave a new slot; it keeps at most `room` pieces of evidence.
    /// With `isCanonical`, its label is the ontology's and is never respelled (see ``merge(text:isDemonym:confidence:at:evidence:)``).
    mutating func append(_ node: consuming Node, room: Int, isCanonical: Bool) {
        assert(slots.slot(hash: node.id.textHash, where: { $0 == nodes.count }) != nil,
               "append(_:room:isCanonical:) must follow slot(of:) for a new ID")
        if node.mentions.count > room { node.mentions.removeLast(node.mentions.count - room) }
        nodes.append(node)
        rooms.append(room)
        canonical.append(isCanonical)
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
    /// `confidence`: the confidence joins by noisy-or, the text becomes an alias unless it is the label, a
    /// demonym or lower case (see ``EntityMention/isWrittenAsName(_:)``), and `evidence` is kept if there is room (pass `nil` when
    /// there is none).
    mutating func merge(text: String, isDemonym: Bool, confidence: Double, at slot: Int, evidence: Evidence?) {
        // In place, and no more evidence than the graph keeps: a long document stays linear.
        nodes[slot].confidence = KnowledgeGraph.combine(nodes[slot].confidence, confidence)
        if let evidence, keepsEvidence(at: slot) { nodes[slot].mentions.append(evidence) }
        nodes[slot].mentionCount += 1
        // A name first met in an all-capitals headline ("TORKHAM") takes its spelling from the text ("Torkham").
        if !isDemonym, !canonical[slot], Self.isAllCapitals(nodes[slot].label), !Self.isAllCapitals(text),
           text.uppercased() == nodes[slot].label {
            nodes[slot].label = text
            return
        }
        if !isDemonym, text != nodes[slot].label, EntityMention.isWrittenAsName(text), !nodes[slot].aliases.contains(text) {
            nodes[slot].aliases.append(text)
        }
    }

    /// Whether a name has letters and all of them are capitals ("TORKHAM", "U.S.").
    static func isAllCapitals(_ name: String) -> Bool {
        var letters = 0
        for character in name where character.isLetter {
            guard character.isUppercase else { return false }
            letters += 1
        }
        return letters >= 2
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
    /// Slots of the edges by pair (see ``add(_:_:of:confidence:graph:evidence:)``), which is its own hash.
    private var slots: SlotIndex

    /// Room for `count` pairs without growing.
    init(capacity count: Int) {
        edges.reserveCapacity(count)
        rooms.reserveCapacity(count)
        slots = SlotIndex(capacity: count)
    }

    /// The gathered edges, moved out: the caller holds the only reference, so it can move edges out in turn.
    mutating func takeEdges() -> [Edge] {
        var taken: [Edge] = []
        swap(&taken, &edges)
        return taken
    }

    /// Counts one shared sentence for the nodes in slots `first` and `second` of `nodes`: a new pair starts
    /// an edge of `confidence`, a known one adds `confidence` by noisy-or. Returns the edge's slot when it
    /// keeps another piece of evidence, to be given with ``attach(_:at:)``; nil when it keeps no more.
    ///
    /// No closure makes the evidence: one would copy the assembler and the article into its context on
    /// every call.
    mutating func add(_ first: Int, _ second: Int, of nodes: GatheredNodes, confidence: Double, graph: KnowledgeGraph) -> Int? {
        let pair = min(first, second) << 32 | max(first, second)
        if let slot = slots.slot(hash: pair, where: { _ in true }) {
            edges[slot].count += 1
            edges[slot].confidence = KnowledgeGraph.combine(edges[slot].confidence, confidence)
            return edges[slot].evidence.count < rooms[slot] ? slot : nil
        }
        // Made in place in the array: a local edge would be copied in with all its strings.
        let slot = edges.count
        edges.append(Edge(source: nodes.id(at: first), target: nodes.id(at: second), relation: "mentionedWith",
                          isDirected: false, confidence: confidence, evidence: []))
        let room = graph.evidenceRoom(forEdge: edges[slot].key)
        slots.insert(slot, hash: pair)
        rooms.append(room)
        return room > 0 ? slot : nil
    }

    /// Adds `evidence` to the edge in `slot`, which ``add(_:_:of:confidence:graph:)`` said keeps it.
    mutating func attach(_ evidence: Evidence, at slot: Int) { edges[slot].evidence.append(evidence) }
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
