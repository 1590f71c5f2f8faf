/// Settles overlapping mentions in one place: the longer span wins, then the surer source
/// (gazetteer, pattern, tagger), then the higher confidence, then the earlier span.
public struct SpanFilter: Sendable {
    /// A default instance; it has no settings.
    public init() {}

    /// The non-overlapping mentions, in text order.
    public func filter(_ mentions: consuming [EntityMention]) -> [EntityMention] {
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
        return Self.keeping(taken, of: consume mentions)
    }

    /// The mentions at `indices`, in that order, moved to the front of `mentions` by swaps rather than
    /// copied into a new array; the others are dropped.
    private static func keeping(_ indices: [Int], of mentions: consuming [EntityMention]) -> [EntityMention] {
        // Where each mention is now, and which mention is in each slot, as the swaps move them.
        var slotOf = Array(mentions.indices)
        var mentionIn = slotOf
        for (slot, index) in indices.enumerated() where slotOf[index] != slot {
            let from = slotOf[index]
            mentions.exchange(slot, from)
            let displaced = mentionIn[slot]
            mentionIn[from] = displaced
            slotOf[displaced] = from
            mentionIn[slot] = index
            slotOf[index] = slot
        }
        mentions.removeLast(mentions.count - indices.count)
        return mentions
    }
}
