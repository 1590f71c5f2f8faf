import Testing
import TestSupport
@testable import KnowledgeGraph

@Suite struct NodeIDTests {
    @Test(arguments: [
        ("Ilham Aliyev", "person/ilham-aliyev"),
        ("Recep Tayyip Erdoğan", "person/recep-tayyip-erdogan"),
        ("  Côte d'Ivoire!! ", "person/cote-divoire"),
        ("Łukasz Øster", "person/lukasz-oster"),
        ("", "person/unnamed"),
        ("'!", "person/unnamed"),
        ("G-20 Summit of 2024 (Rio de Janeiro)", "person/g-20-summit-of-2024-rio-de-janeiro"),
        ("Łódź 2 Ünal", "person/lodz-2-unal"),
    ])
    func makesSlugs(name: String, expected: String) {
        #expect(NodeID(kind: "person", name: name).rawValue == expected)
    }

    @Test func splitsKindAndKey() {
        let id = NodeID(rawValue: "country/AZE")
        #expect(id.kind == "country" && id.key == "AZE")
        #expect(NodeID(rawValue: "incident/attack/x").key == "attack/x")
        #expect(NodeID(rawValue: "plain").key == "plain")
        #expect(NodeID(rawValue: "a/\u{301}b/c").key == "c")  // the first slash carries an accent: not a "/"
        #expect(NodeID(rawValue: "person/élodie").key == "élodie")
    }
}

@Suite struct KnowledgeGraphTests {
    let evidence = Evidence(document: "a.txt", sentence: "s", start: 0, end: 1, rule: "r")

    @Test func dropsAliasesThatAreAnotherNodesLabel() {
        var graph = KnowledgeGraph()
        let cartel = NodeID(rawValue: "org/sinaloa-cartel")
        graph.add(Node(id: cartel, type: "ArmedGroup", label: "Sinaloa Cartel", aliases: ["Sinaloa", "Sinaloa cartel"], confidence: 0.5))
        graph.add(Node(id: NodeID(rawValue: "region/sinaloa"), type: "Region", label: "Sinaloa", confidence: 0.5))
        graph.removeAliasesNamingOtherNodes()
        #expect(graph[cartel]?.aliases == ["Sinaloa cartel"])
        #expect(graph[NodeID(rawValue: "region/sinaloa")]?.aliases == [])
    }

    @Test func relabelsNodesOfAClassThatShareALabelWithAnotherClass() {
        var graph = KnowledgeGraph()
        graph.add(Node(id: NodeID(rawValue: "city/sagaing"), type: "City", label: "Sagaing"))
        graph.add(Node(id: NodeID(rawValue: "region/sagaing"), type: "Region", label: "Sagaing", aliases: ["Sagaing Region"]))
        graph.add(Node(id: NodeID(rawValue: "region/bago"), type: "Region", label: "Bago"))
        graph.relabelNodes(of: "Region", sharingLabelsWith: ["City"]) { $0.label + " Region" }
        #expect(graph[NodeID(rawValue: "region/sagaing")]?.label == "Sagaing Region")
        #expect(graph[NodeID(rawValue: "region/sagaing")]?.aliases == [])
        #expect(graph[NodeID(rawValue: "city/sagaing")]?.label == "Sagaing")
        #expect(graph[NodeID(rawValue: "region/bago")]?.label == "Bago")
    }

    @Test func mergesNodesWithTheSameID() {
        var graph = KnowledgeGraph()
        let id = NodeID(rawValue: "person/vladimir-putin")
        graph.add(Node(id: id, type: "Person", label: "Vladimir Putin", aliases: ["Putin"], confidence: 0.5, mentions: [evidence]))
        graph.add(Node(id: id, type: "Person", label: "Vladmir Putin", confidence: 0.5, mentions: [evidence]))
        #expect(graph.nodeCount == 1)
        let node = try! #require(graph[id])
        #expect(node.label == "Vladimir Putin")
        #expect(node.aliases == ["Putin", "Vladmir Putin"])
        #expect(node.confidence == 0.75)
        #expect(node.mentionCount == 2)
    }

