import Foundation
import NewsGraphOntology

extension Ontology {
    /// The environment variable that points at an ontology folder.
    public static let environmentVariable = "NEWSGRAPH_ONTOLOGY"

    /// Loads the ontology from `directory`, else from `$NEWSGRAPH_ONTOLOGY`, else from the bundled copy.
    ///
    /// - Throws: ``OntologyError/notFound(searched:)`` when no folder holds the data, or the error of a bad file.
    public static func loadDefault(directory: URL? = nil,
                                   environment: [String: String] = ProcessInfo.processInfo.environment) throws(OntologyError) -> Ontology {
        if let directory { return try load(from: directory) }
        if let path = environment[environmentVariable], !path.isEmpty {
            return try load(from: URL(fileURLWithPath: path))
        }
        guard let bundled = OntologyResources.directory else {
            throw .notFound(searched: OntologyResources.candidateDirectories.map(\.path))
        }
        return try load(from: bundled)
    }
}
