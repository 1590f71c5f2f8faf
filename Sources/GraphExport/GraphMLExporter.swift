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

    /// The keys of an edge's data that hold its relation name.
    private static let relationDataKeys: [StaticString] = ["e_relation", "e_label", "e_labelE"]

    /// A default instance; it has no settings.
    public init() {}

    /// The graph as a GraphML document with every key declared, nodes and edges in ID order, in UTF-8.
    public func exportUTF8(_ graph: SortedGraph) -> [UInt8] {
        let nodes = graph.nodes
        let edges = graph.edges
        let nodeAttributes = AttributeKeys(nodes.flatMap { $0.attributes.keys }, reserved: Self.nodeKeys.map(\.name), prefix: "na_")
        let edgeAttributes = AttributeKeys(edges.flatMap { $0.attributes.keys }, reserved: Self.edgeKeys.map(\.name), prefix: "ea_")

        var out = ExportBuffer(capacity: 4096 + 1500 * nodes.count + 1000 * edges.count)
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        out.append("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" ")
        out.append("xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" ")
        out.append("xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n")
        for key in Self.nodeKeys { appendKey(id: "n_" + key.name, for: "node", name: key.name, type: key.type, to: &out) }
        for (id, name) in nodeAttributes.declarations { appendKey(id: id, for: "node", name: name, type: "string", to: &out) }
        for key in Self.edgeKeys { appendKey(id: "e_" + key.name, for: "edge", name: key.name, type: key.type, to: &out) }
        for (id, name) in edgeAttributes.declarations { appendKey(id: id, for: "edge", name: name, type: "string", to: &out) }
        out.append("  <graph id=\"NewsGraph\" edgedefault=\"directed\">\n")
        var labelsByType: [String: String] = [:]  // the `labels` value of each node type
        for node in nodes {
            out.append("    <node id=\"")
            out.append(node.id.rawValue, escaping: .xml)
            out.append("\">\n")
            appendData("n_label", node.label, to: &out)
            appendData("n_type", node.type, to: &out)
            if labelsByType[node.type] == nil {
                let lineage = graph.schema.lineage(of: node.type)
                labelsByType[node.type] = ":" + (lineage.isEmpty ? [node.type] : lineage).joined(separator: ":")
            }
            appendData("n_labels", labelsByType[node.type] ?? "", to: &out)
            appendData("n_labelV", node.type, to: &out)
            // The aliases joined by `|`, each escaped: the same as escaping them joined.
            out.append("      <data key=\"n_aliases\">")
            for (index, alias) in node.aliases.enumerated() {
                if index > 0 { out.append(byte: UInt8(ascii: "|")) }
                out.append(alias, escaping: .xml)
            }
            out.append("</data>\n")
            appendData("n_uid", node.id.rawValue, to: &out)
            appendScore("n_confidence", node.confidence, "n_mentions", node.mentionCount, to: &out)
            appendEvidence(node.mentions, key: "n_evidence", to: &out)
            if !node.attributes.isEmpty { nodeAttributes.appendData(node.attributes, to: &out) }
            out.append("    </node>\n")
        }
        let relations = PreparedTexts(graph.relations, escaping: .xml)
        for (index, edge) in edges.enumerated() {
            out.append("    <edge id=\"e")
            out.append(integer: index)
            out.append("\" source=\"")
            out.append(edge.source.rawValue, escaping: .xml)
            out.append("\" target=\"")
            out.append(edge.target.rawValue, escaping: .xml)
            out.append("\">\n")
            let relation = graph.relationIndices[index]
            for key in Self.relationDataKeys {
                out.append("      <data key=\"")
                out.append(key)
                out.append("\">")
                relations.append(relation, to: &out)
                out.append("</data>\n")
            }
            out.append("      <data key=\"e_directed\">")
            out.append(edge.isDirected ? "true" : "false")
            out.append("</data>\n")
            appendScore("e_confidence", edge.confidence, "e_count", edge.count, to: &out)
            appendEvidence(edge.evidence, key: "e_evidence", to: &out)
            if !edge.attributes.isEmpty { edgeAttributes.appendData(edge.attributes, to: &out) }
            out.append("    </edge>\n")
        }
        out.append("  </graph>\n</graphml>\n")
        return out.takeBytes()
    }

    /// The attributes nodes (or edges) carry, each declared as a key of its own, named as the attribute unless
    /// that name is reserved (then `attr_` goes before it), with an ID made of a prefix and that key name.
    private struct AttributeKeys: ~Copyable {
        /// Each key's ID and name, in attribute name order.
        let declarations: [(id: String, name: String)]
        /// Where each attribute's key is in ``declarations`` and ``openingTags``.
        private let indices: [String: Int]
        /// Each key's `<data key="…">`, escaped.
        private let openingTags: PreparedTexts

        init(_ names: [String], reserved: [String], prefix: String) {
            let sorted = Set(names).sorted()
            declarations = sorted.map { name in
                let keyName = reserved.contains(name) ? "attr_" + name : name
                return (prefix + keyName, keyName)
            }
            indices = Dictionary(uniqueKeysWithValues: sorted.enumerated().map { ($1, $0) })
            openingTags = PreparedTexts(declarations.map(\.id)) { id, out in
                out.append("      <data key=\"")
                out.append(id, escaping: .xml)
                out.append("\">")
            }
        }

        /// Appends a `<data>` element for each attribute, in name order.
        func appendData(_ attributes: [String: String], to out: inout ExportBuffer) {
            for name in attributes.keys.sorted() {
                guard let index = indices[name], let value = attributes[name] else { continue }
                openingTags.append(index, to: &out)
                out.append(value, escaping: .xml)
                out.append("</data>\n")
            }
        }
    }

    private func appendKey(id: String, for domain: StaticString, name: String, type: String, to out: inout ExportBuffer) {
        out.append("  <key id=\"")
        out.append(id, escaping: .xml)
        out.append("\" for=\"")
        out.append(domain)
        out.append("\" attr.name=\"")
        out.append(name, escaping: .xml)
        out.append("\" attr.type=\"")
        out.append(plain: type)
        out.append("\"/>\n")
    }

    /// Appends a `<data>` element.
    @inline(__always) private func appendData(_ key: StaticString, _ value: String, to out: inout ExportBuffer) {
        out.append("      <data key=\"")
        out.append(key)
        out.append("\">")
        out.append(value, escaping: .xml)
        out.append("</data>\n")
    }

    /// Appends the two `<data>` elements of a node's or edge's confidence and count.
    private func appendScore(_ confidenceKey: StaticString, _ confidence: Double, _ countKey: StaticString, _ count: Int,
                             to out: inout ExportBuffer) {
        out.append("      <data key=\"")
        out.append(confidenceKey)
        out.append("\">")
        out.append(number: confidence)
        out.append("</data>\n      <data key=\"")
        out.append(countKey)
        out.append("\">")
        out.append(integer: count)
        out.append("</data>\n")
    }

    /// Appends a `<data>` element holding `evidence` as a compact JSON array: objects with document, start,
    /// end, rule and sentence. The JSON is written already XML-escaped, its quotes as `&quot;` and its
    /// strings through ``EscapeTable/jsonInXML``, so it needs no second pass.
    private func appendEvidence(_ evidence: [Evidence], key: StaticString, to out: inout ExportBuffer) {
        out.append("      <data key=\"")
        out.append(key)
        out.append("\">[")
        for index in evidence.indices {
            if index > 0 { out.append(byte: UInt8(ascii: ",")) }
            appendEvidence(item: evidence[index], to: &out)
        }
        out.append("]</data>\n")
    }

    /// Appends one piece of evidence as a JSON object, borrowed: a copy would retain and release each of its strings.
    private func appendEvidence(item: borrowing Evidence, to out: inout ExportBuffer) {
        out.append("{&quot;document&quot;:&quot;")
        out.append(item.document, escaping: .jsonInXML)
        out.append("&quot;,&quot;start&quot;:")
        out.append(integer: item.start)
        out.append(",&quot;end&quot;:")
        out.append(integer: item.end)
        out.append(",&quot;rule&quot;:&quot;")
        out.append(item.rule, escaping: .jsonInXML)
        out.append("&quot;,&quot;sentence&quot;:&quot;")
        out.append(item.sentence, escaping: .jsonInXML)
        out.append("&quot;}")
    }
}
