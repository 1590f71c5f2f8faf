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

    init(extractor: FeatureExtractor, beamSize: Int) {
        self.extractor = extractor
        self.beamSize = max(1, beamSize)
    }

    /// Computes the static feature rows and per-tag static scores of sentence `s`.
    /// With a non-zero `domainSalt` (training with domain adaptation), every static feature
    /// also fires in a domain-specific copy (Daumé 2007, "frustratingly easy" augmentation).
    mutating func prepare(_ doc: DocumentContext, sentence s: Int, history: PredictionHistory, table: HashIndex, weights: UnsafeBufferPointer<Float>, domainSalt: UInt64 = 0) {
        let n = doc.sentences[s].infos.count
        rows.removeAll(keepingCapacity: true)
        rowStart.removeAll(keepingCapacity: true)
        staticScores.removeAll(keepingCapacity: true)
        staticScores.append(contentsOf: repeatElement(0, count: n * TagSet.count))
        for i in 0..<n {
            rowStart.append(rows.count)
            keys.removeAll(keepingCapacity: true)
            extractor.staticKeys(doc, sentence: s, token: i, history: history, into: &keys)
            for k in keys {
                let r = table.find(k)
                if r >= 0 { rows.append(r) }
                if domainSalt != 0 {
                    let d = table.find(Decoder.domainKey(k, domainSalt))
                    if d >= 0 { rows.append(d) }
                }
            }
            staticScores.withUnsafeMutableBufferPointer { scores in
                let base = i * TagSet.count
                for j in rowStart[i]..<rows.count {
                    let w = Int(rows[j]) * TagSet.count
                    for t in 0..<TagSet.count { scores[base + t] += weights[w + t] }
                }
            }
        }
        rowStart.append(rows.count)
    }

    /// Rows of the history features for previous tags (p1, p2) at a token; -1 when unknown.
    @inline(__always) func historyRows(p1: UInt8, p2: UInt8, token: TokenInfo, table: HashIndex) -> (Int32, Int32, Int32, Int32) {
        var k: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        extractor.historyKeys(p1: p1, p2: p2, token: token, into: &k)
        return (table.find(k.0), k.1 == 0 ? -1 : table.find(k.1), k.2 == 0 ? -1 : table.find(k.2), k.3 == 0 ? -1 : table.find(k.3))
    }

    /// Local scores (static + history) of the 9 tags at token i given previous tags.
    @inline(__always) func localScores(_ i: Int, p1: UInt8, p2: UInt8, token: TokenInfo, table: HashIndex, weights: UnsafeBufferPointer<Float>, into out: inout [Float]) {
        let r = historyRows(p1: p1, p2: p2, token: token, table: table)
        let base = i * TagSet.count
        for t in 0..<TagSet.count { out[t] = staticScores[base + t] }
        for q in 0..<4 {
            let row = q == 0 ? r.0 : (q == 1 ? r.1 : (q == 2 ? r.2 : r.3))
            if row < 0 { continue }
            let w = Int(row) * TagSet.count
            for t in 0..<TagSet.count { out[t] += weights[w + t] }
        }
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

    /// Beam search over the prepared sentence. With `gold`, also reports where the gold
    /// prefix first fell out of the beam (for early-update training).
    mutating func search(_ sentence: SentenceContext, table: HashIndex, weights: UnsafeBufferPointer<Float>, gold: [UInt8]?) -> Result {
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
        for i in 0..<n {
            candidates.removeAll(keepingCapacity: true)
            let previousCount = i == 0 ? 1 : latticeCount[i - 1]
            for pi in 0..<previousCount {
                let p1: UInt8, p2: UInt8, base: Float
                if i == 0 {
                    p1 = Decoder.start; p2 = Decoder.start; base = 0
                } else {
                    let item = lattice[(i - 1) * k + pi]
                    p1 = item.tag
                    p2 = i == 1 ? Decoder.start : lattice[(i - 2) * k + Int(item.back)].tag
                    base = item.score
                }
                localScores(i, p1: p1, p2: p2, token: sentence.infos[i], table: table, weights: weights, into: &local)
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

    /// Softmax confidence of each chosen tag given the chosen history, with temperature `temperature`.
    func confidences(_ sentence: SentenceContext, tags: [UInt8], table: HashIndex, weights: UnsafeBufferPointer<Float>, temperature: Float) -> [Double] {
        var local = [Float](repeating: 0, count: TagSet.count)
        var result: [Double] = []
        result.reserveCapacity(tags.count)
        for i in 0..<tags.count {
            let p1 = i == 0 ? Decoder.start : tags[i - 1]
            let p2 = i < 2 ? Decoder.start : tags[i - 2]
            localScores(i, p1: p1, p2: p2, token: sentence.infos[i], table: table, weights: weights, into: &local)
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
