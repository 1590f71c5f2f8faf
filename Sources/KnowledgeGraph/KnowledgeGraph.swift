/// A graph of entities and the relations between them, with evidence. A value type: copy it freely.
///
/// Adding a node or an edge that is already there merges them: aliases and attributes are united,
/// evidence is appended (up to ``Limits/evidencePerItem``), counts add up and confidences combine by
/// noisy-or, `1 - (1 - a)(1 - b)`, since each new piece of evidence is another independent chance
/// that the fact is real.
public struct KnowledgeGraph: Sendable {
    /// Bounds that keep a graph of a large corpus small.
    public struct Limits: Sendable {
        /// The most evidence kept per node or edge; counts go on beyond it.
        public var evidencePerItem: Int = 20
        /// The default limits.
        public static let `default` = Limits()
    }

    /// The classes and relations the graph uses.
    public var schema: GraphSchema
    /// Bounds on the evidence kept per node and edge.
    public var limits: Limits
    private(set) var nodeTable: [NodeID: Node] = [:]
    private(set) var edgeTable: [Edge.Key: Edge] = [:]

    /// An empty graph.
    public init(schema: GraphSchema = GraphSchema(), limits: Limits = .default) {
        self.schema = schema
        self.limits = limits
    }

    /// Nodes sorted by ID. Each call sorts them: to read them more than once, take a ``SortedGraph``.
    public var nodes: [Node] {
        let nodes = Array(nodeTable.values)
        return TextOrder(nodes.map(\.id.rawValue)).sortedIndices.map { nodes[$0] }
    }
    /// Edges sorted by source, relation and target. Each call sorts them: to read them more than once, take a ``SortedGraph``.
    public var edges: [Edge] {
        let edges = Array(edgeTable.values)
        return EdgeOrder(edges.map(\.key)).sortedIndices.map { edges[$0] }
    }

    /// The IDs of the nodes in no particular order (far cheaper than sorting ``nodes`` where order does not matter).
    public var unorderedNodeIDs: Dictionary<NodeID, Node>.Keys { nodeTable.keys }
    /// The edges in no particular order (cheaper than ``edges`` where order does not matter).
    public var unorderedEdges: Dictionary<Edge.Key, Edge>.Values { edgeTable.values }
    /// The number of nodes.
    public var nodeCount: Int { nodeTable.count }
    /// The number of edges.
    public var edgeCount: Int { edgeTable.count }
    /// Whether the graph has no node.
    public var isEmpty: Bool { nodeTable.isEmpty }

    /// The node with this ID, if any.
    public subscript(id: NodeID) -> Node? { nodeTable[id] }

    /// The edge with this key, if any.
    public func edge(_ source: NodeID, _ relation: String, _ target: NodeID) -> Edge? {
        edgeTable[Edge.Key(source: source, relation: relation, target: target)]
            ?? edgeTable[Edge.Key(source: target, relation: relation, target: source)].flatMap { $0.isDirected ? nil : $0 }
    }

    /// How many more pieces of evidence the node `id` keeps: the limit for a node not in the graph yet.
    ///
    /// Evidence beyond this is dropped when a node is added, so a caller can skip building it.
    public func evidenceRoom(forNode id: NodeID) -> Int {
        max(0, limits.evidencePerItem - (nodeTable[id]?.mentions.count ?? 0))
    }

    /// How many more pieces of evidence the edge with this key keeps: the limit for an edge not in the graph yet.
    ///
    /// Evidence beyond this is dropped when an edge is added, so a caller can skip building it.
    public func evidenceRoom(forEdge key: Edge.Key) -> Int {
        max(0, limits.evidencePerItem - (edgeTable[key]?.evidence.count ?? 0))
    }

    /// Adds a node or merges it into the node with the same ID.
    public mutating func add(_ node: consuming Node) {
        guard let index = nodeTable.index(forKey: node.id) else { return insert(node) }
        // Mutate in place: copying the node out would copy its evidence on write.
        Self.merge(node, into: &nodeTable.values[index], evidenceLimit: limits.evidencePerItem)
    }

    /// Adds a node or merges it like ``add(_:)``, with more evidence after the node's own, made by `evidence`
    /// only if the graph keeps some: it is called with how many more pieces are kept (at least one).
    public mutating func add(_ node: consuming Node, evidence: (_ room: Int) -> [Evidence]) {
        let index = nodeTable.index(forKey: node.id)
        let room = limits.evidencePerItem - (index.map { nodeTable.values[$0].mentions.count } ?? 0) - node.mentions.count
        if room > 0 { node.mentions.append(contentsOf: evidence(room)) }
        guard let index else { return insert(node) }
        Self.merge(node, into: &nodeTable.values[index], evidenceLimit: limits.evidencePerItem)
    }

    /// Adds a node that is not in the graph yet, with no more evidence than the limit.
    private mutating func insert(_ node: consuming Node) {
        if node.mentions.count > limits.evidencePerItem { node.mentions.removeLast(node.mentions.count - limits.evidencePerItem) }
        nodeTable[node.id] = node
    }

    private static func merge(_ node: Node, into existing: inout Node, evidenceLimit: Int) {
        // New names join the aliases, which stay sorted and unique; most merges bring none and allocate nothing.
        var aliasesAdded = false
        for alias in node.aliases where alias != existing.label && !existing.aliases.contains(alias) {
            existing.aliases.append(alias)
            aliasesAdded = true
        }
        if node.label != existing.label && !existing.aliases.contains(node.label) {
            existing.aliases.append(node.label)
            aliasesAdded = true
        }
        if aliasesAdded { existing.aliases = Array(Set(existing.aliases)).sorted() }
        if existing.attributes != node.attributes { existing.attributes.merge(node.attributes) { old, _ in old } }
        existing.confidence = combine(existing.confidence, node.confidence)
        appendEvidence(node.mentions, to: &existing.mentions, limit: evidenceLimit)
        existing.mentionCount += node.mentionCount
    }

