import Foundation

/// Groups of feature templates that can be switched off (for ablation experiments).
/// The set used for training is stored in the model header and applied again when tagging.
public enum FeatureGroup: String, Sendable, Codable, CaseIterable {
    /// Prefixes and suffixes of length 1…4.
    case affixes
    /// Word shapes and short shapes of the token and its neighbours.
    case shapes
    /// Neighbouring words ±2 and word bigrams.
    case context
    /// Gazetteer longest-match features.
    case gazetteer
    /// First-name and surname list features.
    case names
    /// "This capitalized word also appears lower case / title case elsewhere in the document".
    case documentCase
    /// "This word was tagged X earlier in the document" (from the tagger's own predictions).
    case predictionHistory
    /// All-caps (headline) sentence conjunctions.
    case headline
    /// Second-order tag history (previous two tags) and tag+word conjunctions.
    case tagHistory
    /// Word-cluster ids (``WordClusters``, at each level of the lexicon's clusters) of the token and its
    /// neighbours ±1. Opt-in (see ``optIn``).
    case clusters

    /// Groups that are off unless a model was trained with them (its header lists them in
    /// ``ModelHeader/enabledFeatures``): models from before a group existed keep tagging as they did.
    public static let optIn: Set<FeatureGroup> = [.clusters]
}

/// Which features are active; stored in the model header.
struct FeatureConfig: Sendable, Equatable {
    /// One bit per disabled group: tested for every token, so no set lookups.
    private let disabledBits: UInt32

    init(disabled: Set<FeatureGroup> = []) {
        var bits: UInt32 = 0
        for group in disabled { bits |= 1 << FeatureConfig.bit(group) }
        disabledBits = bits
    }

    /// The groups of a model: those its header does not list as disabled, less the opt-in groups it does
    /// not list as enabled.
    init(header: ModelHeader) {
        let disabled = Set(header.disabledFeatures.compactMap(FeatureGroup.init(rawValue:)))
        let enabled = Set((header.enabledFeatures ?? []).compactMap(FeatureGroup.init(rawValue:)))
        self.init(disabled: disabled.union(FeatureGroup.optIn.subtracting(enabled)))
    }

    @inline(__always) func on(_ g: FeatureGroup) -> Bool { disabledBits & (1 << FeatureConfig.bit(g)) == 0 }

    @inline(__always) private static func bit(_ g: FeatureGroup) -> UInt32 {
        switch g {
        case .affixes: return 0
        case .shapes: return 1
        case .context: return 2
        case .gazetteer: return 3
        case .names: return 4
        case .documentCase: return 5
        case .predictionHistory: return 6
        case .headline: return 7
        case .tagHistory: return 8
        case .clusters: return 9
        }
    }
}

/// Feature template identifiers (part of the hashed feature key; never renumber).
enum Template {
    static let bias: UInt64 = 1, word: UInt64 = 2, norm: UInt64 = 3, shape: UInt64 = 4, shortShape: UInt64 = 5
    static let prefix: UInt64 = 6  // +0…3
    static let suffix: UInt64 = 10  // +0…3
    static let flag: UInt64 = 14, initialShape: UInt64 = 15, headlineShape: UInt64 = 16, headlineNorm: UInt64 = 17
    static let normM1: UInt64 = 18, normP1: UInt64 = 19, normM2: UInt64 = 20, normP2: UInt64 = 21
    static let shapeM1: UInt64 = 22, shapeP1: UInt64 = 23, shapeM2: UInt64 = 24, shapeP2: UInt64 = 25
    static let bigramL: UInt64 = 26, bigramR: UInt64 = 27, shape3: UInt64 = 28, normM1Shape: UInt64 = 29, shapeNormP1: UInt64 = 30
    static let gaz: UInt64 = 31, gazCap: UInt64 = 32
    static let firstName: UInt64 = 33, surname: UInt64 = 34, firstNameCap: UInt64 = 35, afterFirstName: UInt64 = 36, beforeCap: UInt64 = 37
    static let lowerElsewhere: UInt64 = 38, titleElsewhere: UInt64 = 39, history: UInt64 = 40, historyMajority: UInt64 = 41
    static let initialNorm: UInt64 = 42, surnameAfterCap: UInt64 = 43
    static let cluster: UInt64 = 44, clusterM1: UInt64 = 45, clusterP1: UInt64 = 46
    static let prevTag: UInt64 = 60, prevTwoTags: UInt64 = 61, prevTagNorm: UInt64 = 62, prevTagShape: UInt64 = 63
}

