import KnowledgeGraph

/// Adds the relations the ontology knows between entities already in a graph: a city `locatedIn` its
/// country, a capital `capitalOf` its country, an agency `partOf` its country.
public struct OntologyLinker: Sendable {
    /// Where the known relations come from.
    public var ontology: Ontology

    /// A linker over `ontology`.
    public init(ontology: Ontology) { self.ontology = ontology }

    /// Links the nodes of `graph` that the ontology relates.
    public func link(_ graph: inout KnowledgeGraph) {
        // Each node adds edges of its own keys (its parent link, or its capital's), so the order of the nodes
        // does not matter; only edges are added, so the IDs iterated stay the graph's.
        for id in graph.unorderedNodeIDs {
            guard let entry = ontology.entry(id) else { continue }
            // A capital is drawn as "capital of" only, not also "located in".
            let isCapitalOfParent = entry.attributes["capital"] == "true"
                && entry.partOf.flatMap { ontology.entry($0)?.attributes["capital"] } == entry.id.rawValue
            if let parent = entry.partOf, graph[parent] != nil, !isCapitalOfParent {
                let family = graph.schema.family(of: entry.type)
                var relation = family == "Place" ? "locatedIn" : family == "Person" ? "nationality" : "partOf"
                var attributes: [String: String] = [:]
                // Serving heads of state and government lead their country.
                if family == "Person", entry.isServingLeader {
                    relation = "leaderOf"
                    attributes["office"] = entry.attributes["office"] ?? ""
                    if let since = entry.attributes["since"] { attributes["since"] = since }
                }
                graph.add(Edge(source: id, target: parent, relation: relation, attributes: attributes, confidence: 0.95,
                               evidence: [Evidence(document: "ontology", sentence: "", start: 0, end: 0,
                                                   rule: "ontology:" + entry.source)]))
            }
            if entry.type == "Country", let capital = entry.attributes["capital"].map(NodeID.init(rawValue:)),
               graph[capital] != nil {
                graph.add(Edge(source: capital, target: id, relation: "capitalOf", confidence: 0.99,
                               evidence: [Evidence(document: "ontology", sentence: "", start: 0, end: 0,
                                                   rule: "ontology:" + entry.source)]))
            }
        }
    }
}
