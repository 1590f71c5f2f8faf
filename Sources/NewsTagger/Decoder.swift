import Foundation

/// Beam-search decoder shared by training and tagging. Holds reusable buffers, so one
/// decoder should be used for many sentences (it is cheap to create one per document).
struct Decoder {
    struct Item {
        var score: Float
        var tag: UInt8
        var back: Int32
    }

    /// The result of searching one sentence.
    struct Result {
        /// Best tag sequence.
        var tags: [UInt8]
        /// When decoding with gold tags: the first position where the gold prefix fell out of
        /// the beam, and the best prefix (0…position) at that point.
        var violation: (position: Int, tags: [UInt8])?
    }

    static let start: UInt8 = 9

    /// The key of the domain-specific copy of feature `key`.
    @inline(__always) static func domainKey(_ key: UInt64, _ salt: UInt64) -> UInt64 {
        let k = FeatureHash.mix(key ^ salt)
        return k == 0 ? 1 : k
    }
    let extractor: FeatureExtractor
    let beamSize: Int

    /// Static feature rows of the current sentence, flattened; token i uses rows[rowStart[i]..<rowStart[i+1]].
    private(set) var rows: [Int32] = []
    private(set) var rowStart: [Int] = []
    /// The static scores, lattice and history rows of the current sentence. Not to be shared: a copy of a
    /// decoder uses the same buffers.
    private let buffers: SentenceBuffers

    /// A decoder; `transitions` is the model's ``transitionTable(extractor:weights:)`` when the weights
    /// are fixed (tagging), nil when they change (training: computed on demand).
    init(extractor: FeatureExtractor, beamSize: Int, transitions: [Float]? = nil) {
        self.extractor = extractor
        self.beamSize = max(1, beamSize)
        buffers = SentenceBuffers(beamSize: self.beamSize)
        if let transitions {
            self.transitions = transitions
            transitionsReady = true
        }
    }

    /// Computes the static feature rows and per-tag static scores of sentence `s`.
    /// With a non-zero `domainSalt` (training with domain adaptation), every static feature
    /// also fires in a domain-specific copy (Daumé 2007, "frustratingly easy" augmentation).
    /// With `recordRows`, the rows of the features that fired are kept in ``rows`` (for updates).
    mutating func prepare<W: WeightStore>(_ doc: DocumentContext, sentence s: Int, history: PredictionHistory, weights: W,
                                          domainSalt: UInt64 = 0, recordRows: Bool = false) {
        let sentence = doc.sentences[s]
        let n = sentence.count
        rows.removeAll(keepingCapacity: true)
        rowStart.removeAll(keepingCapacity: true)
        buffers.reserve(tokens: n)
        buffers.memory = nil
        let keys = buffers.keys, statics = buffers.staticScores
        statics.initialize(repeating: 0, count: n * TagSet.count)
        for i in 0..<n {
            rowStart.append(rows.count)
            guard doc.isSearched(sentence.tokens.lowerBound + i) else { continue }
            let count = extractor.staticKeys(sentence, in: doc, token: i, history: history, into: keys)
            let acc = statics + i * TagSet.count
            if domainSalt == 0 && !recordRows {
                weights.accumulate(UnsafeBufferPointer(start: keys, count: count), scratch: buffers.scratch, into: acc)
                continue
            }
            for k in UnsafeBufferPointer(start: keys, count: count) {
                let r = weights.find(k)
                if r >= 0 {
                    weights.addRow(r, into: acc)
                    if recordRows { rows.append(r) }
                }
                if domainSalt != 0 {
                    let d = weights.find(Decoder.domainKey(k, domainSalt))
                    if d >= 0 {
                        weights.addRow(d, into: acc)
                        if recordRows { rows.append(d) }
                    }
                }
            }
        }
        rowStart.append(rows.count)
    }