    @Test func mergesSymmetricEdgesWhicheverWayTheyAreAdded() {
        var graph = KnowledgeGraph()
        let a = NodeID(rawValue: "country/AZE"), b = NodeID(rawValue: "country/RUS")
        graph.add(Edge(source: b, target: a, relation: "mentionedWith", isDirected: false, confidence: 0.3, evidence: [evidence]))
        graph.add(Edge(source: a, target: b, relation: "mentionedWith", isDirected: false, confidence: 0.3, evidence: [evidence]))
        #expect(graph.edgeCount == 1)
        let edge = try! #require(graph.edge(a, "mentionedWith", b))
        #expect(edge.count == 2 && edge.source == a && edge.evidence.count == 2)
        #expect(edge.confidence == 0.51)
    }

    @Test func capsEvidenceButKeepsCounting() {
        var graph = KnowledgeGraph(limits: .init(evidencePerItem: 2))
        let id = NodeID(rawValue: "city/baku")
        for _ in 0..<5 { graph.add(Node(id: id, type: "City", label: "Baku", mentions: [evidence])) }
        #expect(graph[id]?.mentions.count == 2)
        #expect(graph[id]?.mentionCount == 5)
    }

    @Test func listsNodesAndEdgesInStableOrder() {
        var graph = KnowledgeGraph()
        for name in ["c", "a", "b"] { graph.add(Node(id: NodeID(rawValue: "x/\(name)"), type: "Thing", label: name)) }
        #expect(graph.nodes.map(\.label) == ["a", "b", "c"])
    }

    @Test func schemaKnowsLineageAndFamilies() {
        let schema = GraphSchema(classes: [
            .init(name: "Thing", parent: nil, schemaOrg: nil),
            .init(name: "Organization", parent: "Thing", schemaOrg: "schema:Organization"),
            .init(name: "Ministry", parent: "Organization", schemaOrg: nil),
        ])
        #expect(schema.lineage(of: "Ministry") == ["Organization", "Ministry"])
        #expect(schema.family(of: "Ministry") == "Organization")
        #expect(schema.schemaOrgTerm(of: "Ministry") == "schema:Organization")
    }
}

@Suite struct EdgeOrderTests {
    static func key(_ source: String, _ relation: String, _ target: String) -> Edge.Key {
        Edge.Key(source: NodeID(rawValue: source), relation: relation, target: NodeID(rawValue: target))
    }

    /// Keys that differ in each part, where one ID is a prefix of another, and by case and punctuation.
    static let asciiKeys = [
        key("person/a", "leaderOf", "country/RUS"), key("person/ab", "leaderOf", "country/AZE"),
        key("person/a-b", "leaderOf", "country/AZE"), key("person/a", "leaderOf", "country/AZE"),
        key("person/a", "bornIn", "place/baku"), key("person/a", "leaderOfX", "country/AZE"),
        key("org/Z", "partOf", "org/z"), key("org/z", "partOf", "org/Z"), key("person/a", "leader", "country/RUS"),
    ]

    @Test func asciiKeysSortAsStrings() {
        let order = EdgeOrder(Self.asciiKeys).sortedIndices.map { Self.asciiKeys[$0] }
        #expect(order == Self.asciiKeys.sorted())
        #expect(order.first == Self.key("org/Z", "partOf", "org/z"))
    }

    @Test func unicodeKeysSortAsStrings() {
        // "é" written precomposed and decomposed: equal as strings, different as bytes.
        let keys = Self.asciiKeys + [Self.key("person/\u{E9}mile", "leaderOf", "country/FRA"),
                                     Self.key("person/e\u{301}mila", "leaderOf", "country/FRA"),
                                     Self.key("person/zo\u{eb}", "partOf", "org/a")]
        #expect(EdgeOrder(keys).sortedIndices.map { keys[$0] } == keys.sorted())
    }
}

