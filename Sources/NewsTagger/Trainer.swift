import Foundation

/// A corpus file used for training or evaluation.
public enum TrainingSource: Sendable, Equatable, Codable, CustomStringConvertible {
    /// Which part of the GMB corpus to use.
    public enum GMBPart: String, Sendable, Codable {
        /// All sentences but the last 10% (see ``TaggerTrainer/Options/gmbDevFraction``).
        case train
        /// The last 10% of sentences.
        case dev
        /// Every sentence.
        case all
    }

    /// A CoNLL-2003 column file (IOB1 or IOB2; only the token and the last column are used).
    case conll(path: String)
    /// The GMB "Entity Annotated Corpus" CSV (optionally gzipped), with a tag mapping.
    case gmb(path: String, part: GMBPart, mapping: GMBReader.TagMapping = .standard)

    /// The file path.
    public var path: String {
        switch self {
        case let .conll(path): return path
        case let .gmb(path, _, _): return path
        }
    }

    /// A short, machine-independent name: the file name plus the part.
    public var name: String {
        let file = URL(fileURLWithPath: path).lastPathComponent
        switch self {
        case .conll: return file
        case let .gmb(_, part, mapping):
            return "\(file)[\(part.rawValue)\(mapping == .standard ? "" : ", gpe=\(mapping.types["gpe"].flatMap { $0?.rawValue } ?? "O")")]"
        }
    }

    /// The annotation domain (`conll` or `gmb`) used for domain adaptation.
    public var domain: String {
        switch self {
        case .conll: return "conll"
        case .gmb: return "gmb"
        }
    }

    /// `conll eng.train`, `gmb ner_dataset.csv.gz[train]`.
    public var description: String {
        switch self {
        case .conll: return "conll \(name)"
        case .gmb: return "gmb \(name)"
        }
    }
}

/// Trains ``NameTagger`` models: an averaged structured perceptron with beam search and
/// early updates (Collins & Roark 2004), document-level features, gazetteer features.
public enum TaggerTrainer {
    /// Training settings.
    public struct Options: Sendable {
        /// Corpora to train on.
        public var trainFiles: [TrainingSource]
        /// Corpora to evaluate on after each epoch; the first one selects the best epoch.
        public var devFiles: [TrainingSource]
        /// Number of passes over the training data.
        public var epochs: Int
        /// Seed of the document shuffling (same data + seed → byte-identical model).
        public var seed: UInt64
        /// Features seen fewer times than this in the training data get no weights.
        public var featureCutoff: Int
        /// Beam width for training and tagging (1 = greedy).
        public var beamSize: Int
        /// Keep the averaged weights of the epoch with the best headline F1 on the first dev set
        /// (otherwise those of the last epoch).
        public var selectBestEpoch: Bool
        /// Feature groups to switch off (ablation experiments).
        public var disabledFeatures: Set<FeatureGroup>
        /// Opt-in feature groups (``FeatureGroup/optIn``) to switch on; the others stay off.
        /// ``FeatureGroup/clusters`` needs a lexicon with word clusters (``TaggerLexicon/with(clusters:)``).
        public var enabledFeatures: Set<FeatureGroup> = []
        /// Fraction of GMB sentences (at the end of the file) held out as the GMB dev part.
        public var gmbDevFraction: Double
        /// Stored in the model header.
        public var createdBy: String
        /// When the training files come from more than one annotation domain (CoNLL, GMB), learn
        /// shared weights plus per-domain weights and ship shared + `targetDomain` weights
        /// (feature augmentation, Daumé 2007). Tagging cost is unchanged.
        public var domainAdaptation: Bool
        /// The domain whose annotation conventions the shipped model follows.
        public var targetDomain: String

        /// Creates options.
        public init(trainFiles: [TrainingSource], devFiles: [TrainingSource], epochs: Int = 12, seed: UInt64 = 2003,
                    featureCutoff: Int = 1, beamSize: Int = 4, selectBestEpoch: Bool = true,
                    disabledFeatures: Set<FeatureGroup> = [], gmbDevFraction: Double = 0.1,
                    createdBy: String = "NewsGraph NewsTagger (averaged perceptron, beam search)",
                    domainAdaptation: Bool = true, targetDomain: String = "conll") {
            self.domainAdaptation = domainAdaptation
            self.targetDomain = targetDomain
            self.trainFiles = trainFiles
            self.devFiles = devFiles
            self.epochs = epochs
            self.seed = seed
            self.featureCutoff = featureCutoff
            self.beamSize = beamSize
            self.selectBestEpoch = selectBestEpoch
            self.disabledFeatures = disabledFeatures
            self.gmbDevFraction = gmbDevFraction
            self.createdBy = createdBy
        }

