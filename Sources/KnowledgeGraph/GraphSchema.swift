/// The classes and relation kinds a graph uses, with their schema.org terms.
///
/// Exporters read it to draw types, write Neo4j labels such as `:Organization:GovernmentAgency`, and map
/// classes and relations to schema.org in JSON-LD.
public struct GraphSchema: Sendable, Equatable {
    /// An entity class.
    public struct EntityClass: Sendable, Equatable {
        /// The name used in data files and node types (`Ministry`, `leaderOf`).
        public var name: String
        /// The parent class, nil for the root.
        public var parent: String?
        /// A compact schema.org IRI such as `schema:Country`, if one fits.
        public var schemaOrg: String?
        /// What the schema says it means.
        public var description: String

        /// An entity class.
        public init(name: String, parent: String?, schemaOrg: String?, description: String = "") {
            self.name = name
            self.parent = parent
            self.schemaOrg = schemaOrg
            self.description = description
        }
    }

    /// A relation kind.
    public struct RelationKind: Sendable, Equatable {
        /// The name used in data files and node types (`Ministry`, `leaderOf`).
        public var name: String
        /// A short human label ("leader of").
        public var label: String
        /// A compact schema.org IRI such as `schema:memberOf`, if one fits.
        public var schemaOrg: String?
        /// Whether the relation has a direction (`mentionedWith` and `met` do not).
        public var isDirected: Bool
        /// The CAMEO event code of an interaction, if any.
        public var cameo: String?
        /// What the schema says it means.
        public var description: String

        /// A relation kind.
        public init(name: String, label: String, schemaOrg: String? = nil, isDirected: Bool = true,
                    cameo: String? = nil, description: String = "") {
            self.name = name
            self.label = label
            self.schemaOrg = schemaOrg
            self.isDirected = isDirected
            self.cameo = cameo
            self.description = description
        }
    }

    /// Entity classes by name.
    public var classes: [String: EntityClass] { didSet { cache = Cache(classes: classes) } }
    /// Relation kinds by name.
    public var relations: [String: RelationKind]
    /// Lineages and families of every class, computed once when the classes change.
    private var cache: Cache

    private struct Cache: Sendable, Equatable {
        var lineages: [String: [String]] = [:]
        var families: [String: String] = [:]

        init(classes: [String: EntityClass]) {
            for name in classes.keys {
                let lineage = GraphSchema.computeLineage(of: name, in: classes)
                lineages[name] = lineage
                families[name] = GraphSchema.computeFamily(lineage)
            }
        }
    }

    /// A schema of these classes and relations; a later duplicate name replaces an earlier one.
    public init(classes: [EntityClass] = [], relations: [RelationKind] = []) {
        let table = Dictionary(classes.map { ($0.name, $0) }, uniquingKeysWith: { _, last in last })
        self.classes = table
        self.relations = Dictionary(relations.map { ($0.name, $0) }, uniquingKeysWith: { _, last in last })
        self.cache = Cache(classes: table)
    }

    /// The class and its ancestors, root first, without `Thing`: `["Organization", "GovernmentOrganization", "Ministry"]`.
    public func lineage(of className: String) -> [String] {
        cache.lineages[className] ?? Self.computeLineage(of: className, in: classes)
    }

    private static func computeLineage(of className: String, in classes: [String: EntityClass]) -> [String] {
        var chain: [String] = []
        var current: String? = className
        while let name = current, !chain.contains(name) {
            if name != "Thing" { chain.append(name) }
            current = classes[name]?.parent
        }
        return chain.reversed()
    }

    /// Whether `className` is `ancestor` or descends from it.
    public func isKind(_ className: String, of ancestor: String) -> Bool {
        lineage(of: className).contains(ancestor)
    }

    /// The broad family of a class, used for drawing: `Country`, `Place`, `Person`, `Organization`, `Incident` or `Thing`.
    public func family(of className: String) -> String {
        cache.families[className] ?? Self.computeFamily(lineage(of: className))
    }

    private static func computeFamily(_ chain: [String]) -> String {
        if chain.contains("Country") { return "Country" }
        for family in ["Place", "Person", "Organization", "Incident", "Group"] where chain.contains(family) {
            return family
        }
        return chain.first ?? "Thing"
    }

    /// The nearest schema.org term of a class or its ancestors.
    public func schemaOrgTerm(of className: String) -> String? {
        for name in lineage(of: className).reversed() {
            if let term = classes[name]?.schemaOrg, !term.isEmpty { return term }
        }
        return nil
    }
}