    /// ``prepare(_:sentence:history:weights:domainSalt:recordRows:)`` for tagging with fixed weights: the
    /// weights of a token's word features come summed from `words`, where `entries` has the token's entry
    /// (-1 for none), and are summed there the first time a word is met. The scores are the same.
    mutating func prepare(_ doc: DocumentContext, sentence s: Int, history: PredictionHistory, weights: PackedWeights,
                          words: WordMemory, entries: [Int32]) {
        let sentence = doc.sentences[s]
        let n = sentence.count
        buffers.reserve(tokens: n)
        buffers.memory = words
        for i in 0..<n { buffers.wordEntries[i] = entries[sentence.tokens.lowerBound + i] }
        let keys = buffers.keys, statics = buffers.staticScores, scratch = buffers.scratch
        statics.initialize(repeating: 0, count: n * TagSet.count)
        for i in 0..<n where doc.isSearched(sentence.tokens.lowerBound + i) {
            func wordSum() -> QuantizedSum {
                let count = extractor.staticKeys(sentence, in: doc, token: i, history: history, part: .word, into: keys)
                return weights.quantizedSum(UnsafeBufferPointer(start: keys, count: count), scratch: scratch)
            }
            let entry = buffers.wordEntries[i]
            var sum = entry < 0 ? wordSum() : words.wordSum(entry, compute: wordSum)
            let count = extractor.staticKeys(sentence, in: doc, token: i, history: history, part: .context, into: keys)
            sum &+= weights.quantizedSum(UnsafeBufferPointer(start: keys, count: count), scratch: scratch)
            weights.accumulate(sum, into: statics + i * TagSet.count)
        }
    }

    /// Rows of the history features for previous tags (p1, p2) at a token; -1 when unknown.
    @inline(__always) func historyRows<W: WeightStore>(p1: UInt8, p2: UInt8, token: TokenInfo, weights: W) -> (Int32, Int32, Int32, Int32) {
        var k: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        extractor.historyKeys(p1: p1, p2: p2, token: token, into: &k)
        return (weights.find(k.0), k.1 == 0 ? -1 : weights.find(k.1), k.2 == 0 ? -1 : weights.find(k.2), k.3 == 0 ? -1 : weights.find(k.3))
    }

    /// Rows of the history features that depend on the token and the previous tag only.
    @inline(__always) func tokenHistoryRows<W: WeightStore>(p1: UInt8, token: TokenInfo, weights: W) -> TokenHistoryRows {
        var k: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        extractor.historyKeys(p1: p1, p2: 0, token: token, into: &k)
        return TokenHistoryRows(norm: k.2 == 0 ? -1 : weights.find(k.2), shape: k.3 == 0 ? -1 : weights.find(k.3))
    }

    /// The rows of ``tokenHistoryRows(p1:token:weights:)`` at token `i` of the sentence being decoded,
    /// looked up once per previous tag and kept in the sentence buffers.
    @inline(__always) private func cachedHistoryRows<W: WeightStore>(_ i: Int, p1: UInt8, token: TokenInfo, weights: W) -> TokenHistoryRows {
        let known = buffers.historyKnown + i
        let slot = buffers.historyRows + (i * 10 + Int(p1))
        if known.pointee & (1 << p1) == 0 {
            if let memory = buffers.memory, buffers.wordEntries[i] >= 0 {
                slot.pointee = memory.historyRows(buffers.wordEntries[i], p1: p1) { tokenHistoryRows(p1: p1, token: token, weights: weights) }
            } else {
                slot.pointee = tokenHistoryRows(p1: p1, token: token, weights: weights)
            }
            known.pointee |= 1 << p1
        }
        return slot.pointee
    }

    /// Local scores (static + history) of the 9 tags at token `i` given the previous tags, into `out[0..<9]`.
    @inline(__always) private func localScores<W: WeightStore>(_ i: Int, p1: UInt8, p2: UInt8, rows r: TokenHistoryRows, weights: W,
                                                               statics: UnsafeMutablePointer<Float>, transitions: UnsafeBufferPointer<Float>,
                                                               into out: UnsafeMutablePointer<Float>) {
        let base = i * TagSet.count
        let tbase = (Int(p2) * 10 + Int(p1)) * TagSet.count
        for t in 0..<TagSet.count { out[t] = statics[base + t] + transitions[tbase + t] }
        if r.norm >= 0 { weights.addRow(r.norm, into: out) }
        if r.shape >= 0 { weights.addRow(r.shape, into: out) }
    }

