import Foundation

/// Identifies the lexicon a model was trained with, so that loading a model with a different
/// lexicon can be detected and reported.
public struct LexiconFingerprint: Sendable, Codable, Equatable, CustomStringConvertible {
    /// Number of distinct gazetteer surface forms (after lowercasing).
    public var entries: Int
    /// Number of first names.
    public var firstNames: Int
    /// Number of surnames.
    public var surnames: Int
    /// FNV-1a 64 hash (hex) over the sorted entries with their classes and the ranked name lists.
    public var hash: String
    /// The files the lexicon was read from, relative to their directory, with entry counts,
    /// e.g. `"gazetteers/countries.tsv 1234"`.
    public var sources: [String]
    /// The word clusters' ``WordClusters/source`` when the lexicon has some, else nil (and absent from the
    /// headers of models trained without the ``FeatureGroup/clusters`` features).
    public var clusters: String?
    /// The word clusters' ``WordClusters/hash``, or nil as ``clusters``.
    public var clusterHash: String?

    /// Creates a fingerprint.
    public init(entries: Int, firstNames: Int, surnames: Int, hash: String, sources: [String]) {
        self.entries = entries
        self.firstNames = firstNames
        self.surnames = surnames
        self.hash = hash
        self.sources = sources
    }

    /// `"<n> entries, <f> first names, <s> surnames, hash <h>"`.
    public var description: String {
        "\(entries) entries, \(firstNames) first names, \(surnames) surnames, hash \(hash)"
    }
}

/// Gazetteers and name lists used as tagger features: multi-token surface forms with an
/// entity class (longest match over the token sequence), plus first-name and surname lists.
///
/// The same lexicon must be used when training and when tagging; ``fingerprint`` is stored in
/// the model header and compared at load time.
public struct TaggerLexicon: Sendable {
    /// One gazetteer surface form and its class.
    public struct Entry: Sendable, Equatable {
        /// The surface form, e.g. `"New York"` (tokenized on spaces and outer punctuation).
        public var surface: String
        /// The class of entity it names.
        public var type: EntityType

        /// Creates an entry.
        public init(surface: String, type: EntityType) {
            self.surface = surface
            self.type = type
        }
    }

    /// A lexicon with no entries at all.
    public static let empty = TaggerLexicon(entries: [], firstNames: [], surnames: [], sources: [])

    /// Identifies this lexicon's content.
    public internal(set) var fingerprint: LexiconFingerprint
    /// Word clusters for the ``FeatureGroup/clusters`` features (see ``with(clusters:)``); none by default.
    public internal(set) var clusters = WordClusters.empty

    /// Trie edges: key(parent node, token lower hash) → child node.
    private var edges = HashIndex()
    /// Class bit mask (1 << EntityType.index) of the entry ending at each node; node 0 is the root.
    private var terminal: [UInt8] = [0]
    /// The name-list frequency buckets of a token (see ``nameBuckets(_:)``), packed as
    /// `firstName | surname << 2`, by token lower hash: one look-up for both lists.
    private var buckets = HashIndex()

    /// Builds a lexicon from explicit entries and ranked name lists (most frequent first).
    public init(entries: [Entry], firstNames: [String], surnames: [String], sources: [String] = []) {
        var surfaces = SurfaceForms()
        for entry in entries {
            var surface = entry.surface
            surface.withUTF8 { surfaces.add($0, type: entry.type) }
        }
        self.init(surfaces: surfaces, firstNames: firstNames.map { ArraySlice($0.utf8) },
                  surnames: surnames.map { ArraySlice($0.utf8) }, sources: sources)
    }

    /// Builds a lexicon from collected surface forms and ranked name lists in valid UTF-8.
    init(surfaces: SurfaceForms, firstNames: [ArraySlice<UInt8>], surnames: [ArraySlice<UInt8>], sources: [String]) {
        var hash = FeatureHash.fnvOffset
        fingerprint = LexiconFingerprint(entries: surfaces.masks.count, firstNames: 0, surnames: 0, hash: "", sources: sources)
        // About two trie nodes per key.
        terminal.reserveCapacity(surfaces.masks.count * 2)
        edges = HashIndex(minimumCapacity: surfaces.masks.count * 2)
        for (key, mask) in surfaces.masks.sorted(by: { $0.key < $1.key }) {
            hash = FeatureHash.fnv1a(key.utf8, seed: hash)
            hash = FeatureHash.step(FeatureHash.step(hash, 0x09), mask)
            insert(key, mask)
        }
        hash = FeatureHash.step(hash, 0x0A)
        // The lower hash of the first occurrence of each name, most frequent first, then their buckets.
        func distinct(_ names: [ArraySlice<UInt8>]) -> [UInt64] {
            var seen = HashIndex(minimumCapacity: names.count), seenZero = false
            var hashes: [UInt64] = []
            hashes.reserveCapacity(names.count)
            for name in names {
                name.withUnsafeBufferPointer { name in
                    let h = SurfaceForms.lowerHash(name)
                    if h == 0 ? seenZero : seen.find(h) >= 0 { return }
                    if h == 0 { seenZero = true } else { seen.set(h, 0) }
                    hashes.append(h)
                    hash = FeatureHash.step(SurfaceForms.lowerHash(name, seed: hash), 0x0A)
                }
            }
            return hashes
        }
        let first = distinct(firstNames)
        hash = FeatureHash.step(hash, 0x0B)
        let last = distinct(surnames)
        buckets = HashIndex(minimumCapacity: first.count + last.count)
        for (rank, h) in first.enumerated() { buckets.set(KeySet.key(h), Int32(TaggerLexicon.firstNameBucket(rank: rank))) }
        for (rank, h) in last.enumerated() {
            let key = KeySet.key(h)
            buckets.set(key, max(0, buckets.find(key)) | Int32(TaggerLexicon.surnameBucket(rank: rank)) << 2)
        }
        fingerprint.firstNames = first.count
        fingerprint.surnames = last.count
        fingerprint.hash = String(hash, radix: 16)
    }

