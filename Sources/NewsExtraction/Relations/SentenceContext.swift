import KnowledgeGraph
import NewsText

/// Read-only helpers over one article for the relation and incident stages: which mention covers a
/// token, lower-case words on demand, token hashes for lexicon look-ups.
struct SentenceContext {
    let article: Article
    let hashes: TokenHashes
    let mentions: [EntityMention]
    let schema: GraphSchema
    /// For each token, the index of the mention covering it, or -1.
    let owner: [Int32]

    init(article: Article, hashes: TokenHashes, mentions: [EntityMention], schema: GraphSchema) {
        self.article = article
        self.hashes = hashes
        self.mentions = mentions
        self.schema = schema
        var owner = [Int32](repeating: -1, count: article.tokens.count)
        for (index, mention) in mentions.enumerated() {
            for token in mention.tokens where token < owner.count { owner[token] = Int32(index) }
        }
        self.owner = owner
    }

    func word(_ index: Int) -> String { article.text(of: article.tokens[index]) }

    /// Whether token `index` is one of `words` (ASCII case-insensitive), without building a string.
    func isWord(_ index: Int, in words: WordSet) -> Bool {
        index >= 0 && index < hashes.upper.count && words.hashes.contains(hashes.upper[index])
    }
    func lower(_ index: Int) -> String { word(index).lowercased() }

    /// Whether one of the `window` words before `index` negates or hedges it ("did not", "would", "whether",
    /// "stopped short of") or is one of `extra`. Shared by relations and incidents.
    func isNegatedOrHedged(before index: Int, in sentence: Sentence, window: Int, extra: Set<String>) -> Bool {
        let start = max(sentence.tokens.lowerBound, index - window)
        for k in start..<index {
            let word = lower(k)
            if RelationExtractor.negations.contains(word) || RelationExtractor.hedges.contains(word) || extra.contains(word) {
                return true
            }
        }
        return false
    }

    /// The mention covering `index`, if any.
    func mention(at index: Int) -> EntityMention? {
        guard index >= 0, index < owner.count, owner[index] >= 0 else { return nil }
        return mentions[Int(owner[index])]
    }

    /// The mention that ends right before `index` (skipping a possessive "'s").
    func mention(endingBefore index: Int) -> EntityMention? {
        var end = index
        if end > 0, article.tokens[end - 1].kind == .possessive { end -= 1 }
        guard let mention = mention(at: end - 1), mention.tokens.upperBound == end else { return nil }
        return mention
    }

    func isPossessive(_ index: Int) -> Bool {
        index >= 0 && index < article.tokens.count && article.tokens[index].kind == .possessive
    }

    /// Actor families: people, organizations, countries and other places (as metonyms).
    func family(_ mention: EntityMention) -> String { schema.family(of: mention.type) }

    /// The mentions inside a sentence, in order.
    func mentions(in sentence: Sentence) -> [EntityMention] {
        var result: [EntityMention] = []
        var last: Int32 = -1
        for index in sentence.tokens where owner[index] >= 0 && owner[index] != last {
            last = owner[index]
            result.append(mentions[Int(owner[index])])
        }
        return result
    }
}

/// A set of lower-case words compared by token hash (see ``TokenHashes``).
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    let hashes: Set<UInt64>

    init(_ words: some Sequence<String>) { hashes = Set(words.map { TokenHashes.hash($0, upperCased: true) }) }
    init(arrayLiteral words: String...) { self.init(words) }
}
