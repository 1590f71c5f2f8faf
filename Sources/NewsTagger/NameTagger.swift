import Foundation

/// A trained named-entity tagger (averaged structured perceptron, beam search) for
/// PER, LOC, ORG and MISC with IOB2 output. Works on raw tokens only (no POS tags needed).
///
/// ```swift
/// let lexicon = try TaggerLexicon.load(gazetteerDirectory: gazetteers, nameListDirectory: names)
/// let tagger = try NameTagger.load(contentsOf: modelURL, lexicon: lexicon)
/// let tags = tagger.tag(document: [["Angela", "Merkel", "visited", "Paris", "."]])
/// ```
public struct NameTagger: Sendable {
    let model: CompiledModel
    /// The lexicon used for gazetteer and name features.
    public let lexicon: TaggerLexicon
    /// When the lexicon differs from the one the model was trained with: a description of the
    /// difference (tagging still works, usually slightly less accurately); nil when they match.
    public let lexiconMismatch: String?

    /// The model's header: training data, settings, dev scores, creator.
    public var header: ModelHeader { model.header }

    /// Loads a model file. With `requireMatchingLexicon`, a lexicon that differs from the
    /// training lexicon throws ``TaggerError/lexiconMismatch(file:expected:found:)``; otherwise
    /// the difference is reported in ``lexiconMismatch``.
    ///
    /// A model trained with the ``FeatureGroup/clusters`` features, given a lexicon without word clusters,
    /// reads them from the file its header names (``LexiconFingerprint/clusters``, by default
    /// ``WordClusters/defaultFileName``) in the model's folder, and throws ``TaggerError/cannotRead(file:reason:)``
    /// when that file is missing (without its clusters such a model tags far worse).
    public static func load(contentsOf url: URL, lexicon: TaggerLexicon, requireMatchingLexicon: Bool = false) throws -> NameTagger {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw TaggerError.invalidModel(file: url.path, reason: "cannot read: \(error.localizedDescription)")
        }
        let model = try CompiledModel.deserialize(data, file: url.path)
        var lexicon = lexicon
        if model.config.on(.clusters), lexicon.clusters.levels == 0 {
            let named = model.header.lexicon.clusters?.split(separator: " ").first.map { String($0.split(separator: "/").last ?? $0) }
            let file = url.deletingLastPathComponent().appendingPathComponent(named ?? WordClusters.defaultFileName)
            guard FileManager.default.fileExists(atPath: file.path) else {
                throw TaggerError.cannotRead(file: file.path, reason: "no such file; the model \(url.lastPathComponent) was trained with these word clusters")
            }
            lexicon = lexicon.with(clusters: try WordClusters.load(contentsOf: file))
        }
        return try NameTagger(model: model, lexicon: lexicon, name: url.path, requireMatchingLexicon: requireMatchingLexicon)
    }

    /// Loads a model from the bytes of a model file; `name` identifies it in errors.
    public init(modelData: Data, lexicon: TaggerLexicon, name: String = "<model data>", requireMatchingLexicon: Bool = false) throws {
        try self.init(model: CompiledModel.deserialize(modelData, file: name), lexicon: lexicon, name: name,
                      requireMatchingLexicon: requireMatchingLexicon)
    }

    private init(model: CompiledModel, lexicon: TaggerLexicon, name: String, requireMatchingLexicon: Bool) throws {
        var mismatch: String? = nil
        if model.header.lexicon.hash != lexicon.fingerprint.hash {
            let expected = model.header.lexicon.description + " [" + model.header.lexicon.sources.joined(separator: ", ") + "]"
            let found = lexicon.fingerprint.description + " [" + lexicon.fingerprint.sources.joined(separator: ", ") + "]"
            if requireMatchingLexicon {
                throw TaggerError.lexiconMismatch(file: name, expected: expected, found: found)
            }
            mismatch = "model trained with lexicon \(expected); loaded lexicon is \(found)"
        } else if model.config.on(.clusters), model.header.lexicon.clusterHash != lexicon.fingerprint.clusterHash {
            let expected = "word clusters " + (model.header.lexicon.clusters.map { "\($0), hash \(model.header.lexicon.clusterHash ?? "?")" } ?? "(none)")
            let found = "word clusters " + (lexicon.fingerprint.clusters.map { "\($0), hash \(lexicon.fingerprint.clusterHash ?? "?")" } ?? "(none)")
            if requireMatchingLexicon {
                throw TaggerError.lexiconMismatch(file: name, expected: expected, found: found)
            }
            mismatch = "model trained with \(expected); loaded lexicon has \(found)"
        }
        self.init(model: model, lexicon: lexicon, lexiconMismatch: mismatch)
    }

    init(model: CompiledModel, lexicon: TaggerLexicon, lexiconMismatch: String? = nil) {
        self.model = model
        self.lexicon = lexicon
        self.lexiconMismatch = lexiconMismatch
    }

    /// Tags one document given as sentences of tokens. Returns one ``TaggedToken`` per input
    /// token: an IOB2 tag (`"B-PER"`, `"I-ORG"`, `"O"`, …) and a confidence in 0...1.
    /// Sentences of the same document share document-level evidence (a word seen as a person
    /// earlier, a capitalized word that also appears in lower case), so pass whole documents.
    public func tag(document: [[String]]) -> [[TaggedToken]] {
        let result = model.tag(document, lexicon: lexicon, withConfidence: true)
        var output: [[TaggedToken]] = []
        output.reserveCapacity(document.count)
        for (tags, conf) in zip(result.tags, result.confidences) {
            output.append(zip(tags, conf).map { TaggedToken(code: $0.0, confidence: $0.1) })
        }
        return output
    }

    /// Tags one document given as UTF-8 text, the byte ranges of its tokens and its sentences as
    /// ranges of token indices. Returns one ``TaggedToken`` per token, in token order (tokens in
    /// no sentence are `O`). Builds no strings for ASCII tokens: this is the fast path; to tag many
    /// documents, a ``Session`` is faster still.
    public func tag(utf8 text: [UInt8], tokens: [Range<Int>], sentences: [Range<Int>]) -> [TaggedToken] {
        var session = makeSession()
        return session.tag(utf8: text, tokens: tokens, sentences: sentences)
    }

    /// A session for tagging many documents one after another.
    public func makeSession() -> Session { Session(tagger: self) }

    /// Tags documents one after another with one model, remembering what it summed for the words it met,
    /// so that a word met again costs less (most names and capitalized words recur within a few news
    /// stories). The tags are the same as those of ``NameTagger/tag(utf8:tokens:sentences:)``.
    ///
    /// A value: a copy remembers nothing of what the original learns after the copy, and starts its own
    /// memory, empty, the first time it tags while the original still holds the shared one.
    public struct Session: Sendable {
        /// The tagger.
        public let tagger: NameTagger
        private var words: WordMemory

        /// A session that remembers up to `memoryCapacity` words.
        init(tagger: NameTagger, memoryCapacity: Int = 1 << 16) {
            self.tagger = tagger
            words = WordMemory(capacity: memoryCapacity)
        }

        /// Tags one document, as ``NameTagger/tag(utf8:tokens:sentences:)`` does.
        public mutating func tag(utf8 text: [UInt8], tokens: [Range<Int>], sentences: [Range<Int>]) -> [TaggedToken] {
            if !isKnownUniquelyReferenced(&words) { words = WordMemory(capacity: words.capacity) }
            return tagger.tag(utf8: text, tokens: tokens, sentences: sentences, words: words)
        }
    }

    private func tag(utf8 text: [UInt8], tokens: [Range<Int>], sentences: [Range<Int>], words: WordMemory) -> [TaggedToken] {
        // The document's tokens are those of the sentences, sentence after sentence.
        var infos: [TokenInfo] = []
        infos.reserveCapacity(sentences.reduce(0) { $0 + $1.count })
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(sentences.count)
        // The word-memory entry of every token, -1 for words too long to remember.
        var entries: [Int32] = []
        entries.reserveCapacity(infos.capacity)
        words.startDocument()
        text.withUnsafeBufferPointer { bytes in
            for sentence in sentences {
                let start = infos.count
                for token in sentence {
                    let word = TokenAnalyzer.taggingForm(of: UnsafeBufferPointer(rebasing: bytes[tokens[token]]))
                    if let entry = words.entry(for: word) {
                        infos.append(words.info(entry))
                        entries.append(entry)
                    } else {
                        infos.append(TokenAnalyzer.analyze(word))
                        entries.append(-1)
                    }
                }
                ranges.append(start..<infos.count)
            }
        }
        let doc = DocumentContext(analyzed: infos, sentences: ranges, lexicon: lexicon, focus: true)
        let result = model.tag(doc, withConfidence: true, words: (words, entries))
        var output = [TaggedToken](repeating: TaggedToken(code: 0, confidence: 1), count: tokens.count)
        for (sentence, range) in zip(sentences, ranges) {
            for (token, index) in zip(sentence, range) {
                output[token] = TaggedToken(code: result.tags[index], confidence: result.confidences[index])
            }
        }
        return output
    }

    /// Tags one document and returns only the IOB2 tag strings (slightly faster: no confidences).
    public func tagStrings(document: [[String]]) -> [[String]] {
        model.tag(document, lexicon: lexicon, withConfidence: false).tags.map { $0.map { TagSet.names[Int($0)] } }
    }

    /// Tags gold-labeled documents and scores the result conlleval-style.
    public func evaluate(_ documents: [LabeledDocument], name: String = "evaluation") -> EvaluationReport {
        var gold: [[String]] = [], predicted: [[String]] = []
        for doc in documents {
            gold += doc.sentences.map(\.tags)
            predicted += tagStrings(document: doc.sentences.map(\.tokens))
        }
        return EntityEvaluator.evaluate(gold: gold, predicted: predicted, name: name)
    }
}
