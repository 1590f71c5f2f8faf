import Foundation
import Testing
import TestSupport
import NewsGraph
@testable import NewsGraphCLI

@Suite struct TrainTaggerCommandTests {
    let ontology = ["--ontology", Fixtures.ontologyDirectory.path]

    /// A training run on a tiny CoNLL-2003 file of invented sentences, in a folder of its own.
    struct Run {
        let directory: URL
        /// Where the model is written.
        let model: URL
        /// `train-tagger` on the file (also as dev set) with `options`, writing ``model``.
        let arguments: [String]
    }

    func trainingRun(_ options: [String]) throws -> Run {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("train-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = directory.appendingPathComponent("tiny.conll")
        let sentences = [
            [("Nadia", "B-PER"), ("Karimova", "I-PER"), ("flew", "O"), ("to", "O"), ("Tashkent", "B-LOC"), (".", "O")],
            [("The", "O"), ("Asian", "B-ORG"), ("Development", "I-ORG"), ("Bank", "I-ORG"), ("lent", "O"), ("money", "O"), (".", "O")],
            [("Karimova", "B-PER"), ("met", "O"), ("officials", "O"), ("in", "O"), ("Samarkand", "B-LOC"), (".", "O")],
        ]
        let lines = ["-DOCSTART- -X- -X- O", ""] + sentences.flatMap { sentence in
            sentence.map { "\($0.0) NNP I-NP \($0.1)" } + [""]
        }
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        let model = directory.appendingPathComponent("m.bin")
        let arguments = ["train-tagger", "--train", "conll:" + file.path, "--dev", "conll:" + file.path, "-o", model.path]
            + options + ontology
        return Run(directory: directory, model: model, arguments: arguments)
    }

    @Test func anUnknownFeatureGroupIsAUsageErrorNamingTheGroups() throws {
        let run = try trainingRun(["--without", "suffixes"])
        defer { try? FileManager.default.removeItem(at: run.directory) }
        let io = CapturingTerminal()
        #expect(io.run(run.arguments) == 64)
        #expect(io.error.hasPrefix("error: --without needs a feature group (affixes, shapes,"))
        #expect(!FileManager.default.fileExists(atPath: run.model.path))
    }

    @Test func aModelTrainedWithoutAGroupRecordsIt() throws {
        let run = try trainingRun(["--epochs", "1", "--without", "affixes", "--without", "headline"])
        defer { try? FileManager.default.removeItem(at: run.directory) }
        let io = CapturingTerminal()
        #expect(io.run(run.arguments) == 0, "\(io.error)")
        let tagger = try NameTagger.load(contentsOf: run.model, lexicon: TaggerLexicon(entries: [], firstNames: [], surnames: []))
        #expect(tagger.header.disabledFeatures == ["affixes", "headline"])
    }

    @Test func withTakesOnlyOptInGroups() throws {
        let run = try trainingRun(["--with", "affixes"])
        defer { try? FileManager.default.removeItem(at: run.directory) }
        let io = CapturingTerminal()
        #expect(io.run(run.arguments) == 64)
        #expect(io.error.hasPrefix("error: --with needs an opt-in feature group (clusters), not \"affixes\""))
    }

    @Test func aModelTrainedWithClustersRecordsThem() throws {
        var run = try trainingRun(["--epochs", "1"])
        defer { try? FileManager.default.removeItem(at: run.directory) }
        let clusters = run.directory.appendingPathComponent("word-clusters.tsv")
        try "# test\nkarimova\t1\nsamarkand\t2\ntashkent\t2\n".write(to: clusters, atomically: true, encoding: .utf8)
        run = Run(directory: run.directory, model: run.model, arguments: run.arguments + ["--with", "clusters", "--clusters", clusters.path])
        let io = CapturingTerminal()
        #expect(io.run(run.arguments) == 0, "\(io.error)")
        let tagger = try NameTagger.load(contentsOf: run.model, lexicon: TaggerLexicon(entries: [], firstNames: [], surnames: []))
        #expect(tagger.header.enabledFeatures == ["clusters"])
        #expect(tagger.header.lexicon.clusters?.hasSuffix("/word-clusters.tsv 3 words, levels 3") == true)
    }
}