/// A sentence of a ``DocumentContext``: where its tokens are in the document's token arrays.
struct SentenceContext {
    /// The sentence's tokens, as indices into the document's token arrays.
    var tokens: Range<Int>
    /// All letters in the sentence are upper case (a headline or dateline).
    var headline: Bool

    /// The number of tokens.
    var count: Int { tokens.count }
}

/// Which tokens can be part of a name. In English news a name has an upper-case letter in at
/// least one of its words, and words without one occur inside names only between two that have
/// one ("Bank of England", "Osama bin Laden", "Procter & Gamble"). Tokens outside such runs are
/// tagged `O` without scoring their features; on news about four tokens in five are skipped.
/// The tags are nearly those of a full search: with the shipped model (word clusters), 17 of 2,868
/// tokens of the sample and fixture articles differ (a test checks it; 1 with the model before it), and
/// CoNLL-2003 dev F1 moves from 0.9368 to 0.9359.
enum Focus {
    /// The longest run of tokens without an upper-case letter searched between two that have one.
    static let maximumGap = 2

    /// Sets `mask` true at the searched tokens of the sentence `infos`, at the same indices. With
    /// `isLowercaseWord` (a word the document also writes in lower case), a sentence's first word that is
    /// one and is not followed by a capitalized word is left out: it is capitalized only because it starts
    /// the sentence ("The", "But", "Officials").
    static func mark(_ infos: ArraySlice<TokenInfo>, into mask: inout [Bool], isLowercaseWord: (UInt64) -> Bool) {
        let first = infos.startIndex
        var lastCapital = -1
        for i in infos.indices where infos[i].flags & (TokenFlags.initialCap | TokenFlags.allCaps | TokenFlags.innerCap) != 0
            && infos[i].has(TokenFlags.hasLetter) {
            if i == first, !infos[i].has(TokenFlags.allCaps), isLowercaseWord(infos[i].lower),
               infos.count == 1 || !infos[i + 1].has(TokenFlags.initialCap) {
                continue
            }
            mask[i] = true
            if lastCapital >= 0, i - lastCapital - 1 <= maximumGap {
                for j in (lastCapital + 1)..<i { mask[j] = true }
            }
            lastCapital = i
        }
    }
}

/// Pre-computed feature inputs of one document, in arrays over all its tokens (sentence after
/// sentence), so that a document costs a handful of allocations rather than several per sentence.
struct DocumentContext {
    /// The analysis of every token.
    var infos: [TokenInfo]
    /// Gazetteer marks of every token (see ``TaggerLexicon/mark(_:from:into:)``).
    var gazetteer: [UInt16]
    /// First-name frequency bucket 1…3 of every token, 0 = not a first name.
    var firstName: [UInt8]
    /// Surname frequency bucket 1…3 of every token, 0 = not a surname.
    var surname: [UInt8]
    /// When the lexicon has word clusters: the packed cluster ids of every token, for the ``FeatureGroup/clusters``
    /// features (``WordClusters/packedIDs(norm:)``, -1 = unknown word); empty without.
    var clusters: [Int32]
    /// The number of levels of those cluster ids (0 without).
    var clusterLevels: Int
    /// When tagging with focus: which tokens the decoder searches (see ``Focus``); the others are `O`.
    /// Empty when every token is searched (training, and tagging without focus).
    var focus: [Bool]
    /// The sentences, in order.
    var sentences: [SentenceContext]
    /// Lower hashes of tokens that occur starting with a lower-case letter.
    var lowercaseSeen: KeySet
    /// Lower hashes of tokens seen title-case, not sentence-initially, outside headlines.
    var titleSeen: KeySet

    /// Whether the decoder searches the token at document index `token`.
    @inline(__always) func isSearched(_ token: Int) -> Bool { focus.isEmpty || focus[token] }

    /// The context of a document of token strings; with `focus`, see ``init(analyzed:sentences:lexicon:focus:)``.
    init(document: [[String]], lexicon: TaggerLexicon, focus: Bool = false) {
        var infos: [TokenInfo] = []
        var ranges: [Range<Int>] = []
        for sentence in document {
            ranges.append(infos.count..<(infos.count + sentence.count))
            infos += sentence.map(TokenAnalyzer.analyze)
        }
        self.init(analyzed: infos, sentences: ranges, lexicon: lexicon, focus: focus)
    }

