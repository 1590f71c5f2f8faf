import Foundation
import Testing
@testable import NewsTagger

@Suite("Word clusters")
struct WordClustersTests {
    static let text = """
        # made-up clusters: two levels
        # date: 2026-01-01
        paris\t1\t12
        london\t1\t12
        smith\t2\t20
        0000\t3\t31
        said\t0\t3

        """

    static func clusters(_ text: String = text, name: String = "test-clusters.tsv") throws -> WordClusters {
        try WordClusters(parsing: Array(text.utf8), name: name)
    }

    @Test("Parses word and ids per level; looks words up as the tagger's norm (case folded, digits as 0)")
    func parses() throws {
        let clusters = try Self.clusters()
        #expect(clusters.levels == 2)
        #expect(clusters.levelSizes == [4, 32])
        #expect(clusters.wordCount == 5)
        #expect(clusters.ids(of: "Paris") == [1, 12])
        #expect(clusters.ids(of: "LONDON") == [1, 12])
        #expect(clusters.ids(of: "1996") == [3, 31])
        #expect(clusters.ids(of: "said") == [0, 3])
        #expect(clusters.ids(of: "Berlin") == [])
        #expect(clusters.source == "test-clusters.tsv 5 words, levels 4 32")
        #expect(WordClusters.empty.ids(of: "paris") == [])
    }

    @Test("The hash covers the data lines, not the comments")
    func hash() throws {
        let a = try Self.clusters()
        let redated = try Self.clusters(Self.text.replacingOccurrences(of: "2026-01-01", with: "2027-05-05"))
        let changed = try Self.clusters(Self.text.replacingOccurrences(of: "smith\t2\t20", with: "smith\t2\t21"))
        #expect(a.hash == redated.hash)
        #expect(a.hash != changed.hash)
    }

