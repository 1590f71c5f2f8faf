import KnowledgeGraph
import NewsText

/// Finds every gazetteer name in an article in one left-to-right pass over its tokens.
///
/// Names are stored in a token trie keyed by token hashes; at each position the longest name wins.
/// Matching is case-aware: a name matches only as written ("US" the country, never "us"), except in a
/// headline written all in capitals, where upper-cased names of two or more letters match too.
public struct GazetteerMatcher: Sendable {
    struct TrieNode: Sendable {
        var children: [UInt64: Int32] = [:]
        var payload: Int32 = -1
    }

    /// What a trie leaf stands for.
    struct Surface: Sendable {
        var entry: Int32
        var isDemonym: Bool
        var isLabel: Bool
        /// The entry comes from the corpus-harvested names (`source=corpus`).
        var isHarvested: Bool
    }

    private var exactTrie: [TrieNode] = [TrieNode()]
    private var upperTrie: [TrieNode] = [TrieNode()]
    private var surfaces: [Surface] = []
    private let entries: [GazetteerEntry]

    /// Builds the matcher for every name, alias and demonym of `ontology`.
    public init(ontology: Ontology, tokenizer: Tokenizer = Tokenizer()) {
        entries = ontology.entries
        for (index, entry) in entries.enumerated() {
            insert(entry.label, entry: index, isDemonym: false, isLabel: true, tokenizer: tokenizer)
            for alias in entry.aliases { insert(alias, entry: index, isDemonym: false, isLabel: false, tokenizer: tokenizer) }
            for demonym in entry.demonyms { insert(demonym, entry: index, isDemonym: true, isLabel: false, tokenizer: tokenizer) }
        }
    }

    /// Number of distinct surface forms.
    public var surfaceCount: Int { surfaces.count }

    private mutating func insert(_ name: String, entry: Int, isDemonym: Bool, isLabel: Bool, tokenizer: Tokenizer) {
        let bytes = Array(name.utf8)
        let tokens = tokenizer.tokenize(bytes)
        guard !tokens.isEmpty else { return }
        let words = tokens.map { String(decoding: bytes[$0.range], as: UTF8.self) }
        let surface = Surface(entry: Int32(entry), isDemonym: isDemonym, isLabel: isLabel,
                              isHarvested: entries[entry].attributes["source"] == "corpus")
        Self.insert(words.map { TokenHashes.hash($0) }, surface, into: &exactTrie, surfaces: &surfaces)
        let letters = name.filter(\.isLetter).count
        if letters >= 2 {
            Self.insert(words.map { TokenHashes.hash($0, upperCased: true) }, surface, into: &upperTrie, surfaces: &surfaces)
        }
    }

    private static func insert(_ keys: [UInt64], _ surface: Surface, into trie: inout [TrieNode], surfaces: inout [Surface]) {
        var node = 0
        for key in keys {
            if let next = trie[node].children[key] {
                node = Int(next)
            } else {
                trie.append(TrieNode())
                trie[node].children[key] = Int32(trie.count - 1)
                node = trie.count - 1
            }
        }
        // The first definition of a name wins.
        if trie[node].payload < 0 {
            surfaces.append(surface)
            trie[node].payload = Int32(surfaces.count - 1)
        }
    }

    /// Every longest gazetteer match in `article`, left to right, not overlapping.
    public func matches(in article: Article, hashes: TokenHashes) -> [EntityMention] {
        var mentions: [EntityMention] = []
        for sentence in article.sentences {
            let useUpper = sentence.isAllCaps
            var position = sentence.tokens.lowerBound
            while position < sentence.tokens.upperBound {
                var best = longest(in: exactTrie, keys: hashes.exact, from: position, limit: sentence.tokens.upperBound)
                if useUpper, let upper = longest(in: upperTrie, keys: hashes.upper, from: position, limit: sentence.tokens.upperBound),
                   upper.end > (best?.end ?? 0) {
                    best = upper
                }
                guard let match = best else { position += 1; continue }
                let surface = surfaces[Int(match.payload)]
                let entry = entries[Int(surface.entry)]
                let range = article.tokens[position].range.lowerBound..<article.tokens[match.end - 1].range.upperBound
                // A name harvested from a training corpus has a type but no curated identity: a weak match that
                // the tagger may overrule, like a pattern guess.
                let harvested = surface.isHarvested
                mentions.append(EntityMention(
                    tokens: position..<match.end, range: range, text: article.text(of: range), type: entry.type,
                    entity: entry.id, label: entry.label, isDemonym: surface.isDemonym,
                    confidence: harvested ? 0.6 : (surface.isDemonym ? 0.8 : 0.95), source: harvested ? .pattern : .gazetteer,
                    rule: (harvested ? "corpus-names:" : "gazetteer:") + entry.source))
                position = match.end
            }
        }
        return mentions
    }

    @inline(__always)
    private func longest(in trie: [TrieNode], keys: [UInt64], from start: Int, limit: Int) -> (end: Int, payload: Int32)? {
        var best: (end: Int, payload: Int32)?
        var node = 0
        var index = start
        while index < limit, let next = trie[node].children[keys[index]] {
            node = Int(next)
            index += 1
            if trie[node].payload >= 0 { best = (index, trie[node].payload) }
        }
        return best
    }
}