    /// Scores of the token-independent history features for every (p2, p1) pair, 10 × 10 × 9.
    private var transitions: [Float] = []
    private var transitionsReady = false

    /// Marks the cached transition scores stale (after a weight update).
    mutating func invalidateTransitions() { transitionsReady = false }

    /// Computes the cached transition scores if needed.
    mutating func ensureTransitions<W: WeightStore>(weights: W) {
        if transitionsReady { return }
        transitions = Decoder.transitionTable(extractor: extractor, weights: weights)
        transitionsReady = true
    }

    /// Scores of the token-independent history features for every (p2, p1) pair, 10 × 10 × 9.
    static func transitionTable<W: WeightStore>(extractor: FeatureExtractor, weights: W) -> [Float] {
        var transitions = [Float](repeating: 0, count: 100 * TagSet.count)
        let dummy = TokenInfo()
        transitions.withUnsafeMutableBufferPointer { tr in
            guard let base = tr.baseAddress else { return }
            for p2 in 0..<10 {
                for p1 in 0..<10 {
                    var k: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
                    extractor.historyKeys(p1: UInt8(p1), p2: UInt8(p2), token: dummy, into: &k)
                    let acc = base + (p2 * 10 + p1) * TagSet.count
                    let r0 = weights.find(k.0)
                    if r0 >= 0 { weights.addRow(r0, into: acc) }
                    if k.1 != 0 {
                        let r1 = weights.find(k.1)
                        if r1 >= 0 { weights.addRow(r1, into: acc) }
                    }
                }
            }
        }
        return transitions
    }

    /// The tags of the path ending in hypothesis `index` at `position`.
    private func backtrack(position: Int, index: Int) -> [UInt8] {
        var tags = [UInt8](repeating: 0, count: position + 1)
        let lattice = buffers.lattice
        var idx = index
        var p = position
        while p >= 0 {
            let item = lattice[p * beamSize + idx]
            tags[p] = item.tag
            idx = Int(item.back)
            p -= 1
        }
        return tags
    }

    /// The last two tags and the score of hypothesis `index` of the beam before token `i`
    /// (``start`` for tags before the sentence).
    @inline(__always) private func hypothesis(_ index: Int, before i: Int) -> (p1: UInt8, p2: UInt8, score: Float) {
        if i == 0 { return (Decoder.start, Decoder.start, 0) }
        let lattice = buffers.lattice
        let item = lattice[(i - 1) * beamSize + index]
        return (item.tag, i == 1 ? Decoder.start : lattice[(i - 2) * beamSize + Int(item.back)].tag, item.score)
    }

    /// Beam search over the prepared sentence `s` of `doc`. With `gold`, also reports where the gold
    /// prefix first fell out of the beam (for early-update training).
    mutating func search<W: WeightStore>(_ doc: DocumentContext, sentence s: Int, weights: W, gold: [UInt8]?) -> Result {
        ensureTransitions(weights: weights)
        let sentence = doc.sentences[s]
        let n = sentence.count
        // Token i of the sentence is at document index o + i.
        let o = sentence.tokens.lowerBound
        if n == 0 { return Result(tags: [], violation: nil) }
        let k = beamSize
        let lattice = buffers.lattice, beamCounts = buffers.beamCounts, statics = buffers.staticScores
        var goldIndex = gold == nil ? -1 : 0
        var violation: (position: Int, tags: [UInt8])? = nil
        let local = buffers.localScores
        transitions.withUnsafeBufferPointer { transitions in
            for i in 0..<n {
                let beam = lattice + i * k
                let previousCount = i == 0 ? 1 : beamCounts[i - 1]
                if !doc.isSearched(o + i) {
                    if i > 1, !doc.isSearched(o + i - 1), !doc.isSearched(o + i - 2) {
                        // Deep in a run of tokens outside the focus: one hypothesis, tagged O.
                        beam[0] = Item(score: lattice[(i - 1) * k].score, tag: 0, back: 0)
                        beamCounts[i] = 1
                        continue
                    }
                    beamCounts[i] = extendWithOutside(i, previousCount: previousCount, sentence: sentence, in: doc, weights: weights,
                                                      transitions: transitions)
                    continue
                }
                var count = 0
                for pi in 0..<previousCount {
                    let (p1, p2, base) = hypothesis(pi, before: i)
                    let rows = cachedHistoryRows(i, p1: p1, token: doc.infos[o + i], weights: weights)
                    localScores(i, p1: p1, p2: p2, rows: rows, weights: weights, statics: statics, transitions: transitions,
                                into: local)
                    let prevTag: UInt8 = p1 == Decoder.start ? 0 : p1
                    for t in 0..<UInt8(TagSet.count) where TagSet.allowed(prev: prevTag, next: t) {
                        // Insertion into the top-k list (ties: earlier back, then lower tag, win).
                        let score = base + local[Int(t)]
                        if count == k, score <= beam[k - 1].score { continue }
                        var position = min(count, k - 1)
                        while position > 0 && beam[position - 1].score < score {
                            beam[position] = beam[position - 1]
                            position -= 1
                        }
                        beam[position] = Item(score: score, tag: t, back: Int32(pi))
                        if count < k { count += 1 }
                    }
                }
                beamCounts[i] = count
                if goldIndex >= 0, let gold {
                    var found = -1
                    for j in 0..<count where beam[j].back == Int32(goldIndex) && beam[j].tag == gold[i] {
                        found = j
                        break
                    }
                    if found < 0 {
                        violation = (i, backtrack(position: i, index: 0))
                    }
                    goldIndex = found
                }
            }
        }
        return Result(tags: backtrack(position: n - 1, index: 0), violation: violation)
    }