    @Test("Malformed lines are errors naming file, line and what was expected", arguments: [
        ("paris\n", 1, "expected a word and 1 to 3 tab-separated cluster ids, found 1 columns"),
        ("paris\t1\t2\t3\t4\n", 1, "expected a word and 1 to 3 tab-separated cluster ids, found 5 columns"),
        ("# c\nparis\t1\t2\nsmith\t3\n", 3, "expected 2 cluster ids as on the first line, found 1"),
        ("paris\tx\n", 1, "cluster id \"x\" is not a whole number in 0...1023"),
        ("paris\t1024\n", 1, "cluster id \"1024\" is not a whole number in 0...1023"),
        ("\t5\n", 1, "expected a word and 1 to 3 tab-separated cluster ids, found 2 columns"),
    ])
    func malformed(text: String, line: Int, reason: String) {
        #expect(throws: TaggerError.malformedLine(file: "bad.tsv", line: line, reason: reason)) {
            try Self.clusters(text, name: "bad.tsv")
        }
    }

    @Test("A lexicon with clusters names them in its fingerprint; the gazetteer hash is unchanged")
    func fingerprint() throws {
        let lexicon = TrainingTests.lexicon
        let with = lexicon.with(clusters: try Self.clusters())
        #expect(with.fingerprint.hash == lexicon.fingerprint.hash)
        #expect(with.fingerprint.clusters == "test-clusters.tsv 5 words, levels 4 32")
        #expect(with.fingerprint.clusterHash == (try Self.clusters()).hash)
        #expect(lexicon.fingerprint.clusters == nil && lexicon.fingerprint.clusterHash == nil)
    }

    @Test("The clusters group adds the ids of the token and its neighbours at each level")
    func features() throws {
        let lexicon = TrainingTests.lexicon.with(clusters: try Self.clusters())
        let document = [["Smith", "said", "in", "Paris", "."]]
        func keys(clusters: Bool, config: FeatureConfig) -> [[UInt64]] {
            let doc = DocumentContext(document: document, lexicon: clusters ? lexicon : TrainingTests.lexicon)
            let extractor = FeatureExtractor(config: config)
            return (0..<5).map { i in
                var keys: [UInt64] = []
                extractor.staticKeys(doc, sentence: 0, token: i, history: PredictionHistory(), into: &keys)
                return keys
            }
        }
        let on = keys(clusters: true, config: FeatureConfig())
        let off = keys(clusters: false, config: FeatureConfig(disabled: [.clusters]))
        #expect(keys(clusters: true, config: FeatureConfig(disabled: [.clusters])) == off)
        #expect(keys(clusters: false, config: FeatureConfig()) == off)
        // "Paris" (token 3): its two levels; "in" before it and "." after it are unknown words, one key each.
        let paris = Set(on[3]).subtracting(off[3])
        #expect(paris.count == 4)
        #expect(paris.contains(FeatureHash.key(Template.cluster, 0 << 16 | 1)))
        #expect(paris.contains(FeatureHash.key(Template.cluster, 1 << 16 | 12)))
        #expect(paris.contains(FeatureHash.key(Template.clusterM1, 0xFFFF)))
        #expect(paris.contains(FeatureHash.key(Template.clusterP1, 0xFFFF)))
        // "Smith" (token 0) starts the sentence: the edge has a value of its own.
        let smith = Set(on[0]).subtracting(off[0])
        #expect(smith.contains(FeatureHash.key(Template.clusterM1, 0xFFFE)))
        #expect(smith.contains(FeatureHash.key(Template.clusterP1, 1 << 16 | 3)))
        #expect(smith.count == 5)
        // Smith, said, in, Paris, ".": 2 + 1 + 2, 2 + 2 + 1, 1 + 2 + 2, 2 + 1 + 1, 1 + 2 + 1 keys.
        #expect(on.joined().count == off.joined().count + 5 + 5 + 5 + 4 + 4)
    }

    @Test("The clusters group is off for a header that does not enable it")
    func optIn() throws {
        let url = try TrainingTests.corpusFile()
        defer { try? FileManager.default.removeItem(at: url) }
        let (data, _) = try TaggerTrainer.train(options: TrainingTests.options(url), lexicon: TrainingTests.lexicon) { _ in }
        let model = try CompiledModel.deserialize(data, file: "m")
        #expect(model.header.enabledFeatures == nil)
        #expect(!model.config.on(.clusters))
        #expect(model.config.on(.gazetteer))
        var header = model.header
        header.enabledFeatures = ["clusters"]
        #expect(FeatureConfig(header: header).on(.clusters))
        header.disabledFeatures = ["clusters"]
        #expect(!FeatureConfig(header: header).on(.clusters))
    }

    @Test("Training without the group ignores the lexicon's clusters: the same bytes as without them")
    func withoutGroupSameModel() throws {
        let url = try TrainingTests.corpusFile()
        defer { try? FileManager.default.removeItem(at: url) }
        let plain = try TaggerTrainer.train(options: TrainingTests.options(url), lexicon: TrainingTests.lexicon) { _ in }.model
        let withClusters = TrainingTests.lexicon.with(clusters: try Self.clusters())
        let ignored = try TaggerTrainer.train(options: TrainingTests.options(url), lexicon: withClusters) { _ in }.model
        #expect(plain == ignored)
        // And that model tags the same with or without clusters in the lexicon.
        let document = [["Mary", "Jones", "met", "Smith", "in", "Paris", "."], ["Acme", "Corp", "said", "so", "."]]
        #expect(try NameTagger(modelData: plain, lexicon: withClusters).tag(document: document)
            == NameTagger(modelData: plain, lexicon: TrainingTests.lexicon).tag(document: document))
    }

    @Test("A model trained with clusters records them and finds its cluster file beside itself")
    func trainedWithClusters() throws {
        let url = try TrainingTests.corpusFile()
        defer { try? FileManager.default.removeItem(at: url) }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newstagger-clusters-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let clusterURL = folder.appendingPathComponent("my-clusters.tsv")
        try Self.text.write(to: clusterURL, atomically: true, encoding: .utf8)
        let clusters = try WordClusters.load(contentsOf: clusterURL)
        #expect(clusters.source == "\(folder.lastPathComponent)/my-clusters.tsv 5 words, levels 4 32")

        var options = TrainingTests.options(url)
        options.enabledFeatures = [.clusters]
        #expect(throws: TaggerError.self) { try TaggerTrainer.train(options: options, lexicon: TrainingTests.lexicon) { _ in } }
        let lexicon = TrainingTests.lexicon.with(clusters: clusters)
        let (data, report) = try TaggerTrainer.train(options: options, lexicon: lexicon) { _ in }
        #expect(report.headline.f1 == 1.0)
        let modelURL = folder.appendingPathComponent("model.bin")
        try data.write(to: modelURL)

        let loaded = try NameTagger.load(contentsOf: modelURL, lexicon: TrainingTests.lexicon)
        #expect(loaded.header.enabledFeatures == ["clusters"])
        #expect(loaded.header.lexicon.clusterHash == clusters.hash)
        #expect(loaded.lexicon.clusters.hash == clusters.hash)
        #expect(loaded.lexiconMismatch == nil)
        let document = [["Mary", "Jones", "met", "Smith", "in", "Paris", "."]]
        #expect(loaded.tag(document: document) == (try NameTagger(modelData: data, lexicon: lexicon)).tag(document: document))

        // Without its cluster file beside it, loading fails, naming the file.
        try FileManager.default.removeItem(at: clusterURL)
        #expect(throws: TaggerError.cannotRead(file: clusterURL.path, reason: "no such file; the model model.bin was trained with these word clusters")) {
            try NameTagger.load(contentsOf: modelURL, lexicon: TrainingTests.lexicon)
        }
        // Other clusters, or none, are a mismatch.
        let other = TrainingTests.lexicon.with(clusters: try Self.clusters(Self.text.replacingOccurrences(of: "\t12\n", with: "\t13\n")))
        #expect(try NameTagger(modelData: data, lexicon: other).lexiconMismatch?.contains("word clusters") == true)
        #expect(try NameTagger(modelData: data, lexicon: TrainingTests.lexicon).lexiconMismatch != nil)
        #expect(throws: TaggerError.self) { try NameTagger(modelData: data, lexicon: other, requireMatchingLexicon: true) }
    }
}
