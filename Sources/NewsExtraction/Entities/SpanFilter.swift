/// Settles overlapping mentions in one place: the longer span wins, then the surer source
/// (gazetteer, pattern, tagger), then the higher confidence, then the earlier span.
public struct SpanFilter: Sendable {
    /// A default instance; it has no settings.
    public init() {}

    /// The non-overlapping mentions, in text order.
    public func filter(_ mentions: [EntityMention]) -> [EntityMention] {
        let ranked = mentions.sorted { a, b in
            if a.tokens.count != b.tokens.count { return a.tokens.count > b.tokens.count }
            if a.source != b.source { return a.source > b.source }
            if a.confidence != b.confidence { return a.confidence > b.confidence }
            return a.tokens.lowerBound < b.tokens.lowerBound
        }
        var taken: [EntityMention] = []
        var occupied = [Bool](repeating: false, count: (mentions.map(\.tokens.upperBound).max() ?? 0) + 1)
        for mention in ranked where !mention.tokens.contains(where: { occupied[$0] }) {
            taken.append(mention)
            for token in mention.tokens { occupied[token] = true }
        }
        return taken.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }
}
