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

    /// Gives nodes their canonical labels, types and attributes.
    public var ontology: Ontology
    /// What the assembler adds.
    public var options: Options

    /// An assembler over `ontology`.
    public init(ontology: Ontology, options: Options = .default) {
        self.ontology = ontology
        self.options = options
    }

    /// Adds typed relations of `article` as edges, each with its sentence as evidence.
    public func add(_ article: Article, relations: [RelationFact], to graph: inout KnowledgeGraph) {
        for relation in relations {
            let evidence = self.evidence(in: article, sentence: article.text(of: relation.sentence), range: relation.sentence, rule: relation.rule)
            let directed = graph.schema.relations[relation.relation]?.isDirected ?? true
            graph.add(Edge(source: relation.source, target: relation.target, relation: relation.relation, isDirected: directed,
                           attributes: relation.attributes, confidence: relation.confidence, evidence: [evidence]))
        }
    }

    /// Adds incidents of `article` as nodes, with edges to their place and participants.
    public func add(_ article: Article, incidents: [IncidentFact], to graph: inout KnowledgeGraph) {
        for incident in incidents {
            let evidence = incident.mentions.map { mention in
                self.evidence(in: article, sentence: article.text(of: mention.sentence), range: mention.trigger, rule: "trigger:" + mention.word)
            }
            var attributes = incident.figures
            // An ISO date is the start date; a phrase that could not be resolved ("on Wednesday") is kept as written.
            if let date = incident.date {
                attributes[date.first?.isNumber == true ? "startDate" : "datePhrase"] = date
            }
            graph.add(Node(id: incident.id, type: incident.incidentClass, label: incident.label, attributes: attributes,
                           confidence: incident.confidence, mentions: evidence))
            // Edges of the incident cite the sentence of its first mention.
            let first = incident.mentions.first.map { mention in
                self.evidence(in: article, sentence: article.text(of: mention.sentence), range: mention.sentence, rule: "trigger:" + mention.word)
            }
            if let place = incident.place {
                graph.add(Edge(source: incident.id, target: place, relation: "occurredIn",
                               confidence: (incident.confidence * 0.9 * 10_000).rounded() / 10_000, evidence: first.map { [$0] } ?? []))
            }
            for participant in incident.participants {
                graph.add(Edge(source: incident.id, target: participant.entity, relation: participant.role,
                               confidence: (min(incident.confidence, participant.confidence) * 10_000).rounded() / 10_000,
                               evidence: first.map { [$0] } ?? []))
            }
        }
    }

    /// Adds the entities of `article` (its resolved `mentions`) to `graph`.
    ///
    /// Mentions of one entity are gathered into one node before the graph merges it, so a document costs
    /// one merge per entity rather than one per mention.
    public func add(_ article: Article, mentions: [EntityMention], to graph: inout KnowledgeGraph) {
        var nodes: [NodeID: Node] = [:]
        var order: [NodeID] = []
        var sentenceIndex = 0
        var sentenceText: String?
        var sentenceEntities: [NodeID] = []
        // Co-mentions of the document gathered per pair, so the graph merges one edge per pair.
        var coMentions: [Edge.Key: Edge] = [:]
        let evidenceLimit = graph.limits.evidencePerItem
        var coMentionOrder: [Edge.Key] = []
        func flushSentence() {
            defer { sentenceEntities = []; sentenceText = nil }
            guard options.coMentions, let text = sentenceText, sentenceEntities.count > 1,
                  sentenceIndex < article.sentences.count else { return }
            let sentence = article.sentences[sentenceIndex]
            let evidence = self.evidence(in: article, sentence: text, range: sentence.range, rule: "co-mention")
            for i in 0..<sentenceEntities.count {
                for j in (i + 1)..<sentenceEntities.count {
                    let edge = Edge(source: sentenceEntities[i], target: sentenceEntities[j], relation: "mentionedWith",
                                    isDirected: false, confidence: options.coMentionConfidence, evidence: [])
                    if let index = coMentions.index(forKey: edge.key) {
                        coMentions.values[index].count += 1
                        coMentions.values[index].confidence = KnowledgeGraph.combine(coMentions.values[index].confidence, edge.confidence)
                        if coMentions.values[index].evidence.count < evidenceLimit {
                            coMentions.values[index].evidence.append(evidence)
                        }
                    } else {
                        var first = edge
                        first.evidence = [evidence]
                        coMentions[edge.key] = first
                        coMentionOrder.append(edge.key)
                    }
                }
            }
        }
        for mention in mentions where mention.type != TaggerStage.miscellaneous {
            guard let id = mention.entity else { continue }
            while sentenceIndex < article.sentences.count, article.sentences[sentenceIndex].range.upperBound <= mention.range.lowerBound {
                flushSentence()
                sentenceIndex += 1
            }
            let inSentence = sentenceIndex < article.sentences.count
            if sentenceText == nil {
                sentenceText = inSentence ? article.text(of: article.sentences[sentenceIndex]) : mention.text
            }
            let evidence = self.evidence(in: article, sentence: sentenceText ?? mention.text, range: mention.range, rule: mention.rule)
            if let index = nodes.index(forKey: id) {
                // In place, and no more evidence than the graph keeps: a long document stays linear.
                nodes.values[index].confidence = KnowledgeGraph.combine(nodes.values[index].confidence, mention.confidence)
                if nodes.values[index].mentions.count < graph.limits.evidencePerItem {
                    nodes.values[index].mentions.append(evidence)
                }
                nodes.values[index].mentionCount += 1
                if !mention.isDemonym, mention.text != nodes.values[index].label,
                   !nodes.values[index].aliases.contains(mention.text) {
                    nodes.values[index].aliases.append(mention.text)
                }
            } else {
                let entry = ontology.entry(id)
                let label = entry?.label ?? mention.label ?? mention.text
                nodes[id] = Node(id: id, type: entry?.type ?? mention.type, label: label,
                                 aliases: mention.isDemonym || mention.text == label ? [] : [mention.text],
                                 attributes: entry.map(nodeAttributes) ?? [:], confidence: mention.confidence,
                                 mentions: [evidence])
                order.append(id)
            }
            if inSentence, !sentenceEntities.contains(id) { sentenceEntities.append(id) }
        }
        flushSentence()
        for id in order {
            guard var node = nodes[id] else { continue }
            node.aliases.sort()
            graph.add(node)
        }
        for key in coMentionOrder { if let edge = coMentions[key] { graph.add(edge) } }
    }

    /// Attributes of a gazetteer entry worth showing on its node.
    private func nodeAttributes(_ entry: GazetteerEntry) -> [String: String] {
        var attributes = entry.attributes
        if let partOf = entry.partOf { attributes["partOf"] = partOf.rawValue }
        return attributes
    }

    /// Evidence for `range` of the cleaned text, in character offsets of the original document.
    private func evidence(in article: Article, sentence: String, range: Range<Int>, rule: String) -> Evidence {
        Evidence(document: article.id, sentence: sentence, start: characterOffset(article, range.lowerBound, isEnd: false),
                 end: characterOffset(article, range.upperBound, isEnd: true), rule: rule)
    }

    private func characterOffset(_ article: Article, _ cleanOffset: Int, isEnd: Bool) -> Int {
        let original = article.offsetMap.originalOffset(of: cleanOffset, isEnd: isEnd)
        return article.characterOffset(ofOriginalByte: original)
    }
}
