/// A graph's nodes and edges in the order output uses: nodes by ID, edges by source, relation and target.
///
/// ``KnowledgeGraph/nodes`` and ``KnowledgeGraph/edges`` sort on every call, which on a large graph is a good
/// part of an export; code that reads them more than once, as the exporters of one build do, sorts once here.
/// The relations the edges use are listed once each, so that what is written for a relation can be made
/// once per relation rather than once per edge.
public struct SortedGraph: Sendable {
    /// The classes and relations the graph uses.
    public let schema: GraphSchema
    /// The nodes, sorted by ID.
    public let nodes: [Node]
    /// The edges, sorted by source, relation and target.
    public let edges: [Edge]
    /// The relations of the edges, each once, sorted.
    public let relations: [String]
    /// For each edge, where its relation is in ``relations``: `relations[relationIndices[i]] == edges[i].relation`.
    public let relationIndices: [Int]

    /// The nodes and edges of `graph`, sorted.
    public init(_ graph: KnowledgeGraph) {
        schema = graph.schema
        nodes = graph.nodes
        let edges = Array(graph.unorderedEdges)
        let order = EdgeOrder(edges.map(\.key), sortedIDs: nodes.map(\.id))
        self.edges = order.sortedIndices.map { edges[$0] }
        relations = order.relations
        relationIndices = order.sortedIndices.map { order.relationIndices[$0] }
    }
}
