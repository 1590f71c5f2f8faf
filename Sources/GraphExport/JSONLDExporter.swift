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
    public static let idBase = idBaseLiteral.description
    /// The NewsGraph vocabulary IRI.
    public static let vocabulary = "https://newsgraph.dev/vocab#"
    static let idBaseLiteral: StaticString = "https://newsgraph.dev/id/"

    /// The format this exporter writes: JSON-LD.
    public var format: ExportFormat { .jsonld }

    /// Node attributes written with a schema.org property instead of the NewsGraph vocabulary.
    static let schemaAttributes: [String: String] = ["startDate": "schema:startDate", "description": "schema:description"]

    /// A default instance; it has no settings.
    public init() {}

    /// The graph as a JSON-LD document with an inline context, nodes then statements in ID order, in UTF-8.
    public func exportUTF8(_ graph: SortedGraph) -> [UInt8] {
        var document = Document(graph)
        document.json.beginObject()
        document.json.key("@context")
        Self.writeContext(to: &document.json)
        document.json.key("@graph")
        document.json.beginArray()
        // The edges from a node are together in `edges`, which are sorted by source first.
        var nextEdge = 0
        for node in graph.nodes {
            let edges = graph.edges
            while nextEdge < edges.count && edges[nextEdge].source != node.id && edges[nextEdge].source < node.id { nextEdge += 1 }
            let outgoingStart = nextEdge
            while nextEdge < edges.count && edges[nextEdge].source == node.id { nextEdge += 1 }
            document.writeNode(node, outgoing: outgoingStart..<nextEdge)
        }
        for index in graph.edges.indices { document.writeStatement(index) }
        document.json.endArray()
        document.json.endObject()
        document.json.output.append(byte: UInt8(ascii: "\n"))
        return document.json.takeBytes()
    }

    /// The member names of nodes, statements and evidence, made ready once.
    private enum Keys {
        static let id = JSONWriter.Key("@id"), type = JSONWriter.Key("@type"), name = JSONWriter.Key("name")
        static let alternateName = JSONWriter.Key("alternateName"), confidence = JSONWriter.Key("confidence")
        static let mentionCount = JSONWriter.Key("mentionCount"), subject = JSONWriter.Key("subject")
        static let predicate = JSONWriter.Key("predicate"), object = JSONWriter.Key("object")
        static let relation = JSONWriter.Key("relation"), directed = JSONWriter.Key("directed"), count = JSONWriter.Key("count")
        static let evidence = JSONWriter.Key("evidence"), document = JSONWriter.Key("document"), start = JSONWriter.Key("start")
        static let end = JSONWriter.Key("end"), rule = JSONWriter.Key("rule"), sentence = JSONWriter.Key("sentence")
    }

    /// One export under way: the writer, and what is worked out once per graph rather than per node or edge.
    private struct Document: ~Copyable {
        var json: JSONWriter
        let graph: SortedGraph
        /// The IDs of the nodes: an attribute whose value is one is written as a link.
        let known: Set<NodeID>
        /// For each relation of the graph, its predicate: an index in ``predicates``.
        let predicateOfRelation: [Int]
        /// The predicates, each once, escaped; several relations may share one.
        let predicates: PreparedTexts
        /// The relation names, escaped, and percent-encoded for statement IRIs.
        let relationNames: PreparedTexts
        let relationSegments: PreparedTexts
        /// For each predicate, the first outgoing edge of the node whose triples last named it.
        var predicateWritten: [Int]
        /// Each node type's schema.org term, if any, and each attribute name's member name, as met.
        var schemaTerms: [String: String?] = [:]
        var nodeMemberNames: [String: String] = [:]
        var edgeMemberNames: [String: String] = [:]

        init(_ graph: SortedGraph) {
            var predicateIndices: [String: Int] = [:]
            var predicateNames: [String] = []
            var predicateOfRelation: [Int] = []
            for relation in graph.relations {
                let predicate: String
                if let term = graph.schema.relations[relation]?.schemaOrg, !term.isEmpty {
                    predicate = term
                } else {
                    predicate = "ng:" + JSONLDExporter.localName(relation)
                }
                if predicateIndices[predicate] == nil {
                    predicateIndices[predicate] = predicateNames.count
                    predicateNames.append(predicate)
                }
                predicateOfRelation.append(predicateIndices[predicate] ?? 0)
            }
            self.predicateOfRelation = predicateOfRelation
            predicates = PreparedTexts(predicateNames, escaping: .json)
            predicateWritten = Array(repeating: -1, count: predicateNames.count)
            relationNames = PreparedTexts(graph.relations, escaping: .json)
            relationSegments = PreparedTexts(graph.relations) { relation, out in JSONLDExporter.encode(relation, to: &out) }
            known = Set(graph.nodes.map(\.id))
            json = JSONWriter(indent: 2, capacity: 2048 + 1500 * graph.nodes.count + 1000 * graph.edges.count)
            self.graph = graph
        }

        mutating func writeNode(_ node: Node, outgoing: Range<Int>) {
            json.beginObject()
            json.key(Keys.id); json.iri(node.id)
            json.key(Keys.type)
            json.beginArray()
            let term: String?
            if let known = schemaTerms[node.type] {
                term = known
            } else {
                term = graph.schema.schemaOrgTerm(of: node.type)
                schemaTerms[node.type] = term
            }
            if let term { json.string(term) }
            json.string(unescaped: { $0.append("ng:"); $0.append(node.type, escaping: .json) })
            json.endArray()
            json.key(Keys.name); json.string(node.label)
            if !node.aliases.isEmpty {
                json.key(Keys.alternateName)
                json.beginArray()
                for alias in node.aliases { json.string(alias) }
                json.endArray()
            }
            json.key(Keys.confidence); json.number(node.confidence)
            json.key(Keys.mentionCount); json.integer(node.mentionCount)
            if !node.attributes.isEmpty { writeAttributes(of: node) }
            writeTriples(outgoing)
            writeEvidence(node.mentions)
            json.endObject()
        }

        private mutating func writeAttributes(of node: Node) {
            for key in node.attributes.keys.sorted() {
                guard let value = node.attributes[key] else { continue }
                json.key(escaping: Self.memberName(of: key, in: &nodeMemberNames) {
                    JSONLDExporter.schemaAttributes[$0] ?? "ng:" + JSONLDExporter.localName($0)
                })
                let target = NodeID(rawValue: value)
                if known.contains(target) {
                    json.beginObject()
                    json.key(Keys.id); json.iri(target)
                    json.endObject()
                } else {
                    json.string(value)
                }
            }
        }

        /// Writes a plain triple for each edge from the node, grouped by predicate in edge order.
        private mutating func writeTriples(_ outgoing: Range<Int>) {
            let edges = graph.edges
            let relationIndices = graph.relationIndices
            for first in outgoing {
                let predicate = predicateOfRelation[relationIndices[first]]
                guard predicateWritten[predicate] != outgoing.lowerBound else { continue }
                predicateWritten[predicate] = outgoing.lowerBound
                json.key(unescaped: { predicates.append(predicate, to: &$0) })
                json.beginArray()
                for index in first..<outgoing.upperBound where predicateOfRelation[relationIndices[index]] == predicate {
                    json.beginObject()
                    json.key(Keys.id); json.iri(edges[index].target)
                    json.endObject()
                }
                json.endArray()
            }
        }

        /// Writes the edge at `index` as an `rdf:Statement`.
        mutating func writeStatement(_ index: Int) {
            let edge = graph.edges[index]
            let relation = graph.relationIndices[index]
            json.beginObject()
            json.key(Keys.id)
            json.string(unescaped: { out in
                out.append(JSONLDExporter.idBaseLiteral)
                out.append("statement/")
                JSONLDExporter.encode(edge.source.rawValue, to: &out)
                out.append(byte: UInt8(ascii: "/"))
                relationSegments.append(relation, to: &out)
                out.append(byte: UInt8(ascii: "/"))
                JSONLDExporter.encode(edge.target.rawValue, to: &out)
            })
            json.key(Keys.type); json.string(literal: "rdf:Statement")
            json.key(Keys.subject); json.iri(edge.source)
            json.key(Keys.predicate); json.string(unescaped: { predicates.append(predicateOfRelation[relation], to: &$0) })
            json.key(Keys.object); json.iri(edge.target)
            json.key(Keys.relation); json.string(unescaped: { relationNames.append(relation, to: &$0) })
            json.key(Keys.directed); json.bool(edge.isDirected)
            json.key(Keys.confidence); json.number(edge.confidence)
            json.key(Keys.count); json.integer(edge.count)
            if !edge.attributes.isEmpty {
                for key in edge.attributes.keys.sorted() {
                    guard let value = edge.attributes[key] else { continue }
                    json.key(escaping: Self.memberName(of: key, in: &edgeMemberNames) { "ng:" + JSONLDExporter.localName($0) })
                    json.string(value)
                }
            }
            writeEvidence(edge.evidence)
            json.endObject()
        }

        /// The member name of an attribute: from `names`, or made by `make` and kept there.
        private static func memberName(of attribute: String, in names: inout [String: String], make: (String) -> String) -> String {
            if let name = names[attribute] { return name }
            let name = make(attribute)
            names[attribute] = name
            return name
        }

        /// Writes the `evidence` member, unless there is none: each item typed `ng:Evidence`.
        private mutating func writeEvidence(_ evidence: [Evidence]) {
            guard !evidence.isEmpty else { return }
            json.key(Keys.evidence)
            json.beginArray()
            for item in evidence {
                json.beginObject()
                json.key(Keys.type); json.string(literal: "ng:Evidence")
                json.key(Keys.document); json.string(item.document)
                json.key(Keys.start); json.integer(item.start)
                json.key(Keys.end); json.integer(item.end)
                json.key(Keys.rule); json.string(item.rule)
                json.key(Keys.sentence); json.string(item.sentence)
                json.endObject()
            }
            json.endArray()
        }
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

    /// The IRI of a node.
    public static func iri(_ id: NodeID) -> String {
        var out = ExportBuffer()
        out.append(idBaseLiteral)
        encode(id.rawValue, to: &out)
        return out.takeText()
    }

    /// Appends `text` with everything but unreserved characters and `/` percent-encoded. Runs of bytes kept
    /// as they are are copied whole.
    static func encode(_ text: String, to out: inout ExportBuffer) {
        text.withUTF8Bytes { bytes in
            var runStart = 0
            for index in bytes.indices where !isUnreserved(bytes[index]) {
                let hexDigits: StaticString = "0123456789ABCDEF"
                out.append(bytes: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                out.append(byte: UInt8(ascii: "%"))
                out.append(byte: hexDigits.utf8Start[Int(bytes[index] >> 4)])
                out.append(byte: hexDigits.utf8Start[Int(bytes[index] & 15)])
                runStart = index + 1
            }
            out.append(bytes: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
    }

    /// Whether a byte stays as it is in an IRI: an unreserved character (RFC 3986) or `/`.
    @inline(__always) private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
            true
        default:
            false
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
            out.append(JSONLDExporter.idBaseLiteral)
            JSONLDExporter.encode(id.rawValue, to: &out)
        })
    }
}