        /// The shipped configuration's settings, with no files: set ``trainFiles`` and ``devFiles``.
        public static let `default` = Options(trainFiles: [], devFiles: [])

        /// The standard corpora under a data root (e.g. `/work/shared/data`): CoNLL-2003
        /// `eng.train` + GMB train part for training, `eng.testa` + GMB dev part for evaluation.
        public static func standard(dataDirectory root: String) -> Options {
            let conll = root + "/conll2003/", gmb = root + "/gmb-entity-annotated-corpus/ner_dataset.csv.gz"
            return Options(trainFiles: [.conll(path: conll + "eng.train"), .gmb(path: gmb, part: .train, mapping: .standard)],
                           devFiles: [.conll(path: conll + "eng.testa"), .gmb(path: gmb, part: .dev, mapping: .standard)])
        }
    }

    /// Reads a source into documents (a GMB sentence is its own document: the CSV has no
    /// document boundaries).
    public static func loadDocuments(_ source: TrainingSource, gmbDevFraction: Double = 0.1) throws -> [LabeledDocument] {
        switch source {
        case let .conll(path):
            return try CoNLLReader.read(contentsOf: URL(fileURLWithPath: path))
        case let .gmb(path, part, mapping):
            let all = try GMBReader.read(contentsOf: URL(fileURLWithPath: path), mapping: mapping)
            let split = GMBReader.split(all, devFraction: gmbDevFraction)
            let chosen = part == .train ? split.train : (part == .dev ? split.dev : all)
            return chosen.map { LabeledDocument(sentences: [$0]) }
        }
    }

    /// Weights being learned, with the sums needed for averaging.
    private final class Learner {
        var w: [Float]
        var u: [Double]
        var c: Double = 1

        init(rows: Int) {
            w = [Float](repeating: 0, count: rows * TagSet.count)
            u = [Double](repeating: 0, count: rows * TagSet.count)
        }

        @inline(__always) func bump(_ row: Int32, _ tag: UInt8, _ d: Float) {
            guard row >= 0 else { return }
            let i = Int(row) * TagSet.count + Int(tag)
            w[i] += d
            u[i] += c * Double(d)
        }

        func averaged() -> [Float] {
            var a = [Float](repeating: 0, count: w.count)
            for i in 0..<w.count { a[i] = Float(Double(w[i]) - u[i] / c) }
            return a
        }
    }

