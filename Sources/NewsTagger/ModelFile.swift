import Foundation

/// Descriptive header stored at the start of a model file: how it was trained and how well it did.
public struct ModelHeader: Sendable, Codable, Equatable {
    /// Binary format version.
    public var formatVersion: Int
    /// The program that wrote the model.
    public var createdBy: String
    /// Version of the feature templates (a model only works with the same templates).
    public var featureVersion: Int
    /// The tag set, in weight-column order.
    public var tags: [String]
    /// Beam width used for decoding.
    public var beamSize: Int
    /// Feature groups that were switched off (see ``FeatureGroup``).
    public var disabledFeatures: [String]
    /// Opt-in feature groups (``FeatureGroup/optIn``) the model was trained with; nil (and absent from the
    /// file) when none. An opt-in group not listed here is off.
    public var enabledFeatures: [String]? = nil
    /// Descriptions of the training sources.
    public var trainingSources: [String]
    /// Number of training documents, sentences and tokens.
    public var trainingDocuments: Int
    /// Number of training sentences.
    public var trainingSentences: Int
    /// Number of training tokens.
    public var trainingTokens: Int
    /// Epochs run, and the epoch whose averaged weights were kept.
    public var epochs: Int
    /// The epoch whose weights were kept (1-based).
    public var selectedEpoch: Int
    /// Shuffling seed.
    public var seed: UInt64
    /// Minimum count for a feature to get weights.
    public var featureCutoff: Int
    /// Number of features (weight rows) stored.
    public var featureCount: Int
    /// The lexicon the model was trained with.
    public var lexicon: LexiconFingerprint
    /// Evaluation on each dev set, computed with the quantized weights stored in this file.
    public var devReports: [EvaluationReport]
    /// Softmax temperature for the per-token confidence.
    public var confidenceTemperature: Double
    /// When trained on several annotation domains with feature augmentation: which domains,
    /// and which domain's weights were folded into the shipped model; nil otherwise.
    public var domainAdaptation: String?
}

/// The compiled model: header and packed, quantized weights.
struct CompiledModel: Sendable {
    var header: ModelHeader
    let weights: PackedWeights
    /// The active feature groups (from the header).
    let config: FeatureConfig
    /// The decoder's table of transition scores, computed once (see ``Decoder/transitionTable(extractor:weights:)``).
    let transitions: [Float]

    init(header: ModelHeader, weights: PackedWeights) {
        self.header = header
        self.weights = weights
        config = FeatureConfig(header: header)
        transitions = Decoder.transitionTable(extractor: FeatureExtractor(config: config), weights: weights)
    }

    static let magic: [UInt8] = Array("NGTAGGER".utf8)
    static let formatVersion = 1
    /// Features whose weights are all at most this (quantized, of 32,767 for the largest weight) are
    /// dropped when a model is loaded: on the shipped model that drops 96,431 of 240,564 features and the
    /// lookup table halves (8 MB); on the model it was measured with, CoNLL-2003 dev F1 moved from 0.9198 to
    /// 0.9200 and a few confidences by under 0.01.
    static let negligibleWeight = 512
    static let featureVersion = 1

