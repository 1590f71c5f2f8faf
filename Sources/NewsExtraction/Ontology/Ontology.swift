import Foundation
import KnowledgeGraph

/// The schema and gazetteers NewsGraph knows: entity classes, relation kinds and named entities.
public struct Ontology: Sendable {
    /// Entity classes and relation kinds.
    public var schema: GraphSchema
    /// Known entities, in load order (earlier files win when two define the same name).
    public private(set) var entries: [GazetteerEntry]
    /// Cue words for names no gazetteer knows.
    public var patterns = PatternLexicon()
    /// Verbs of interaction and incident triggers.
    public var interactions = InteractionLexicon()
    /// The folder the ontology was loaded from, if any (it also holds `models/`).
    public var directory: URL?
    private var index: [NodeID: Int]

    /// An ontology of this schema and these entries (the first entry of an ID wins).
    public init(schema: GraphSchema, entries: [GazetteerEntry]) {
        self.schema = schema
        self.entries = []
        self.index = [:]
        for entry in entries { add(entry) }
    }

    /// The entry with this ID, if any.
    public func entry(_ id: NodeID) -> GazetteerEntry? { index[id].map { entries[$0] } }

    /// Adds an entry; an entry with an ID already present is ignored.
    public mutating func add(_ entry: GazetteerEntry) {
        guard index[entry.id] == nil else { return }
        index[entry.id] = entries.count
        entries.append(entry)
    }

    /// Loads `schema/classes.tsv`, `schema/relations.tsv`, every `gazetteers/*.tsv`, then `gazetteers/divisions/*.tsv`
    /// and `gazetteers/corpus/*.tsv` from `directory`.
    ///
    /// - Throws: ``OntologyError`` naming the file and line of the first problem.
    public static func load(from directory: URL) throws(OntologyError) -> Ontology {
        let schemaDirectory = directory.appendingPathComponent("schema")
        let classes = try TSVFile.read(schemaDirectory.appendingPathComponent("classes.tsv"), columns: 4)
        let relations = try TSVFile.read(schemaDirectory.appendingPathComponent("relations.tsv"), columns: 8)
        var schema = GraphSchema()
        for row in classes.rows {
            let name = row.fields[0]
            guard !name.isEmpty else { throw .malformed(path: classes.path, line: row.line, message: "empty class name") }
            schema.classes[name] = GraphSchema.EntityClass(
                name: name, parent: row.fields[1].isEmpty ? nil : row.fields[1],
                schemaOrg: row.fields[2].isEmpty ? nil : row.fields[2], description: row.fields[3])
        }
        for row in classes.rows where !row.fields[1].isEmpty && schema.classes[row.fields[1]] == nil {
            throw .malformed(path: classes.path, line: row.line, message: "unknown parent class \"\(row.fields[1])\"")
        }
        for row in relations.rows {
            let directed = row.fields[5].lowercased()
            guard directed == "true" || directed == "false" else {
                throw .malformed(path: relations.path, line: row.line,
                                 message: "column 6 (directed) is \"\(row.fields[5])\"; expected true or false")
            }
            schema.relations[row.fields[0]] = GraphSchema.RelationKind(
                name: row.fields[0], label: row.fields[1].isEmpty ? row.fields[0] : row.fields[1],
                schemaOrg: row.fields[2].isEmpty ? nil : row.fields[2], isDirected: directed == "true",
                cameo: row.fields[6].isEmpty ? nil : row.fields[6], description: row.fields[7])
        }
        var ontology = Ontology(schema: schema, entries: [])
        ontology.directory = directory
        let gazetteerDirectory = directory.appendingPathComponent("gazetteers")
        let files: [String]
        do {
            files = try FileManager.default.contentsOfDirectory(atPath: gazetteerDirectory.path)
                .filter { $0.hasSuffix(".tsv") }.sorted(by: Self.gazetteerOrder)
        } catch {
            throw .unreadable(path: gazetteerDirectory.path, reason: "not a readable folder")
        }
        for file in files {
            try ontology.addGazetteer(at: gazetteerDirectory.appendingPathComponent(file))
        }
        // The supplementary lists, after the curated files, so that a curated entry always wins: see
        // ``supplementaryGazetteerFolders``.
        for folder in supplementaryGazetteerFolders {
            let subdirectory = gazetteerDirectory.appendingPathComponent(folder)
            let subfiles = (try? FileManager.default.contentsOfDirectory(atPath: subdirectory.path)) ?? []
            for file in subfiles.filter({ $0.hasSuffix(".tsv") }).sorted() {
                try ontology.addGazetteer(at: subdirectory.appendingPathComponent(file))
            }
        }
        ontology.patterns = try PatternLexicon.load(from: directory)
        ontology.interactions = try InteractionLexicon.load(from: directory)
        return ontology
    }

