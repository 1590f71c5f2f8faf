import KnowledgeGraph

/// Writes a Graphviz DOT digraph that `dot` and `sfdp -Goverlap=prism` both lay out well.
///
/// Nodes are drawn by family (country, place, person, organization, incident, group) with a legend;
/// edges carry the relation's label, and symmetric relations are drawn without arrowheads.
/// DOT cannot carry evidence: use GraphML or JSON-LD for that. Every ID and label is quoted and
/// escaped in ``quoted(_:)``.
public struct DOTExporter: GraphExporter {
    /// How one family of nodes is drawn.
    struct Style { var shape: String; var fill: String; var extra: String = "" }

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

    /// The graph as a DOT digraph, nodes and edges in ID order.
    public func export(_ graph: KnowledgeGraph) -> String {
        var out = "digraph \"NewsGraph\" {\n"
        out += "  graph [charset=\"UTF-8\", rankdir=\"LR\", fontname=\"Helvetica\", fontsize=\"12\", overlap=\"prism\", "
        out += "splines=\"true\", outputorder=\"edgesfirst\", nodesep=\"0.35\", ranksep=\"0.9\", pad=\"0.3\", K=\"0.9\"];\n"
        out += "  node [fontname=\"Helvetica\", fontsize=\"11\", style=\"filled\", color=\"#555555\", margin=\"0.12,0.06\"];\n"
        out += "  edge [fontname=\"Helvetica\", fontsize=\"9\", color=\"#777777\", fontcolor=\"#444444\", arrowsize=\"0.7\"];\n"
        let nodes = graph.nodes
        let families = Set(nodes.map { graph.schema.family(of: $0.type) })
        if !families.isEmpty { out += legend(for: families) }
        for node in nodes {
            let family = graph.schema.family(of: node.type)
            let style = Self.styles.first { $0.family == family }?.style ?? Style(shape: "ellipse", fill: "#f0f0f0")
            var tooltip = node.type
            if !node.aliases.isEmpty { tooltip += "; also: " + node.aliases.joined(separator: ", ") }
            out += "  \(quoted(node.id.rawValue)) [label=\(quoted(node.label)), shape=\"\(style.shape)\", "
            out += "fillcolor=\"\(style.fill)\"\(style.extra), tooltip=\(quoted(tooltip))];\n"
        }
        for edge in graph.edges {
            var label = graph.label(ofRelation: edge.relation)
            if edge.count > 1 { label += " ×\(edge.count)" }
            out += "  \(quoted(edge.source.rawValue)) -> \(quoted(edge.target.rawValue)) [label=\(quoted(label))"
            if !edge.isDirected { out += ", dir=\"none\", style=\"dashed\"" }
            let width = 0.6 + min(2.4, Double(edge.count - 1) * 0.4)
            out += ", penwidth=\"\(ExportText.number(width))\", tooltip=\(quoted(edge.relation))];\n"
        }
        out += "}\n"
        return out
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

    /// A DOT double-quoted string: backslashes and quotes escaped, line breaks as `\n`, controls removed.
    func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in ExportText.sanitized(text).unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
