import KnowledgeGraph

/// Writes a Graphviz DOT digraph that `dot` and `sfdp -Goverlap=prism` both lay out well.
///
/// Nodes are drawn by family (country, place, person, organization, incident, group) with a legend;
/// edges carry the relation's label, and symmetric relations are drawn without arrowheads.
/// DOT cannot carry evidence: use GraphML or JSON-LD for that. Every ID and label is quoted and
/// escaped in ``quoted(_:)``.
public struct DOTExporter: GraphExporter {
    /// How one family of nodes is drawn.
    struct Style { var shape: StaticString; var fill: StaticString; var extra: StaticString = "" }

    static let styles: [(family: String, style: Style)] = [
        ("Country", Style(shape: "box", fill: "#9ecae1", extra: ", style=\"filled,rounded,bold\", penwidth=\"1.5\"")),
        ("Place", Style(shape: "ellipse", fill: "#c7e9c0")),
        ("Person", Style(shape: "ellipse", fill: "#fdd0a2")),
        ("Organization", Style(shape: "box", fill: "#dadaeb")),
        ("Incident", Style(shape: "hexagon", fill: "#fcbba1")),
        ("Group", Style(shape: "parallelogram", fill: "#fff7bc")),
        ("Thing", Style(shape: "ellipse", fill: "#f0f0f0")),
    ]

    /// The format this exporter writes: DOT.
    public var format: ExportFormat { .dot }

    /// A default instance; it has no settings.
    public init() {}

    /// The graph as a DOT digraph, nodes and edges in ID order, in UTF-8.
    public func exportUTF8(_ graph: SortedGraph) -> [UInt8] {
        let nodes = graph.nodes
        let edges = graph.edges
        var out = ExportBuffer(capacity: 1024 + 160 * nodes.count + 200 * edges.count)
        out.append("digraph \"NewsGraph\" {\n")
        out.append("  graph [charset=\"UTF-8\", rankdir=\"LR\", fontname=\"Helvetica\", fontsize=\"12\", overlap=\"prism\", ")
        out.append("splines=\"true\", outputorder=\"edgesfirst\", nodesep=\"0.35\", ranksep=\"0.9\", pad=\"0.3\", K=\"0.9\"];\n")
        out.append("  node [fontname=\"Helvetica\", fontsize=\"11\", style=\"filled\", color=\"#555555\", margin=\"0.12,0.06\"];\n")
        out.append("  edge [fontname=\"Helvetica\", fontsize=\"9\", color=\"#777777\", fontcolor=\"#444444\", arrowsize=\"0.7\"];\n")
        var styles: [String: Style] = [:]  // by node type
        for node in nodes where styles[node.type] == nil {
            let family = graph.schema.family(of: node.type)
            styles[node.type] = Self.styles.first { $0.family == family }?.style ?? Style(shape: "ellipse", fill: "#f0f0f0")
        }
        let families = Set(styles.keys.map { graph.schema.family(of: $0) })
        if !families.isEmpty { out.append(plain: legend(for: families)) }
        for node in nodes {
            let style = styles[node.type] ?? Style(shape: "ellipse", fill: "#f0f0f0")
            out.append("  ")
            appendQuoted(node.id.rawValue, to: &out)
            out.append(" [label=")
            appendQuoted(node.label, to: &out)
            out.append(", shape=\"")
            out.append(style.shape)
            out.append("\", fillcolor=\"")
            out.append(style.fill)
            out.append("\"")
            out.append(style.extra)
            out.append(", tooltip=\"")
            // The type, then any aliases, each escaped: the same as escaping the text they make.
            out.append(node.type, escaping: .dot)
            for (index, alias) in node.aliases.enumerated() {
                out.append(index == 0 ? "; also: " : ", ")
                out.append(alias, escaping: .dot)
            }
            out.append("\"];\n")
        }
        // Each relation's label and name, escaped once.
        let labels = PreparedTexts(graph.relations.map { graph.label(ofRelation: $0) }, escaping: .dot)
        let names = PreparedTexts(graph.relations, escaping: .dot)
        for (index, edge) in edges.enumerated() {
            let relation = graph.relationIndices[index]
            out.append("  ")
            appendQuoted(edge.source.rawValue, to: &out)
            out.append(" -> ")
            appendQuoted(edge.target.rawValue, to: &out)
            out.append(" [label=\"")
            labels.append(relation, to: &out)
            if edge.count > 1 {
                out.append(" ×")
                out.append(integer: edge.count)
            }
            out.append("\"")
            if !edge.isDirected { out.append(", dir=\"none\", style=\"dashed\"") }
            out.append(", penwidth=\"")
            out.append(number: 0.6 + min(2.4, Double(edge.count - 1) * 0.4))
            out.append("\", tooltip=\"")
            names.append(relation, to: &out)
            out.append("\"];\n")
        }
        out.append("}\n")
        return out.takeBytes()
    }

    /// One plain node whose HTML-like label shows each family's shape colour.
    private func legend(for families: Set<String>) -> String {
        var rows = "<tr><td colspan=\"2\"><b>Legend</b></td></tr>"
        for (family, style) in Self.styles where families.contains(family) {
            rows += "<tr><td bgcolor=\"\(style.fill)\" width=\"18\"> </td><td align=\"left\">\(family)</td></tr>"
        }
        return "  \"legend\" [shape=\"plaintext\", style=\"\", label=<<table border=\"0\" cellborder=\"1\" "
            + "cellspacing=\"0\" cellpadding=\"3\">\(rows)</table>>];\n"
    }

    /// Appends a DOT double-quoted string: backslashes and quotes escaped, line breaks as `\n`, controls removed.
    func appendQuoted(_ text: String, to out: inout ExportBuffer) {
        out.append(byte: UInt8(ascii: "\""))
        out.append(text, escaping: .dot)
        out.append(byte: UInt8(ascii: "\""))
    }
}

extension EscapeTable {
    /// DOT double-quoted string escaping: backslashes and quotes with a backslash, line feed as `\n`, tab as a space.
    static let dot = EscapeTable(["\\": "\\\\", "\"": "\\\"", "\n": "\\n", "\t": " "])
}