    /// Extends the beam at one of the first two tokens of a run outside the focus, which can only be `O`,
    /// and returns the size of the new beam. Its static scores are the same for every hypothesis and are
    /// left out; after two such tokens every hypothesis has the same history (O, O), so only the best
    /// survives and later ones add nothing (``search(_:sentence:weights:gold:)`` extends the beam there itself).
    private func extendWithOutside<W: WeightStore>(_ i: Int, previousCount: Int, sentence: SentenceContext, in doc: DocumentContext,
                                                   weights: W, transitions: UnsafeBufferPointer<Float>) -> Int {
        let beam = buffers.lattice + i * beamSize
        let token = sentence.tokens.lowerBound + i
        let afterOutside = i > 0 && !doc.isSearched(token - 1)
        var count = 0
        for pi in 0..<previousCount {
            let (p1, p2, base) = hypothesis(pi, before: i)
            // The score of O: transition and the history features of (previous tag, this token). After
            // another O every hypothesis has the same previous tag, so those features add the same to
            // all, and only the best survives: they are left out.
            var score = base + transitions[(Int(p2) * 10 + Int(p1)) * TagSet.count]
            if !afterOutside {
                let rows = cachedHistoryRows(i, p1: p1, token: doc.infos[token], weights: weights)
                if rows.norm >= 0 { score += weights.outsideWeight(rows.norm) }
                if rows.shape >= 0 { score += weights.outsideWeight(rows.shape) }
            }
            var position = count
            while position > 0 && beam[position - 1].score < score {
                beam[position] = beam[position - 1]
                position -= 1
            }
            beam[position] = Item(score: score, tag: 0, back: Int32(pi))
            count += 1
        }
        // All hypotheses now end in O; with O before it too they share their history.
        return afterOutside ? 1 : count
    }

