import Foundation
import Testing
import KnowledgeGraph
import NewsText
import TestSupport
@testable import NewsExtraction

@Suite struct OntologyTests {
    @Test func loadsTheBundledOntology() {
        let ontology = Fixtures.ontology
        #expect(ontology.entry(.init(rawValue: "country/AZE"))?.label == "Azerbaijan")
        #expect(ontology.entry(.init(rawValue: "country/AZE"))?.attributes["capital"] == "city/baku")
        #expect(ontology.schema.classes["Ministry"]?.parent == "GovernmentOrganization")
        #expect(ontology.schema.relations["mentionedWith"]?.isDirected == false)
        #expect(!ontology.patterns.titles.isEmpty && !ontology.patterns.firstNames.isEmpty)
    }

    /// Names curated since the tagger was trained are entities of the ontology, and the tagger, trained without them,
    /// still loads: they are not part of the lexicon its model records.
    @Test func loadsTheAdditionsWithoutChangingTheTaggersLexicon() throws {
        let ontology = Fixtures.ontology
        #expect(ontology.entry(.init(rawValue: "org/march-23-movement"))?.type == "ArmedGroup")
        #expect(ontology.entry(.init(rawValue: "org/caribbean-community"))?.aliases.contains("CARICOM") == true)
        let tagger = try ontology.loadTagger()
        #expect(tagger.lexiconMismatch == nil)
    }

    @Test func everyCountryHasCodesAndEveryCapitalExists() {
        let ontology = Fixtures.ontology
        let countries = ontology.entries.filter { $0.type == "Country" }
        #expect(countries.count >= 240)
        for country in countries {
            #expect(country.attributes["alpha2"]?.count == 2, "\(country.id)")
            #expect(country.attributes["alpha3"]?.count == 3, "\(country.id)")
            if let capital = country.attributes["capital"] {
                #expect(ontology.entry(.init(rawValue: capital)) != nil, "\(country.id) capital \(capital)")
            }
        }
    }

    /// The Factbook writes some divisions as "Batys Qazaqstan [West Kazakhstan] (Oral)": the English name in brackets
    /// is the one news writes, and the seat in parentheses is a city, no name of the region.
    @Test func aFactbookDivisionIsKnownByItsEnglishNameAndNotByItsSeat() throws {
        let ontology = Fixtures.ontology
        let divisions = ontology.entries.filter { $0.attributes["source"] == "factbook" }
        #expect(!divisions.contains { $0.label.contains("[") || $0.aliases.contains { $0.contains("[") } })
        let west = try #require(divisions.first { $0.label == "West Kazakhstan" })
        #expect(west.aliases == ["Batys Qazaqstan"] && west.partOf?.rawValue == "country/KAZ")
        let article = TextPreprocessor().process("Floods hit Gorno-Badakhshan and North Karelia on Monday.", id: "t")
        let found = GazetteerMatcher(ontology: ontology).matches(in: article, hashes: TokenHashes(article: article)).compactMap(\.entity)
        #expect(found.map(\.rawValue).sorted() == ["region/gorno-badakhshan", "region/north-karelia"])
    }