    /// Adds the surface form `key` (lower-cased tokens joined by spaces) to the trie with the class bits `mask`.
    private mutating func insert(_ key: String, _ mask: UInt8) {
        var node: Int32 = 0
        func step(_ token: UnsafeBufferPointer<UInt8>) {
            let edge = FeatureHash.key(UInt64(UInt32(bitPattern: node)), SurfaceForms.lowerHash(token))
            let child = edges.find(edge)
            if child >= 0 {
                node = child
            } else {
                let new = Int32(terminal.count)
                terminal.append(0)
                edges.set(edge, new)
                node = new
            }
        }
        if key.utf8.allSatisfy({ $0 < 0x80 }) {
            var key = key
            key.withUTF8 { bytes in
                var start = 0
                for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x20 {
                    if index > start { step(UnsafeBufferPointer(rebasing: bytes[start..<index])) }
                    start = index + 1
                }
            }
        } else {
            // Outside ASCII the key splits at the space characters, as before: a space followed by a
            // combining mark is one character with it, not a separator.
            for token in key.split(separator: " ") {
                var token = String(token)
                token.withUTF8 { step($0) }
            }
        }
        terminal[Int(node)] |= mask
    }

    /// This lexicon with the surface forms of `supplement` marked too, for tagging only: the ``fingerprint`` stays
    /// that of the lexicon a model was trained with, so the model still loads as trained with it. A longer list of
    /// names at tagging time than at training time is how gazetteer features are often used (a model trained
    /// with the whole list leans on it more than its features can carry); the classes' weights read the new names
    /// as they read the trained ones.
    func marking(_ supplement: SurfaceForms) -> TaggerLexicon {
        var lexicon = self
        for (key, mask) in supplement.masks.sorted(by: { $0.key < $1.key }) { lexicon.insert(key, mask) }
        return lexicon
    }

    /// Splits a surface form into tokens roughly as a news tokenizer would: on whitespace, with
    /// outer brackets, quotes, commas and semicolons split off (periods stay: `U.S.`, `Inc.`).
    public static func tokenize(_ surface: String) -> [String] {
        var surface = surface
        return surface.withUTF8 { bytes in
            var ranges: [Range<Int>] = []
            SurfaceForms.tokenRanges(bytes, into: &ranges)
            return ranges.map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) }
        }
    }

    /// Number of distinct surface forms.
    public var entryCount: Int { fingerprint.entries }

    /// Adds the longest-match gazetteer marks of the sentence `infos` to `marks`, at the same indices:
    /// bit `4 * classIndex + position` with position 0 = begins, 1 = inside, 2 = ends, 3 = unit
    /// (single-token match). With `starts` (indexed like `marks`; empty for every token), only matches
    /// that begin at a token marked true are looked for.
    func mark(_ infos: ArraySlice<TokenInfo>, from starts: [Bool], into marks: inout [UInt16]) {
        guard terminal.count > 1 else { return }
        var i = infos.startIndex
        while i < infos.endIndex {
            if !starts.isEmpty && !starts[i] {
                i += 1
                continue
            }
            var node: Int32 = 0
            var bestEnd = -1
            var bestMask: UInt8 = 0
            var j = i
            while j < infos.endIndex {
                let child = edges.find(FeatureHash.key(UInt64(UInt32(bitPattern: node)), infos[j].lower))
                if child < 0 { break }
                node = child
                let m = terminal[Int(child)]
                if m != 0 { bestEnd = j; bestMask = m }
                j += 1
            }
            if bestEnd >= 0 {
                for c in 0..<4 where bestMask & (1 << c) != 0 {
                    if bestEnd == i {
                        marks[i] |= 1 << (4 * c + 3)
                    } else {
                        marks[i] |= 1 << (4 * c)
                        if bestEnd > i + 1 { for k in (i + 1)..<bestEnd { marks[k] |= 1 << (4 * c + 1) } }
                        marks[bestEnd] |= 1 << (4 * c + 2)
                    }
                }
                i = bestEnd + 1
            } else {
                i += 1
            }
        }
    }

    /// The first-name bucket of a name's rank in its list (0 = most frequent): 1 for the 300 most
    /// frequent names, 2 for the next 1,200, 3 for the others.
    static func firstNameBucket(rank: Int) -> UInt8 { rank < 300 ? 1 : (rank < 1500 ? 2 : 3) }

    /// The surname bucket of a name's rank: 1 for the 1,000 most frequent, 2 for the next 4,000, 3 for the others.
    static func surnameBucket(rank: Int) -> UInt8 { rank < 1000 ? 1 : (rank < 5000 ? 2 : 3) }

    /// The first-name and surname frequency buckets of a token (by its lower hash); 0 when it is not in the list.
    @inline(__always) func nameBuckets(_ lower: UInt64) -> (firstName: UInt8, surname: UInt8) {
        let packed = buckets.find(KeySet.key(lower))
        return packed < 0 ? (0, 0) : (UInt8(packed & 3), UInt8(packed >> 2))
    }
}
