import Foundation
import Testing
import TestSupport
import KnowledgeGraph
@testable import NewsExtraction
import NewsGraph

/// Entities named once by a lone capitalized common word are dropped; other names stay.
@Suite struct CommonWordFilterTests {
    let filter = CommonWordFilter(ontology: Fixtures.ontology)

    /// A resolved one-token mention of `text` at token `token`, from `source`.
    func mention(_ text: String, at token: Int, type: String = "Organization", source: EntityMention.Source = .tagger,
                 confidence: Double = 0.6, entity: String? = nil) -> EntityMention {
        let id = NodeID(rawValue: entity ?? "org/" + text.lowercased().replacingOccurrences(of: " ", with: "-"))
        return EntityMention(tokens: token..<(token + text.split(separator: " ").count), range: (token * 10)..<(token * 10 + text.utf8.count),
                             text: text, type: type, entity: id, confidence: confidence, source: source, rule: "test")
    }

    @Test func theListHoldsCommonWordsButNotNamesThatAreWords() {
        let words = Fixtures.ontology.patterns.commonWords
        for word in ["coast", "fire", "heart", "security", "race"] { #expect(words.contains(word), "\(word)") }
        for word in ["bush", "rice", "shell", "united", "northwest"] { #expect(!words.contains(word), "\(word)") }
    }

    @Test func dropsALoneCommonWordMetOnce() {
        let kept = filter.filter([mention("Coast", at: 0), mention("Bantayan", at: 5, type: "Place")])
        #expect(kept.map(\.text) == ["Bantayan"])
    }

    @Test func keepsACommonWordTheArticleNamesTwice() {
        let kept = filter.filter([mention("Unite", at: 3), mention("Unite", at: 9)])
        #expect(kept.count == 2)
    }

    @Test func keepsCapitalsLongerNamesSureMatchesAndHeadWords() {
        let mentions = [
            mention("COAST", at: 0),
            mention("Coast Guard", at: 2),
            mention("Victory", at: 5, source: .pattern, confidence: 0.8),
            mention("Security", at: 7, source: .gazetteer, confidence: 1),
            mention("Parliament", at: 9, type: "Legislature"),
        ]
        #expect(filter.filter(mentions).map(\.text) == ["COAST", "Coast Guard", "Victory", "Security", "Parliament"])
    }

    @Test func keepsAWordTiedToAGazetteerEntity() {
        // "Health" resolved to a known ministry stays, met once or not.
        let known = Fixtures.ontology.entries.first { $0.type == "Ministry" }!
        let kept = filter.filter([mention("Health", at: 1, entity: known.id.rawValue)])
        #expect(kept.count == 1)
    }

    @Test func theTaggersPiecesOfLongerNamesMakeNoNodes() throws {
        var builder = NewsGraphBuilder(ontology: Fixtures.ontology, tagger: try Fixtures.ontology.loadTagger())
        builder.add(text: """
            Coast guard rescuers pulled 14 fishermen from the water near Bantayan on Sunday, the Philippine Coast Guard said.

            Firefighters from Fire and Rescue Victoria joined volunteers at the scene, and Unite, the union, said its \
            members would help. Unite later called for an inquiry.
            """, id: "t")
        let labels = Set(builder.graph.nodes.map(\.label))
        #expect(!labels.contains("Coast") && !labels.contains("Fire"), "\(labels)")
        #expect(labels.contains("Unite") && labels.contains("Bantayan"), "\(labels)")
    }
}
