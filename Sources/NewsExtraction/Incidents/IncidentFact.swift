import KnowledgeGraph

/// An incident read from one article: what happened, when, where, to whom, with its mentions.
public struct IncidentFact: Sendable, Equatable {
    /// A participant and the role it played (`agent`, `target`, `victim`, `operator`, `reportedBy`).
    public struct Participant: Sendable, Equatable {
        /// The participant's node.
        public var entity: NodeID
        /// Its role, which becomes the edge's relation.
        public var role: String
        /// How sure the role is.
        public var confidence: Double
    }

    /// The node ID: class, place and date, so the same event in two articles merges.
    public var id: NodeID
    /// The ontology class (`Crash`, `Raid`, `Outbreak`).
    public var incidentClass: String
    /// A short label a person would give it ("Azerbaijan Airlines crash near Aktau").
    public var label: String
    /// The date, `YYYY-MM-DD` (or `YYYY-MM`, `YYYY-Www`) when resolved, else the phrase.
    public var date: String?
    /// Where it happened.
    public var place: NodeID?
    /// Who took part, with roles.
    public var participants: [Participant]
    /// Figures such as `killed=38`, `aboard=67`, `hospitalizations=30000`.
    public var figures: [String: String]
    /// Byte ranges of the trigger words and of their sentences in the cleaned text.
    public var mentions: [(trigger: Range<Int>, sentence: Range<Int>, word: String)]
    /// How sure the incident is: more mentions, more sure.
    public var confidence: Double

    /// Equal when everything but the mention sentences is equal.
    public static func == (lhs: IncidentFact, rhs: IncidentFact) -> Bool {
        lhs.id == rhs.id && lhs.label == rhs.label && lhs.date == rhs.date && lhs.place == rhs.place
            && lhs.participants == rhs.participants && lhs.figures == rhs.figures
            && lhs.mentions.map(\.trigger) == rhs.mentions.map(\.trigger)
    }
}