@Suite struct TextOrderTests {
    /// Random texts from a few pieces: ASCII of both cases and punctuation, a zero byte, accents precomposed and
    /// decomposed (equal as strings, different as bytes), other scripts and emoji; many are prefixes of others.
    static func randomTexts(count: Int, seed: UInt64) -> [String] {
        var generator = SeededGenerator(seed: seed)
        let pieces = ["a", "b", "B", "-", "/", "z", "\u{0}", "\u{E9}", "e\u{301}", "\u{1F30D}", "\u{5E9}", "ab", "person/"]
        return (0..<count).map { _ in
            (0..<Int.random(in: 0...7, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
        }
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func sortsAsStrings(seed: UInt64) {
        let texts = Self.randomTexts(count: 300, seed: seed)
        let order = TextOrder(texts).sortedIndices
        #expect(order.map { texts[$0] } == texts.sorted())
        // Equal texts keep their index order.
        #expect(order == texts.indices.sorted { (texts[$0], $0) < (texts[$1], $1) })
        let ascii = texts.filter { $0.utf8.allSatisfy { $0 < 0x80 } }
        #expect(TextOrder(ascii).sortedIndices.map { ascii[$0] } == ascii.sorted())
    }

    @Test func ranksEqualTextsAlike() {
        let texts = ["b", "a", "e\u{301}", "b", "\u{E9}", ""]
        #expect(TextOrder(texts).ranks == [2, 1, 3, 2, 3, 0])
        #expect(TextOrder([]).sortedIndices.isEmpty)
    }
}

extension EdgeOrderTests {
    @Test(arguments: [1, 2, 3] as [UInt64])
    func randomKeysSortAsStrings(seed: UInt64) {
        let ids = TextOrderTests.randomTexts(count: 40, seed: seed)
        let relations = ["leaderOf", "partOf", "leader", "", "r\u{E9}", "re\u{301}"]
        var generator = SeededGenerator(seed: seed)
        let keys = (0..<400).map { _ in
            Self.key(ids.randomElement(using: &generator) ?? "", relations.randomElement(using: &generator) ?? "",
                     ids.randomElement(using: &generator) ?? "")
        }
        let expected = keys.indices.sorted { (keys[$0], $0) < (keys[$1], $1) }
        #expect(EdgeOrder(keys).sortedIndices == expected)
        // With some of the IDs given in order (as a graph's nodes are), or all of them.
        let given = Set(ids.prefix(25)).sorted().map { NodeID(rawValue: $0) }
        #expect(EdgeOrder(keys, sortedIDs: given).sortedIndices == expected)
        let all = Set(keys.flatMap { [$0.source.rawValue, $0.target.rawValue] }).sorted().map { NodeID(rawValue: $0) }
        #expect(EdgeOrder(keys, sortedIDs: all).sortedIndices == expected)
    }
}

@Suite struct SortedGraphTests {
    @Test func holdsTheGraphsOrder() {
        var graph = KnowledgeGraph()
        for name in ["c", "a", "\u{E9}", "b"] {
            graph.add(Node(id: NodeID(rawValue: "x/\(name)"), type: "Thing", label: name))
        }
        for (source, target) in [("c", "a"), ("a", "c"), ("b", "\u{E9}"), ("a", "b")] {
            graph.add(Edge(source: NodeID(rawValue: "x/\(source)"), target: NodeID(rawValue: "x/\(target)"), relation: "r"))
        }
        let sorted = SortedGraph(graph)
        #expect(sorted.nodes.map(\.label) == ["a", "b", "c", "\u{E9}"])
        #expect(sorted.nodes == graph.nodes && sorted.edges == graph.edges)
        #expect(sorted.edges.map(\.key) == graph.unorderedEdges.map(\.key).sorted())
    }
}

extension SortedGraphTests {
    @Test func listsEachRelationOnce() {
        var graph = KnowledgeGraph()
        for (source, relation, target) in [("a", "r2", "b"), ("b", "r1", "a"), ("a", "r1", "c"), ("c", "r\u{E9}", "a"), ("c", "r2", "b")] {
            graph.add(Edge(source: NodeID(rawValue: source), target: NodeID(rawValue: target), relation: relation))
        }
        let sorted = SortedGraph(graph)
        #expect(sorted.relations == ["r1", "r2", "r\u{E9}"])
        #expect(sorted.relationIndices.map { sorted.relations[$0] } == sorted.edges.map(\.relation))
        #expect(SortedGraph(KnowledgeGraph()).relations.isEmpty)
    }
}
