import NewsGraph

/// Small hand-made graphs for exporter tests.
public enum SampleGraphs {
    /// A schema with the classes and relations the sample graphs use.
    public static let schema = GraphSchema(
        classes: [
            .init(name: "Thing", parent: nil, schemaOrg: nil),
            .init(name: "Place", parent: "Thing", schemaOrg: "schema:Place"),
            .init(name: "Country", parent: "Place", schemaOrg: "schema:Country"),
            .init(name: "City", parent: "Place", schemaOrg: "schema:City"),
            .init(name: "Person", parent: "Thing", schemaOrg: "schema:Person"),
            .init(name: "Organization", parent: "Thing", schemaOrg: "schema:Organization"),
            .init(name: "GovernmentOrganization", parent: "Organization", schemaOrg: "schema:GovernmentOrganization"),
            .init(name: "Ministry", parent: "GovernmentOrganization", schemaOrg: nil),
        ],
        relations: [
            .init(name: "mentionedWith", label: "mentioned with", isDirected: false),
            .init(name: "leaderOf", label: "leader of"),
            .init(name: "memberOf", label: "member of", schemaOrg: "schema:memberOf"),
        ])

    /// Two countries, a leader and a ministry, with typed and co-mention edges.
    public static var crisis: KnowledgeGraph {
        var graph = KnowledgeGraph(schema: schema)
        let evidence = Evidence(document: "story.txt", sentence: "Aliyev met Putin in Moscow.", start: 0, end: 6, rule: "test")
        graph.add(Node(id: NodeID(rawValue: "country/AZE"), type: "Country", label: "Azerbaijan",
                       aliases: ["Azerbaijani"], attributes: ["alpha2": "AZ"], confidence: 0.95, mentions: [evidence]))
        graph.add(Node(id: NodeID(rawValue: "country/RUS"), type: "Country", label: "Russia", confidence: 0.95))
        graph.add(Node(id: NodeID(rawValue: "person/ilham-aliyev"), type: "Person", label: "Ilham Aliyev", confidence: 0.9))
        graph.add(Node(id: NodeID(rawValue: "org/mfa-aze"), type: "Ministry", label: "Ministry of Foreign Affairs", confidence: 0.8))
        graph.add(Edge(source: NodeID(rawValue: "person/ilham-aliyev"), target: NodeID(rawValue: "country/AZE"),
                       relation: "leaderOf", confidence: 0.9, evidence: [evidence]))
        graph.add(Edge(source: NodeID(rawValue: "org/mfa-aze"), target: NodeID(rawValue: "country/AZE"),
                       relation: "memberOf", confidence: 0.7))
        graph.add(Edge(source: NodeID(rawValue: "country/RUS"), target: NodeID(rawValue: "country/AZE"),
                       relation: "mentionedWith", isDirected: false, confidence: 0.3, count: 2, evidence: [evidence, evidence]))
        return graph
    }

    /// One person node per hostile name, each linked to the next.
    public static var hostile: KnowledgeGraph {
        var graph = KnowledgeGraph(schema: schema)
        let ids = Fixtures.hostileNames.enumerated().map { NodeID(rawValue: "person/hostile-\($0.offset)") }
        for (index, name) in Fixtures.hostileNames.enumerated() {
            graph.add(Node(id: ids[index], type: "Person", label: name, aliases: [name + " alias"],
                           attributes: ["note": name], confidence: 0.5,
                           mentions: [Evidence(document: "doc \"1\".txt", sentence: name, start: 0, end: 3, rule: "r<&>")]))
        }
        for index in ids.indices.dropLast() {
            graph.add(Edge(source: ids[index], target: ids[index + 1], relation: "mentionedWith", isDirected: false,
                           attributes: ["why": Fixtures.hostileNames[index]], confidence: 0.3))
        }
        return graph
    }
}
