/// Why an ontology or a gazetteer could not be loaded.
public enum OntologyError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No ontology folder was found; `searched` lists where we looked.
    case notFound(searched: [String])
    /// A file could not be read.
    case unreadable(path: String, reason: String)
    /// A line of a data file is malformed.
    case malformed(path: String, line: Int, message: String)

    /// The message: `path:line: error: …`, or where the ontology was looked for.
    public var description: String {
        switch self {
        case .notFound(let searched):
            return "error: ontology not found (looked in: \(searched.joined(separator: ", "))); "
                + "pass --ontology DIR or set NEWSGRAPH_ONTOLOGY to the folder that holds schema/ and gazetteers/"
        case let .unreadable(path, reason):
            return "\(path): error: cannot read: \(reason)"
        case let .malformed(path, line, message):
            return "\(path):\(line): error: \(message)"
        }
    }
}
