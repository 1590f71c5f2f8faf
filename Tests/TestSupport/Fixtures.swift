import Foundation
import NewsGraph

/// Paths and shared objects for tests.
public enum Fixtures {
    /// The repository root.
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    /// `Examples/articles`.
    public static let sampleArticles = root.appendingPathComponent("Examples/articles")
    /// `Tests/Fixtures/articles`.
    public static let testArticles = root.appendingPathComponent("Tests/Fixtures/articles")
    /// `Ontology/`.
    public static let ontologyDirectory = root.appendingPathComponent("Ontology")

    /// The bundled ontology, loaded once.
    public static let ontology: Ontology = {
        do { return try Ontology.load(from: ontologyDirectory) } catch {
            preconditionFailure("test ontology failed to load: \(error)")
        }
    }()

    /// The text of a file under the repository root.
    public static func text(_ relativePath: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(relativePath), encoding: .utf8)
    }

    /// Names that break naive escaping in every export format.
    public static let hostileNames: [String] = [
        "Zoë \"Q\" O'Neil",
        "<script>alert('&')</script>",
        "back\\slash \\n not a newline\\",
        "node",
        "edge",
        "graph",
        "strict digraph",
        "line one\nline two",
        "tab\there",
        "emoji 🌍🇦🇿 flags",
        "عبد الله بن زايد",
        "שלום עליכם",
        "ends with backslash\\",
        "curly “quotes” and ’apostrophes’",
        "{braces} [brackets] ;semicolon, =equals",
        "-- dashes -> arrows",
        "%percent %20 #hash",
        "]]> cdata end",
    ]
}