    /// The context of a document of analyzed tokens whose sentences are the ranges `sentences` of
    /// `infos`, in order and not overlapping. With `focus`, only the tokens of ``Focus`` are searched,
    /// and name-list lookups are made only where features use them. When the lexicon has word clusters (only
    /// a lexicon given to or loaded by a model that uses them has), the tokens' clusters are looked up too.
    init(analyzed infos: [TokenInfo], sentences ranges: [Range<Int>], lexicon: TaggerLexicon, focus: Bool) {
        self.infos = infos
        let tokenCount = infos.count
        lowercaseSeen = KeySet(capacity: tokenCount)
        titleSeen = KeySet(capacity: tokenCount / 4)
        sentences = []
        sentences.reserveCapacity(ranges.count)
        for range in ranges {
            var letterTokens = 0, capsTokens = 0
            for i in range where infos[i].has(TokenFlags.hasLetter) {
                letterTokens += 1
                if infos[i].has(TokenFlags.allCaps) { capsTokens += 1 }
            }
            let headline = letterTokens > 0 && capsTokens == letterTokens
            sentences.append(SentenceContext(tokens: range, headline: headline))
            for i in range where infos[i].has(TokenFlags.hasLetter) {
                let info = infos[i]
                if info.has(TokenFlags.initialLower) { lowercaseSeen.insert(info.lower) }
                if i > range.lowerBound, !headline, info.has(TokenFlags.initialCap), !info.has(TokenFlags.allCaps) { titleSeen.insert(info.lower) }
            }
        }
        self.focus = focus ? [Bool](repeating: false, count: tokenCount) : []
        gazetteer = [UInt16](repeating: 0, count: tokenCount)
        firstName = [UInt8](repeating: 0, count: tokenCount)
        surname = firstName
        let wordClusters = lexicon.clusters
        let clusters = wordClusters.levels > 0
        self.clusters = clusters ? [Int32](repeating: -1, count: tokenCount) : []
        clusterLevels = wordClusters.levels
        let lowercaseSeen = self.lowercaseSeen
        for sentence in sentences {
            let range = sentence.tokens
            if focus { Focus.mark(infos[range], into: &self.focus, isLowercaseWord: { lowercaseSeen.contains($0) }) }
            for i in range where infos[i].has(TokenFlags.hasLetter) {
                // Name features read the token itself and its two neighbours.
                if focus, !self.focus[i], i == range.lowerBound || !self.focus[i - 1], i + 1 == range.upperBound || !self.focus[i + 1] { continue }
                (firstName[i], surname[i]) = lexicon.nameBuckets(infos[i].lower)
            }
            if clusters {
                // Cluster features, too, read the token and its two neighbours (any token, letters or not).
                for i in range {
                    if focus, !self.focus[i], i == range.lowerBound || !self.focus[i - 1], i + 1 == range.upperBound || !self.focus[i + 1] { continue }
                    self.clusters[i] = wordClusters.packedIDs(norm: infos[i].norm)
                }
            }
            lexicon.mark(infos[range], from: self.focus, into: &gazetteer)
        }
    }
}

/// Counts of the types the tagger assigned earlier in the document to each (lowercased) word:
/// index 0…3 = PER, LOC, ORG, MISC; 4 = O (only counted for capitalized tokens).
struct PredictionHistory {
    private var index: HashIndex
    private var counts: [SIMD8<UInt16>] = []

    /// An empty history with room for `capacity` words before its table grows.
    init(capacity: Int = 16) {
        index = HashIndex(minimumCapacity: capacity)
    }

    /// The counts of a word (by its lower hash), or nil when it was not recorded.
    @inline(__always) func counts(of lower: UInt64) -> SIMD8<UInt16>? {
        let row = index.find(KeySet.key(lower))
        return row < 0 ? nil : counts[Int(row)]
    }

    /// Records the tags of sentence `s` of `doc`.
    mutating func record(_ doc: DocumentContext, sentence s: Int, tags: [UInt8]) {
        for (i, token) in doc.sentences[s].tokens.enumerated() {
            let info = doc.infos[token]
            let type = TagSet.typeIndex(tags[i])
            if type < 0 && !info.has(TokenFlags.initialCap) { continue }
            if info.has(TokenFlags.noAlphanumeric) { continue }
            let key = KeySet.key(info.lower)
            var row = Int(index.find(key))
            if row < 0 {
                row = counts.count
                index.set(key, Int32(row))
                counts.append(SIMD8<UInt16>())
            }
            let k = type < 0 ? 4 : type
            if counts[row][k] < UInt16.max { counts[row][k] += 1 }
        }
    }
}

/// Extracts feature keys. All work is integer hashing over ``TokenInfo``.
struct FeatureExtractor {
    var config: FeatureConfig

    static let boundary: [UInt64] = [0xB05_0001, 0xB05_0002, 0xE05_0001, 0xE05_0002]

