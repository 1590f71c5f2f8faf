/// Settles overlapping mentions in one place: the longer span wins, then the surer source
/// (gazetteer, pattern, tagger), then the higher confidence, then the earlier span.
public struct SpanFilter: Sendable {
    /// A default instance; it has no settings.
    public init() {}

    /// The non-overlapping mentions, in text order.
    public func filter(_ mentions: [EntityMention]) -> [EntityMention] {
        // Rank small keys, not the (large) mentions themselves: reading a mention inside the comparator
        // would copy it, with all its strings.
        struct Rank {
            var tokens: Range<Int>
            var source: EntityMention.Source
            var confidence: Double
        }
        let ranks = mentions.map { Rank(tokens: $0.tokens, source: $0.source, confidence: $0.confidence) }
        let ranked = ranks.indices.sorted { i, j in
            let a = ranks[i], b = ranks[j]
            if a.tokens.count != b.tokens.count { return a.tokens.count > b.tokens.count }
            if a.source != b.source { return a.source > b.source }
            if a.confidence != b.confidence { return a.confidence > b.confidence }
            return a.tokens.lowerBound < b.tokens.lowerBound
        }
        var taken: [Int] = []
        var occupied = [Bool](repeating: false, count: (ranks.map(\.tokens.upperBound).max() ?? 0) + 1)
        for index in ranked where !ranks[index].tokens.contains(where: { occupied[$0] }) {
            taken.append(index)
            for token in ranks[index].tokens { occupied[token] = true }
        }
        taken.sort { ranks[$0].tokens.lowerBound < ranks[$1].tokens.lowerBound }
        return taken.map { mentions[$0] }
    }
}
