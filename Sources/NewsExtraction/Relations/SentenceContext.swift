import KnowledgeGraph
import NewsText

/// The broad family of a mention's class that the relation and incident rules test (see
/// ``GraphSchema/family(of:)``), computed once per mention.
enum MentionFamily: Sendable {
    case person, organization, place, country, other

    init(_ family: String) {
        switch family {
        case "Person": self = .person
        case "Organization": self = .organization
        case "Place": self = .place
        case "Country": self = .country
        default: self = .other
        }
    }

    /// People, organizations and countries: who can act.
    var isActor: Bool { self == .person || self == .organization || self == .country }
}

/// Read-only helpers over one article for the relation and incident stages: which mention covers a
/// token, each mention's family, token hashes for word tests without building strings.
///
/// Mentions are passed around as indices into ``mentions`` so that the rules never copy an
/// ``EntityMention`` until they produce a fact.
struct SentenceContext {
    let article: Article
    let hashes: TokenHashes
    let mentions: [EntityMention]
    /// For each mention, its family.
    let families: [MentionFamily]
    /// For each token, the index of the mention covering it, or -1.
    let owner: [Int32]

    init(article: Article, hashes: TokenHashes, mentions: [EntityMention], schema: GraphSchema) {
        self.article = article
        self.hashes = hashes
        self.mentions = mentions
        // Mentions are read field by field: copying a whole `EntityMention` retains all its strings.
        var owner = [Int32](repeating: -1, count: article.tokens.count)
        for index in mentions.indices {
            for token in mentions[index].tokens where token < owner.count { owner[token] = Int32(index) }
        }
        self.owner = owner
        // An article has a handful of distinct types: comparing strings beats hashing them or asking the schema.
        var seen: [(type: String, family: MentionFamily)] = []
        var families: [MentionFamily] = []
        families.reserveCapacity(mentions.count)
        for index in mentions.indices {
            if let known = seen.firstIndex(where: { $0.type == mentions[index].type }) {
                families.append(seen[known].family)
            } else {
                let family = MentionFamily(schema.family(of: mentions[index].type))
                seen.append((mentions[index].type, family))
                families.append(family)
            }
        }
        self.families = families
    }

    func word(_ index: Int) -> String { article.text(of: article.tokens[index]) }
    func lower(_ index: Int) -> String { word(index).lowercased() }

    /// Whether token `index` is one of `words` (ASCII case-insensitive), without building a string.
    func isWord(_ index: Int, in words: WordSet) -> Bool {
        index >= 0 && index < hashes.upper.count && words.contains(hashes.upper[index])
    }

    /// Whether token `index` is a word (not punctuation, a number or a symbol) that no mention covers.
    func isFreeWord(_ index: Int) -> Bool { owner[index] < 0 && article.tokens[index].kind == .word }

    /// Whether token `index` is a word outside every mention of an actor or a place: free, or inside a name of
    /// something else ("Typhoon Yagi", "Operation Sindoor").
    func isWordOutsideActors(_ index: Int) -> Bool {
        article.tokens[index].kind == .word && (owner[index] < 0 || families[Int(owner[index])] == .other)
    }

    /// Whether token `index` ends with `suffix` (lower-case ASCII), ASCII case-insensitive: "formally" ends with "ly".
    func hasSuffix(_ index: Int, _ suffix: StaticString) -> Bool {
        let range = article.tokens[index].range
        guard range.count >= suffix.utf8CodeUnitCount else { return false }
        return suffix.withUTF8Buffer { suffix in
            var position = range.upperBound - suffix.count
            for byte in suffix {
                let actual = article.cleanText[position]
                guard actual == byte || actual &+ 32 == byte && actual >= 0x41 && actual <= 0x5A else { return false }
                position += 1
            }
            return true
        }
    }

    /// Whether one of the `window` words before `index` negates or hedges it ("did not", "would", "whether",
    /// "stopped short of") or is one of `extra`. Shared by relations and incidents.
    /// The window ends at the comma that closes a relative clause: in "Lula, who is due in Beijing next month, spoke with
    /// Xi", "next" is the clause's.
    func isNegatedOrHedged(before index: Int, in sentence: Sentence, window: Int, extra: WordSet) -> Bool {
        let start = max(sentence.tokens.lowerBound, index - window)
        for k in (start..<index).reversed() {
            if isWord(k, in: Self.negationsAndHedges) || isWord(k, in: extra) { return true }
            if isWord(k, in: Self.comma), actor(beforeRelativeClauseEndingAt: k, in: sentence) != nil { return false }
        }
        return false
    }

    /// Words that negate a verb ("not", "never") or make it hypothetical ("would", "whether").
    static let negationsAndHedges: WordSet = ["not", "n't", "never", "no", "neither", "nor", "without",
                                              "would", "could", "might", "may", "whether", "if", "should", "will", "unless", "can"]

