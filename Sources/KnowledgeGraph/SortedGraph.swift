/// A graph's nodes and edges in the order output uses: nodes by ID, edges by source, relation and target.
///
/// ``KnowledgeGraph/nodes`` and ``KnowledgeGraph/edges`` sort on every call, which on a large graph is a good
/// part of an export; code that reads them more than once, as the exporters of one build do, sorts once here.
public struct SortedGraph: Sendable {
    /// The classes and relations the graph uses.
    public let schema: GraphSchema
    /// The nodes, sorted by ID.
    public let nodes: [Node]
    /// The edges, sorted by source, relation and target.
    public let edges: [Edge]

    /// The nodes and edges of `graph`, sorted.
    public init(_ graph: KnowledgeGraph) {
        schema = graph.schema
        nodes = graph.nodes
        edges = graph.edges
    }
}
