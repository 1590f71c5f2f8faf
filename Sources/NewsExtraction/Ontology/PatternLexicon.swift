import Foundation

/// The cue words of the pattern stage, loaded from `Ontology/patterns/` and `Ontology/gazetteers/names/`.
public struct PatternLexicon: Sendable {
    /// A title written before a name.
    public struct Title: Sendable, Equatable {
        /// The title's words, lower case ("prime", "minister").
        public var words: [String]
        /// Its role (`headOfState`, `minister`, `spokesperson`, `courtesy`, …).
        public var role: String
        /// The office to record ("Prime Minister"); empty for courtesy titles.
        public var office: String
        /// Token hashes of the words, upper-cased (see ``TokenHashes``), for matching without strings.
        public var hashes: [UInt64] { words.map { TokenHashes.hash($0, upperCased: true) } }
    }

    /// Titles by the hash of their first word, longest first.
    public private(set) var titlesByFirstWord: [UInt64: [(title: Title, hashes: [UInt64])]] = [:]
    /// Titles by the hash of their last word, longest first.
    public private(set) var titlesByLastWord: [UInt64: [(title: Title, hashes: [UInt64])]] = [:]

    /// Where a head word sits in a name.
    public enum Position: String, Sendable { case start, end, both }

    /// Titles, longest first.
    public var titles: [Title] = []
    /// Lower-case role nouns; a multi-word role is stored by its last word too.
    public var roleNouns: Set<String> = []
    /// Organization head words (as written) with the subtype and position.
    public var organizationHeads: [String: (subtype: String, position: Position)] = [:]
    /// Place cue words (as written) with the place type and position.
    public var placeCues: [String: (type: String, position: Position)] = [:]
    /// Capitalized words that are never an entity alone.
    public var nonEntities: Set<String> = []
    /// Lower-case words news writes far more often as ordinary words than as a name alone ("heart", "coast").
    public var commonWords: Set<String> = []
    /// Common first names, upper case.
    public var firstNames: Set<String> = []
    /// Common surnames, upper case.
    public var surnames: Set<String> = []
    /// The most common of ``surnames`` (the first ``commonSurnameRank`` of the list, most frequent first), upper
    /// case: borne by so many people that one alone does not tell which.
    public var mostCommonSurnames: Set<String> = []
    /// How many of the surname list, most frequent first, ``mostCommonSurnames`` holds.
    public static let commonSurnameRank = 2_000

    /// An empty lexicon: the pattern stage finds nothing.
    public init() {}

    /// Loads the lexicon from an ontology folder. Missing files give empty lists; malformed lines throw.
    public static func load(from directory: URL) throws(OntologyError) -> PatternLexicon {
        var lexicon = PatternLexicon()
        let patterns = directory.appendingPathComponent("patterns")
        let fileManager = FileManager.default
        func exists(_ url: URL) -> Bool { fileManager.fileExists(atPath: url.path) }

        let titles = patterns.appendingPathComponent("titles.tsv")
        if exists(titles) {
            for row in try TSVFile.read(titles, columns: 3).rows {
                let words = row.fields[0].lowercased().split(separator: " ").map(String.init)
                guard !words.isEmpty else { throw .malformed(path: titles.path, line: row.line, message: "empty title") }
                lexicon.titles.append(Title(words: words, role: row.fields[1], office: row.fields[2]))
            }
            lexicon.titles.sort { $0.words.count > $1.words.count }
            for title in lexicon.titles {
                let hashes = title.hashes
                lexicon.titlesByFirstWord[hashes[0], default: []].append((title, hashes))
                lexicon.titlesByLastWord[hashes[hashes.count - 1], default: []].append((title, hashes))
            }
        }
        let heads = patterns.appendingPathComponent("org-heads.tsv")
        if exists(heads) {
            for row in try TSVFile.read(heads, columns: 3).rows {
                guard let position = Position(rawValue: row.fields[2]) else {
                    throw .malformed(path: heads.path, line: row.line, message: "position \"\(row.fields[2])\"; expected start, end or both")
                }
                if lexicon.organizationHeads[row.fields[0]] == nil {
                    lexicon.organizationHeads[row.fields[0]] = (row.fields[1], position)
                }
            }
        }
        let places = patterns.appendingPathComponent("place-cues.tsv")
        if exists(places) {
            for row in try TSVFile.read(places, columns: 3).rows {
                guard let position = Position(rawValue: row.fields[2]) else {
                    throw .malformed(path: places.path, line: row.line, message: "position \"\(row.fields[2])\"; expected start, end or both")
                }
                lexicon.placeCues[row.fields[0]] = (row.fields[1], position)
            }
        }
        lexicon.nonEntities = Set(try ListFile.items(at: patterns.appendingPathComponent("non-entities.txt")))
        lexicon.commonWords = Set(try ListFile.items(at: patterns.appendingPathComponent("common-words.txt")))
        for noun in try ListFile.items(at: patterns.appendingPathComponent("role-nouns.txt")) {
            lexicon.roleNouns.insert(noun)
            if let last = noun.split(separator: " ").last { lexicon.roleNouns.insert(String(last)) }
        }
        lexicon.firstNames = upperCased(try ListFile.items(at: directory.appendingPathComponent("gazetteers/names/first-names.txt")))
        let surnames = try ListFile.items(at: directory.appendingPathComponent("gazetteers/names/surnames.txt"))
        lexicon.surnames = upperCased(surnames)
        lexicon.mostCommonSurnames = upperCased(Array(surnames.prefix(commonSurnameRank)))
        return lexicon
    }

    private static func upperCased(_ names: [String]) -> Set<String> {
        var set = Set<String>(minimumCapacity: names.count)
        for name in names { set.insert(name.uppercased()) }
        return set
    }
}
