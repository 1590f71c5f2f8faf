import KnowledgeGraph

/// Which `mentionedWith` edges (entities named in one sentence) a graph keeps.
///
/// The default, ``unlinked``, keeps a co-mention only between entities that no typed relation links and
/// that share at least two sentences: the typed edges carry the story, and a pair that keeps appearing
/// together without one is still worth a dashed line. ``all`` keeps every co-mention (the raw signal);
/// ``none`` drops them.
public enum CoMentionMode: String, Sendable, CaseIterable {
    case all, unlinked, none

    /// Applies the mode to `graph`.
    public func apply(to graph: inout KnowledgeGraph) {
        switch self {
        case .all: return
        case .none: graph.removeEdges(where: { $0.relation == "mentionedWith" })
        case .unlinked:
            var linked = Set<NodePair>()
            for edge in graph.unorderedEdges where edge.relation != "mentionedWith" {
                linked.insert(NodePair(edge.source, edge.target))
            }
            graph.removeEdges(where: { edge in
                edge.relation == "mentionedWith" && (edge.count < 2 || linked.contains(NodePair(edge.source, edge.target)))
            })
        }
    }
}

/// Two nodes regardless of direction, kept in sorted order so that `(a, b)` and `(b, a)` are one key.
/// A struct rather than a sorted two-element array: no allocation per edge.
private struct NodePair: Hashable {
    let first: NodeID
    let second: NodeID

    init(_ a: NodeID, _ b: NodeID) {
        if b < a { (first, second) = (b, a) } else { (first, second) = (a, b) }
    }
}
