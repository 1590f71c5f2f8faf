import KnowledgeGraph

/// Writes JSON-LD with an inline `@context` (no remote URL), so rdflib and pyld read it offline.
///
/// Each node is a resource `https://newsgraph.dev/id/<kind>/<key>` typed with its schema.org class (where one
/// fits) and its NewsGraph class (`ng:GovernmentAgency`), named with `schema:name` and `schema:alternateName`.
/// Each edge is written twice: as a plain triple on its source (`ng:leaderOf`, or the schema.org property
/// where one fits) and as an `rdf:Statement` that carries `ng:confidence`, `ng:count` and `ng:evidence`
/// (document, character offsets, sentence, rule), since a plain triple cannot.
public struct JSONLDExporter: GraphExporter {
    /// The base IRI of node identifiers.
    public static let idBase = "https://newsgraph.dev/id/"
    /// The NewsGraph vocabulary IRI.
    public static let vocabulary = "https://newsgraph.dev/vocab#"

    /// The format this exporter writes: JSON-LD.
    public var format: ExportFormat { .jsonld }

    /// Node attributes written with a schema.org property instead of the NewsGraph vocabulary.
    static let schemaAttributes: [String: String] = ["startDate": "schema:startDate", "description": "schema:description"]

    /// A default instance; it has no settings.
    public init() {}

    /// The graph as a JSON-LD document with an inline context, nodes then statements in ID order.
    public func export(_ graph: KnowledgeGraph) -> String {
        let nodes = graph.nodes
        let known = Set(nodes.map(\.id))
        var items: [JSONValue] = []
        var outgoing: [NodeID: [(String, NodeID)]] = [:]
        for edge in graph.edges {
            outgoing[edge.source, default: []].append((predicate(edge.relation, graph), edge.target))
        }
        for node in nodes {
            var pairs: [(String, JSONValue)] = [("@id", .string(Self.iri(node.id)))]
            var types: [JSONValue] = []
            if let term = graph.schema.schemaOrgTerm(of: node.type) { types.append(.string(term)) }
            types.append(.string("ng:" + node.type))
            pairs.append(("@type", .array(types)))
            pairs.append(("name", .string(node.label)))
            if !node.aliases.isEmpty { pairs.append(("alternateName", .array(node.aliases.map { .string($0) }))) }
            pairs.append(("confidence", double(node.confidence)))
            pairs.append(("mentionCount", .integer(node.mentionCount)))
            for key in node.attributes.keys.sorted() {
                guard let value = node.attributes[key] else { continue }
                let target = NodeID(rawValue: value)
                let property = Self.schemaAttributes[key] ?? "ng:" + Self.localName(key)
                pairs.append((property, known.contains(target) ? .object([("@id", .string(Self.iri(target)))]) : .string(value)))
            }
            // Plain triples for each relation, grouped by predicate in edge order.
            var predicates: [String] = []
            var objects: [String: [JSONValue]] = [:]
            for (predicate, target) in outgoing[node.id] ?? [] {
                if objects[predicate] == nil { predicates.append(predicate) }
                objects[predicate, default: []].append(.object([("@id", .string(Self.iri(target)))]))
            }
            for predicate in predicates { pairs.append((predicate, .array(objects[predicate] ?? []))) }
            if !node.mentions.isEmpty { pairs.append(("evidence", .array(node.mentions.map(evidence)))) }
            items.append(.object(pairs))
        }
        for edge in graph.edges {
            var pairs: [(String, JSONValue)] = [
                ("@id", .string(Self.idBase + "statement/" + Self.encode(edge.source.rawValue) + "/" + Self.encode(edge.relation)
                    + "/" + Self.encode(edge.target.rawValue))),
                ("@type", .string("rdf:Statement")),
                ("subject", .string(Self.iri(edge.source))),
                ("predicate", .string(predicate(edge.relation, graph))),
                ("object", .string(Self.iri(edge.target))),
                ("relation", .string(edge.relation)),
                ("directed", .bool(edge.isDirected)),
                ("confidence", double(edge.confidence)),
                ("count", .integer(edge.count)),
            ]
            for key in edge.attributes.keys.sorted() {
                if let value = edge.attributes[key] { pairs.append(("ng:" + Self.localName(key), .string(value))) }
            }
            if !edge.evidence.isEmpty { pairs.append(("evidence", .array(edge.evidence.map(evidence)))) }
            items.append(.object(pairs))
        }
        let document = JSONValue.object([("@context", Self.context), ("@graph", .array(items))])
        var out = ExportBuffer(capacity: 2048 + 1500 * nodes.count + 1000 * graph.edgeCount)
        document.write(to: &out)
        out.append("\n")
        return out.text
    }

    static let context: JSONValue = .object([
        ("schema", .string("http://schema.org/")),
        ("ng", .string(vocabulary)),
        ("rdf", .string("http://www.w3.org/1999/02/22-rdf-syntax-ns#")),
        ("xsd", .string("http://www.w3.org/2001/XMLSchema#")),
        ("name", .string("schema:name")),
        ("alternateName", .string("schema:alternateName")),
        ("confidence", .string("ng:confidence")),
        ("mentionCount", .string("ng:mentionCount")),
        ("count", .string("ng:count")),
        ("relation", .string("ng:relation")),
        ("directed", .string("ng:directed")),
        ("evidence", .string("ng:evidence")),
        ("document", .string("ng:document")),
        ("sentence", .string("ng:sentence")),
        ("start", .string("ng:start")),
        ("end", .string("ng:end")),
        ("rule", .string("ng:rule")),
        ("subject", .object([("@id", .string("rdf:subject")), ("@type", .string("@id"))])),
        ("predicate", .object([("@id", .string("rdf:predicate")), ("@type", .string("@vocab"))])),
        ("object", .object([("@id", .string("rdf:object")), ("@type", .string("@id"))])),
    ])

    private func predicate(_ relation: String, _ graph: KnowledgeGraph) -> String {
        if let term = graph.schema.relations[relation]?.schemaOrg, !term.isEmpty { return term }
        return "ng:" + Self.localName(relation)
    }

    private func evidence(_ item: Evidence) -> JSONValue {
        .object([
            ("@type", .string("ng:Evidence")), ("document", .string(item.document)), ("start", .integer(item.start)),
            ("end", .integer(item.end)), ("rule", .string(item.rule)), ("sentence", .string(item.sentence)),
        ])
    }

    private func double(_ value: Double) -> JSONValue {
        .number(value)
    }

    /// The IRI of a node.
    public static func iri(_ id: NodeID) -> String { idBase + encode(id.rawValue) }

    /// Percent-encodes everything but unreserved characters and `/`.
    static func encode(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                 UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF".utf8)
                out += "%" + String(decoding: [hex[Int(byte >> 4)], hex[Int(byte & 15)]], as: UTF8.self)
            }
        }
        return out
    }

    /// A vocabulary term from an attribute or relation name: letters, digits and `_` kept, others become `_`.
    static func localName(_ name: String) -> String {
        String(name.unicodeScalars.map { scalar -> Character in
            (scalar.properties.isAlphabetic && scalar.isASCII) || ("0"..."9").contains(scalar) || scalar == "_"
                ? Character(scalar) : "_"
        })
    }
}