    /// Trains a model. `progress` receives one line per step, including per-type dev
    /// precision/recall/F1 after every epoch. Returns the model file bytes and the report of
    /// the first dev set (or of the training data when there is no dev set), computed with
    /// the quantized weights that are in the file.
    public static func train(options: Options, lexicon: TaggerLexicon, progress: (String) -> Void) throws -> (model: Data, report: EvaluationReport) {
        guard !options.trainFiles.isEmpty else { throw TaggerError.invalidOptions("no training files") }
        guard options.epochs >= 1 else { throw TaggerError.invalidOptions("epochs must be at least 1") }
        let clock = ContinuousClock()
        let started = clock.now
        func elapsed() -> String {
            let d = clock.now - started
            return String(format: "%.1fs", Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18)
        }

        var train: [LabeledDocument] = []
        var domains: [String] = []
        for source in options.trainFiles {
            let docs = try loadDocuments(source, gmbDevFraction: options.gmbDevFraction)
            domains += Array(repeating: source.domain, count: docs.count)
            progress("read \(source): \(docs.count) documents, \(docs.reduce(0) { $0 + $1.sentences.count }) sentences, \(docs.reduce(0) { $0 + $1.tokenCount }) tokens [\(elapsed())]")
            train += docs
        }
        var devs: [(name: String, docs: [LabeledDocument])] = []
        for source in options.devFiles {
            let docs = try loadDocuments(source, gmbDevFraction: options.gmbDevFraction)
            progress("read dev \(source): \(docs.count) documents, \(docs.reduce(0) { $0 + $1.tokenCount }) tokens")
            devs.append((source.name, docs))
        }
        for (d, doc) in train.enumerated() {
            for s in doc.sentences where s.tokens.count != s.tags.count {
                throw TaggerError.invalidOptions("training document \(d) has a sentence with \(s.tokens.count) tokens but \(s.tags.count) tags")
            }
        }

        let adapt = options.domainAdaptation && Set(domains).count > 1
        func salt(_ domain: String) -> UInt64 { FeatureHash.fnv1a("domain:" + domain) }
        let docSalt: [UInt64] = domains.map { adapt ? salt($0) : 0 }
        let targetSalt = salt(options.targetDomain)
        if adapt { progress("domain adaptation: shared + per-domain weights for \(Set(domains).sorted()); shipping shared + \(options.targetDomain)") }
        let enabled = options.enabledFeatures.intersection(FeatureGroup.optIn)
        let config = FeatureConfig(disabled: options.disabledFeatures.union(FeatureGroup.optIn.subtracting(enabled)))
        if config.on(.clusters) && lexicon.clusters.levels == 0 {
            throw TaggerError.invalidOptions("the clusters features need a lexicon with word clusters (see build_word_clusters.py)")
        }
        // The header names the word clusters only when the features use them.
        var fingerprint = lexicon.fingerprint
        if !config.on(.clusters) {
            fingerprint.clusters = nil
            fingerprint.clusterHash = nil
        }
        let extractor = FeatureExtractor(config: config)
        let contexts = train.map { DocumentContext(document: $0.sentences.map(\.tokens), lexicon: lexicon) }
        var gold: [[[UInt8]]] = []
        for (d, doc) in train.enumerated() {
            var docTags: [[UInt8]] = []
            for (s, sentence) in doc.sentences.enumerated() {
                var tags: [UInt8] = []
                for tag in sentence.tags {
                    guard let t = TagSet.index(of: tag) else {
                        throw TaggerError.invalidOptions("training document \(d), sentence \(s): unknown tag '\(tag)'")
                    }
                    tags.append(t)
                }
                docTags.append(tags)
            }
            gold.append(docTags)
        }
        let sentenceCount = train.reduce(0) { $0 + $1.sentences.count }
        let tokenCount = train.reduce(0) { $0 + $1.tokenCount }
        progress("analyzed \(tokenCount) training tokens [\(elapsed())]")

        // Feature discovery: features on the gold path, kept when seen >= cutoff times.
        var counts = HashIndex(minimumCapacity: 1 << 20)
        var keys: [UInt64] = []
        for (d, doc) in contexts.enumerated() {
            var history = PredictionHistory()
            for s in 0..<doc.sentences.count {
                let tags = gold[d][s]
                for i in 0..<tags.count {
                    keys.removeAll(keepingCapacity: true)
                    extractor.staticKeys(doc, sentence: s, token: i, history: history, into: &keys)
                    for k in keys {
                        counts.add(k, 1)
                        if docSalt[d] != 0 { counts.add(Decoder.domainKey(k, docSalt[d]), 1) }
                    }
                    var hk: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
                    extractor.historyKeys(p1: i == 0 ? Decoder.start : tags[i - 1], p2: i < 2 ? Decoder.start : tags[i - 2],
                                          token: doc.infos[doc.sentences[s].tokens.lowerBound + i], into: &hk)
                    for k in [hk.0, hk.1, hk.2, hk.3] where k != 0 { counts.add(k, 1) }
                }
                history.record(doc, sentence: s, tags: tags)
            }
        }
        var table = HashIndex(minimumCapacity: counts.count / 2)
        var rowCount: Int32 = 0
        for (key, count) in counts.sortedEntries() where Int(count) >= options.featureCutoff {
            table.set(key, rowCount)
            rowCount += 1
        }
        progress("features: \(counts.count) seen, \(rowCount) kept with cutoff \(options.featureCutoff) [\(elapsed())]")
        counts = HashIndex()

        // For shipping: the table of shared features, and for each its target-domain copy.
        var shippedTable = table
        var foldRows: [(shared: Int32, domain: Int32)] = []
        if adapt {
            var derived = HashIndex(minimumCapacity: table.count / 2)
            let entries = table.sortedEntries()
            let salts = Set(docSalt).sorted()
            for (key, _) in entries {
                for d in salts { derived.set(Decoder.domainKey(key, d), 1) }
            }
            shippedTable = HashIndex(minimumCapacity: table.count / 2)
            var index: Int32 = 0
            for (key, row) in entries where derived.find(key) < 0 {
                shippedTable.set(key, index)
                foldRows.append((row, table.find(Decoder.domainKey(key, targetSalt))))
                index += 1
            }
            progress("shipped features before pruning: \(index) [\(elapsed())]")
        }
        func fold(_ weights: [Float]) -> [Float] {
            guard adapt else { return weights }
            var out = [Float](repeating: 0, count: foldRows.count * TagSet.count)
            for (i, r) in foldRows.enumerated() {
                for t in 0..<TagSet.count {
                    out[i * TagSet.count + t] = weights[Int(r.shared) * TagSet.count + t]
                        + (r.domain >= 0 ? weights[Int(r.domain) * TagSet.count + t] : 0)
                }
            }
            return out
        }

        let learner = Learner(rows: Int(rowCount))
        var rng = SplitMix64(seed: options.seed)
        var order = Array(0..<train.count)
        var decoder = Decoder(extractor: extractor, beamSize: options.beamSize)
        var best: (epoch: Int, f1: Double, weights: [Float])? = nil

        func headerTemplate(featureCount: Int, epoch: Int, reports: [EvaluationReport], temperature: Double) -> ModelHeader {
            ModelHeader(formatVersion: CompiledModel.formatVersion, createdBy: options.createdBy,
                        featureVersion: CompiledModel.featureVersion, tags: TagSet.names, beamSize: decoder.beamSize,
                        disabledFeatures: options.disabledFeatures.map(\.rawValue).sorted(),
                        enabledFeatures: enabled.isEmpty ? nil : enabled.map(\.rawValue).sorted(),
                        trainingSources: options.trainFiles.map(\.description), trainingDocuments: train.count,
                        trainingSentences: sentenceCount, trainingTokens: tokenCount, epochs: options.epochs,
                        selectedEpoch: epoch, seed: options.seed, featureCutoff: options.featureCutoff,
                        featureCount: featureCount, lexicon: fingerprint, devReports: reports,
                        confidenceTemperature: temperature,
                        domainAdaptation: adapt ? "shared + \(options.targetDomain) weights (domains: \(Set(domains).sorted().joined(separator: ", ")))" : nil)
        }

        for epoch in 1...options.epochs {
            rng.shuffle(&order)
            var mistakes = 0, earlyUpdates = 0
            for d in order {
                let doc = contexts[d]
                var history = PredictionHistory()
                for s in 0..<doc.sentences.count {
                    let goldTags = gold[d][s]
                    let sentence = doc.sentences[s]
                    let result: Decoder.Result = learner.w.withUnsafeBufferPointer { w in
                        let weights = DenseWeights(table: table, weights: w)
                        decoder.prepare(doc, sentence: s, history: history, weights: weights, domainSalt: docSalt[d], recordRows: true)
                        return decoder.search(doc, sentence: s, weights: weights, gold: goldTags)
                    }
                    var predicted: [UInt8]? = nil
                    if let v = result.violation {
                        predicted = v.tags
                        earlyUpdates += 1
                    } else if result.tags != goldTags {
                        predicted = result.tags
                    }
                    if let predicted {
                        mistakes += 1
                        decoder.invalidateTransitions()
                        for j in 0..<predicted.count {
                            let g = goldTags[j], p = predicted[j]
                            if g != p {
                                for r in decoder.rows[decoder.rowStart[j]..<decoder.rowStart[j + 1]] {
                                    learner.bump(r, g, 1)
                                    learner.bump(r, p, -1)
                                }
                            }
                            let gp1 = j == 0 ? Decoder.start : goldTags[j - 1], gp2 = j < 2 ? Decoder.start : goldTags[j - 2]
                            let pp1 = j == 0 ? Decoder.start : predicted[j - 1], pp2 = j < 2 ? Decoder.start : predicted[j - 2]
                            if g != p || gp1 != pp1 || gp2 != pp2 {
                                let (gr, pr) = learner.w.withUnsafeBufferPointer { w in
                                    let weights = DenseWeights(table: table, weights: w)
                                    let token = doc.infos[sentence.tokens.lowerBound + j]
                                    return (decoder.historyRows(p1: gp1, p2: gp2, token: token, weights: weights),
                                            decoder.historyRows(p1: pp1, p2: pp2, token: token, weights: weights))
                                }
                                for row in [gr.0, gr.1, gr.2, gr.3] { learner.bump(row, g, 1) }
                                for row in [pr.0, pr.1, pr.2, pr.3] { learner.bump(row, p, -1) }
                            }
                        }
                    }
                    history.record(doc, sentence: s, tags: result.tags)
                    learner.c += 1
                }
            }
            let averaged = fold(learner.averaged())
            let model = CompiledModel.serialize(header: headerTemplate(featureCount: shippedTable.count, epoch: epoch, reports: [], temperature: 1),
                                                table: shippedTable, weights: averaged).1
            progress("epoch \(epoch)/\(options.epochs): \(mistakes) sentences updated (\(earlyUpdates) early) of \(sentenceCount) [\(elapsed())]")
            var selectionF1 = -1.0
            for (index, dev) in devs.enumerated() {
                let report = evaluate(model, dev.docs, lexicon: lexicon, name: dev.name)
                if index == 0 { selectionF1 = report.headline.f1 }
                progress("epoch \(epoch) dev " + report.description.replacingOccurrences(of: "\n", with: "\n  "))
            }
            if !options.selectBestEpoch || devs.isEmpty || best == nil || selectionF1 > (best?.f1 ?? -1) {
                best = (epoch, selectionF1, averaged)
            }
        }

        guard let chosen = best else { throw TaggerError.invalidOptions("no epoch was trained") }
        progress("keeping the averaged weights of epoch \(chosen.epoch) [\(elapsed())]")
        var (data, compiled) = CompiledModel.serialize(header: headerTemplate(featureCount: 0, epoch: chosen.epoch, reports: [], temperature: 1),
                                                       table: shippedTable, weights: chosen.weights)
        let temperature = devs.isEmpty ? 1.0 : calibrateTemperature(compiled, devs[0].docs, lexicon: lexicon)
        var reports: [EvaluationReport] = []
        compiled.header.confidenceTemperature = temperature
        for dev in devs {
            let report = evaluate(compiled, dev.docs, lexicon: lexicon, name: dev.name)
            reports.append(report)
            progress("final (quantized) dev " + report.description.replacingOccurrences(of: "\n", with: "\n  "))
        }
        if reports.isEmpty {
            reports.append(evaluate(compiled, train, lexicon: lexicon, name: "training data"))
        }
        (data, compiled) = CompiledModel.serialize(
            header: headerTemplate(featureCount: 0, epoch: chosen.epoch, reports: devs.isEmpty ? [] : reports, temperature: temperature),
            table: shippedTable, weights: chosen.weights)
        progress("model: \(compiled.header.featureCount) features, \(data.count) bytes, confidence temperature \(temperature) [\(elapsed())]")
        return (data, reports[0])
    }

