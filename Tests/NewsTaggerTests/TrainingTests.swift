import Foundation
import Testing
@testable import NewsTagger

@Suite("Training, model files, tagging")
struct TrainingTests {
    static let corpus = """
    -DOCSTART- -X- O O

    Peter NNP I-NP I-PER
    Smith NNP I-NP I-PER
    visited VBD I-VP O
    Paris NNP I-NP I-LOC
    . . O O

    The DT I-NP O
    United NNP I-NP I-ORG
    Nations NNP I-NP I-ORG
    met VBD I-VP O
    in IN I-PP O
    Geneva NNP I-NP I-LOC
    . . O O

    Smith NNP I-NP I-PER
    praised VBD I-VP O
    the DT I-NP O
    German JJ I-NP I-MISC
    plan NN I-NP O
    . . O O

    -DOCSTART- -X- O O

    Mary NNP I-NP I-PER
    Jones NNP I-NP I-PER
    works VBZ I-VP O
    for IN I-PP O
    Acme NNP I-NP I-ORG
    Corp NNP I-NP I-ORG
    in IN I-PP O
    Berlin NNP I-NP I-LOC
    . . O O

    Jones NNP I-NP I-PER
    said VBD I-VP O
    Acme NNP I-NP I-ORG
    will MD I-VP O
    open VB I-VP O
    an DT I-NP O
    office NN I-NP O
    in IN I-PP O
    London NNP I-NP I-LOC
    . . O O

    """

    static func corpusFile() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("newstagger-tiny-\(UUID().uuidString).conll")
        try corpus.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    static func options(_ url: URL) -> TaggerTrainer.Options {
        TaggerTrainer.Options(trainFiles: [.conll(path: url.path)], devFiles: [.conll(path: url.path)],
                              epochs: 8, seed: 7, featureCutoff: 1, beamSize: 3)
    }

    static let lexicon = TaggerLexicon(entries: [.init(surface: "Paris", type: .location), .init(surface: "United Nations", type: .organization)],
                                       firstNames: ["MARY", "PETER"], surnames: ["SMITH", "JONES"])

    @Test("A tiny hand-written corpus is learned, with progress per epoch")
    func learnsTinyCorpus() throws {
        let url = try Self.corpusFile()
        defer { try? FileManager.default.removeItem(at: url) }
        var lines: [String] = []
        let (data, report) = try TaggerTrainer.train(options: Self.options(url), lexicon: Self.lexicon) { lines.append($0) }
        #expect(report.headline.f1 == 1.0)
        #expect(report.overall.f1 == 1.0)
        #expect(lines.filter { $0.hasPrefix("epoch ") && $0.contains(" dev ") }.count == 8)
        #expect(lines.contains { $0.contains("PER/LOC/ORG  P 100.00") })
        let tagger = try NameTagger(modelData: data, lexicon: Self.lexicon)
        let tagged = tagger.tag(document: [["Peter", "Smith", "visited", "Paris", "."]])
        #expect(tagged[0].map(\.tag) == ["B-PER", "I-PER", "O", "B-LOC", "O"])
        #expect(tagged[0].allSatisfy { $0.confidence > 0 && $0.confidence <= 1 })
        #expect(tagged[0][3].entityType == .location && tagged[0][3].isBeginning)
        #expect(tagger.header.trainingSentences == 5)
        #expect(tagger.header.devReports.first?.headline.f1 == 1.0)
        #expect(tagger.lexiconMismatch == nil)
        #expect(tagger.tag(document: []).isEmpty)
        #expect(tagger.tag(document: [[]]) == [[]])
    }

    @Test("Training is deterministic: same data and seed give byte-identical models")
    func deterministic() throws {
        let url = try Self.corpusFile()
        defer { try? FileManager.default.removeItem(at: url) }
        let a = try TaggerTrainer.train(options: Self.options(url), lexicon: Self.lexicon) { _ in }.model
        let b = try TaggerTrainer.train(options: Self.options(url), lexicon: Self.lexicon) { _ in }.model
        #expect(a == b)
    }

    @Test("Model files round-trip; corrupt, truncated and missing files are errors naming the file")
    func roundTripAndCorruption() throws {
        let url = try Self.corpusFile()
        defer { try? FileManager.default.removeItem(at: url) }
        let (data, _) = try TaggerTrainer.train(options: Self.options(url), lexicon: Self.lexicon) { _ in }
        let modelURL = FileManager.default.temporaryDirectory.appendingPathComponent("newstagger-model-\(UUID().uuidString).bin")
        try data.write(to: modelURL)
        defer { try? FileManager.default.removeItem(at: modelURL) }
        let loaded = try NameTagger.load(contentsOf: modelURL, lexicon: Self.lexicon)
        let direct = try NameTagger(modelData: data, lexicon: Self.lexicon)
        #expect(loaded.header == direct.header)
        let doc = [["Mary", "Jones", "met", "Smith", "in", "Paris", "."], ["Acme", "Corp", "said", "so", "."]]
        #expect(loaded.tag(document: doc) == direct.tag(document: doc))
        #expect(loaded.header.tags == ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"])
        #expect(loaded.header.lexicon == Self.lexicon.fingerprint)

        var corrupt = data
        corrupt[corrupt.count / 2] ^= 0x55
        try corrupt.write(to: modelURL)
        #expect(throws: TaggerError.self) { try NameTagger.load(contentsOf: modelURL, lexicon: Self.lexicon) }
        do {
            _ = try NameTagger.load(contentsOf: modelURL, lexicon: Self.lexicon)
        } catch {
            #expect("\(error)" == "\(modelURL.path): error: invalid tagger model: checksum mismatch (file is corrupt or truncated)")
        }
        try data.prefix(data.count - 100).write(to: modelURL)
        #expect(throws: TaggerError.self) { try NameTagger.load(contentsOf: modelURL, lexicon: Self.lexicon) }
        try Data("hello world, not a model".utf8).write(to: modelURL)
        do {
            _ = try NameTagger.load(contentsOf: modelURL, lexicon: Self.lexicon)
            Issue.record("expected an error")
        } catch {
            #expect("\(error)".contains("bad magic number") && "\(error)".hasPrefix(modelURL.path))
        }
        let missing = URL(fileURLWithPath: "/nonexistent/ner-tagger.bin")
        do {
            _ = try NameTagger.load(contentsOf: missing, lexicon: Self.lexicon)
            Issue.record("expected an error")
        } catch {
            #expect("\(error)".hasPrefix("/nonexistent/ner-tagger.bin: error: invalid tagger model: cannot read"))
        }
    }

    @Test("A different lexicon is reported, or rejected on request")
    func lexiconMismatch() throws {
        let url = try Self.corpusFile()
        defer { try? FileManager.default.removeItem(at: url) }
        let (data, _) = try TaggerTrainer.train(options: Self.options(url), lexicon: Self.lexicon) { _ in }
        let other = try NameTagger(modelData: data, lexicon: .empty)
        #expect(other.lexiconMismatch != nil)
        #expect(throws: TaggerError.self) { try NameTagger(modelData: data, lexicon: .empty, requireMatchingLexicon: true) }
    }

    @Test("Bad options are rejected")
    func badOptions() {
        #expect(throws: TaggerError.invalidOptions("no training files")) {
            try TaggerTrainer.train(options: .default, lexicon: .empty) { _ in }
        }
    }
}
