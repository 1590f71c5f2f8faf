/// Settles overlapping mentions in one place: the longer span wins, then the surer source
/// (gazetteer, pattern, tagger), then the higher confidence, then the earlier span.
public struct SpanFilter: Sendable {
    /// A default instance; it has no settings.
    public init() {}

    /// The non-overlapping mentions, in text order.
    public func filter(_ mentions: [EntityMention]) -> [EntityMention] {
        // Rank indices, not the (large) mentions themselves.
        let ranked = mentions.indices.sorted { i, j in
            let a = mentions[i], b = mentions[j]
            if a.tokens.count != b.tokens.count { return a.tokens.count > b.tokens.count }
            if a.source != b.source { return a.source > b.source }
            if a.confidence != b.confidence { return a.confidence > b.confidence }
            return a.tokens.lowerBound < b.tokens.lowerBound
        }
        var taken: [Int] = []
        var occupied = [Bool](repeating: false, count: (mentions.map(\.tokens.upperBound).max() ?? 0) + 1)
        for index in ranked where !mentions[index].tokens.contains(where: { occupied[$0] }) {
            taken.append(index)
            for token in mentions[index].tokens { occupied[token] = true }
        }
        return taken.sorted { mentions[$0].tokens.lowerBound < mentions[$1].tokens.lowerBound }.map { mentions[$0] }
    }
}
