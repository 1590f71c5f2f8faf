import Foundation

/// Builds one knowledge graph from many news texts. The main entry point of the library.
///
/// ```swift
/// import NewsGraph
///
/// let ontology = try Ontology.loadDefault()
/// var builder = NewsGraphBuilder(ontology: ontology)
/// builder.add(text: "BAKU, Azerbaijan (AP) — Azerbaijan summoned Russia's envoy.", id: "story-1")
/// let dot = builder.graph.exported(as: .dot)
/// ```
public struct NewsGraphBuilder: Sendable {
    /// What the builder puts into the graph.
    public struct Options: Sendable {
        /// Which `mentionedWith` edges (entities named in one sentence) to keep; see ``CoMentionMode``.
        public var coMentions: CoMentionMode = .unlinked
        /// Bounds on evidence kept per node and edge.
        public var limits: KnowledgeGraph.Limits = .default
        /// How many articles run through the stages together (see ``NewsGraphBuilder/batchBytes``, which
        /// usually ends a batch first); 1 runs each as it is added. The graph is the same for any size.
        public var batchSize = 1024
        /// The default options.
        public static let `default` = Options()
    }

    /// The schema, gazetteers and cue words in use.
    public let ontology: Ontology
    /// What the builder puts into the graph.
    public let options: Options
    private let preprocessor = TextPreprocessor()
    private let recognizer: EntityRecognizer
    private let relations: RelationExtractor
    private let incidents: IncidentExtractor
    private let assembler: GraphAssembler
    private var partial: KnowledgeGraph
    /// The tagger's session, kept from batch to batch so that it remembers the words of earlier articles.
    private var taggingSession: NameTagger.Session?
    /// Articles added but not yet run through the stages (see ``batchBytes``).
    private var pending: [Article] = []
    private var pendingBytes = 0
    /// Number of documents added.
    public private(set) var documentCount = 0

    /// A builder over `ontology`; with a `tagger` (see ``Ontology/loadTagger()``), names no rule finds are
    /// found too.
    public init(ontology: Ontology, tagger: NameTagger? = nil, options: Options = .default) {
        self.ontology = ontology
        self.options = options
        self.recognizer = EntityRecognizer(
            finders: [GazetteerMatcher(ontology: ontology), PatternMatcher(lexicon: ontology.patterns, schema: ontology.schema),
                      OwnedBodyFinder()],
            tagger: tagger.map { TaggerStage(tagger: $0, lexicon: ontology.patterns) },
            resolver: MentionResolver(ontology: ontology), qualifier: GenericNameQualifier(ontology: ontology),
            commonWords: CommonWordFilter(ontology: ontology))
        self.relations = RelationExtractor(ontology: ontology)
        self.incidents = IncidentExtractor(ontology: ontology)
        var assemblerOptions = GraphAssembler.Options.default
        assemblerOptions.coMentions = options.coMentions != .none
        self.assembler = GraphAssembler(ontology: ontology, options: assemblerOptions)
        self.partial = KnowledgeGraph(schema: ontology.schema, limits: options.limits)
    }

    /// Adds a text that is already a string.
    public mutating func add(text: String, id: String, format: TextFormat? = nil) {
        add(preprocessor.process(text, id: id, format: format))
    }

    /// Adds raw bytes; they must be UTF-8 text (plain or HTML).
    ///
    /// - Throws: ``TextError`` for binary or non-UTF-8 input.
    ///
    /// A long plain text (over a megabyte) is read in parts cut at line or sentence ends, so memory and
    /// time stay linear; evidence offsets still count from the start of the document, but a surname is then
    /// only tied to a full name within the same part.
    public mutating func add(data: Data, id: String, format: TextFormat? = nil) throws(TextError) {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let detected = format ?? TextFormat.sniff(bytes)
        guard detected == .plain, bytes.count > TextPreprocessor.segmentLimit else {
            add(try preprocessor.process(data, id: id, format: format))
            return
        }
        try TextPreprocessor.validate(bytes, source: id)
        var metadata: DocumentMetadata?
        for segment in TextPreprocessor.segments(of: String(decoding: bytes, as: UTF8.self), limit: TextPreprocessor.segmentLimit) {
            var article = preprocessor.process(segment.text, id: id, format: .plain)
            article.characterOffsetBase = segment.characterOffset
            if let first = metadata { article.metadata = first } else { metadata = article.metadata }
            addPart(article)
        }
        documentCount += 1
    }

