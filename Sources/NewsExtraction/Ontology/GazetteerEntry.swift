import KnowledgeGraph

/// One known entity from a gazetteer file: a country, city, person or organization with its names.
public struct GazetteerEntry: Sendable, Equatable {
    /// The node ID it becomes (`country/AZE`).
    public var id: NodeID
    /// Its ontology class (`Country`, `City`, `Ministry`).
    public var type: String
    /// Its canonical name.
    public var label: String
    /// Other names, exactly as text writes them.
    public var aliases: [String]
    /// Adjectives and demonyms that mention it ("Azerbaijani", "Russians").
    public var demonyms: [String]
    /// The entity it is part of (a city's country), if any.
    public var partOf: NodeID?
    /// Other facts (`alpha2=AZ`, `capital=city/baku`, `office=President`).
    public var attributes: [String: String]
    /// Where it was defined, for messages: `countries.tsv:12`.
    public var source: String

    /// Whether it is a serving head of state or government (`role=headOfState` or `role=headOfGovernment`).
    public var isServingLeader: Bool {
        attributes["role"].map { $0 == "headOfState" || $0 == "headOfGovernment" } ?? false
    }

    /// An entry from its parts.
    public init(id: NodeID, type: String, label: String, aliases: [String] = [], demonyms: [String] = [],
                partOf: NodeID? = nil, attributes: [String: String] = [:], source: String = "") {
        self.id = id
        self.type = type
        self.label = label
        self.aliases = aliases
        self.demonyms = demonyms
        self.partOf = partOf
        self.attributes = attributes
        self.source = source
    }
}
