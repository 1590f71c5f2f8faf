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

    private var keys: [UInt64] = []
    /// Static feature rows of the current sentence, flattened; token i uses rows[rowStart[i]..<rowStart[i+1]].
    private(set) var rows: [Int32] = []
    private(set) var rowStart: [Int] = []
    private var staticScores: [Float] = []
    private var lattice: [Item] = []
    private var latticeCount: [Int] = []
    private var candidates: [Item] = []
    /// Room for one value per feature key of a token (see ``WeightStore/accumulate(_:scratch:into:)``).
    private var scratch: [UInt64] = []

    /// A decoder; `transitions` is the model's ``transitionTable(extractor:weights:)`` when the weights
    /// are fixed (tagging), nil when they change (training: computed on demand).
    init(extractor: FeatureExtractor, beamSize: Int, transitions: [Float]? = nil) {
        self.extractor = extractor
        self.beamSize = max(1, beamSize)
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
        let n = doc.sentences[s].infos.count
        rows.removeAll(keepingCapacity: true)
        rowStart.removeAll(keepingCapacity: true)
        staticScores.removeAll(keepingCapacity: true)
        staticScores.append(contentsOf: repeatElement(0, count: n * TagSet.count))
        let sentence = doc.sentences[s]
        for i in 0..<n {
            rowStart.append(rows.count)
            guard sentence.isSearched(i) else { continue }
            keys.removeAll(keepingCapacity: true)
            extractor.staticKeys(doc, sentence: s, token: i, history: history, into: &keys)
            staticScores.withUnsafeMutableBufferPointer { scores in
                guard let base = scores.baseAddress else { return }
                let acc = base + i * TagSet.count
                if domainSalt == 0 && !recordRows {
                    if scratch.count < keys.count { scratch = [UInt64](repeating: 0, count: keys.count * 2) }
                    keys.withUnsafeBufferPointer { keys in
                        scratch.withUnsafeMutableBufferPointer { weights.accumulate(keys, scratch: $0.baseAddress!, into: acc) }
                    }
                    return
                }
                for k in keys {
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
        }
        rowStart.append(rows.count)
    }

    /// Rows of the history features for previous tags (p1, p2) at a token; -1 when unknown.
    @inline(__always) func historyRows<W: WeightStore>(p1: UInt8, p2: UInt8, token: TokenInfo, weights: W) -> (Int32, Int32, Int32, Int32) {
        var k: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        extractor.historyKeys(p1: p1, p2: p2, token: token, into: &k)
        return (weights.find(k.0), k.1 == 0 ? -1 : weights.find(k.1), k.2 == 0 ? -1 : weights.find(k.2), k.3 == 0 ? -1 : weights.find(k.3))
    }

    /// Local scores (static + history) of the 9 tags at token i given previous tags.
    /// The token-independent history features (previous tag, previous two tags) come from the
    /// cached ``transitions`` table; call ``ensureTransitions(weights:)`` first.
    @inline(__always) func localScores<W: WeightStore>(_ i: Int, p1: UInt8, p2: UInt8, token: TokenInfo, weights: W, into out: inout [Float]) {
        let r = tokenHistoryRows(p1: p1, token: token, weights: weights)
        localScores(i, p1: p1, p2: p2, rows: r, weights: weights, into: &out)
    }

    /// Rows of the history features that depend on the token and the previous tag only.
    @inline(__always) func tokenHistoryRows<W: WeightStore>(p1: UInt8, token: TokenInfo, weights: W) -> (Int32, Int32) {
        var k: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        extractor.historyKeys(p1: p1, p2: 0, token: token, into: &k)
        return (k.2 == 0 ? -1 : weights.find(k.2), k.3 == 0 ? -1 : weights.find(k.3))
    }

    @inline(__always) func localScores<W: WeightStore>(_ i: Int, p1: UInt8, p2: UInt8, rows r: (Int32, Int32), weights: W, into out: inout [Float]) {
        let r2 = r.0, r3 = r.1
        let base = i * TagSet.count
        let tbase = (Int(p2) * 10 + Int(p1)) * TagSet.count
        out.withUnsafeMutableBufferPointer { o in
            guard let acc = o.baseAddress else { return }
            for t in 0..<TagSet.count { acc[t] = staticScores[base + t] + transitions[tbase + t] }
            if r2 >= 0 { weights.addRow(r2, into: acc) }
            if r3 >= 0 { weights.addRow(r3, into: acc) }
        }
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

    private func backtrack(position: Int, index: Int) -> [UInt8] {
        var tags = [UInt8](repeating: 0, count: position + 1)
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
        let item = lattice[(i - 1) * beamSize + index]
        return (item.tag, i == 1 ? Decoder.start : lattice[(i - 2) * beamSize + Int(item.back)].tag, item.score)
    }

    /// Beam search over the prepared sentence. With `gold`, also reports where the gold
    /// prefix first fell out of the beam (for early-update training).
    mutating func search<W: WeightStore>(_ sentence: SentenceContext, weights: W, gold: [UInt8]?) -> Result {
        ensureTransitions(weights: weights)
        let n = sentence.infos.count
        if n == 0 { return Result(tags: [], violation: nil) }
        let k = beamSize
        lattice.removeAll(keepingCapacity: true)
        lattice.append(contentsOf: repeatElement(Item(score: 0, tag: 0, back: -1), count: n * k))
        latticeCount.removeAll(keepingCapacity: true)
        latticeCount.append(contentsOf: repeatElement(0, count: n))
        var local = [Float](repeating: 0, count: TagSet.count)
        var goldIndex = gold == nil ? -1 : 0
        var violation: (position: Int, tags: [UInt8])? = nil
        // Rows of the token history features per previous tag at the current token (they do not depend on
        // the hypothesis otherwise), filled on first use.
        var historyRows = [(Int32, Int32)](repeating: (-1, -1), count: 10)
        var historyKnown = [Bool](repeating: false, count: 10)
        for i in 0..<n {
            if !sentence.isSearched(i) {
                if i > 1, !sentence.isSearched(i - 1), !sentence.isSearched(i - 2) {
                    // Deep in a run of tokens outside the focus: one hypothesis, tagged O (see extendWithOutside).
                    lattice[i * k] = Item(score: lattice[(i - 1) * k].score, tag: 0, back: 0)
                    latticeCount[i] = 1
                    continue
                }
                candidates.removeAll(keepingCapacity: true)
                extendWithOutside(i, previousCount: i == 0 ? 1 : latticeCount[i - 1], sentence: sentence, weights: weights)
                continue
            }
            candidates.removeAll(keepingCapacity: true)
            let previousCount = i == 0 ? 1 : latticeCount[i - 1]
            for p in 0..<10 { historyKnown[p] = false }
            for pi in 0..<previousCount {
                let (p1, p2, base) = hypothesis(pi, before: i)
                if !historyKnown[Int(p1)] {
                    historyRows[Int(p1)] = tokenHistoryRows(p1: p1, token: sentence.infos[i], weights: weights)
                    historyKnown[Int(p1)] = true
                }
                localScores(i, p1: p1, p2: p2, rows: historyRows[Int(p1)], weights: weights, into: &local)
                let prevTag: UInt8 = p1 == Decoder.start ? 0 : p1
                for t in 0..<UInt8(TagSet.count) where TagSet.allowed(prev: prevTag, next: t) {
                    let c = Item(score: base + local[Int(t)], tag: t, back: Int32(pi))
                    // insertion into a top-k list (ties: earlier back, then lower tag, win)
                    if candidates.count == k, c.score <= candidates[k - 1].score { continue }
                    var pos = candidates.count
                    while pos > 0 && candidates[pos - 1].score < c.score { pos -= 1 }
                    if pos < k {
                        candidates.insert(c, at: pos)
                        if candidates.count > k { candidates.removeLast() }
                    }
                }
            }
            for (j, c) in candidates.enumerated() { lattice[i * k + j] = c }
            latticeCount[i] = candidates.count
            if goldIndex >= 0, let gold {
                var found = -1
                for (j, c) in candidates.enumerated() where c.back == Int32(goldIndex) && c.tag == gold[i] {
                    found = j
                    break
                }
                if found < 0 {
                    violation = (i, backtrack(position: i, index: 0))
                }
                goldIndex = found
            }
        }
        return Result(tags: backtrack(position: n - 1, index: 0), violation: violation)
    }

    /// Extends the beam at a token outside the focus, which can only be `O`. Its static scores are
    /// the same for every hypothesis and are left out; after two such tokens every hypothesis has
    /// the same history (O, O), so only the best survives and later ones add nothing (``search``
    /// handles those without calling this).
    private mutating func extendWithOutside<W: WeightStore>(_ i: Int, previousCount: Int, sentence: SentenceContext, weights: W) {
        let k = beamSize
        let afterOutside = i > 0 && !sentence.isSearched(i - 1)
        for pi in 0..<previousCount {
            let (p1, p2, base) = hypothesis(pi, before: i)
            // The score of O: transition and the history features of (previous tag, this token). After
            // another O every hypothesis has the same previous tag, so those features add the same to
            // all, and only the best survives: they are left out.
            var score = base + transitions[(Int(p2) * 10 + Int(p1)) * TagSet.count]
            if !afterOutside {
                let rows = tokenHistoryRows(p1: p1, token: sentence.infos[i], weights: weights)
                if rows.0 >= 0 { score += weights.outsideWeight(rows.0) }
                if rows.1 >= 0 { score += weights.outsideWeight(rows.1) }
            }
            let c = Item(score: score, tag: 0, back: Int32(pi))
            var pos = candidates.count
            while pos > 0 && candidates[pos - 1].score < c.score { pos -= 1 }
            candidates.insert(c, at: pos)
        }
        // All hypotheses now end in O; with O before it too they share their history.
        if afterOutside { candidates.removeLast(candidates.count - 1) }
        for (j, c) in candidates.enumerated() { lattice[i * k + j] = c }
        latticeCount[i] = candidates.count
    }

    /// Softmax confidence of each chosen tag given the chosen history, with temperature `temperature`.
    mutating func confidences<W: WeightStore>(_ sentence: SentenceContext, tags: [UInt8], weights: W, temperature: Float) -> [Double] {
        ensureTransitions(weights: weights)
        var local = [Float](repeating: 0, count: TagSet.count)
        var result: [Double] = []
        result.reserveCapacity(tags.count)
        for i in 0..<tags.count {
            guard sentence.isSearched(i) else {
                result.append(1)
                continue
            }
            let p1 = i == 0 ? Decoder.start : tags[i - 1]
            let p2 = i < 2 ? Decoder.start : tags[i - 2]
            localScores(i, p1: p1, p2: p2, token: sentence.infos[i], weights: weights, into: &local)
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
            result.append(sum > 0 ? chosen / sum : 0)
        }
        return result
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
/// Int16-quantized weights, so a feature lookup touches a single cache line.
struct PackedWeights: WeightStore, Sendable {
    struct Slot: Sendable {
        var key: UInt64 = 0
        var w: (Int16, Int16, Int16, Int16, Int16, Int16, Int16, Int16, Int16) = (0, 0, 0, 0, 0, 0, 0, 0, 0)
    }

    private(set) var slots: [Slot]
    private(set) var count = 0
    private let mask: Int
    /// Weight = quantized value × scale.
    let scale: Float

    init(capacity: Int, scale: Float) {
        var size = 16
        while size * 5 < capacity * 8 { size <<= 1 }  // load factor at most 0.625
        slots = [Slot](repeating: Slot(), count: size)
        mask = size - 1
        self.scale = scale
    }

    @inline(__always) private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
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
    }

    @inline(__always) func find(_ key: UInt64) -> Int32 {
        slots.withUnsafeBufferPointer { s in
            var i = PackedWeights.slot(key, mask)
            while true {
                let stored = s[i].key
                if stored == key { return Int32(truncatingIfNeeded: i) }
                if stored == 0 { return -1 }
                i = (i + 1) & mask
            }
        }
    }

    /// Looks up all keys in two passes: first every key's home slot is read (independent loads the
    /// processor overlaps, where one-by-one probing waits for each cache miss in turn), then the keys
    /// are compared and probed further only on a collision.
    func accumulate(_ keys: UnsafeBufferPointer<UInt64>, scratch home: UnsafeMutablePointer<UInt64>, into acc: UnsafeMutablePointer<Float>) {
        slots.withUnsafeBufferPointer { s in
            for (j, key) in keys.enumerated() { home[j] = s[PackedWeights.slot(key, mask)].key }
            for (j, key) in keys.enumerated() {
                let stored = home[j]
                if stored == 0 { continue }
                if stored == key {
                    addRow(Int32(truncatingIfNeeded: PackedWeights.slot(key, mask)), into: acc)
                    continue
                }
                let row = find(key)
                if row >= 0 { addRow(row, into: acc) }
            }
        }
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
