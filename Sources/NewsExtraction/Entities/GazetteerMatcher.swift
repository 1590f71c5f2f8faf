import KnowledgeGraph
import NewsText

/// Finds every gazetteer name in an article in one left-to-right pass over its tokens.
///
/// Names are stored in a token trie keyed by token hashes; at each position the longest name wins.
/// Matching is case-aware: a name matches only as written ("US" the country, never "us"), except in a
/// headline written all in capitals, where upper-cased names of two or more letters match too.
public struct GazetteerMatcher: Sendable {
    /// What a trie leaf stands for.
    struct Surface: Sendable {
        var entry: Int32
        var isDemonym: Bool
        var isLabel: Bool
        /// The entry comes from the corpus-harvested names (`source=corpus`).
        var isHarvested: Bool
        /// The entry is one of the Factbook's administrative divisions (`source=factbook`), which the curators did
        /// not choose: many are named after their capital city.
        var isDivision: Bool
    }

    private let exactTrie: TokenTrie
    private let upperTrie: TokenTrie
    private let surfaces: [Surface]
    /// The name of each surface as the ontology writes it, handed out as the text of a mention that spells
    /// it the same way, so that a match does not build (and, past 15 bytes, allocate) a string of its own.
    private let names: [String]
    private let entries: [GazetteerEntry]
    /// The rule of each entry's mentions (`gazetteer:countries.tsv:12`), built once.
    private let rules: [String]

    /// Builds the matcher for every name, alias and demonym of `ontology`.
    public init(ontology: Ontology, tokenizer: Tokenizer = Tokenizer()) {
        entries = ontology.entries
        var rules: [String] = [], surfaces: [Surface] = [], names: [String] = []
        var exactTrie = TokenTrie(), upperTrie = TokenTrie()
        rules.reserveCapacity(entries.count)
        // The token hashes of one name, as written and upper-cased, reused from name to name.
        var exactKeys: [UInt64] = [], upperKeys: [UInt64] = []
        for (index, entry) in entries.enumerated() {
            let harvested = entry.attributes["source"] == "corpus"
            let division = entry.attributes["source"] == "factbook"
            rules.append((harvested ? "corpus-names:" : "gazetteer:") + entry.source)
            func insert(_ name: String, isDemonym: Bool, isLabel: Bool) {
                let bytes = Array(name.utf8)
                let tokens = tokenizer.tokenize(bytes)
                guard !tokens.isEmpty else { return }
                exactKeys.removeAll(keepingCapacity: true)
                upperKeys.removeAll(keepingCapacity: true)
                for token in tokens {
                    exactKeys.append(TokenHashes.hash(bytes: bytes[token.range], upperCased: false))
                    upperKeys.append(TokenHashes.hash(bytes: bytes[token.range], upperCased: true))
                }
                let surface = Surface(entry: Int32(index), isDemonym: isDemonym, isLabel: isLabel, isHarvested: harvested,
                                      isDivision: division)
                // The first definition of a name wins.
                if exactTrie.insert(exactKeys, payload: Int32(surfaces.count)) {
                    surfaces.append(surface)
                    names.append(name)
                }
                if Self.hasTwoLetters(name), upperTrie.insert(upperKeys, payload: Int32(surfaces.count)) {
                    surfaces.append(surface)
                    names.append(name)
                }
            }
            insert(entry.label, isDemonym: false, isLabel: true)
            for alias in entry.aliases { insert(alias, isDemonym: false, isLabel: false) }
            for demonym in entry.demonyms { insert(demonym, isDemonym: true, isLabel: false) }
        }
        self.rules = rules
        self.surfaces = surfaces
        self.names = names
        self.exactTrie = exactTrie
        self.upperTrie = upperTrie
    }

    /// Whether `name` has two characters that are letters, which an upper-cased match in a headline needs.
    static func hasTwoLetters(_ name: String) -> Bool {
        // In ASCII a byte is a character (a letter when it is A–Z or a–z), and a character that starts with an
        // ASCII letter is a letter whatever marks follow it: bytes settle most names.
        var letters = 0
        for byte in name.utf8 {
            guard byte < 0x80 else { break }
            if (byte | 0x20) >= UInt8(ascii: "a"), (byte | 0x20) <= UInt8(ascii: "z") {
                letters += 1
                if letters == 2 { return true }
            }
        }
        letters = 0
        for character in name where character.isLetter {
            letters += 1
            if letters == 2 { return true }
        }
        return false
    }

    /// Number of distinct surface forms.
    public var surfaceCount: Int { surfaces.count }

