import Foundation

/// Word clusters for the tagger's optional ``FeatureGroup/clusters`` features: for each known word (keyed
/// as the tagger's `norm`, lower case with ASCII digits as `0`), its cluster id at one to three levels,
/// coarse to fine. Built from unlabeled text by `Ontology/scripts/build_word_clusters.py`.
///
/// File format: UTF-8 lines; `#` starts a comment; every other line is
/// `word<TAB>id<TAB>id…` with the same number (1…3) of ids on every line, each id in 0…1023. The ids
/// of a level need not be dense; a level's size is its largest id + 1.
public struct WordClusters: Sendable {
    /// Clusters with no words (features then see every word as unknown).
    public static let empty = WordClusters()

    /// The number of levels (ids per word), 0 for ``empty``.
    public let levels: Int
    /// The number of clusters of each level (largest id + 1), coarse to fine.
    public let levelSizes: [Int]
    /// The number of words.
    public let wordCount: Int
    /// FNV-1a 64 (hex) over the data lines (comments, such as the file's date, are left out).
    public let hash: String
    /// Where the clusters came from, e.g. `"models/word-clusters.tsv 20503 words, levels 64 256 1024"`.
    public let source: String

    /// The file name of a model's clusters, beside the model, when its header names none.
    public static let defaultFileName = "word-clusters.tsv"

    /// Bits per level in a packed value.
    static let bitsPerLevel = 10
    /// The most levels a file may have.
    static let maximumLevels = 3

    /// norm hash (as a ``KeySet`` key) → ids packed 10 bits per level, coarsest in the low bits.
    private let index: HashIndex

    private init() {
        levels = 0
        levelSizes = []
        wordCount = 0
        hash = String(FeatureHash.fnvOffset, radix: 16)
        source = ""
        index = HashIndex()
    }

    /// Parses the bytes of a cluster file; `name` identifies it in errors and in ``source``.
    ///
    /// - Throws: ``TaggerError/malformedLine(file:line:reason:)`` for a line without a word and 1…3 ids in
    ///   0…1023, or whose number of ids differs from the first line's.
    public init(parsing bytes: [UInt8], name: String) throws {
        var index = HashIndex(minimumCapacity: 1 << 14)
        var hash = FeatureHash.fnvOffset
        var levels = 0
        var sizes: [Int] = []
        var words = 0
        for (number, line) in DataFile.lines(bytes).enumerated() {
            if line.first == 0x23 || line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }  // '#' or blank
            func bad(_ reason: String) -> TaggerError { .malformedLine(file: name, line: number + 1, reason: reason) }
            let columns = line.split(separator: 0x09, omittingEmptySubsequences: false)
            guard columns.count >= 2, columns.count <= Self.maximumLevels + 1, !columns[0].isEmpty else {
                throw bad("expected a word and 1 to \(Self.maximumLevels) tab-separated cluster ids, found \(columns.count) columns")
            }
            if levels == 0 {
                levels = columns.count - 1
                sizes = [Int](repeating: 0, count: levels)
            }
            guard columns.count - 1 == levels else { throw bad("expected \(levels) cluster ids as on the first line, found \(columns.count - 1)") }
            var packed: Int32 = 0
            for level in 0..<levels {
                guard let id = Int(String(decoding: columns[level + 1], as: UTF8.self)), id >= 0, id < 1 << Self.bitsPerLevel else {
                    throw bad("cluster id \"\(String(decoding: columns[level + 1], as: UTF8.self))\" is not a whole number in 0...\((1 << Self.bitsPerLevel) - 1)")
                }
                packed |= Int32(id) << (Self.bitsPerLevel * level)
                sizes[level] = max(sizes[level], id + 1)
            }
            let word = String(decoding: columns[0], as: UTF8.self)
            index.set(KeySet.key(TokenAnalyzer.analyze(word).norm), packed)
            hash = FeatureHash.step(FeatureHash.fnv1a(line, seed: hash), 0x0A)
            words += 1
        }
        self.levels = levels
        levelSizes = sizes
        wordCount = words
        self.hash = String(hash, radix: 16)
        self.index = index
        source = "\(name) \(words) words, levels \(sizes.map(String.init).joined(separator: " "))"
    }

    /// Reads a cluster file; ``source`` names it by its folder and file name (`models/word-clusters.tsv`).
    ///
    /// - Throws: ``TaggerError/malformedLine(file:line:reason:)`` as ``init(parsing:name:)``, or the error of reading it.
    public static func load(contentsOf url: URL) throws -> WordClusters {
        let bytes = try DataFile.bytes(of: url)
        let clusters = try WordClusters(parsing: bytes, name: url.path)
        return clusters.named(url.deletingLastPathComponent().lastPathComponent + "/" + url.lastPathComponent)
    }

    private init(copying other: WordClusters, source: String) {
        levels = other.levels
        levelSizes = other.levelSizes
        wordCount = other.wordCount
        hash = other.hash
        index = other.index
        self.source = source
    }

    private func named(_ name: String) -> WordClusters {
        WordClusters(copying: self, source: "\(name) \(wordCount) words, levels \(levelSizes.map(String.init).joined(separator: " "))")
    }

    /// The packed cluster ids of a word by its `norm` hash (10 bits per level, coarsest lowest), or -1
    /// when the word has none.
    @inline(__always) func packedIDs(norm: UInt64) -> Int32 {
        levels == 0 ? -1 : index.find(KeySet.key(norm))
    }

    /// The cluster ids of a word, coarse to fine; empty when the word has none.
    func ids(of word: String) -> [Int] {
        let packed = packedIDs(norm: TokenAnalyzer.analyze(word).norm)
        guard packed >= 0 else { return [] }
        return (0..<levels).map { Int(packed >> (Self.bitsPerLevel * $0)) & ((1 << Self.bitsPerLevel) - 1) }
    }
}

extension TaggerLexicon {
    /// This lexicon with word clusters for the ``FeatureGroup/clusters`` features; its fingerprint then
    /// names them (``LexiconFingerprint/clusters``), so a model trained with them records which.
    public func with(clusters: WordClusters) -> TaggerLexicon {
        var copy = self
        copy.clusters = clusters
        copy.fingerprint.clusters = clusters.levels == 0 ? nil : clusters.source
        copy.fingerprint.clusterHash = clusters.levels == 0 ? nil : clusters.hash
        return copy
    }
}
