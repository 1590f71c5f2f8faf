import NewsText

/// Finds a country's state bodies written in lower case right after the country, as many wire services write
/// them: "Russia's defence ministry", "the Kenyan police", "Ukraine's air force", "the Chilean navy".
///
/// Each becomes an organization mention of its lower-case words ("defence ministry"), which
/// ``GenericNameQualifier`` then ties to the country before it ("Ministry of Defence of Russia"). A body must
/// follow the country's name with a possessive or its demonym directly, and be made of a few domain words
/// ("foreign", "defence") and a head ("ministry", "police", "air force"): "the Russian ministry" and "Kenya's
/// government" name no body. Capitalized names ("Russia's Defense Ministry") are the pattern stage's.
public struct OwnedBodyFinder: MentionFinder {
    /// A head of a body's name: its lower-case words and the class of the body.
    struct Head {
        var words: [UInt64]
        var type: String
        /// Whether the head names a body only after a domain word: "defence ministry", not "the Russian ministry".
        var needsDomain: Bool
    }

    /// Heads by the upper-cased hash of their first word, longest first.
    private let heads: WordMap<[Head]>
    /// Words that may come between the country and the head ("foreign", "defence", "federal").
    private let domains: WordSet

    /// Heads, lower case, with the class of the body they name.
    static let headTypes: [(words: String, type: String)] = [
        ("ministry", "Ministry"), ("police", "Police"), ("army", "Military"), ("navy", "Military"),
        ("military", "Military"), ("air force", "Military"), ("armed forces", "Military"), ("coast guard", "Military"),
        ("border guard", "Military"), ("parliament", "Legislature"), ("central bank", "GovernmentAgency"),
        ("foreign office", "Ministry"), ("supreme court", "Court"), ("constitutional court", "Court"),
    ]
    /// Domain words of ministries and services, lower case.
    static let domainWords: [String] = [
        "foreign", "defence", "defense", "interior", "home", "health", "finance", "justice", "education", "economy",
        "energy", "agriculture", "environment", "transport", "trade", "culture", "labor", "labour", "emergency",
        "emergencies", "information", "communications", "industry", "federal", "national", "state",
    ]

    /// A finder with the heads and domain words above.
    public init() {
        var heads: [UInt64: [Head]] = [:]
        for (words, type) in Self.headTypes {
            let hashes = words.split(separator: " ").map { TokenHashes.hash($0, upperCased: true) }
            heads[hashes[0], default: []].append(Head(words: hashes, type: type, needsDomain: words == "ministry"))
        }
        self.heads = WordMap(heads.map { ($0.key, $0.value.sorted { $0.words.count > $1.words.count }) })
        domains = WordSet(Self.domainWords)
    }

    /// The bodies after every country mention of `previous` (the gazetteer's). A body is read up to a
    /// punctuation mark, so within its sentence; an all-capitals headline has no lower-case body.
    public func findMentions(in article: Article, hashes: TokenHashes, previous: [EntityMention]) -> [EntityMention] {
        var found: [EntityMention] = []
        if article.metadata.datelinePlace != nil { found = datelineBodies(in: article, hashes: hashes) }
        let datelineCount = found.count
        // Mentions are read through their indices: iterating over them would copy each, with all its strings.
        for country in previous.indices where previous[country].source == .gazetteer {
            var index = previous[country].tokens.upperBound
            if !previous[country].isDemonym {
                guard index < article.tokens.count, article.tokens[index].kind == .possessive else { continue }
                index += 1
            }
            guard let body = body(startingAt: index, in: article, hashes: hashes),
                  previous[country].entity?.rawValue.utf8.starts(with: Self.countryPrefix.utf8) == true else { continue }
            found.append(mention(body, in: article))
        }
        return found.count > datelineCount && datelineCount > 0 ? found.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound } : found
    }

    /// The bodies after "the" with a domain word ("the health ministry"), which a story with a dateline writes
    /// for the dateline country's: ``GenericNameQualifier`` gives them that country, or drops them.
    private func datelineBodies(in article: Article, hashes: TokenHashes) -> [EntityMention] {
        var found: [EntityMention] = []
        for index in article.tokens.indices where hashes.upper[index] == Self.the {
            guard let body = body(startingAt: index + 1, in: article, hashes: hashes), body.tokens.count > 1 else { continue }
            found.append(mention(body, in: article))
        }
        return found
    }

    /// The mention of a body found at `tokens`.
    private func mention(_ body: (tokens: Range<Int>, type: String), in article: Article) -> EntityMention {
        let range = article.tokens[body.tokens.lowerBound].range.lowerBound..<article.tokens[body.tokens.upperBound - 1].range.upperBound
        return EntityMention(tokens: body.tokens, range: range, text: article.text(of: range), type: body.type,
                             confidence: 0.8, source: .pattern, rule: Self.rule)
    }

    /// The rule of the mentions this finder makes.
    static let rule = "ownedBody"
    private static let the = TokenHashes.hash("THE")
    private static let countryPrefix = "country/"

    /// The lower-case body name starting at token `start`: domain words, then a head.
    private func body(startingAt start: Int, in article: Article, hashes: TokenHashes) -> (tokens: Range<Int>, type: String)? {
        func isLowerWord(_ index: Int) -> Bool {
            index < article.tokens.count && article.tokens[index].kind == .word && !article.tokens[index].isCapitalized
                && !article.tokens[index].shape.contains(.allCaps)
        }
        var index = start
        while index - start < 3, isLowerWord(index), domains.contains(hashes.upper[index]) { index += 1 }
        guard isLowerWord(index), let candidates = heads[hashes.upper[index]] else { return nil }
        for head in candidates where (index > start || !head.needsDomain)
            && head.words.indices.allSatisfy({ isLowerWord(index + $0) && hashes.upper[index + $0] == head.words[$0] }) {
            return (start..<(index + head.words.count), head.type)
        }
        return nil
    }
}
