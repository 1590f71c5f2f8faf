import KnowledgeGraph

/// A span of an article that names an entity.
public struct EntityMention: Sendable, Equatable {
    /// Which stage found a mention; used to settle overlaps (a gazetteer beats a pattern beats the tagger;
    /// a bare capitalized candidate loses to all and survives only if resolution ties it to an entity).
    public enum Source: Int, Sendable, Comparable {
        case candidate = 0, tagger = 1, pattern = 2, gazetteer = 3
        /// Sources order by how sure they are.
        public static func < (lhs: Source, rhs: Source) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// Token indices of the mention.
    public var tokens: Range<Int>
    /// Byte offsets in the cleaned text.
    public var range: Range<Int>
    /// The surface text.
    public var text: String
    /// The ontology class (`Country`, `Person`, `Ministry`).
    public var type: String
    /// The entity's node ID, when known (gazetteer entries, or after resolution).
    public var entity: NodeID?
    /// The canonical name, when known.
    public var label: String?
    /// Whether the mention is an adjective or demonym ("Russian") rather than a name.
    public var isDemonym: Bool
    /// How sure the stage is, 0...1.
    public var confidence: Double
    /// The stage that found it.
    public var source: Source
    /// The confidence from which a pattern mention has a strong cue (a title, a role, an organization head word,
    /// an apposition): it is as sure as a gazetteer name.
    public static let strongPatternConfidence = 0.75

    /// Whether the mention is a gazetteer name or a pattern match with a strong cue.
    public var isSure: Bool { source == .gazetteer || (source == .pattern && confidence >= Self.strongPatternConfidence) }
    /// The rule or cue (`gazetteer:countries.tsv:12`, `title:President`).
    public var rule: String
    /// Cues found around the mention for later stages (`title`, `titleRole`, `metonymFor`).
    public var attributes: [String: String] = [:]

    /// Whether a mention's text is written as a name, with a capital letter somewhere. A text without one
    /// ("defence ministry" in "Russia's defence ministry") names its entity only together with the words
    /// before it: it is no alias of the entity, and no name in CoNLL's sense.
    public static func isWrittenAsName(_ text: String) -> Bool {
        text.utf8.contains { $0 >= 0x41 && $0 <= 0x5A } || text.contains { $0.isUppercase }
    }

    /// A mention from its parts.
    public init(tokens: Range<Int>, range: Range<Int>, text: String, type: String, entity: NodeID? = nil,
                label: String? = nil, isDemonym: Bool = false, confidence: Double, source: Source, rule: String) {
        self.tokens = tokens
        self.range = range
        self.text = text
        self.type = type
        self.entity = entity
        self.label = label
        self.isDemonym = isDemonym
        self.confidence = confidence
        self.source = source
        self.rule = rule
    }
}
