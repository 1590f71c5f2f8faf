import Foundation
import Testing
@testable import NewsTagger

/// Smoke tests of the model shipped in `Ontology/models/ner-tagger.bin` (skipped when absent).
@Suite("Shipped model")
struct ShippedModelTests {
    static let ontology = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Ontology")
    static let modelURL = ontology.appendingPathComponent("models/ner-tagger.bin")
    static let present = FileManager.default.fileExists(atPath: modelURL.path)

    @Test("Loads and tags a news sentence", .enabled(if: present))
    func tagsNews() throws {
        let gazetteers = Self.ontology.appendingPathComponent("gazetteers")
        let lexicon = try TaggerLexicon.load(gazetteerDirectory: gazetteers, nameListDirectory: gazetteers.appendingPathComponent("names"))
        // How fast it loads is reported by `newsgraph-benchmark` (setup), not asserted here.
        let tagger = try NameTagger.load(contentsOf: Self.modelURL, lexicon: lexicon)
        #expect(tagger.header.tags.count == 9)
        #expect(tagger.header.devReports.first?.name == "eng.testa")
        let tagged = tagger.tag(document: [
            ["German", "Chancellor", "Angela", "Merkel", "met", "officials", "of", "the", "European", "Commission", "in", "Brussels", "on", "Monday", "."],
        ])[0].map(\.tag)
        #expect(tagged == ["B-MISC", "O", "B-PER", "I-PER", "O", "O", "O", "O", "B-ORG", "I-ORG", "O", "B-LOC", "O", "O", "O"])
    }
}