    /// Quantizes to Int16 and serializes: magic, version, header JSON, scale, sparse rows, checksum.
    /// Rows whose weights all quantize to zero are dropped. Returns the data and the dequantized model.
    static func serialize(header: ModelHeader, table: HashIndex, weights: [Float]) -> (Data, CompiledModel) {
        var maxAbs: Float = 0
        for w in weights { maxAbs = max(maxAbs, abs(w)) }
        let scale: Float = maxAbs > 0 ? maxAbs / 32767 : 1
        var rows: [(key: UInt64, mask: UInt16, values: [Int16])] = []
        for (key, row) in table.sortedEntries() {
            var mask: UInt16 = 0
            var values: [Int16] = []
            for t in 0..<TagSet.count {
                let q = Int16(clamping: Int((weights[Int(row) * TagSet.count + t] / scale).rounded()))
                if q != 0 { mask |= 1 << t; values.append(q) }
            }
            if mask != 0 { rows.append((key, mask, values)) }
        }
        var hdr = header
        hdr.featureCount = rows.count
        hdr.formatVersion = formatVersion
        hdr.featureVersion = featureVersion
        var out = [UInt8]()
        out.reserveCapacity(rows.count * 14 + 4096)
        out += magic
        appendLE(&out, UInt32(formatVersion))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        let json = (try? encoder.encode(hdr)) ?? Data("{}".utf8)
        appendLE(&out, UInt32(json.count))
        out += json
        appendLE(&out, scale.bitPattern)
        appendLE(&out, UInt64(rows.count))
        var packed = PackedWeights(capacity: rows.count, scale: scale)
        var dense = [Int16](repeating: 0, count: TagSet.count)
        for r in rows {
            appendLE(&out, r.key)
            appendLE(&out, r.mask)
            var v = 0
            for t in 0..<TagSet.count {
                if r.mask & (1 << t) != 0 {
                    appendLE(&out, UInt16(bitPattern: r.values[v]))
                    dense[t] = r.values[v]
                    v += 1
                } else {
                    dense[t] = 0
                }
            }
            packed.insert(r.key, dense)
        }
        appendLE(&out, FeatureHash.fnv1a(out))
        return (Data(out), CompiledModel(header: hdr, weights: packed))
    }

    static func appendLE<T: FixedWidthInteger>(_ out: inout [UInt8], _ value: T) {
        var v = value.littleEndian
        withUnsafeBytes(of: &v) { out.append(contentsOf: $0) }
    }

    /// Parses a model file's bytes. `file` names the file in errors.
    static func deserialize(_ data: Data, file: String) throws -> CompiledModel {
        let bytes = [UInt8](data)
        func bad(_ reason: String) -> TaggerError { .invalidModel(file: file, reason: reason) }
        guard bytes.count >= magic.count + 4 + 4 + 8, Array(bytes[0..<magic.count]) == magic else {
            throw bad("not a NewsTagger model (bad magic number)")
        }
        let body = bytes[0..<(bytes.count - 8)]
        var pos = bytes.count - 8
        func read<T: FixedWidthInteger>(_: T.Type) throws -> T {
            let size = MemoryLayout<T>.size
            guard pos + size <= bytes.count else { throw bad("truncated file") }
            var v: T = 0
            for i in 0..<size { v |= T(bytes[pos + i]) << (8 * i) }
            pos += size
            return v
        }
        let checksum = try read(UInt64.self)
        let sum = bytes.withUnsafeBufferPointer { FeatureHash.fnv1a(UnsafeBufferPointer(rebasing: $0[body.indices])) }
        guard checksum == sum else { throw bad("checksum mismatch (file is corrupt or truncated)") }
        pos = magic.count
        let version = try read(UInt32.self)
        guard version == formatVersion else { throw bad("unsupported format version \(version) (expected \(formatVersion))") }
        let headerLength = Int(try read(UInt32.self))
        guard pos + headerLength <= body.count else { throw bad("truncated header") }
        let header: ModelHeader
        do {
            header = try JSONDecoder().decode(ModelHeader.self, from: Data(bytes[pos..<(pos + headerLength)]))
        } catch {
            throw bad("unreadable header: \(error)")
        }
        pos += headerLength
        guard header.featureVersion == featureVersion, header.tags == TagSet.names else {
            throw bad("feature version \(header.featureVersion) / tag set \(header.tags) not supported by this build")
        }
        let scale = Float(bitPattern: try read(UInt32.self))
        let count = Int(try read(UInt64.self))
        guard count >= 0, count <= body.count / 10 else { throw bad("implausible feature count \(count)") }
        // Rows are checked first, and the offsets of those kept noted; they are inserted after, into a table
        // sized for the features kept.
        var kept: [Int] = []
        kept.reserveCapacity(count)
        try bytes.withUnsafeBufferPointer { buf in
            for index in 0..<count {
                guard pos + 10 <= body.count else { throw bad("truncated weights") }
                let key = Self.readKey(buf, at: pos)
                let mask = Self.readUInt16(buf, at: pos + 8)
                guard key != 0, mask >> TagSet.count == 0 else { throw bad("corrupt weight row \(index)") }
                let row = pos
                pos += 10
                let end = pos + 2 * mask.nonzeroBitCount
                guard end <= body.count else { throw bad("truncated weights") }
                var significant = false
                while pos < end {
                    significant = significant || abs(Int(Int16(bitPattern: Self.readUInt16(buf, at: pos)))) > Self.negligibleWeight
                    pos += 2
                }
                if significant { kept.append(row) }
            }
        }
        guard pos == body.count else { throw bad("\(body.count - pos) unexpected trailing bytes") }
        var packed = PackedWeights(capacity: kept.count, scale: scale)
        var dense = [Int16](repeating: 0, count: TagSet.count)
        bytes.withUnsafeBufferPointer { buf in
            for row in kept {
                let mask = Self.readUInt16(buf, at: row + 8)
                var at = row + 10
                for t in 0..<TagSet.count {
                    dense[t] = 0
                    if mask & (1 << t) != 0 {
                        dense[t] = Int16(bitPattern: Self.readUInt16(buf, at: at))
                        at += 2
                    }
                }
                packed.insert(Self.readKey(buf, at: row), dense)
            }
        }
        guard packed.count == kept.count else { throw bad("duplicate feature keys") }
        return CompiledModel(header: header, weights: packed)
    }