    /// The most keys ``staticKeys(_:in:token:history:part:into:)`` writes for one token (11 flags, 16 gazetteer
    /// marks twice, 9 word clusters and fewer than 45 others).
    static let maximumStaticKeys = 112

    /// Appends the keys of the tag-independent ("static") features of token `i` of sentence `s`.
    func staticKeys(_ doc: DocumentContext, sentence s: Int, token i: Int, history: PredictionHistory, into keys: inout [UInt64]) {
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: Self.maximumStaticKeys) { buffer in
            let count = staticKeys(doc.sentences[s], in: doc, token: i, history: history, into: buffer.baseAddress!)
            keys.append(contentsOf: buffer.prefix(count))
        }
    }

    /// Which of a token's static features ``staticKeys(_:in:token:history:part:into:)`` writes.
    enum Part {
        /// All of them.
        case all
        /// Only those that depend on nothing but the token's characters (word, shape, affixes, flags): the
        /// same wherever the word occurs, so their weights can be summed once per word.
        case word
        /// All the others: position, neighbours, name lists, gazetteers, document.
        case context
    }

    /// Writes the keys of the tag-independent ("static") features of token `i` of sentence `sc` of `doc`
    /// (those of `part`) to `keys` (room for ``maximumStaticKeys``) and returns how many it wrote. The keys
    /// of ``Part/word`` and of ``Part/context`` together are those of ``Part/all``, in another order.
    func staticKeys(_ sc: SentenceContext, in doc: DocumentContext, token i: Int, history: PredictionHistory, part: Part = .all,
                    into keys: UnsafeMutablePointer<UInt64>) -> Int {
        // Token j of the sentence is at document index o + j.
        let o = sc.tokens.lowerBound
        let infos = doc.infos
        let t = infos[o + i]
        let n = sc.count
        var count = 0
        let wordPart = part != .context, contextPart = part != .word
        @inline(__always) func add(_ template: UInt64, _ value: UInt64) {
            keys[count] = FeatureHash.key(template, value)
            count += 1
        }
        // A feature of the token's characters alone; the others (`add`) come only with `contextPart`.
        @inline(__always) func addWord(_ template: UInt64, _ value: UInt64) {
            if wordPart { add(template, value) }
        }
        @inline(__always) func norm(_ j: Int) -> UInt64 {
            j < 0 ? FeatureExtractor.boundary[-j - 1] : (j >= n ? FeatureExtractor.boundary[1 + j - n] : infos[o + j].norm)
        }
        @inline(__always) func sshape(_ j: Int) -> UInt64 {
            j < 0 ? FeatureExtractor.boundary[-j - 1] : (j >= n ? FeatureExtractor.boundary[1 + j - n] : infos[o + j].shortShape)
        }
        // Word and context features stay interleaved as they were before there were parts: the keys of `.all`
        // come in the order the shipped model was trained with (training sums weights as floats, in key order).
        addWord(Template.bias, 0)
        addWord(Template.word, t.word)
        addWord(Template.norm, t.norm)
        var f = wordPart ? t.flags : 0
        var bit: UInt64 = 0
        while f != 0 {
            if f & 1 != 0 { add(Template.flag, bit) }
            f >>= 1
            bit += 1
        }
        if i == 0 && contextPart {
            add(Template.initialNorm, t.norm)
        }
        if config.on(.shapes) {
            addWord(Template.shape, t.shape)
            addWord(Template.shortShape, t.shortShape)
            if contextPart {
                if i == 0 { add(Template.initialShape, t.shortShape) }
                add(Template.shapeM1, sshape(i - 1))
                add(Template.shapeP1, sshape(i + 1))
                add(Template.shapeM2, sshape(i - 2))
                add(Template.shapeP2, sshape(i + 2))
                add(Template.shape3, FeatureHash.combine(FeatureHash.combine(sshape(i - 1), t.shortShape), sshape(i + 1)))
            }
        }
        if config.on(.affixes) && wordPart {
            let p = t.prefixes, x = t.suffixes
            if p.0 != 0 { add(Template.prefix, p.0) }
            if p.1 != 0 { add(Template.prefix + 1, p.1) }
            if p.2 != 0 { add(Template.prefix + 2, p.2) }
            if p.3 != 0 { add(Template.prefix + 3, p.3) }
            if x.0 != 0 { add(Template.suffix, x.0) }
            if x.1 != 0 { add(Template.suffix + 1, x.1) }
            if x.2 != 0 { add(Template.suffix + 2, x.2) }
            if x.3 != 0 { add(Template.suffix + 3, x.3) }
        }
        guard contextPart else { return count }
        if config.on(.headline) && sc.headline {
            add(Template.headlineShape, t.shortShape)
            add(Template.headlineNorm, t.norm)
        }
        if config.on(.context) {
            let m1 = norm(i - 1), p1 = norm(i + 1)
            add(Template.normM1, m1)
            add(Template.normP1, p1)
            add(Template.normM2, norm(i - 2))
            add(Template.normP2, norm(i + 2))
            add(Template.bigramL, FeatureHash.combine(m1, t.norm))
            add(Template.bigramR, FeatureHash.combine(t.norm, p1))
            add(Template.normM1Shape, FeatureHash.combine(m1, t.shortShape))
            add(Template.shapeNormP1, FeatureHash.combine(t.shortShape, p1))
        }
        let capital: UInt64 = t.has(TokenFlags.allCaps) ? 2 : (t.has(TokenFlags.initialCap) ? 1 : 0)
        if config.on(.gazetteer) {
            var g = doc.gazetteer[o + i]
            var b: UInt64 = 0
            while g != 0 {
                if g & 1 != 0 {
                    add(Template.gaz, b)
                    add(Template.gazCap, b << 2 | capital)
                }
                g >>= 1
                b += 1
            }
        }
        if config.on(.names) {
            let fn = UInt64(doc.firstName[o + i]), sn = UInt64(doc.surname[o + i])
            if fn != 0 {
                add(Template.firstName, fn)
                add(Template.firstNameCap, fn << 2 | capital)
                if i + 1 < n, infos[o + i + 1].has(TokenFlags.initialCap) {
                    add(Template.beforeCap, fn << 2 | UInt64(doc.surname[o + i + 1]))
                }
            }
            if sn != 0 { add(Template.surname, sn << 2 | capital) }
            if i > 0, doc.firstName[o + i - 1] != 0, t.has(TokenFlags.initialCap) {
                add(Template.afterFirstName, UInt64(doc.firstName[o + i - 1]) << 2 | sn)
            }
            if i > 0, sn != 0, infos[o + i - 1].has(TokenFlags.initialCap) {
                add(Template.surnameAfterCap, sn)
            }
        }
        let capitalized = t.has(TokenFlags.initialCap)
        if config.on(.documentCase) && capitalized {
            let initial: UInt64 = (i == 0 ? 1 : 0) | (sc.headline ? 2 : 0)
            if doc.lowercaseSeen.contains(t.lower) { add(Template.lowerElsewhere, initial) }
            if (i == 0 || sc.headline), doc.titleSeen.contains(t.lower) { add(Template.titleElsewhere, initial) }
        }
        if config.on(.predictionHistory) && capitalized, let c = history.counts(of: t.lower) {
            var best = 0
            for k in 0..<5 where c[k] > 0 {
                add(Template.history, UInt64(k))
                if c[k] > c[best] || c[best] == 0 { best = k }
            }
            add(Template.historyMajority, UInt64(best))
        }
        if config.on(.clusters) && !doc.clusters.isEmpty {
            // Each level's id of the token and of its neighbours; an unknown word and the sentence's edges have
            // a value of their own.
            let levels = UInt64(doc.clusterLevels)
            @inline(__always) func addClusters(_ template: UInt64, _ j: Int) {
                if j < 0 || j >= n { add(template, 0xFFFE); return }
                let packed = doc.clusters[o + j]
                if packed < 0 { add(template, 0xFFFF); return }
                for level in 0..<levels {
                    add(template, level << 16 | UInt64(packed) >> (UInt64(WordClusters.bitsPerLevel) * level) & 0x3FF)
                }
            }
            addClusters(Template.cluster, i)
            addClusters(Template.clusterM1, i - 1)
            addClusters(Template.clusterP1, i + 1)
        }
        return count
    }

    /// Keys of the features that depend on the previous tags `p1` (previous) and `p2`
    /// (the one before); 9 stands for "sentence start".
    @inline(__always) func historyKeys(p1: UInt8, p2: UInt8, token t: TokenInfo, into keys: inout (UInt64, UInt64, UInt64, UInt64)) {
        keys.0 = FeatureHash.key(Template.prevTag, UInt64(p1))
        if config.on(.tagHistory) {
            keys.1 = FeatureHash.key(Template.prevTwoTags, UInt64(p2) << 4 | UInt64(p1))
            keys.2 = FeatureHash.key(Template.prevTagNorm, FeatureHash.combine(UInt64(p1), t.norm))
            keys.3 = FeatureHash.key(Template.prevTagShape, FeatureHash.combine(UInt64(p1), t.shortShape))
        } else {
            keys.1 = 0; keys.2 = 0; keys.3 = 0
        }
    }
}
