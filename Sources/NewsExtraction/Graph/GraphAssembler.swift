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
    public var ontology: Ontology {
        didSet { templates = NodeTemplates(ontology: ontology) }
    }
    /// What the assembler adds.
    public var options: Options
    private var templates: NodeTemplates

    /// An assembler over `ontology`.
    public init(ontology: Ontology, options: Options = .default) {
        self.ontology = ontology
        self.options = options
        self.templates = NodeTemplates(ontology: ontology)
    }

    /// Adds typed relations of `article` as edges, each with its sentence as evidence.
    public func add(_ article: Article, relations: [RelationFact], to graph: inout KnowledgeGraph) {
        // By index: a for-in loop would copy every fact with all its strings.
        for index in relations.indices {
            let directed = graph.schema.relations[relations[index].relation]?.isDirected ?? true
            graph.add(Edge(source: relations[index].source, target: relations[index].target, relation: relations[index].relation,
                           isDirected: directed, attributes: relations[index].attributes, confidence: relations[index].confidence)) { _ in
                let relation = relations[index]
                return [self.evidence(in: article, sentence: article.text(of: relation.sentence), range: relation.sentence, rule: relation.rule)]
            }
        }
    }

    /// Adds incidents of `article` as nodes, with edges to their place and participants.
    public func add(_ article: Article, incidents: [IncidentFact], to graph: inout KnowledgeGraph) {
        // By index: a for-in loop would copy every incident with all its strings.
        for index in incidents.indices {
            let id = incidents[index].id
            let confidence = incidents[index].confidence
            var attributes = incidents[index].figures
            // An ISO date is the start date; a phrase that could not be resolved ("on Wednesday") is kept as written.
            if let date = incidents[index].date {
                attributes[date.first?.isNumber == true ? "startDate" : "datePhrase"] = date
            }
            graph.add(Node(id: id, type: incidents[index].incidentClass, label: incidents[index].label, attributes: attributes,
                           confidence: confidence, mentionCount: incidents[index].mentions.count)) { room in
                incidents[index].mentions.prefix(room).map { mention in
                    self.evidence(in: article, sentence: article.text(of: mention.sentence), range: mention.trigger, rule: "trigger:" + mention.word)
                }
            }
            // Edges of the incident cite the sentence of its first mention.
            func first(_: Int) -> [Evidence] {
                incidents[index].mentions.prefix(1).map { mention in
                    self.evidence(in: article, sentence: article.text(of: mention.sentence), range: mention.sentence, rule: "trigger:" + mention.word)
                }
            }
            if let place = incidents[index].place {
                graph.add(Edge(source: id, target: place, relation: "occurredIn",
                               confidence: (confidence * 0.9 * 10_000).rounded() / 10_000), evidence: first)
            }
            for participant in incidents[index].participants {
                graph.add(Edge(source: id, target: participant.entity, relation: participant.role,
                               confidence: (min(confidence, participant.confidence) * 10_000).rounded() / 10_000), evidence: first)
            }
        }
    }

    /// Adds the entities of `article` (its resolved `mentions`) to `graph`.
    ///
    /// Mentions of one entity are gathered into one node before the graph merges it, so a document costs
    /// one merge per entity rather than one per mention; evidence (and the sentence text it quotes) is built
    /// only while the graph still has room for it, so a corpus that keeps naming the same entities stays cheap.
    public func add(_ article: Article, mentions: [EntityMention], to graph: inout KnowledgeGraph) {
        var nodes = GatheredNodes(capacity: mentions.count)
        // A guess at the number of pairs that spares most regrowth: one per mention.
        var coMentions = GatheredCoMentions(capacity: mentions.count)
        var sentenceIndex = 0
        var sentence = CitedSentence()
        // Slots in `nodes` of the entities of the current sentence, in order of first mention.
        var sentenceEntities: [Int] = []
        func flushSentence() {
            defer { sentenceEntities.removeAll(keepingCapacity: true); sentence.clear() }
            guard options.coMentions, sentence.source != nil, sentenceEntities.count > 1,
                  sentenceIndex < article.sentences.count else { return }
            let range = article.sentences[sentenceIndex].range
            // One piece of evidence serves every pair of the sentence.
            var shared: Evidence?
            for i in 0..<sentenceEntities.count {
                for j in (i + 1)..<sentenceEntities.count {
                    guard let slot = coMentions.add(sentenceEntities[i], sentenceEntities[j], of: nodes,
                                                    confidence: options.coMentionConfidence, graph: graph) else { continue }
                    if shared == nil {
                        shared = self.evidence(in: article, sentence: sentence.text(in: article), range: range, rule: "co-mention")
                    }
                    if let shared { coMentions.attach(shared, at: slot) }
                }
            }
        }
        let miscellaneous = TaggerStage.miscellaneous
        // Fields are read through the array: binding a mention to a constant would copy it with all its strings.
        for index in mentions.indices where mentions[index].type != miscellaneous {
            guard let id = mentions[index].entity else { continue }
            let range = mentions[index].range
            while sentenceIndex < article.sentences.count, article.sentences[sentenceIndex].range.upperBound <= range.lowerBound {
                flushSentence()
                sentenceIndex += 1
            }
            let inSentence = sentenceIndex < article.sentences.count
            if sentence.source == nil {
                sentence.cite(inSentence ? .sentence(article.sentences[sentenceIndex].range) : .text(mentions[index].text))
            }
            let (slot, isNew) = nodes.slot(of: id)
            if isNew {
                let room = graph.evidenceRoom(forNode: id)
                let template = templates[id]
                let text = mentions[index].text
                let label = template?.label ?? mentions[index].label ?? text
                // A name harvested from a training corpus has a class no one checked: the mention's, which its context
                // may have made more exact ("the Awami League party"), wins.
                // Plain statements: a closure reading the array would copy each mention whole.
                var type = mentions[index].type
                if let template, !template.isHarvested { type = template.type }
                // Made in place in the gathered array: a local node would be copied in with all its strings.
                nodes.append(Node(id: id, type: type, label: label,
                                  attributes: template?.attributes ?? [:], confidence: mentions[index].confidence,
                                  mentions: room > 0 ? [self.evidence(in: article, sentence: sentence.text(in: article),
                                                                      range: range, rule: mentions[index].rule)] : [],
                                  mentionCount: 1), room: room, isCanonical: template != nil)
                if !mentions[index].isDemonym && text != label && EntityMention.isWrittenAsName(text) { nodes.addAlias(text, at: slot) }
            } else {
                let evidence = nodes.keepsEvidence(at: slot)
                    ? self.evidence(in: article, sentence: sentence.text(in: article), range: range, rule: mentions[index].rule) : nil
                nodes.merge(text: mentions[index].text, isDemonym: mentions[index].isDemonym, confidence: mentions[index].confidence,
                            at: slot, evidence: evidence)
            }
            if inSentence, !sentenceEntities.contains(slot) { sentenceEntities.append(slot) }
        }
        flushSentence()
        // Moved into the graph, last first: reading them from the arrays would copy every node and edge with
        // all its strings and evidence. The order does not matter, since no two share an ID or a key.
        nodes.sortAliases()
        var gatheredNodes = nodes.takeNodes()
        while let node = gatheredNodes.popLast() { graph.add(node) }
        var gatheredEdges = coMentions.takeEdges()
        while let edge = gatheredEdges.popLast() { graph.add(edge) }
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