    /// Every longest gazetteer match in `article`, left to right, not overlapping.
    public func matches(in article: Article, hashes: TokenHashes) -> [EntityMention] {
        var mentions: [EntityMention] = []
        // The regions named after their cities ("Kassala state"): their indices in `mentions` and their cities.
        var regions: [(index: Int, city: String)] = []
        // The matches of the Factbook's divisions: their indices in `mentions`, entries and sentences.
        var divisions: [(index: Int, entry: Int32, sentence: Sentence)] = []
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
                let text = Self.name(names[Int(match.payload)], ifSpelledAt: range, in: article) ?? article.text(of: range)
                if entry.type == "City", !useUpper,
                   let noun = regionNoun(after: match.end, in: sentence, article: article, hashes: hashes) {
                    regions.append((mentions.count, text))
                    mentions.append(region(named: text, tokens: position..<(noun + 1), in: article))
                    position = noun + 1
                    continue
                }
                if surface.isDivision { divisions.append((mentions.count, surface.entry, sentence)) }
                // "Russia's Foreign Ministry", "Pauline Hanson's One Nation": an alias that starts with a country's or a
                // person's name and a possessive names two actors, as CoNLL tags them: the owner and the body.
                if let owner = owner(startingAliasAt: position, end: match.end, in: article, hashes: hashes) {
                    let body = article.tokens[owner.end + 1].range.lowerBound..<range.upperBound
                    mentions.append(owner.mention)
                    mentions.append(EntityMention(
                        tokens: (owner.end + 1)..<match.end, range: body, text: article.text(of: body), type: entry.type,
                        entity: entry.id, label: entry.label, confidence: 0.95, source: .gazetteer, rule: rules[Int(surface.entry)]))
                    position = match.end
                    continue
                }
                // "the Awami League party": a name harvested from a corpus as some organization, with a noun of its kind after it.
                var type = entry.type
                if harvested, type == "Organization",
                   let kind = PatternMatcher.organizationKind(at: match.end, in: sentence, of: article, exact: hashes.exact) {
                    type = kind
                }
                mentions.append(EntityMention(
                    tokens: position..<match.end, range: range, text: text, type: type,
                    entity: entry.id, label: entry.label, isDemonym: surface.isDemonym,
                    confidence: harvested ? 0.6 : (surface.isDemonym ? 0.8 : 0.95), source: harvested ? .pattern : .gazetteer,
                    rule: rules[Int(surface.entry)]))
                position = match.end
            }
        }
        if !regions.isEmpty { nameRegionsAlike(regions, in: &mentions) }
        if !divisions.isEmpty { settleDivisionsNamedLikeOtherPlaces(divisions, in: &mentions, article: article, hashes: hashes) }
        return mentions
    }

    /// The country or person whose name and possessive start the alias matched at `start..<end`, as a mention of its
    /// own, with the index of the possessive.
    private func owner(startingAliasAt start: Int, end: Int, in article: Article,
                       hashes: TokenHashes) -> (mention: EntityMention, end: Int)? {
        guard end - start >= 3,
              let possessive = (start + 1..<end - 1).first(where: { article.tokens[$0].kind == .possessive }),
              let match = longest(in: exactTrie, keys: hashes.exact, from: start, limit: possessive), match.end == possessive
        else { return nil }
        let surface = surfaces[Int(match.payload)]
        let entry = entries[Int(surface.entry)]
        guard !surface.isDemonym, !surface.isHarvested, entry.type == "Country" || entry.type == "Person" else { return nil }
        let range = article.tokens[start].range.lowerBound..<article.tokens[possessive - 1].range.upperBound
        let mention = EntityMention(tokens: start..<possessive, range: range, text: article.text(of: range), type: entry.type,
                                    entity: entry.id, label: entry.label, confidence: 0.95, source: .gazetteer,
                                    rule: rules[Int(surface.entry)])
        return (mention, possessive)
    }

    /// A division named after a place the document calls a city, a town, a village or a temple anywhere ("Sagaing, a
    /// city of Buddhist temples", "Preah Vihear, the cliff-top temple", "the city of Puno") is the division only with its
    /// noun ("the Puno region"); its bare name is left to the patterns and the tagger. ("The capital of North Darfur"
    /// says nothing of North Darfur's name.)
    private func settleDivisionsNamedLikeOtherPlaces(_ divisions: [(index: Int, entry: Int32, sentence: Sentence)],
                                                     in mentions: inout [EntityMention], article: Article, hashes: TokenHashes) {
        var called = Set<Int32>()
        for division in divisions where !called.contains(division.entry) {
            let tokens = mentions[division.index].tokens, sentence = division.sentence.tokens
            if isAppositionOfAnotherPlace(after: tokens.upperBound, in: division.sentence, hashes: hashes)
                || (tokens.lowerBound >= sentence.lowerBound + 2 && hashes.upper[tokens.lowerBound - 1] == Self.of
                    && Self.settlementNouns.contains(hashes.upper[tokens.lowerBound - 2])) {
                called.insert(division.entry)
            }
        }
        guard !called.isEmpty else { return }
        var dropped = [Bool](repeating: false, count: mentions.count)
        for division in divisions where called.contains(division.entry) {
            let mention = mentions[division.index]
            if !division.sentence.isAllCaps,
               let noun = regionNoun(after: mention.tokens.upperBound, in: division.sentence, article: article, hashes: hashes) {
                var named = region(named: mention.text, tokens: mention.tokens.lowerBound..<(noun + 1), in: article)
                named.entity = mention.entity
                mentions[division.index] = named
            } else {
                dropped[division.index] = true
            }
        }
        mentions = mentions.indices.filter { !dropped[$0] }.map { mentions[$0] }
    }

    /// Gives the regions named after one city one name: "the Kharkiv region" and "Kharkiv Oblast" are one region,
    /// named by its own noun (oblast, province, state) rather than by "region".
    private func nameRegionsAlike(_ regions: [(index: Int, city: String)], in mentions: inout [EntityMention]) {
        for region in regions where mentions[region.index].rule == Self.genericRegionRule {
            if let proper = regions.first(where: { $0.city == region.city && mentions[$0.index].rule != Self.genericRegionRule }) {
                mentions[region.index].label = mentions[proper.index].label
            }
        }
    }

    private static let genericRegionRule = "place-noun:region"

    /// Whether ", a|an|the …" after token `end` names a city, a town, a village, a port, a capital or a temple within
    /// six tokens.
    private func isAppositionOfAnotherPlace(after end: Int, in sentence: Sentence, hashes: TokenHashes) -> Bool {
        guard end + 2 < sentence.tokens.upperBound, hashes.upper[end] == Self.comma,
              Self.determiners.contains(hashes.upper[end + 1]) else { return false }
        for token in (end + 2)..<min(end + 8, sentence.tokens.upperBound) {
            if Self.otherPlaceNouns.contains(hashes.upper[token]) { return true }
            if hashes.upper[token] == Self.comma { return false }
        }
        return false
    }

    /// Upper-case hashes of the nouns of places a division may be named after, in an apposition.
    private static let otherPlaceNouns: Set<UInt64> = Set(["city", "town", "village", "temple", "port", "capital"]
        .map { TokenHashes.hash($0, upperCased: true) })
    /// Upper-case hashes of the nouns before "of" that name a settlement ("the city of Puno"; not "the capital of").
    private static let settlementNouns: Set<UInt64> = Set(["city", "town", "village", "port"].map { TokenHashes.hash($0, upperCased: true) })
    private static let determiners: Set<UInt64> = Set(["a", "an", "the"].map { TokenHashes.hash($0, upperCased: true) })
    private static let comma = TokenHashes.hash(",", upperCased: true)
    private static let of = TokenHashes.hash("of", upperCased: true)

    /// Upper-case hashes of the nouns that, after a city's name, name the region around it instead ("Kassala state",
    /// "the Almaty region", "Feni district", "Kaliningrad Oblast").
    private static let regionNouns: Set<UInt64> = Set(["state", "province", "district", "region", "county", "governorate", "oblast",
                                                       "prefecture"].map { TokenHashes.hash($0, upperCased: true) })
    /// Upper-case hashes of words after "state" that make it the government's, not a region's ("Moscow state media").
    private static let stateModifiees: Set<UInt64> = Set(["media", "television", "TV", "broadcaster", "radio", "news", "agency",
                                                          "company", "firm", "enterprise", "secrets", "visit", "funeral",
                                                          "dinner", "banquet", "prosecutor", "prosecutors", "security", "-"]
        .map { TokenHashes.hash($0, upperCased: true) })

    /// The index of a region noun right after a city's name that ends at token `end`, or nil. A lower-case noun
    /// ("Kassala state", "the Almaty region") is one unless "state" is the government's ("Moscow state media"); a
    /// capitalized one ("Cusco Region", "Kaliningrad Oblast") unless a capitalized word follows, which makes it part
    /// of a longer name ("Washington State University").
    private func regionNoun(after end: Int, in sentence: Sentence, article: Article, hashes: TokenHashes) -> Int? {
        guard end < sentence.tokens.upperBound, article.tokens[end].kind == .word,
              Self.regionNouns.contains(hashes.upper[end]) else { return nil }
        let next = end + 1
        guard next < sentence.tokens.upperBound else { return end }
        if article.tokens[end].isCapitalized {
            return article.tokens[next].kind == .word && article.tokens[next].isCapitalized ? nil : end
        }
        return hashes.upper[end] == Self.state && Self.stateModifiees.contains(hashes.upper[next]) ? nil : end
    }

    private static let state = TokenHashes.hash("state", upperCased: true)

    /// The region around a city, named by the city's name and a region noun ("Kassala state"): a name of its own,
    /// "Kassala State", so that it is not the city ("In Kassala, the capital of Kassala state").
    private func region(named city: String, tokens: Range<Int>, in article: Article) -> EntityMention {
        let range = article.tokens[tokens.lowerBound].range.lowerBound..<article.tokens[tokens.upperBound - 1].range.upperBound
        let noun = article.text(of: article.tokens[tokens.upperBound - 1])
        return EntityMention(tokens: tokens, range: range, text: article.text(of: range), type: "Region",
                             label: city + " " + noun.prefix(1).uppercased() + noun.dropFirst(), confidence: 0.9,
                             source: .pattern, rule: "place-noun:" + noun.lowercased())
    }

    /// `name` when the bytes of `range` in the cleaned text are exactly its bytes; nil otherwise (a name matched
    /// across other spacing, or in capitals).
    private static func name(_ name: String, ifSpelledAt range: Range<Int>, in article: Article) -> String? {
        let spelled = name.utf8.withContiguousStorageIfAvailable { bytes in
            guard bytes.count == range.count else { return false }
            return article.cleanText.withUnsafeBufferPointer { text in
                // Byte by byte: `elementsEqual` over a slice goes through generic iteration.
                for offset in 0..<bytes.count where bytes[offset] != text[range.lowerBound + offset] { return false }
                return true
            }
        }
        return spelled == true ? name : nil
    }

    @inline(__always)
    private func longest(in trie: TokenTrie, keys: [UInt64], from start: Int, limit: Int) -> (end: Int, payload: Int32)? {
        var best: (end: Int, payload: Int32)?
        var node: Int32 = 0
        var index = start
        while index < limit, let next = trie.child(of: node, key: keys[index]) {
            node = next
            index += 1
            let payload = trie.payloads[Int(node)]
            if payload >= 0 { best = (index, payload) }
        }
        return best
    }
}

