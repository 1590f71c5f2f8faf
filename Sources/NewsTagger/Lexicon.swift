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
    public private(set) var fingerprint: LexiconFingerprint

    /// Trie edges: key(parent node, token lower hash) → child node.
    private var edges = HashIndex()
    /// Class bit mask (1 << EntityType.index) of the entry ending at each node; node 0 is the root.
    private var terminal: [UInt8] = [0]
    /// The name-list frequency buckets of a token (see ``nameBuckets(_:)``), packed as
    /// `firstName | surname << 2`, by token lower hash: one look-up for both lists.
    private var buckets = HashIndex()

    /// Builds a lexicon from explicit entries and ranked name lists (most frequent first).
    public init(entries: [Entry], firstNames: [String], surnames: [String], sources: [String] = []) {
        var masks: [String: UInt8] = [:]
        for entry in entries {
            let tokens = TaggerLexicon.tokenize(entry.surface)
            guard !tokens.isEmpty else { continue }
            let key = tokens.map { $0.lowercased() }.joined(separator: " ")
            masks[key, default: 0] |= UInt8(1 << entry.type.index)
        }
        var hash = FeatureHash.fnvOffset
        fingerprint = LexiconFingerprint(entries: masks.count, firstNames: 0, surnames: 0, hash: "", sources: sources)
        for key in masks.keys.sorted() {
            let mask = masks[key] ?? 0
            hash = FeatureHash.fnv1a(key.utf8, seed: hash)
            hash = FeatureHash.step(FeatureHash.step(hash, 0x09), mask)
            var node: Int32 = 0
            for token in key.split(separator: " ") {
                let edge = FeatureHash.key(UInt64(UInt32(bitPattern: node)), TokenAnalyzer.lowerHash(String(token)))
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
            terminal[Int(node)] |= mask
        }
        hash = FeatureHash.step(hash, 0x0A)
        // Ranks (0 = most frequent) of the first occurrence of each name, then their buckets.
        var firstRanks: [UInt64: Int] = [:], surnameRanks: [UInt64: Int] = [:]
        for name in firstNames {
            let h = TokenAnalyzer.lowerHash(name)
            if firstRanks[h] == nil {
                firstRanks[h] = firstRanks.count
                hash = FeatureHash.step(FeatureHash.fnv1a(name.lowercased().utf8, seed: hash), 0x0A)
            }
        }
        hash = FeatureHash.step(hash, 0x0B)
        for name in surnames {
            let h = TokenAnalyzer.lowerHash(name)
            if surnameRanks[h] == nil {
                surnameRanks[h] = surnameRanks.count
                hash = FeatureHash.step(FeatureHash.fnv1a(name.lowercased().utf8, seed: hash), 0x0A)
            }
        }
        let firstCount = firstRanks.count, surCount = surnameRanks.count
        buckets = HashIndex(minimumCapacity: firstCount + surCount)
        for (h, rank) in firstRanks { buckets.set(KeySet.key(h), Int32(TaggerLexicon.firstNameBucket(rank: rank))) }
        for (h, rank) in surnameRanks {
            let key = KeySet.key(h)
            buckets.set(key, max(0, buckets.find(key)) | Int32(TaggerLexicon.surnameBucket(rank: rank)) << 2)
        }
        fingerprint.firstNames = firstCount
        fingerprint.surnames = surCount
        fingerprint.hash = String(hash, radix: 16)
    }

    /// Loads the ontology gazetteers (`*.tsv` directly inside `gazetteerDirectory`) and the name
    /// lists `first-names.txt` and `surnames.txt` inside `nameListDirectory`. Missing directories
    /// or files contribute nothing; malformed lines throw ``TaggerError/malformedLine(file:line:reason:)``.
    ///
    /// Gazetteer format: `#` comments, else 7 tab-separated columns
    /// `id type label aliases demonyms partOf attributes` (`aliases`, `demonyms` `|`-joined).
    /// Country/City/Region/Place/Continent/State/Province/Location types → LOC, Person → PER,
    /// every other type → ORG; demonyms → MISC. Name lists: one name per line, most frequent
    /// first (further whitespace-separated columns are ignored).
    public static func load(gazetteerDirectory: URL?, nameListDirectory: URL?) throws -> TaggerLexicon {
        var entries: [Entry] = []
        var sources: [String] = []
        let fm = FileManager.default
        if let dir = gazetteerDirectory, let names = try? fm.contentsOfDirectory(atPath: dir.path) {
            for name in names.sorted() where name.hasSuffix(".tsv") {
                let url = dir.appendingPathComponent(name)
                let before = entries.count
                try readGazetteer(url, into: &entries)
                sources.append("\(dir.lastPathComponent)/\(name) \(entries.count - before)")
            }
        }
        var first: [String] = [], last: [String] = []
        if let dir = nameListDirectory {
            let f = dir.appendingPathComponent("first-names.txt"), s = dir.appendingPathComponent("surnames.txt")
            if fm.fileExists(atPath: f.path) {
                first = try readNameList(f)
                sources.append("\(dir.lastPathComponent)/first-names.txt \(first.count)")
            }
            if fm.fileExists(atPath: s.path) {
                last = try readNameList(s)
                sources.append("\(dir.lastPathComponent)/surnames.txt \(last.count)")
            }
        }
        return TaggerLexicon(entries: entries, firstNames: first, surnames: last, sources: sources)
    }

    static let locationTypes: Set<String> = [
        "country", "city", "region", "place", "continent", "state", "province", "location",
        "territory", "county", "district", "island", "town", "village", "capital",
    ]

    /// The entity class of an ontology type name.
    static func entityType(ontologyType: String) -> EntityType {
        let t = ontologyType.lowercased()
        if locationTypes.contains(t) { return .location }
        if t == "person" { return .person }
        return .organization
    }

    private static func text(_ url: URL) throws -> String {
        let bytes = try DataFile.bytes(of: url)
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func readGazetteer(_ url: URL, into entries: inout [Entry]) throws {
        let bytes = try DataFile.bytes(of: url)
        for (index, line) in DataFile.lines(bytes).enumerated() {
            if line.first == 0x23 || line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }  // '#' or blank
            let columns = line.split(separator: 0x09, omittingEmptySubsequences: false)
            guard columns.count >= 3 else {
                throw TaggerError.malformedLine(file: url.path, line: index + 1,
                    reason: "expected 7 tab-separated columns (id type label aliases demonyms partOf attributes), found \(columns.count)")
            }
            let type = entityType(ontologyType: String(decoding: columns[1], as: UTF8.self).trimmingCharacters(in: .whitespaces))
            func add(_ field: ArraySlice<UInt8>, _ type: EntityType) {
                for part in field.split(separator: 0x7C) where part.contains(where: { $0 != 0x20 }) {  // '|'
                    entries.append(Entry(surface: String(decoding: part, as: UTF8.self), type: type))
                }
            }
            add(columns[2], type)
            if columns.count > 3 { add(columns[3], type) }
            if columns.count > 4 { add(columns[4], .miscellaneous) }
        }
    }

    private static func readNameList(_ url: URL) throws -> [String] {
        var names: [String] = []
        for line in try text(url).split(separator: "\n") {
            if line.hasPrefix("#") { continue }
            if let first = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).first {
                names.append(String(first))
            }
        }
        return names
    }

    static let leadingPunctuation: Set<Unicode.Scalar> = ["(", "\"", "'", "[", "\u{201C}", "\u{2018}"]
    static let trailingPunctuation: Set<Unicode.Scalar> = [")", "\"", ",", ";", ":", "'", "]", "\u{201D}", "\u{2019}"]

    /// Splits a surface form into tokens roughly as a news tokenizer would: on whitespace, with
    /// outer brackets, quotes, commas and semicolons split off (periods stay: `U.S.`, `Inc.`).
    public static func tokenize(_ surface: String) -> [String] {
        var tokens: [String] = []
        for piece in surface.unicodeScalars.split(whereSeparator: { $0.properties.isWhitespace }) {
            var p = piece[...]
            var lead: [String] = [], trail: [String] = []
            while p.count > 1, let c = p.first, leadingPunctuation.contains(c) { lead.append(String(c)); p = p.dropFirst() }
            while p.count > 1, let c = p.last, trailingPunctuation.contains(c) { trail.insert(String(c), at: 0); p = p.dropLast() }
            tokens += lead
            tokens.append(String(String.UnicodeScalarView(p)))
            tokens += trail
        }
        return tokens
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