    /// Softmax confidence of each chosen tag of sentence `s` of `doc` given the chosen history, with
    /// temperature `temperature`, written to `confidences` at the sentence's document indices (tokens
    /// outside the focus are left as they are). Call right after ``search(_:sentence:weights:gold:)`` on
    /// the same sentence (it reuses the history rows).
    mutating func confidences<W: WeightStore>(_ doc: DocumentContext, sentence s: Int, tags: [UInt8], weights: W, temperature: Float,
                                              into confidences: inout [Double]) {
        ensureTransitions(weights: weights)
        let o = doc.sentences[s].tokens.lowerBound
        let statics = buffers.staticScores
        let local = buffers.localScores
        transitions.withUnsafeBufferPointer { transitions in
            for i in 0..<tags.count where doc.isSearched(o + i) {
                let p1 = i == 0 ? Decoder.start : tags[i - 1]
                let p2 = i < 2 ? Decoder.start : tags[i - 2]
                let rows = cachedHistoryRows(i, p1: p1, token: doc.infos[o + i], weights: weights)
                localScores(i, p1: p1, p2: p2, rows: rows, weights: weights, statics: statics, transitions: transitions,
                            into: local)
                let prevTag: UInt8 = p1 == Decoder.start ? 0 : p1
                var maxScore = -Float.infinity
                for t in 0..<UInt8(TagSet.count) where TagSet.allowed(prev: prevTag, next: t) { maxScore = max(maxScore, local[Int(t)]) }
                var sum: Double = 0
                var chosen: Double = 0
                for t in 0..<UInt8(TagSet.count) where TagSet.allowed(prev: prevTag, next: t) {
                    let e = Foundation.exp(Double((local[Int(t)] - maxScore) / temperature))
                    sum += e
                    if t == tags[i] { chosen = e }
                }
                confidences[o + i] = sum > 0 ? chosen / sum : 0
            }
        }
    }
}

/// The rows of the two history features that depend on the token: (previous tag, word) and
/// (previous tag, shape); -1 when the model has no weights for one.
struct TokenHistoryRows {
    var norm: Int32 = -1
    var shape: Int32 = -1
}

/// The decoder's working memory for one sentence, reused from sentence to sentence: the beam
/// lattice, and the history rows looked up per token and previous tag (the search fills them,
/// the confidences read them again). Raw buffers, so the hot loops write without copy-on-write checks.
final class SentenceBuffers {
    let beamSize: Int
    /// Tokens there is room for.
    private(set) var capacity = 0
    /// The feature keys of one token (``FeatureExtractor/maximumStaticKeys``).
    let keys: UnsafeMutablePointer<UInt64>
    /// One value per feature key (see ``WeightStore/accumulate(_:scratch:into:)``).
    let scratch: UnsafeMutablePointer<UInt64>
    /// Room for the nine local scores of one token.
    let localScores: UnsafeMutablePointer<Float>
    /// Nine static scores per token, one per tag.
    private(set) var staticScores: UnsafeMutablePointer<Float>
    /// `beamSize` hypotheses per token.
    private(set) var lattice: UnsafeMutablePointer<Decoder.Item>
    /// The number of hypotheses at each token.
    private(set) var beamCounts: UnsafeMutablePointer<Int>
    /// Ten per token, one per previous tag (``Decoder/start`` included).
    private(set) var historyRows: UnsafeMutablePointer<TokenHistoryRows>
    /// Per token, bit p set when `historyRows` holds the rows for previous tag p.
    private(set) var historyKnown: UnsafeMutablePointer<UInt16>
    /// When tagging with a session: its word memory, which remembers history rows from sentence to
    /// sentence, and the entry of each token in it (-1 for none).
    var memory: WordMemory?
    private(set) var wordEntries: UnsafeMutablePointer<Int32>

    init(beamSize: Int) {
        self.beamSize = beamSize
        keys = .allocate(capacity: FeatureExtractor.maximumStaticKeys)
        scratch = .allocate(capacity: FeatureExtractor.maximumStaticKeys)
        localScores = .allocate(capacity: TagSet.count)
        staticScores = .allocate(capacity: 0)
        lattice = .allocate(capacity: 0)
        beamCounts = .allocate(capacity: 0)
        historyRows = .allocate(capacity: 0)
        historyKnown = .allocate(capacity: 0)
        wordEntries = .allocate(capacity: 0)
    }

    /// Makes room for a sentence of `tokens` tokens and clears the known history rows (the search of a
    /// sentence follows its ``Decoder/prepare(_:sentence:history:weights:domainSalt:recordRows:)``).
    func reserve(tokens: Int) {
        if tokens > capacity {
            release()
            capacity = max(tokens, 2 * capacity, 64)
            staticScores = .allocate(capacity: capacity * TagSet.count)
            lattice = .allocate(capacity: capacity * beamSize)
            lattice.initialize(repeating: Decoder.Item(score: 0, tag: 0, back: -1), count: capacity * beamSize)
            beamCounts = .allocate(capacity: capacity)
            beamCounts.initialize(repeating: 0, count: capacity)
            historyRows = .allocate(capacity: capacity * 10)
            historyRows.initialize(repeating: TokenHistoryRows(), count: capacity * 10)
            historyKnown = .allocate(capacity: capacity)
            wordEntries = .allocate(capacity: capacity)
        }
        historyKnown.initialize(repeating: 0, count: tokens)
    }

