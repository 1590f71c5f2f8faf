import KnowledgeGraph

/// The file formats NewsGraph writes.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// Graphviz DOT, for `dot` and `sfdp`.
    case dot
    /// JSON-LD with an inline context, for RDF stores.
    case jsonld
    /// GraphML with typed keys, for networkx, Gephi, yEd, Neo4j (APOC) and TinkerPop.
    case graphml

    /// The usual file extension, without the dot.
    public var fileExtension: String { rawValue }

    /// The format a file extension stands for (`gv` and `json` too), or nil.
    public init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "dot", "gv": self = .dot
        case "jsonld", "json-ld", "json": self = .jsonld
        case "graphml", "xml": self = .graphml
        default: return nil
        }
    }

    /// Parses a format name, or throws ``ExportError/unknownFormat(_:)``.
    public static func named(_ name: String) throws(ExportError) -> ExportFormat {
        guard let format = ExportFormat(rawValue: name.lowercased()) ?? ExportFormat(fileExtension: name) else {
            throw .unknownFormat(name)
        }
        return format
    }

    /// The exporter for this format.
    public var exporter: any GraphExporter {
        switch self {
        case .dot: DOTExporter()
        case .jsonld: JSONLDExporter()
        case .graphml: GraphMLExporter()
        }
    }
}

/// Errors of exporting and writing graphs.
public enum ExportError: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownFormat(String)
    case cannotWrite(path: String, reason: String)

    /// The message for the error, naming the valid choices or the path.
    public var description: String {
        switch self {
        case .unknownFormat(let name):
            let choices = ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")
            return "unknown format \"\(name)\"; expected one of: \(choices)"
        case let .cannotWrite(path, reason):
            return "cannot write \(path): \(reason)"
        }
    }
}

/// Turns a graph into the text of one file format.
public protocol GraphExporter: Sendable {
    /// The format this exporter writes.
    var format: ExportFormat { get }
    /// The whole file as UTF-8 bytes, ready to write, from a graph already sorted (to write several formats,
    /// sort it once). The same graph always gives the same bytes.
    func exportUTF8(_ graph: SortedGraph) -> [UInt8]
}

extension GraphExporter {
    /// The whole file as UTF-8 bytes, ready to write. The same graph always gives the same bytes.
    public func exportUTF8(_ graph: KnowledgeGraph) -> [UInt8] {
        exportUTF8(SortedGraph(graph))
    }

    /// The whole file as text. (Writing a file from the bytes of `exportUTF8` spares decoding them: on a large
    /// graph that took a sixth of the export.)
    public func export(_ graph: KnowledgeGraph) -> String {
        String(decoding: exportUTF8(graph), as: UTF8.self)
    }
}