    /// The folders inside `gazetteers/` whose lists are read after the curated files, in this order: names curated
    /// since the shipped name tagger was trained, the administrative divisions of the CIA World Factbook
    /// (`scripts/factbook_regions.py`), then the names harvested from NER training corpora
    /// (`scripts/harvest_corpus_names.py`). The name tagger's lexicon is trained on the files directly inside
    /// `gazetteers/` only; it marks the additions and the divisions when tagging (``loadTagger()``), never the corpus names.
    static let supplementaryGazetteerFolders = [additionsFolder, divisionsFolder, "corpus"]
    /// The folder inside `gazetteers/` of names curated since the tagger was trained: they need no retraining, and
    /// move into the curated files at the next one.
    static let additionsFolder = "additions"
    /// The folder inside `gazetteers/` of the Factbook's administrative divisions.
    static let divisionsFolder = "divisions"

    /// Countries first, then places, organizations and people, so a name defined twice resolves to the broader entry.
    static func gazetteerOrder(_ a: String, _ b: String) -> Bool {
        let order = ["countries.tsv", "regions.tsv", "cities.tsv", "organizations.tsv", "people.tsv"]
        let ia = order.firstIndex(of: a) ?? order.count, ib = order.firstIndex(of: b) ?? order.count
        return ia != ib ? ia < ib : a < b
    }

    /// Reads one gazetteer file (7 tab-separated columns) and adds its entries.
    ///
    /// - Throws: ``OntologyError/malformed(path:line:message:)`` for a bad line, such as an unknown class.
    public mutating func addGazetteer(at url: URL) throws(OntologyError) {
        let file = try TSVFile.read(url, columns: 7)
        let name = url.lastPathComponent
        entries.reserveCapacity(entries.count + file.rows.count)
        index.reserveCapacity(entries.count + file.rows.count)
        for row in file.rows {
            let fields = row.fields
            let rawID = fields[0]
            let id = NodeID(rawValue: rawID)
            guard fields.bytes(0).contains(UInt8(ascii: "/")), !id.key.isEmpty else {
                throw .malformed(path: file.path, line: row.line, message: "id \"\(rawID)\" must look like kind/key")
            }
            let type = fields[1]
            guard schema.classes.isEmpty || schema.classes.index(forKey: type) != nil else {
                let known = schema.classes.keys.sorted().joined(separator: ", ")
                throw .malformed(path: file.path, line: row.line, message: "unknown type \"\(type)\"; expected one of: \(known)")
            }
            guard !fields.isEmpty(2) else { throw .malformed(path: file.path, line: row.line, message: "empty label") }
            let pairs = fields.bytes(6).split(separator: UInt8(ascii: ";"))
            var attributes = [String: String](minimumCapacity: pairs.count)
            for pair in pairs {
                guard let equals = pair.firstIndex(of: UInt8(ascii: "=")), equals != pair.startIndex else {
                    throw .malformed(path: file.path, line: row.line,
                                     message: "attribute \"\(String(decoding: pair, as: UTF8.self))\" is not key=value")
                }
                attributes[String(decoding: pair[..<equals], as: UTF8.self)] = String(decoding: pair[(equals + 1)...], as: UTF8.self)
            }
            let partOf = fields.bytes(5)
            add(GazetteerEntry(
                id: id, type: type, label: fields[2],
                aliases: fields.list(3, separator: UInt8(ascii: "|")), demonyms: fields.list(4, separator: UInt8(ascii: "|")),
                partOf: partOf.isEmpty || partOf.elementsEqual([UInt8(ascii: "-")]) ? nil : NodeID(rawValue: fields[5]),
                attributes: attributes, source: "\(name):\(row.line)"))
        }
    }
}
