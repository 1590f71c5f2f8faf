import Foundation
import Testing
import TestSupport
import NewsGraph

/// Whole articles: the samples and the harder fixtures written for these tests.
@Suite struct ArticleGraphTests {
    struct Expected { var type: String; var name: String; var forms: Set<String> }

    static let fixtureArticles: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Fixtures.testArticles.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") || $0.hasSuffix(".html") }.sorted()
    }()

    static let tagger = Result { try Fixtures.ontology.loadTagger() }

    /// The graph of one article, by the default pipeline (with the tagger) or by rules alone.
    func graph(of url: URL, tagger: Bool) throws -> KnowledgeGraph {
        var builder = NewsGraphBuilder(ontology: Fixtures.ontology, tagger: tagger ? try Self.tagger.get() : nil)
        try builder.add(data: Data(contentsOf: url), id: url.lastPathComponent)
        return builder.graph
    }

    func expected(for article: String) throws -> [Expected] {
        let base = Fixtures.testArticles.appendingPathComponent(article).deletingPathExtension()
        let text = try String(contentsOf: base.appendingPathExtension("expected.tsv"), encoding: .utf8)
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let forms = fields.count > 2 ? fields[2].split(separator: "|").map(String.init) : []
            return Expected(type: fields[0], name: fields[1], forms: Set(forms + [fields[1]]))
        }
    }

    /// The default pipeline finds nearly every actor; rules alone, which know no name that no list or cue gives
    /// ("Ibama", a meatpacker), at least half. Neither splits an actor into two nodes or makes a junk node, and
    /// nine in ten of the actors found have the right family.
    /// The known defects of an article, from its `.known` file: lines `split<TAB>name<TAB>mode<TAB>why` name an
    /// actor still split into several nodes, `junk<TAB>label<TAB>mode<TAB>why` a junk node still made; `mode` is
    /// `tagger` (the default pipeline), `rules` (rules alone) or `both`. Each must still occur: one fixed fails the
    /// test until its line is removed.
    func knownIssues(for article: String, tagger: Bool) throws -> (splits: Set<String>, junk: Set<String>) {
        let url = Fixtures.testArticles.appendingPathComponent(article).deletingPathExtension().appendingPathExtension("known")
        guard FileManager.default.fileExists(atPath: url.path) else { return ([], []) }
        var splits = Set<String>(), junk = Set<String>()
        for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t").map(String.init)
            guard fields.count >= 3, fields[2] == "both" || fields[2] == (tagger ? "tagger" : "rules") else { continue }
            if fields[0] == "split" { splits.insert(fields[1]) } else if fields[0] == "junk" { junk.insert(fields[1]) }
        }
        return (splits, junk)
    }

    @Test(arguments: fixtureArticles, [true, false])
    func findsMostActorsOnceAndNoJunk(article: String, tagger: Bool) throws {
        let graph = try graph(of: Fixtures.testArticles.appendingPathComponent(article), tagger: tagger)
        let nodes = graph.nodes
        let expected = try expected(for: article)
        let known = try knownIssues(for: article, tagger: tagger)
        var found = 0
        var mistyped: [String] = []
        for entity in expected {
            let matches = nodes.filter { !entity.forms.isDisjoint(with: Set($0.aliases + [$0.label])) }
            if known.splits.contains(entity.name) {
                withKnownIssue("\(entity.name) is split (see the article's .known file)") {
                    #expect(matches.count <= 1, "\(entity.name) became \(matches.count) nodes: \(matches.map(\.id))")
                }
            } else {
                #expect(matches.count <= 1, "\(entity.name) became \(matches.count) nodes: \(matches.map(\.id))")
            }
            if let node = matches.first {
                found += 1
                let family = graph.schema.family(of: node.type)
                let expectedFamily = ["City": "Place", "Region": "Place"][entity.type] ?? entity.type
                if family != expectedFamily { mistyped.append("\(entity.name) typed \(node.type), expected \(entity.type)") }
            }
        }
        let recall = Double(found) / Double(max(1, expected.count))
        #expect(recall >= (tagger ? 0.85 : 0.5), "found \(found) of \(expected.count) expected entities")
        // Types are read from context the tagger may misjudge ("the hills above El Olivar"): nine in ten found
        // actors get their family right.
        #expect(Double(mistyped.count) <= 0.1 * Double(found), "\(mistyped.count) of \(found) mistyped: \(mistyped)")

        let junkURL = Fixtures.testArticles.appendingPathComponent(article).deletingPathExtension().appendingPathExtension("junk")
        let junk = Set(try String(contentsOf: junkURL, encoding: .utf8).split(separator: "\n").map(String.init))
        for node in nodes where junk.contains(node.label) && !known.junk.contains(node.label) {
            Issue.record("junk node \(node.label)")
        }
        for label in known.junk.sorted() {
            withKnownIssue("junk node \(label) (see the article's .known file)") {
                #expect(!nodes.contains { $0.label == label })
            }
        }
    }

    /// A text cut anywhere ends or starts in the middle of a name, a phrase or a cue ("… Lopez of the", "known
    /// as"): every stage reads up to the text's ends and no further. Each plain-text fixture is cut after each
    /// eighth of its words, and the part before and the part after are built with the tagger.
    @Test(arguments: fixtureArticles.filter { $0.hasSuffix(".txt") })
    func buildsTheArticleCutAnywhere(article: String) throws {
        let text = try String(contentsOf: Fixtures.testArticles.appendingPathComponent(article), encoding: .utf8)
        let spaces = text.indices.filter { text[$0] == " " }
        var builder = NewsGraphBuilder(ontology: Fixtures.ontology, tagger: try Self.tagger.get())
        for eighth in 1..<8 {
            let cut = spaces[spaces.count * eighth / 8]
            builder.add(text: String(text[..<cut]), id: "before-\(eighth)")
            builder.add(text: String(text[text.index(after: cut)...]), id: "after-\(eighth)")
        }
        #expect(builder.graph.nodes.allSatisfy { !$0.label.isEmpty })
    }

    @Test func sampleCorpusHasEachCountryAndCapitalOnce() throws {
        var builder = NewsGraphBuilder(ontology: Fixtures.ontology)
        let names = try FileManager.default.contentsOfDirectory(atPath: Fixtures.sampleArticles.path).sorted()
        for name in names {
            try builder.add(data: Data(contentsOf: Fixtures.sampleArticles.appendingPathComponent(name)), id: name)
        }
        let graph = builder.graph
        let labels = graph.nodes.map(\.label)
        #expect(Set(labels).count == labels.count, "duplicate labels: \(labels)")
        for country in ["Azerbaijan", "Russia", "Kazakhstan", "United States", "Brazil", "Ukraine"] {
            #expect(labels.filter { $0 == country }.count == 1, "\(country)")
        }
        for city in ["Baku", "Moscow", "Aktau", "Grozny", "Yekaterinburg"] {
            #expect(labels.filter { $0 == city }.count == 1, "\(city)")
        }
        for person in ["Ilham Aliyev", "Vladimir Putin", "Dmitry Peskov"] {
            #expect(labels.contains(person), "\(person)")
        }
        for junk in ["FILE", "AP Photo", "Skip to Content", "More Images", "Monday", "Samir Jafarli", "Kamran Hajiyev"] {
            #expect(!labels.contains(junk), "\(junk)")
        }
        #expect(graph[NodeID(rawValue: "person/vladimir-putin")]?.aliases.contains("Vladmir Putin") == true)
    }
}

@Suite struct BatchingTests {
    @Test("Articles run through the stages in batches give the same graph as one by one")
    func batchesDoNotChangeTheGraph() throws {
        var files: [URL] = []
        for folder in [Fixtures.sampleArticles, Fixtures.testArticles] {
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            where name.hasSuffix(".html") || name.hasSuffix(".txt") {
                files.append(folder.appendingPathComponent(name))
            }
        }
        func graph(batchSize: Int) throws -> String {
            var options = NewsGraphBuilder.Options.default
            options.batchSize = batchSize
            var builder = NewsGraphBuilder(ontology: Fixtures.ontology, options: options)
            // 150 documents: two full batches of 64 and a rest.
            for round in 0..<15 {
                for file in files.prefix(10) { try builder.add(data: Data(contentsOf: file), id: "\(round)/\(file.lastPathComponent)") }
            }
            #expect(builder.documentCount == 15 * min(10, files.count))
            return builder.graph.exported(as: .jsonld)
        }
        #expect(files.count >= 10)
        #expect(try graph(batchSize: 1) == graph(batchSize: 64))
    }
}