    /// Adds an edge or merges it into the edge with the same key.
    public mutating func add(_ edge: consuming Edge) {
        guard let index = edgeTable.index(forKey: edge.key) else { return insert(edge) }
        Self.merge(edge, into: &edgeTable.values[index], evidenceLimit: limits.evidencePerItem)
    }

    /// Adds an edge or merges it like ``add(_:)``, with more evidence after the edge's own, made by `evidence`
    /// only if the graph keeps some: it is called with how many more pieces are kept (at least one).
    public mutating func add(_ edge: consuming Edge, evidence: (_ room: Int) -> [Evidence]) {
        let index = edgeTable.index(forKey: edge.key)
        let room = limits.evidencePerItem - (index.map { edgeTable.values[$0].evidence.count } ?? 0) - edge.evidence.count
        if room > 0 { edge.evidence.append(contentsOf: evidence(room)) }
        guard let index else { return insert(edge) }
        Self.merge(edge, into: &edgeTable.values[index], evidenceLimit: limits.evidencePerItem)
    }

    /// Adds an edge that is not in the graph yet, with no more evidence than the limit.
    private mutating func insert(_ edge: consuming Edge) {
        if edge.evidence.count > limits.evidencePerItem { edge.evidence.removeLast(edge.evidence.count - limits.evidencePerItem) }
        edgeTable[edge.key] = edge
    }

    private static func merge(_ edge: Edge, into existing: inout Edge, evidenceLimit: Int) {
        if existing.attributes != edge.attributes { existing.attributes.merge(edge.attributes) { old, _ in old } }
        existing.confidence = combine(existing.confidence, edge.confidence)
        existing.count += edge.count
        appendEvidence(edge.evidence, to: &existing.evidence, limit: evidenceLimit)
    }

    /// Appends as much of `evidence` to `existing` as `limit` leaves room for. A merge mostly brings one piece
    /// or none, which is appended alone: appending a slice of one costs several times more.
    private static func appendEvidence(_ evidence: [Evidence], to existing: inout [Evidence], limit: Int) {
        let room = limit - existing.count
        guard room > 0, !evidence.isEmpty else { return }
        if evidence.count == 1 {
            existing.append(evidence[0])
        } else {
            existing.append(contentsOf: evidence.prefix(room))
        }
    }

    /// Removes a node and every edge that touches it.
    public mutating func removeNode(_ id: NodeID) {
        nodeTable[id] = nil
        edgeTable = edgeTable.filter { $0.key.source != id && $0.key.target != id }
    }

    /// Drops every alias that is another node's label: "Sinaloa", written for the Sinaloa Cartel in "the Sinaloa
    /// cartel", names the state of Sinaloa in the graph, and a consumer looking a name up should find one node.
    public mutating func removeAliasesNamingOtherNodes() {
        var labels = Set<String>(minimumCapacity: nodeTable.count)
        for node in nodeTable.values { labels.insert(node.label) }
        var index = nodeTable.values.startIndex
        while index != nodeTable.values.endIndex {
            if nodeTable.values[index].aliases.contains(where: { labels.contains($0) }) {
                nodeTable.values[index].aliases.removeAll { labels.contains($0) }
            }
            index = nodeTable.values.index(after: index)
        }
    }

    /// Gives every node of class `type` whose label a node of one of the classes `otherTypes` has too the label
    /// `label(node)`, so that a reader tells them apart: the region of Sagaing beside the city of Sagaing becomes
    /// "Sagaing Region". The old label stays no alias: it names the other node.
    public mutating func relabelNodes(of type: String, sharingLabelsWith otherTypes: Set<String>, as label: (Node) -> String) {
        var labels = Set<String>()
        for node in nodeTable.values where otherTypes.contains(node.type) { labels.insert(node.label) }
        guard !labels.isEmpty else { return }
        var index = nodeTable.values.startIndex
        while index != nodeTable.values.endIndex {
            if nodeTable.values[index].type == type, labels.contains(nodeTable.values[index].label) {
                let new = label(nodeTable.values[index])
                nodeTable.values[index].aliases.removeAll { $0 == new }
                nodeTable.values[index].label = new
            }
            index = nodeTable.values.index(after: index)
        }
    }

    /// Removes the edges for which `shouldRemove` is true.
    public mutating func removeEdges(where shouldRemove: (Edge) -> Bool) {
        // In place: filtering would copy every edge that stays.
        let doomed = edgeTable.compactMap { shouldRemove($0.value) ? $0.key : nil }
        for key in doomed { edgeTable.removeValue(forKey: key) }
    }

    /// Adds every node and edge of `other` (in sorted order, so the result does not depend on hashing).
    public mutating func merge(_ other: KnowledgeGraph) {
        for node in other.nodes { add(node) }
        for edge in other.edges { add(edge) }
    }

    /// Noisy-or of two confidences, rounded to 4 decimals so output is stable.
    public static func combine(_ a: Double, _ b: Double) -> Double {
        let value = 1 - (1 - min(max(a, 0), 1)) * (1 - min(max(b, 0), 1))
        return (value * 10_000).rounded() / 10_000
    }
}