    private func release() {
        staticScores.deallocate()
        lattice.deallocate()
        beamCounts.deallocate()
        historyRows.deallocate()
        historyKnown.deallocate()
        wordEntries.deallocate()
    }

    deinit {
        release()
        keys.deallocate()
        scratch.deallocate()
        localScores.deallocate()
    }
}

/// Where the decoder gets weights from: a feature key → row lookup and a row accumulation.
protocol WeightStore {
    /// The row (or slot) of a feature key, or -1 when the feature has no weights.
    func find(_ key: UInt64) -> Int32
    /// Adds the 9 tag weights of `row` to `acc[0..<9]`.
    func addRow(_ row: Int32, into acc: UnsafeMutablePointer<Float>)
    /// Adds the weights of every feature of `keys` that has weights to `acc[0..<9]`; `scratch` has room
    /// for one value per key.
    func accumulate(_ keys: UnsafeBufferPointer<UInt64>, scratch: UnsafeMutablePointer<UInt64>, into acc: UnsafeMutablePointer<Float>)
    /// The weight of `row` for the tag `O`.
    func outsideWeight(_ row: Int32) -> Float
}

extension WeightStore {
    func accumulate(_ keys: UnsafeBufferPointer<UInt64>, scratch: UnsafeMutablePointer<UInt64>, into acc: UnsafeMutablePointer<Float>) {
        for key in keys {
            let row = find(key)
            if row >= 0 { addRow(row, into: acc) }
        }
    }
}

/// Weights during training: feature table plus a dense, mutable weight matrix.
struct DenseWeights: WeightStore {
    let table: HashIndex
    let weights: UnsafeBufferPointer<Float>

    @inline(__always) func find(_ key: UInt64) -> Int32 { table.find(key) }

    @inline(__always) func addRow(_ row: Int32, into acc: UnsafeMutablePointer<Float>) {
        let w = Int(row) * TagSet.count
        for t in 0..<TagSet.count { acc[t] += weights[w + t] }
    }

    @inline(__always) func outsideWeight(_ row: Int32) -> Float { weights[Int(row) * TagSet.count] }
}

/// Inference weights: an open-addressing table whose 32-byte slots hold the key and the nine
/// Int16-quantized weights, so a feature lookup touches a single cache line; beside it, one byte
/// per slot of the key's fingerprint (0 = empty), small enough to stay in the processor's cache,
/// so a key the model has no weights for (most context words and bigrams) is rejected without
/// touching the slots.
struct PackedWeights: WeightStore, Sendable {
    struct Slot: Sendable {
        var key: UInt64 = 0
        var w: (Int16, Int16, Int16, Int16, Int16, Int16, Int16, Int16, Int16) = (0, 0, 0, 0, 0, 0, 0, 0, 0)
    }

    private(set) var slots: [Slot]
    private var fingerprints: [UInt8]
    private(set) var count = 0
    private let mask: Int
    /// Weight = quantized value × scale.
    let scale: Float

    init(capacity: Int, scale: Float) {
        var size = 16
        while size * 5 < capacity * 8 { size <<= 1 }  // load factor at most 0.625
        slots = [Slot](repeating: Slot(), count: size)
        fingerprints = [UInt8](repeating: 0, count: size)
        mask = size - 1
        self.scale = scale
    }

