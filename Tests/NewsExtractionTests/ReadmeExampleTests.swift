import Foundation
import Testing
import TestSupport
import NewsGraph

/// The library example of README.md, as a user would write it.
@Suite struct ReadmeExampleTests {
    @Test func buildsAndExportsAsTheReadmeShows() throws {
        let ontology = try Ontology.loadDefault(directory: Fixtures.ontologyDirectory)
        let tagger = try ontology.loadTagger()
        var builder = NewsGraphBuilder(ontology: ontology, tagger: tagger)
        builder.add(text: "BAKU, Azerbaijan (AP) — Azerbaijan summoned Russia's envoy.", id: "story-1")
        let pageBytes = Data("<html><body><p>Kremlin spokesman Dmitry Peskov declined to comment.</p></body></html>".utf8)
        try builder.add(data: pageBytes, id: "page.html")
        let graph = builder.graph
        let dot = graph.exported(as: .dot)
        let bytes = graph.exportedUTF8(as: .graphml)
        #expect(dot.contains("\"country/AZE\""))
        #expect(String(decoding: bytes, as: UTF8.self) == graph.exported(as: .graphml))
        #expect(graph.edge(NodeID(rawValue: "person/dmitry-peskov"), "spokespersonFor", NodeID(rawValue: "org/kremlin")) != nil)
    }
}
