// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "NewsGraph",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "NewsGraph", targets: ["NewsGraph"]),
        .executable(name: "newsgraph", targets: ["newsgraph"]),
    ],
    targets: [
        // Text: documents, cleaning, sentences, tokens. No knowledge of entities.
        .target(name: "NewsText"),
        // The graph model: nodes, edges, evidence, merging. No NLP inside.
        .target(name: "KnowledgeGraph"),
        // A statistical name tagger (averaged perceptron), strings in, tags out.
        .target(name: "NewsTagger"),
        // The ontology as data files, bundled as resources.
        .target(
            name: "NewsGraphOntology",
            path: "Ontology",
            exclude: ["README.md", "scripts"],
            resources: [.copy("schema"), .copy("gazetteers"), .copy("patterns"), .copy("models")]
        ),
        // Extraction stages: gazetteers, patterns, resolution, observations for the graph.
        .target(name: "NewsExtraction", dependencies: ["NewsText", "KnowledgeGraph", "NewsTagger"]),
        // Exporters: DOT, GraphML, JSON-LD.
        .target(name: "GraphExport", dependencies: ["KnowledgeGraph"]),
        // The public façade: load an ontology, build a graph from texts, export it.
        .target(
            name: "NewsGraph",
            dependencies: ["NewsText", "NewsExtraction", "KnowledgeGraph", "GraphExport", "NewsGraphOntology"]
        ),
        .target(name: "NewsGraphCLI", dependencies: ["NewsGraph"]),
        .executableTarget(name: "newsgraph", dependencies: ["NewsGraphCLI"]),
        .executableTarget(name: "newsgraph-benchmark", dependencies: ["NewsGraph", "NewsGraphCLI"]),

        .target(name: "TestSupport", dependencies: ["NewsGraph", "NewsGraphCLI"], path: "Tests/TestSupport"),
        .testTarget(name: "NewsTextTests", dependencies: ["NewsText", "TestSupport"]),
        .testTarget(name: "KnowledgeGraphTests", dependencies: ["KnowledgeGraph", "TestSupport"]),
        .testTarget(name: "NewsTaggerTests", dependencies: ["NewsTagger"]),
        .testTarget(name: "NewsExtractionTests", dependencies: ["NewsExtraction", "NewsGraph", "TestSupport"]),
        .testTarget(name: "GraphExportTests", dependencies: ["GraphExport", "TestSupport"]),
        .testTarget(name: "NewsGraphCLITests", dependencies: ["NewsGraphCLI", "TestSupport"]),
    ]
)