/// A trie of token-hash sequences stored as one flat open-addressing table of edges keyed by
/// (parent node, token hash), so that a step down the trie is a few integer operations, not a dictionary look-up.
struct TokenTrie: Sendable {
    /// The payload of each node (an index into the caller's table), or -1 for none; node 0 is the root.
    private(set) var payloads: [Int32] = [-1]
    /// One edge of the table, 16 bytes, so that a probe touches one cache line.
    private struct Slot {
        var key: UInt64 = 0
        var parent: Int32 = 0
        /// The child node; 0 (the root, never a child) marks an empty slot.
        var child: Int32 = 0
    }

    /// The table, at most half full: it doubles as edges are added.
    private var slots = [Slot](repeating: Slot(), count: 16)
    private var mask = 15
    private var edgeCount = 0

    /// An empty trie.
    init() {}

    /// Adds the path `keys` ending in `payload`; false (and nothing stored) when the path already has one.
    mutating func insert(_ keys: [UInt64], payload: Int32) -> Bool {
        var node: Int32 = 0
        for key in keys {
            if let next = child(of: node, key: key) {
                node = next
            } else {
                payloads.append(-1)
                let child = Int32(payloads.count - 1)
                add(Slot(key: key, parent: node, child: child))
                node = child
            }
        }
        guard payloads[Int(node)] < 0 else { return false }
        payloads[Int(node)] = payload
        return true
    }

    /// Stores a new edge, first doubling the table when it would be more than half full.
    private mutating func add(_ edge: Slot) {
        if (edgeCount + 1) * 2 > slots.count {
            let old = slots
            slots = [Slot](repeating: Slot(), count: old.count * 2)
            mask = slots.count - 1
            for slot in old where slot.child != 0 { place(slot) }
        }
        place(edge)
        edgeCount += 1
    }

    private mutating func place(_ edge: Slot) {
        var slot = Self.slot(parent: edge.parent, key: edge.key, mask: mask)
        while slots[slot].child != 0 { slot = (slot + 1) & mask }
        slots[slot] = edge
    }

    /// The child of `node` along the token hash `key`, if any.
    @inline(__always)
    func child(of node: Int32, key: UInt64) -> Int32? {
        var slot = Self.slot(parent: node, key: key, mask: mask)
        while true {
            let edge = slots[slot]
            if edge.child == 0 { return nil }
            if edge.key == key, edge.parent == node { return edge.child }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    private static func slot(parent: Int32, key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: ((key ^ UInt64(UInt32(bitPattern: parent)) &* 0xff51_afd7_ed55_8ccd) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }
}
