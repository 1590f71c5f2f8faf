import Foundation
import Testing
import TestSupport
import NewsGraph

@Suite struct LongDocumentTests {
    /// A document of several megabytes on one line is read in parts; offsets still point into it.
    @Test func readsAHugeSingleLineDocumentWithCorrectOffsets() throws {
        let filler = String(repeating: "Officials said the talks went on for hours without a deal. ", count: 40_000)
        let text = filler + "Later, Azerbaijan’s envoy met officials in Aktau. " + filler
        var builder = NewsGraphBuilder(ontology: Fixtures.ontology)
        try builder.add(data: Data(text.utf8), id: "huge")
        let aktau = try #require(builder.graph[NodeID(rawValue: "city/aktau")])
        let evidence = try #require(aktau.mentions.first)
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[evidence.start..<evidence.end])) == "Aktau")
        #expect(builder.documentCount == 1)
    }
}