    static func evaluate(_ model: CompiledModel, _ docs: [LabeledDocument], lexicon: TaggerLexicon, name: String) -> EvaluationReport {
        var gold: [[String]] = [], predicted: [[String]] = []
        for doc in docs {
            gold += doc.sentences.map(\.tags)
            predicted += model.tag(doc.sentences.map(\.tokens), lexicon: lexicon, withConfidence: false).tags.map { $0.map { TagSet.names[Int($0)] } }
        }
        return EntityEvaluator.evaluate(gold: gold, predicted: predicted, name: name)
    }

    /// Picks the softmax temperature minimising the log loss of "the predicted tag is right" on dev.
    static func calibrateTemperature(_ model: CompiledModel, _ docs: [LabeledDocument], lexicon: TaggerLexicon) -> Double {
        var bestT = 1.0, bestLoss = Double.infinity
        for t in [0.25, 0.5, 1, 2, 4, 8, 16, 32, 64] {
            var m = model
            m.header.confidenceTemperature = t
            var loss = 0.0, n = 0
            for doc in docs {
                let out = m.tag(doc.sentences.map(\.tokens), lexicon: lexicon, withConfidence: true)
                for (s, sentence) in doc.sentences.enumerated() {
                    for (i, tag) in sentence.tags.enumerated() {
                        let p = min(max(out.confidences[s][i], 1e-6), 1 - 1e-6)
                        loss -= TagSet.names[Int(out.tags[s][i])] == tag ? log(p) : log(1 - p)
                        n += 1
                    }
                }
            }
            if n > 0, loss / Double(n) < bestLoss { bestLoss = loss / Double(n); bestT = t }
        }
        return bestT
    }
}
