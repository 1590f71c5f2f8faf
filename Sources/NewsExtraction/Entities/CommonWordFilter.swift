import KnowledgeGraph

/// Drops the entities an article names once, by one capitalized common word that no gazetteer knows.
///
/// A capitalized common word alone is most often a piece of a longer name the tagger read in parts ("Coast"
/// of "Coast guard rescuers", "Fire" of "Fire and Rescue NSW", "Heart" of "Heart of Moldova") or a word of a
/// title-case headline ("… Mayor's Race"). The words are those of ``PatternLexicon/commonWords``: news writes
/// them far more often as ordinary words than as a name on their own. A name met twice or more ("Unite said …
/// Unite's members"), with a strong cue ("Victory, a pro-Russian bloc"), of several words, in capitals, known
/// to a gazetteer, or an organization's head word ("Parliament", the country's) stays.
public struct CommonWordFilter: Sendable {
    /// Lower-case common words, but for organization head words.
    private let commonWords: Set<String>
    /// The gazetteers, whose entities always stay.
    private let ontology: Ontology

    /// A filter over the common words and gazetteers of `ontology`.
    public init(ontology: Ontology) {
        self.commonWords = ontology.patterns.commonWords.subtracting(ontology.patterns.organizationHeads.keys.map { $0.lowercased() })
        self.ontology = ontology
    }

    /// `mentions` (resolved, in text order) without those of the entities named once by a lone common word.
    public func filter(_ mentions: consuming [EntityMention]) -> [EntityMention] {
        var doubtful: [Int] = []
        for index in mentions.indices where isLoneCommonWord(mentions[index]) { doubtful.append(index) }
        guard !doubtful.isEmpty else { return mentions }
        var counts: [NodeID: Int] = [:]
        for index in mentions.indices where mentions[index].type != TaggerStage.miscellaneous {
            if let entity = mentions[index].entity { counts[entity, default: 0] += 1 }
        }
        let dropped = doubtful.filter { index in
            guard let entity = mentions[index].entity else { return false }
            return counts[entity] == 1 && ontology.entry(entity) == nil
        }
        guard !dropped.isEmpty else { return mentions }
        for index in dropped.reversed() { mentions.remove(at: index) }
        return mentions
    }

    /// Whether `mention` is one capitalized common word ("Coast", not "COAST") that no gazetteer and no strong
    /// cue found.
    private func isLoneCommonWord(_ mention: EntityMention) -> Bool {
        guard mention.tokens.count == 1, !mention.isSure, !mention.isDemonym,
              mention.type != TaggerStage.miscellaneous else { return false }
        var text = mention.text
        // Letters only, a capital and then lower case: a word as a sentence's start writes it.
        let isCapitalizedWord = text.withUTF8 { bytes in
            bytes.count >= 3 && (0x41...0x5A).contains(bytes[0]) && bytes.dropFirst().allSatisfy { (0x61...0x7A).contains($0) }
        }
        return isCapitalizedWord && commonWords.contains(text.lowercased())
    }
}
