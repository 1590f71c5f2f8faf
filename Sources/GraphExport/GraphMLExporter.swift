import KnowledgeGraph

/// Writes GraphML that networkx, Gephi, yEd, Neo4j APOC (`readLabels: true`) and TinkerPop read.
///
/// Every `<key>` is declared with its `attr.type`. Nodes carry `label`, `type`, `labels` (`:Organization:Ministry`,
/// as APOC reads them), `labelV` (TinkerPop), `aliases` (`|`-joined), `uid` (the node ID, kept by APOC as a
/// property), `confidence`, `mentions` and `evidence` (a JSON array); edges carry `relation`, `label` and
/// `labelE` (the relation type), `directed`, `confidence`, `count` and `evidence`. GraphML has one edge
/// default, so symmetric relations are written once, with `directed` false.
public struct GraphMLExporter: GraphExporter {
    /// The format this exporter writes: GraphML.
    public var format: ExportFormat { .graphml }

    static let nodeKeys: [(name: String, type: String)] = [
        ("label", "string"), ("type", "string"), ("labels", "string"), ("labelV", "string"), ("aliases", "string"),
        ("uid", "string"), ("confidence", "double"), ("mentions", "int"), ("evidence", "string"),
    ]
    static let edgeKeys: [(name: String, type: String)] = [
        ("relation", "string"), ("label", "string"), ("labelE", "string"), ("directed", "boolean"),
        ("confidence", "double"), ("count", "int"), ("evidence", "string"),
    ]

    /// A default instance; it has no settings.
    public init() {}

    /// The graph as a GraphML document with every key declared, nodes and edges in ID order.
    public func export(_ graph: KnowledgeGraph) -> String {
        let nodes = graph.nodes
        let edges = graph.edges
        let nodeAttributeNames = attributeKeys(nodes.flatMap { $0.attributes.keys }, reserved: Self.nodeKeys.map(\.name))
        let edgeAttributeNames = attributeKeys(edges.flatMap { $0.attributes.keys }, reserved: Self.edgeKeys.map(\.name))

        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
        out += "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
        out += "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
        for key in Self.nodeKeys { out += keyLine(id: "n_" + key.name, for: "node", name: key.name, type: key.type) }
        for (_, keyName) in nodeAttributeNames { out += keyLine(id: "na_" + keyName, for: "node", name: keyName, type: "string") }
        for key in Self.edgeKeys { out += keyLine(id: "e_" + key.name, for: "edge", name: key.name, type: key.type) }
        for (_, keyName) in edgeAttributeNames { out += keyLine(id: "ea_" + keyName, for: "edge", name: keyName, type: "string") }
        out += "  <graph id=\"NewsGraph\" edgedefault=\"directed\">\n"
        for node in nodes {
            let lineage = graph.schema.lineage(of: node.type)
            out += "    <node id=\"\(XMLEscaping.escaped(node.id.rawValue))\">\n"
            out += data("n_label", node.label)
            out += data("n_type", node.type)
            out += data("n_labels", ":" + (lineage.isEmpty ? [node.type] : lineage).joined(separator: ":"))
            out += data("n_labelV", node.type)
            out += data("n_aliases", node.aliases.joined(separator: "|"))
            out += data("n_uid", node.id.rawValue)
            out += data("n_confidence", ExportText.number(node.confidence))
            out += data("n_mentions", String(node.mentionCount))
            out += data("n_evidence", JSONValue.array(node.mentions.map(\.json)).serialized(indent: nil))
            for (attribute, keyName) in nodeAttributeNames {
                if let value = node.attributes[attribute] { out += data("na_" + keyName, value) }
            }
            out += "    </node>\n"
        }
        for (index, edge) in edges.enumerated() {
            out += "    <edge id=\"e\(index)\" source=\"\(XMLEscaping.escaped(edge.source.rawValue))\" "
            out += "target=\"\(XMLEscaping.escaped(edge.target.rawValue))\">\n"
            out += data("e_relation", edge.relation)
            out += data("e_label", edge.relation)
            out += data("e_labelE", edge.relation)
            out += data("e_directed", edge.isDirected ? "true" : "false")
            out += data("e_confidence", ExportText.number(edge.confidence))
            out += data("e_count", String(edge.count))
            out += data("e_evidence", JSONValue.array(edge.evidence.map(\.json)).serialized(indent: nil))
            for (attribute, keyName) in edgeAttributeNames {
                if let value = edge.attributes[attribute] { out += data("ea_" + keyName, value) }
            }
            out += "    </edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }

    /// Attribute names in sorted order, each with the key name to use (prefixed where it would clash).
    private func attributeKeys(_ names: [String], reserved: [String]) -> [(String, String)] {
        Set(names).sorted().map { name in (name, reserved.contains(name) ? "attr_" + name : name) }
    }

    private func keyLine(id: String, for domain: String, name: String, type: String) -> String {
        "  <key id=\"\(XMLEscaping.escaped(id))\" for=\"\(domain)\" attr.name=\"\(XMLEscaping.escaped(name))\" attr.type=\"\(type)\"/>\n"
    }

    private func data(_ key: String, _ value: String) -> String {
        "      <data key=\"\(XMLEscaping.escaped(key))\">\(XMLEscaping.escaped(value))</data>\n"
    }
}
