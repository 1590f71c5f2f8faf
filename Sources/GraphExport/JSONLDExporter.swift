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

    /// The graph as a JSON-LD document with an inline context, nodes then statements in ID order, in UTF-8.
    public func exportUTF8(_ graph: SortedGraph) -> [UInt8] {
        let nodes = graph.nodes
        let edges = graph.edges
        let known = Set(nodes.map(\.id))
        var predicates: [String: String] = [:]  // by relation
        for edge in edges where predicates[edge.relation] == nil {
            predicates[edge.relation] = predicate(edge.relation, graph)
        }
        var outgoing: [NodeID: [(predicate: String, target: NodeID)]] = [:]
        for edge in edges {
            let predicate = predicates[edge.relation] ?? predicate(edge.relation, graph)
            outgoing[edge.source, default: []].append((predicate, edge.target))
        }
        var json = JSONWriter(indent: 2, capacity: 2048 + 1500 * nodes.count + 1000 * edges.count)
        json.beginObject()
        json.key("@context")
        Self.writeContext(to: &json)
        json.key("@graph")
        json.beginArray()
        for node in nodes {
            json.beginObject()
            json.key("@id"); json.iri(node.id)
            json.key("@type")
            json.beginArray()
            if let term = graph.schema.schemaOrgTerm(of: node.type) { json.string(term) }
            json.string(unescaped: { $0.append("ng:"); $0.append(node.type, escaping: .json) })
            json.endArray()
            json.key("name"); json.string(node.label)
            if !node.aliases.isEmpty {
                json.key("alternateName")
                json.beginArray()
                for alias in node.aliases { json.string(alias) }
                json.endArray()
            }
            json.key("confidence"); json.number(node.confidence)
            json.key("mentionCount"); json.integer(node.mentionCount)
            for key in node.attributes.keys.sorted() {
                guard let value = node.attributes[key] else { continue }
                json.key(escaping: Self.schemaAttributes[key] ?? "ng:" + Self.localName(key))
                let target = NodeID(rawValue: value)
                if known.contains(target) {
                    json.beginObject()
                    json.key("@id"); json.iri(target)
                    json.endObject()
                } else {
                    json.string(value)
                }
            }
            // Plain triples for each relation, grouped by predicate in edge order.
            let triples = outgoing[node.id] ?? []
            var predicatesInOrder: [String] = []
            for triple in triples where !predicatesInOrder.contains(triple.predicate) {
                predicatesInOrder.append(triple.predicate)
            }
            for predicate in predicatesInOrder {
                json.key(escaping: predicate)
                json.beginArray()
                for triple in triples where triple.predicate == predicate {
                    json.beginObject()
                    json.key("@id"); json.iri(triple.target)
                    json.endObject()
                }
                json.endArray()
            }
            writeEvidence(node.mentions, to: &json)
            json.endObject()
        }
        for edge in edges {
            json.beginObject()
            json.key("@id")
            json.string(unescaped: { out in
                out.append(plain: Self.idBase)
                out.append("statement/")
                Self.encode(edge.source.rawValue, to: &out)
                out.append(byte: UInt8(ascii: "/"))
                Self.encode(edge.relation, to: &out)
                out.append(byte: UInt8(ascii: "/"))
                Self.encode(edge.target.rawValue, to: &out)
            })
            json.key("@type"); json.string("rdf:Statement")
            json.key("subject"); json.iri(edge.source)
            json.key("predicate"); json.string(predicates[edge.relation] ?? predicate(edge.relation, graph))
            json.key("object"); json.iri(edge.target)
            json.key("relation"); json.string(edge.relation)
            json.key("directed"); json.bool(edge.isDirected)
            json.key("confidence"); json.number(edge.confidence)
            json.key("count"); json.integer(edge.count)
            for key in edge.attributes.keys.sorted() {
                if let value = edge.attributes[key] { json.key(escaping: "ng:" + Self.localName(key)); json.string(value) }
            }
            writeEvidence(edge.evidence, to: &json)
            json.endObject()
        }
        json.endArray()
        json.endObject()
        json.output.append(byte: UInt8(ascii: "\n"))
        return json.takeBytes()
    }

    /// Context terms that name a property, in the order written.
    static let contextTerms: [(term: StaticString, iri: String)] = [
        ("schema", "http://schema.org/"),
        ("ng", vocabulary),
        ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
        ("xsd", "http://www.w3.org/2001/XMLSchema#"),
        ("name", "schema:name"),
        ("alternateName", "schema:alternateName"),
        ("confidence", "ng:confidence"),
        ("mentionCount", "ng:mentionCount"),
        ("count", "ng:count"),
        ("relation", "ng:relation"),
        ("directed", "ng:directed"),
        ("evidence", "ng:evidence"),
        ("document", "ng:document"),
        ("sentence", "ng:sentence"),
        ("start", "ng:start"),
        ("end", "ng:end"),
        ("rule", "ng:rule"),
    ]
    /// Context terms whose values are typed, after ``contextTerms``.
    static let typedContextTerms: [(term: StaticString, iri: String, type: String)] = [
        ("subject", "rdf:subject", "@id"),
        ("predicate", "rdf:predicate", "@vocab"),
        ("object", "rdf:object", "@id"),
    ]

    private static func writeContext(to json: inout JSONWriter) {
        json.beginObject()
        for (term, iri) in contextTerms { json.key(term); json.string(iri) }
        for (term, iri, type) in typedContextTerms {
            json.key(term)
            json.beginObject()
            json.key("@id"); json.string(iri)
            json.key("@type"); json.string(type)
            json.endObject()
        }
        json.endObject()
    }

    private func predicate(_ relation: String, _ graph: SortedGraph) -> String {
        if let term = graph.schema.relations[relation]?.schemaOrg, !term.isEmpty { return term }
        return "ng:" + Self.localName(relation)
    }

    /// Writes the `evidence` member, unless there is none: each item typed `ng:Evidence`.
    private func writeEvidence(_ evidence: [Evidence], to json: inout JSONWriter) {
        guard !evidence.isEmpty else { return }
        json.key("evidence")
        json.beginArray()
        for item in evidence {
            json.beginObject()
            json.key("@type"); json.string("ng:Evidence")
            json.key("document"); json.string(item.document)
            json.key("start"); json.integer(item.start)
            json.key("end"); json.integer(item.end)
            json.key("rule"); json.string(item.rule)
            json.key("sentence"); json.string(item.sentence)
            json.endObject()
        }
        json.endArray()
    }

    /// The IRI of a node.
    public static func iri(_ id: NodeID) -> String {
        var out = ExportBuffer()
        out.append(plain: idBase)
        encode(id.rawValue, to: &out)
        return out.takeText()
    }

    /// Appends `text` with everything but unreserved characters and `/` percent-encoded.
    static func encode(_ text: String, to out: inout ExportBuffer) {
        let hexDigits: StaticString = "0123456789ABCDEF"
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                 UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.append(byte: byte)
            default:
                out.append(byte: UInt8(ascii: "%"))
                out.append(byte: hexDigits.utf8Start[Int(byte >> 4)])
                out.append(byte: hexDigits.utf8Start[Int(byte & 15)])
            }
        }
    }

    /// A vocabulary term from an attribute or relation name: letters, digits and `_` kept, others become `_`.
    static func localName(_ name: String) -> String {
        String(name.unicodeScalars.map { scalar -> Character in
            (scalar.properties.isAlphabetic && scalar.isASCII) || ("0"..."9").contains(scalar) || scalar == "_"
                ? Character(scalar) : "_"
        })
    }
}

extension JSONWriter {
    /// Writes the IRI of a node as a string.
    mutating func iri(_ id: NodeID) {
        string(unescaped: { out in
            out.append(plain: JSONLDExporter.idBase)
            JSONLDExporter.encode(id.rawValue, to: &out)
        })
    }
}
