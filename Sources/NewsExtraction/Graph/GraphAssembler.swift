import KnowledgeGraph
import NewsText

/// Turns the resolved mentions of one article into nodes and edges of a graph.
public struct GraphAssembler: Sendable {
    /// What the assembler adds.
    public struct Options: Sendable {
        /// Add `mentionedWith` edges between entities of the same sentence.
        public var coMentions: Bool = true
        /// The confidence one shared sentence gives a `mentionedWith` edge.
        public var coMentionConfidence: Double = 0.3
        /// The default options.
        public static let `default` = Options()
    }

    public var ontology: Ontology
    public var options: Options

    public init(ontology: Ontology, options: Options = .default) {
        self.ontology = ontology
        self.options = options
    }

    /// Adds the entities of `article` (its resolved `mentions`) to `graph`.
    public func add(_ article: Article, mentions: [EntityMention], to graph: inout KnowledgeGraph) {
        var sentenceIndex = 0
        var sentenceEntities: [NodeID] = []
        var sentenceEvidence: Evidence?
        func flushSentence() {
            defer { sentenceEntities = []; sentenceEvidence = nil }
            guard options.coMentions, let evidence = sentenceEvidence, sentenceEntities.count > 1 else { return }
            var evidenceWithRule = evidence
            evidenceWithRule.rule = "co-mention"
            for i in 0..<sentenceEntities.count {
                for j in (i + 1)..<sentenceEntities.count {
                    graph.add(Edge(source: sentenceEntities[i], target: sentenceEntities[j], relation: "mentionedWith",
                                   isDirected: false, confidence: options.coMentionConfidence, evidence: [evidenceWithRule]))
                }
            }
        }
        for mention in mentions {
            guard let id = mention.entity else { continue }
            while sentenceIndex < article.sentences.count, article.sentences[sentenceIndex].range.upperBound <= mention.range.lowerBound {
                flushSentence()
                sentenceIndex += 1
            }
            let sentence = sentenceIndex < article.sentences.count ? article.sentences[sentenceIndex] : nil
            let sentenceText = sentence.map { article.text(of: $0) } ?? mention.text
            let evidence = Evidence(document: article.id, sentence: sentenceText,
                                    start: characterOffset(article, mention.range.lowerBound, isEnd: false),
                                    end: characterOffset(article, mention.range.upperBound, isEnd: true),
                                    rule: mention.rule)
            let entry = ontology.entry(id)
            var aliases: [String] = []
            if !mention.isDemonym, mention.text != (entry?.label ?? mention.label) { aliases.append(mention.text) }
            graph.add(Node(id: id, type: entry?.type ?? mention.type, label: entry?.label ?? mention.label ?? mention.text,
                           aliases: aliases, attributes: entry.map(nodeAttributes) ?? [:], confidence: mention.confidence,
                           mentions: [evidence]))
            if let sentence, !sentenceEntities.contains(id) {
                sentenceEntities.append(id)
                if sentenceEvidence == nil {
                    sentenceEvidence = Evidence(document: article.id, sentence: sentenceText,
                                                start: characterOffset(article, sentence.range.lowerBound, isEnd: false),
                                                end: characterOffset(article, sentence.range.upperBound, isEnd: true),
                                                rule: "co-mention")
                }
            }
        }
        flushSentence()
    }

    /// Attributes of a gazetteer entry worth showing on its node.
    private func nodeAttributes(_ entry: GazetteerEntry) -> [String: String] {
        var attributes = entry.attributes
        if let partOf = entry.partOf { attributes["partOf"] = partOf.rawValue }
        return attributes
    }

    private func characterOffset(_ article: Article, _ cleanOffset: Int, isEnd: Bool) -> Int {
        let original = article.offsetMap.originalOffset(of: cleanOffset, isEnd: isEnd)
        return article.characterOffset(ofOriginalByte: original)
    }
}
