import KnowledgeGraph

/// What the gazetteer entries give the nodes of their entities (class, label and attributes), made once
/// per entry rather than once per document.
///
/// Nodes of one entity then share one attributes dictionary, so when the graph merges them it sees at
/// once that the attributes are the same.
struct NodeTemplates: Sendable {
    /// The parts of a node that come from its entry.
    struct Template: Sendable {
        /// The entry's class.
        var type: String
        /// The entry's canonical name.
        var label: String
        /// The entry's attributes, with `partOf` when the entry is part of another.
        var attributes: [String: String]

        /// Whether the entry is a name harvested from a training corpus (``Ontology/supplementaryGazetteerFolders``).
        var isHarvested: Bool { attributes["source"] == "corpus" }
    }

    private let templates: [NodeID: Template]

    /// The templates of every entry of `ontology`.
    init(ontology: Ontology) {
        var templates: [NodeID: Template] = [:]
        templates.reserveCapacity(ontology.entries.count)
        for entry in ontology.entries {
            var attributes = entry.attributes
            if let partOf = entry.partOf { attributes["partOf"] = partOf.rawValue }
            templates[entry.id] = Template(type: entry.type, label: entry.label, attributes: attributes)
        }
        self.templates = templates
    }

    /// The template of the entry `id`, if the ontology has one.
    subscript(id: NodeID) -> Template? { templates[id] }
}