    /// The little-endian `UInt64` at `offset`.
    @inline(__always)
    private static func readKey(_ buf: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt64 {
        var key: UInt64 = 0
        for i in 0..<8 { key |= UInt64(buf[offset + i]) << (8 * i) }
        return key
    }

    /// The little-endian `UInt16` at `offset`.
    @inline(__always)
    private static func readUInt16(_ buf: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt16 {
        UInt16(buf[offset]) | UInt16(buf[offset + 1]) << 8
    }

    /// Tags a document with this model: per sentence, the tags and (with `withConfidence`) their confidences.
    func tag(_ document: [[String]], lexicon: TaggerLexicon, withConfidence: Bool) -> (tags: [[UInt8]], confidences: [[Double]]) {
        let doc = DocumentContext(document: document, lexicon: lexicon, focus: true)
        let result = tag(doc, withConfidence: withConfidence)
        return (doc.sentences.map { Array(result.tags[$0.tokens]) },
                withConfidence ? doc.sentences.map { Array(result.confidences[$0.tokens]) } : [])
    }

    /// Tags a prepared document with this model: the tag of every token, and with `withConfidence` its
    /// confidence (empty without), indexed like the document's tokens.
    /// With `words`, the word memory of a session and the entry of each token of `doc` in it (-1 for none),
    /// the weights of word features come from the memory.
    func tag(_ doc: DocumentContext, withConfidence: Bool, words: (memory: WordMemory, entries: [Int32])? = nil) -> (tags: [UInt8], confidences: [Double]) {
        var decoder = Decoder(extractor: FeatureExtractor(config: config), beamSize: header.beamSize, transitions: transitions)
        // About one token in five is a capitalized word or a name, which the history records.
        var history = PredictionHistory(capacity: doc.infos.count / 4)
        var tags = [UInt8](repeating: 0, count: doc.infos.count)
        var confidences = withConfidence ? [Double](repeating: 1, count: doc.infos.count) : []
        let temperature = Float(header.confidenceTemperature)
        for s in 0..<doc.sentences.count {
            if let words {
                decoder.prepare(doc, sentence: s, history: history, weights: weights, words: words.memory, entries: words.entries)
            } else {
                decoder.prepare(doc, sentence: s, history: history, weights: weights)
            }
            let result = decoder.search(doc, sentence: s, weights: weights, gold: nil)
            if withConfidence {
                decoder.confidences(doc, sentence: s, tags: result.tags, weights: weights, temperature: temperature, into: &confidences)
            }
            history.record(doc, sentence: s, tags: result.tags)
            tags.replaceSubrange(doc.sentences[s].tokens, with: result.tags)
        }
        return (tags, confidences)
    }
}
