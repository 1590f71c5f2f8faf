import Foundation
import Testing
import TestSupport
import NewsGraph
@testable import NewsGraphCLI

@Suite struct TrainTaggerCommandTests {
    let ontology = ["--ontology", Fixtures.ontologyDirectory.path]

    /// A folder with a tiny CoNLL-2003 file of invented sentences.
    func trainingFile() throws -> (directory: URL, file: URL) {
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
        return (directory, file)
    }

    @Test func anUnknownFeatureGroupIsAUsageErrorNamingTheGroups() throws {
        let (directory, file) = try trainingFile()
        defer { try? FileManager.default.removeItem(at: directory) }
        let model = directory.appendingPathComponent("m.bin")
        let io = CapturingTerminal()
        let arguments = ["train-tagger", "--train", "conll:" + file.path, "--dev", "conll:" + file.path, "--without", "suffixes",
                         "-o", model.path] + ontology
        #expect(io.run(arguments) == 64)
        #expect(io.error.hasPrefix("error: --without needs a feature group (affixes, shapes,"))
        #expect(!FileManager.default.fileExists(atPath: model.path))
    }

    @Test func aModelTrainedWithoutAGroupRecordsIt() throws {
        let (directory, file) = try trainingFile()
        defer { try? FileManager.default.removeItem(at: directory) }
        let model = directory.appendingPathComponent("m.bin")
        let io = CapturingTerminal()
        let arguments = ["train-tagger", "--train", "conll:" + file.path, "--dev", "conll:" + file.path, "--epochs", "1",
                         "--without", "affixes", "--without", "headline", "-o", model.path] + ontology
        #expect(io.run(arguments) == 0, "\(io.error)")
        let tagger = try NameTagger.load(contentsOf: model, lexicon: TaggerLexicon(entries: [], firstNames: [], surnames: []))
        #expect(tagger.header.disabledFeatures == ["affixes", "headline"])
    }
}