    /// Whether the talk of a verb ("spoke", "talked") ending before token `end` was by phone: "by phone", "by
    /// telephone", "over the phone" or "on the phone" within the eight words after it ("spoke with Bazoum by phone",
    /// "spoke by phone with Putin"); "spoke by video to the parliament" was not. Shared by relations and incidents.
    func isTalkByPhone(after end: Int, in sentence: Sentence) -> Bool {
        (end..<min(sentence.tokens.upperBound, end + 8)).contains { k in
            isWord(k, in: Self.phoneWords) && (isWord(k - 1, in: Self.by)
                || isWord(k - 1, in: Self.the) && isWord(k - 2, in: Self.phonePrepositions))
        }
    }

    /// The end of the means of a call that starts at token `index`: "by phone", "by telephone", "over the phone", "on the
    /// telephone"; nil when none starts there.
    func endOfPhoneMeans(at index: Int) -> Int? {
        if isWord(index, in: Self.by), isWord(index + 1, in: Self.phoneWords) { return index + 2 }
        if isWord(index, in: Self.phonePrepositions), isWord(index + 1, in: Self.the), isWord(index + 2, in: Self.phoneWords) {
            return index + 3
        }
        return nil
    }

    /// The words of a phone, and the prepositions before them (``isTalkByPhone(after:in:)``).
    static let phoneWords: WordSet = ["phone", "telephone"]
    static let by: WordSet = ["by"]
    static let the: WordSet = ["the"]
    static let phonePrepositions: WordSet = ["over", "on"]

    /// The person or organization before a relative clause that ends with the comma at `comma`: "Abdourahamane Tiani, who
    /// seized power in Niger in 2023, spoke to Goita" (not Niger). Shared by relations and incidents.
    func actor(beforeRelativeClauseEndingAt comma: Int, in sentence: Sentence) -> Int? {
        guard comma > sentence.tokens.lowerBound, isWord(comma, in: Self.comma) else { return nil }
        var k = comma - 1
        while k > sentence.tokens.lowerBound + 1, k >= comma - 15 {
            if isWord(k, in: Self.comma) { return nil }
            if let mention = actor(openingRelativeClauseAt: k) { return mention }
            k -= 1
        }
        return nil
    }

    /// The person or organization whose relative clause token `index` opens: ", who" or ", which" right after its name
    /// ("Hakan Fidan, who met Sharaa").
    func actor(openingRelativeClauseAt index: Int) -> Int? {
        guard isWord(index, in: Self.relativeOpeners), isWord(index - 1, in: Self.comma), let mention = mention(endingBefore: index - 1),
              families[mention] == .person || families[mention] == .organization else { return nil }
        return mention
    }

    static let comma: WordSet = [","]
    static let relativeOpeners: WordSet = ["who", "which"]

    /// The person a country's name introduces with a title: "U.S. President Donald Trump", "Kenyan Foreign Minister
    /// Musalia Mudavadi" (the country's adjective too); nil when no person follows the country `mention` within four
    /// capitalized words of a title. A verb's object so named is the person. Shared by relations and incidents.
    func titledPerson(after mention: Int, in sentence: Sentence) -> Int? {
        guard families[mention] == .country else { return nil }
        var k = mentions[mention].tokens.upperBound
        let limit = min(sentence.tokens.upperBound, k + 5)
        while k < limit {
            if let next = self.mention(at: k) { return families[next] == .person ? next : nil }
            let token = article.tokens[k]
            guard token.kind == .word, token.isCapitalized || isWord(k, in: Self.of) else { return nil }
            k += 1
        }
        return nil
    }

    static let of: WordSet = ["of"]

    /// The index of the mention covering token `index`, if any.
    func mention(at index: Int) -> Int? {
        guard index >= 0, index < owner.count, owner[index] >= 0 else { return nil }
        return Int(owner[index])
    }

    /// The index of the mention that ends right before token `index` (skipping a possessive "'s").
    func mention(endingBefore index: Int) -> Int? {
        var end = index
        if end > 0, article.tokens[end - 1].kind == .possessive { end -= 1 }
        guard let mention = mention(at: end - 1), mentions[mention].tokens.upperBound == end else { return nil }
        return mention
    }

    func isPossessive(_ index: Int) -> Bool {
        index >= 0 && index < article.tokens.count && article.tokens[index].kind == .possessive
    }

    /// The indices of the mentions inside a sentence, in order.
    func mentions(in sentence: Sentence) -> [Int] {
        // Counted first, so that the array is allocated once at its size rather than regrown while appending.
        var count = 0
        var last: Int32 = -1
        for index in sentence.tokens where owner[index] >= 0 && owner[index] != last {
            last = owner[index]
            count += 1
        }
        guard count > 0 else { return [] }
        var result: [Int] = []
        result.reserveCapacity(count)
        last = -1
        for index in sentence.tokens where owner[index] >= 0 && owner[index] != last {
            last = owner[index]
            result.append(Int(last))
        }
        return result
    }
}
