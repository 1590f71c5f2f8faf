import KnowledgeGraph

/// A typed relation read from one sentence, before it becomes an ``Edge``.
public struct RelationFact: Sendable, Equatable {
    /// The entity the relation goes from.
    public var source: NodeID
    /// The entity the relation goes to.
    public var target: NodeID
    /// The relation kind (`leaderOf`, `criticized`).
    public var relation: String
    /// Facts about the relation (`office`, `role`, `cameo`, `date`).
    public var attributes: [String: String]
    /// How sure the rule is, already combined with the confidence of both ends (see ``RelationExtractor``).
    public var confidence: Double
    /// The rule that produced it (`title`, `apposition`, `verb:criticized`).
    public var rule: String
    /// Byte range of the supporting sentence in the cleaned text.
    public var sentence: Range<Int>

    /// A relation from its parts.
    public init(source: NodeID, target: NodeID, relation: String, attributes: [String: String] = [:],
                confidence: Double, rule: String, sentence: Range<Int>) {
        self.source = source
        self.target = target
        self.relation = relation
        self.attributes = attributes
        self.confidence = confidence
        self.rule = rule
        self.sentence = sentence
    }
}