    @Test func reportsAMalformedGazetteerWithFileAndLine() throws {
        var ontology = Fixtures.ontology
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID().uuidString).tsv")
        defer { try? FileManager.default.removeItem(at: url) }
        try "# comment\nperson/x\tPerson\tX\t\t\t\t\t\norg/y\tSpaceship\tY\t\t\t\t\n".write(to: url, atomically: true, encoding: .utf8)
        let columns = #expect(throws: OntologyError.self) { try ontology.addGazetteer(at: url) }
        #expect(columns?.description.hasPrefix("\(url.path):2: error: expected 7 tab-separated columns, found 8") == true)
        try "org/y\tSpaceship\tY\t\t\t\t\n".write(to: url, atomically: true, encoding: .utf8)
        let type = #expect(throws: OntologyError.self) { try ontology.addGazetteer(at: url) }
        #expect(type?.description.hasPrefix("\(url.path):1: error: unknown type \"Spaceship\"; expected one of:") == true)
    }

    @Test(arguments: [
        ("person/x\tPerson\tX\t\t\t\tbad", "attribute \"bad\" is not key=value"),
        ("person/x\tPerson\tX\t\t\t\ta=1;=2", "attribute \"=2\" is not key=value"),
        ("personx\tPerson\tX\t\t\t\t", "id \"personx\" must look like kind/key"),
        ("person/\tPerson\tX\t\t\t\t", "id \"person/\" must look like kind/key"),
        ("person/x\tPerson\t\t\t\t\t", "empty label"),
        ("person/x\tPerson\tX\t\t\t", "expected 7 tab-separated columns, found 6"),
    ])
    func reportsEachMalformedGazetteerLineWithFileAndLine(line: String, message: String) throws {
        var ontology = Fixtures.ontology
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID().uuidString).tsv")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(("\u{FEFF}# comment\n\norg/y\tOrganization\tY\t\t\t\t\n" + line + "\n").utf8).write(to: url)
        let error = #expect(throws: OntologyError.self) { try ontology.addGazetteer(at: url) }
        #expect(error?.description == "\(url.path):4: error: \(message)")
    }

    @Test func readsAGazetteerLineIntoAnEntry() throws {
        var ontology = Fixtures.ontology
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("good-\(UUID().uuidString).tsv")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data("# people\nperson/zoe-x\tPerson\tZoë X\t Zoe X |\u{A0}Z. X||\tXian\u{3000}\t-\trole=minister;;a=b=c;a=d\n".utf8)
            .write(to: url)
        try ontology.addGazetteer(at: url)
        let entry = try #require(ontology.entry(NodeID(rawValue: "person/zoe-x")))
        #expect(entry == GazetteerEntry(id: NodeID(rawValue: "person/zoe-x"), type: "Person", label: "Zoë X",
                                        aliases: ["Zoe X", "Z. X"], demonyms: ["Xian"], partOf: nil,
                                        attributes: ["role": "minister", "a": "d"], source: "\(url.lastPathComponent):2"))
    }

    @Test func reportsAMissingOntologyFolder() {
        #expect(throws: OntologyError.self) { try Ontology.load(from: URL(fileURLWithPath: "/no/such/folder")) }
    }
}

@Suite("Corpus-harvested names")
struct CorpusNamesTests {
    static let ontology = try? Ontology.loadDefault()

    @Test("Names harvested from training corpora are loaded after the curated gazetteers and match weakly")
    func weakMatches() throws {
        let ontology = try #require(Self.ontology)
        let harvested = ontology.entries.filter { $0.attributes["source"] == "corpus" }
        #expect(harvested.count > 3_000)
        // No harvested name repeats a curated one or starts with a title.
        let curated = Set(ontology.entries.filter { $0.attributes["source"] != "corpus" }.map { $0.label.lowercased() })
        #expect(!harvested.contains { curated.contains($0.label.lowercased()) || $0.label.hasPrefix("President ") })
        let entry = try #require(harvested.first { $0.type == "Organization" && $0.label.contains(" ") })
        let text = "Officials of \(entry.label) met on Monday."
        let article = TextPreprocessor().process(text, id: "t")
        let mentions = GazetteerMatcher(ontology: ontology).matches(in: article, hashes: TokenHashes(article: article))
        let mention = try #require(mentions.first { $0.text == entry.label })
        #expect(mention.source == .pattern && mention.confidence < 0.75)
        #expect(mention.entity == entry.id)
    }

    @Test("A harvested name holds no quotation mark, no corpus token joiner and no cut word")
    func harvestedNamesAreNames() throws {
        let ontology = try #require(Self.ontology)
        // The corpora tag a closing quotation mark with a name now and then ('China "'); the GMB joins a few
        // names into one token with "~" ("New~York"); a name may end in a cut particle ("Hafez al-").
        let bad = ontology.entries.filter { $0.attributes["source"] == "corpus" }.map(\.label).filter { label in
            label.contains { "\"“”~".contains($0) } || label.hasSuffix("-")
        }
        #expect(bad.isEmpty, "\(bad)")
    }
}