    /// Adds an already processed article.
    public mutating func add(_ article: Article) {
        addPart(article)
        documentCount += 1
    }

    /// Queues a preprocessed article; a full batch goes through the stages.
    private mutating func addPart(_ article: Article) {
        pending.append(article)
        pendingBytes += article.cleanText.count
        if pending.count >= options.batchSize || pendingBytes >= Self.batchBytes { processPending() }
    }

    /// How many bytes of text may wait before the stages run over them, whatever ``Options/batchSize`` says.
    ///
    /// Articles run through the stages in batches, stage after stage (every article's entities, then every
    /// article's relations, …) rather than article after article, so that each stage's tables (gazetteer
    /// tries, the tagger's weights, cue words) stay in the processor's caches while it works: on the
    /// benchmark this makes `build` a fifth faster with rules alone and a third faster with the tagger
    /// (batches of 1,024 articles or 1 MB are 5–7% faster again than batches of 64).
    /// The graph is the same either way, since stages read one article at a time and the graph is
    /// assembled in the order the articles came.
    public static let batchBytes = 1 << 20

    /// Runs the stages over the queued articles and assembles them into the graph, in order.
    private mutating func processPending() {
        guard !pending.isEmpty else { return }
        let hashes = pending.map { TokenHashes(article: $0) }
        let mentions = recognizer.recognize(pending, hashes: hashes, session: &taggingSession)
        let relationFacts = pending.indices.map { relations.extract(from: pending[$0], hashes: hashes[$0], mentions: mentions[$0]) }
        let incidentFacts = pending.indices.map { incidents.extract(from: pending[$0], hashes: hashes[$0], mentions: mentions[$0]) }
        for index in pending.indices {
            assembler.add(pending[index], mentions: mentions[index], to: &partial)
            assembler.add(pending[index], relations: relationFacts[index], to: &partial)
            assembler.add(pending[index], incidents: incidentFacts[index], to: &partial)
        }
        pending.removeAll(keepingCapacity: true)
        pendingBytes = 0
    }

    /// The entity mentions the pipeline finds in a text, without adding it to the graph.
    public func mentions(in article: Article) -> [EntityMention] {
        recognizer.recognize(article)
    }

    /// The graph of everything added so far, with the relations the ontology knows between its nodes.
    ///
    /// The builder can go on taking articles; ``finish()`` gives the same graph without copying it.
    public var graph: KnowledgeGraph {
        let builder = self
        return builder.finish()
    }

    /// The graph of everything added, like ``graph``, from a builder that is used up by it: the graph is
    /// handed over rather than copied, which saves a copy of every node and edge on a large corpus.
    public consuming func finish() -> KnowledgeGraph {
        processPending()
        var graph = KnowledgeGraph(schema: partial.schema)
        swap(&graph, &partial)
        OntologyLinker(ontology: ontology).link(&graph)
        options.coMentions.apply(to: &graph)
        // "the Puno region" beside the city of Puno, "Preah Vihear province" beside the temple: the region is labelled
        // with its kind, the gazetteer's or the noun the document names it by ("Surin province").
        graph.relabelNodes(of: "Region", sharingLabelsWith: ["City", "Place", "Facility"]) { region in
            let named = region.mentions.lazy.compactMap { $0.rule.hasPrefix("pattern:place-noun:") ? $0.rule.split(separator: ":").last : nil }.first
            let kind = region.attributes["kind"] ?? named.map(String.init) ?? "region"
            return region.label + " " + (["state", "province", "region", "territory", "republic"].contains(kind) ? kind.capitalized : "Region")
        }
        graph.removeAliasesNamingOtherNodes()
        return graph
    }
}

extension KnowledgeGraph {
    /// The graph as the text of a file format.
    public func exported(as format: ExportFormat) -> String {
        format.exporter.export(self)
    }

    /// The graph as a file of a format, in UTF-8: what ``exported(as:)`` gives, without making it a `String`.
    public func exportedUTF8(as format: ExportFormat) -> [UInt8] {
        format.exporter.exportUTF8(self)
    }
}

extension SortedGraph {
    /// The graph as a file of a format, in UTF-8, like ``KnowledgeGraph/exportedUTF8(as:)`` but without sorting
    /// the graph again: sort it once to write several formats.
    public func exportedUTF8(as format: ExportFormat) -> [UInt8] {
        format.exporter.exportUTF8(self)
    }
}
