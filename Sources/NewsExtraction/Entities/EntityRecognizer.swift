import NewsTagger
import NewsText

/// A stage that proposes entity mentions. Finding is pure: a stage reads the article and returns spans.
public protocol MentionFinder: Sendable {
    /// Proposes mentions in `article`; `hashes` are its token hashes; `previous` holds what earlier stages found.
    func findMentions(in article: Article, hashes: TokenHashes, previous: [EntityMention]) -> [EntityMention]
}

extension GazetteerMatcher: MentionFinder {
    /// Every gazetteer name of the article (see ``matches(in:hashes:)``).
    public func findMentions(in article: Article, hashes: TokenHashes, previous: [EntityMention]) -> [EntityMention] {
        matches(in: article, hashes: hashes)
    }
}

/// Runs the mention finders in order, settles overlaps, and resolves each mention to an entity.
public struct EntityRecognizer: Sendable {
    /// The rule stages, run in order.
    public var finders: [any MentionFinder]
    /// The statistical tagger, combined with what the finders found; nil to run on rules alone.
    public var tagger: TaggerStage?
    /// Settles overlapping mentions.
    public var filter = SpanFilter()
    /// Gives every mention its entity.
    public var resolver: MentionResolver
    /// Ties generic organization names to their country; nil to leave them as they are.
    public var qualifier: GenericNameQualifier?
    /// Drops entities named once by a lone common word; nil to keep them.
    public var commonWords: CommonWordFilter?

    /// A recognizer from its stages.
    public init(finders: [any MentionFinder], tagger: TaggerStage? = nil, resolver: MentionResolver,
                qualifier: GenericNameQualifier? = nil, commonWords: CommonWordFilter? = nil) {
        self.finders = finders
        self.tagger = tagger
        self.resolver = resolver
        self.qualifier = qualifier
        self.commonWords = commonWords
    }

    /// The resolved mentions of `article`, in text order; every one has an ``EntityMention/entity``.
    public func recognize(_ article: Article) -> [EntityMention] {
        recognize(article, hashes: TokenHashes(article: article))
    }

    /// The resolved mentions of each of `articles` (with their token hashes), stage after stage over all
    /// of them: the same mentions as ``recognize(_:hashes:)`` article by article, with each stage's tables
    /// kept warm in the processor's caches.
    public func recognize(_ articles: [Article], hashes: [TokenHashes]) -> [[EntityMention]] {
        var session = tagger?.tagger.makeSession()
        return recognize(articles, hashes: hashes, session: &session)
    }

    /// ``recognize(_:hashes:)`` with the tagger tagging in `session` (a session of ``tagger``'s tagger, made
    /// when nil), which a caller keeps from batch to batch so that it remembers the words of earlier ones.
    public func recognize(_ articles: [Article], hashes: [TokenHashes], session: inout NameTagger.Session?) -> [[EntityMention]] {
        var mentions = [[EntityMention]](repeating: [], count: articles.count)
        for finder in finders {
            for index in articles.indices {
                let found = finder.findMentions(in: articles[index], hashes: hashes[index], previous: mentions[index])
                // The first finder's array is taken as it is: appending to an empty one would copy every mention.
                if mentions[index].isEmpty { mentions[index] = found } else { mentions[index] += found }
            }
        }
        if let tagger {
            var tagging = session ?? tagger.tagger.makeSession()
            session = nil  // moved out, so that the memory stays uniquely referenced
            for index in articles.indices {
                mentions[index] = tagger.combine(mentions[index], in: articles[index], hashes: hashes[index], session: &tagging)
            }
            session = tagging
        }
        var resolved: [[EntityMention]] = []
        resolved.reserveCapacity(articles.count)
        for index in articles.indices {
            // Moved out, so that the filter and the resolver own the only reference and work in place.
            var found: [EntityMention] = []
            swap(&found, &mentions[index])
            var mentions = resolver.resolve(filter.filter(consume found), in: articles[index], hashes: hashes[index])
            if let qualifier { mentions = qualifier.qualify(mentions, in: articles[index]) }
            if let commonWords { mentions = commonWords.filter(mentions) }
            resolved.append(mentions)
        }
        return resolved
    }

    /// The resolved mentions of `article`, reusing its token hashes.
    public func recognize(_ article: Article, hashes: TokenHashes) -> [EntityMention] {
        recognize([article], hashes: [hashes])[0]
    }
}