    @inline(__always) private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
    }

    /// The key's fingerprint: its top byte, never 0.
    @inline(__always) private static func fingerprint(_ key: UInt64) -> UInt8 {
        let f = UInt8(truncatingIfNeeded: key >> 56)
        return f == 0 ? 1 : f
    }

    /// Inserts a feature (keys are unique and non-zero).
    mutating func insert<Weights: RandomAccessCollection<Int16>>(_ key: UInt64, _ values: Weights) where Weights.Index == Int {
        var i = PackedWeights.slot(key, mask)
        while slots[i].key != 0 && slots[i].key != key { i = (i + 1) & mask }
        if slots[i].key == 0 { count += 1 }
        var slot = Slot(key: key)
        withUnsafeMutableBytes(of: &slot.w) { raw in
            for (t, value) in values.prefix(TagSet.count).enumerated() { raw.storeBytes(of: value, toByteOffset: 2 * t, as: Int16.self) }
        }
        slots[i] = slot
        fingerprints[i] = PackedWeights.fingerprint(key)
    }

    @inline(__always) func find(_ key: UInt64) -> Int32 {
        slots.withUnsafeBufferPointer { s in
            fingerprints.withUnsafeBufferPointer { f in find(key, slots: s, fingerprints: f) }
        }
    }

    @inline(__always) private func find(_ key: UInt64, slots s: UnsafeBufferPointer<Slot>, fingerprints f: UnsafeBufferPointer<UInt8>) -> Int32 {
        let wanted = PackedWeights.fingerprint(key)
        var i = PackedWeights.slot(key, mask)
        while true {
            let stored = f[i]
            if stored == 0 { return -1 }
            if stored == wanted && s[i].key == key { return Int32(truncatingIfNeeded: i) }
            i = (i + 1) & mask
        }
    }

    /// Adds the weights of every key of `keys` that has weights to `acc[0..<9]`.
    func accumulate(_ keys: UnsafeBufferPointer<UInt64>, scratch: UnsafeMutablePointer<UInt64>, into acc: UnsafeMutablePointer<Float>) {
        accumulate(quantizedSum(keys, scratch: scratch), into: acc)
    }

    /// Adds a quantized sum, scaled, to `acc[0..<9]`.
    @inline(__always) func accumulate(_ sum: QuantizedSum, into acc: UnsafeMutablePointer<Float>) {
        let scaled = SIMD8<Float>(sum.first8) * scale
        for t in 0..<8 { acc[t] += scaled[t] }
        acc[8] += Float(sum.ninth) * scale
    }

    /// The quantized weights of the keys of `keys` that have weights, summed as integers, eight tags at
    /// once; `scratch` has room for one value per key. All keys are looked up through the fingerprints
    /// first, then the weights of those found are read (loads the processor overlaps, where reading each in
    /// turn would wait for each cache miss).
    func quantizedSum(_ keys: UnsafeBufferPointer<UInt64>, scratch found: UnsafeMutablePointer<UInt64>) -> QuantizedSum {
        var sum = QuantizedSum()
        slots.withUnsafeBufferPointer { s in
            fingerprints.withUnsafeBufferPointer { f in
                var count = 0
                for key in keys {
                    let row = find(key, slots: s, fingerprints: f)
                    if row >= 0 {
                        found[count] = UInt64(row)
                        count += 1
                    }
                }
                for j in 0..<count {
                    withUnsafeBytes(of: s[Int(found[j])].w) { raw in
                        sum.first8 &+= SIMD8<Int32>(truncatingIfNeeded: raw.loadUnaligned(as: SIMD8<Int16>.self))
                        sum.ninth &+= Int32(raw.loadUnaligned(fromByteOffset: 16, as: Int16.self))
                    }
                }
            }
        }
        return sum
    }

    @inline(__always) func outsideWeight(_ row: Int32) -> Float {
        slots.withUnsafeBufferPointer { s in Float(s[Int(row)].w.0) * scale }
    }

    @inline(__always) func addRow(_ row: Int32, into acc: UnsafeMutablePointer<Float>) {
        slots.withUnsafeBufferPointer { s in
            let w = s[Int(row)].w
            let sc = scale
            acc[0] += Float(w.0) * sc; acc[1] += Float(w.1) * sc; acc[2] += Float(w.2) * sc
            acc[3] += Float(w.3) * sc; acc[4] += Float(w.4) * sc; acc[5] += Float(w.5) * sc
            acc[6] += Float(w.6) * sc; acc[7] += Float(w.7) * sc; acc[8] += Float(w.8) * sc
        }
    }
}
