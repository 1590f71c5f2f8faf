// Measures `build` end to end (text → graph → DOT, JSON-LD and GraphML) on a corpus of a few megabytes
// made by repeating the sample articles, with the name tagger on (the default pipeline) and off (rules
// alone). Run in release:
//
//     swift run -c release newsgraph-benchmark [--megabytes 8] [--corpus Examples/articles ... | --gmb FILE] [--tagger on|off|both] [--stages]
//
// `--corpus` may be given several times: the articles of all the folders are repeated in turn. The default,
// the four sample articles, repeats about 11 kB of text, which keeps caches and branch predictors warmer than
// new text would; `--corpus Examples/articles --corpus Tests/Fixtures/articles` (ten articles) is closer to
// a stream of different stories. `--gmb ../shared/data/gmb-entity-annotated-corpus/ner_dataset.csv.gz` reads
// news of many stories instead: the 48,000 sentences of the GMB corpus (Voice of America and other news,
// 6 MB), rejoined into text and cut into documents of 20 sentences; it is the figure for news in general.
//
// With `--stages`, it also times each pipeline stage alone over the same corpus (the inputs of a stage are
// computed beforehand), to show where the time goes.
import Foundation
import NewsGraph
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct Benchmark {
    var megabytes = 8.0
    var taggerModes = [true, false]
    var stages = false
    var corpora = [URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Examples/articles")]
    /// The GMB corpus file to take documents from instead of the corpus folders.
    var gmb: URL?

    init(arguments: [String]) {
        var index = 0
        var corpusGiven = false
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--megabytes", index + 1 < arguments.count, let value = Double(arguments[index + 1]) {
                megabytes = value
                index += 1
            } else if argument == "--tagger", index + 1 < arguments.count, ["on", "off", "both"].contains(arguments[index + 1]) {
                taggerModes = arguments[index + 1] == "both" ? [true, false] : [arguments[index + 1] == "on"]
                index += 1
            } else if argument == "--stages" {
                stages = true
            } else if argument == "--gmb", index + 1 < arguments.count {
                gmb = URL(fileURLWithPath: arguments[index + 1])
                index += 1
            } else if argument == "--corpus", index + 1 < arguments.count {
                if !corpusGiven { corpora = [] }
                corpusGiven = true
                corpora.append(URL(fileURLWithPath: arguments[index + 1]))
                index += 1
            } else {
                FileHandle.standardError.write(Data("usage: newsgraph-benchmark [--megabytes N] [--corpus DIR ... | --gmb FILE] [--tagger on|off|both] [--stages]\n".utf8))
                exit(64)
            }
            index += 1
        }
    }

    /// The `.txt` and `.html` articles of the corpus folders, in name order per folder; with `--gmb`, the
    /// documents made of the GMB corpus's sentences.
    func samples() throws -> [(name: String, data: Data)] {
        if let gmb { return try gmbDocuments(gmb) }
        return try corpora.flatMap { corpus in
            let names = try FileManager.default.contentsOfDirectory(atPath: corpus.path)
                .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".html") }.sorted()
            return try names.map { ($0, try Data(contentsOf: corpus.appendingPathComponent($0))) }
        }
    }

    /// The sentences of the GMB corpus file `url`, in order, as text (tokens rejoined, no space before
    /// closing punctuation or after an opening bracket), 20 sentences to a document.
    func gmbDocuments(_ url: URL) throws -> [(name: String, data: Data)] {
        let closing: Set<String> = [".", ",", ";", ":", "?", "!", "%", ")", "'s", "n't"]
        let sentences = try GMBReader.read(contentsOf: url).map { sentence in
            var text = ""
            for token in sentence.tokens {
                if !text.isEmpty, !closing.contains(token), !text.hasSuffix("(") { text += " " }
                text += token
            }
            return text
        }
        return stride(from: 0, to: sentences.count, by: 20).map { start in
            let text = sentences[start..<min(start + 20, sentences.count)].joined(separator: " ") + "\n"
            return ("gmb-\(start / 20).txt", Data(text.utf8))
        }
    }

    func run() throws {
        let samples = try samples()
        guard !samples.isEmpty else { throw CocoaError(.fileNoSuchFile) }
        let target = Int(megabytes * 1_000_000)
        var documents: [(String, Data)] = []
        var total = 0
        var round = 0
        while total < target {
            for sample in samples where total < target {
                documents.append(("\(round)/\(sample.name)", sample.data))
                total += sample.data.count
            }
            round += 1
        }
        let setupStart = Date()
        let ontology = try Ontology.loadDefault()
        let ontologySeconds = Date().timeIntervalSince(setupStart)
        let inputMB = Double(total) / 1_000_000
        print("corpus:        \(documents.count) documents, \(String(format: "%.2f", inputMB)) MB (from \(samples.count) \(gmb == nil ? "sample articles" : "GMB documents"))")
        print("ontology:      \(String(format: "%.3f", ontologySeconds)) s to load (not counted below)")
        for useTagger in taggerModes {
            let taggerStart = Date()
            let tagger = useTagger ? try ontology.loadTagger() : nil
            var builder = NewsGraphBuilder(ontology: ontology, tagger: tagger)
            let setup = Date().timeIntervalSince(taggerStart)

            let start = Date()
            let cpuStart = cpuSeconds()
            for (id, data) in documents { try builder.add(data: data, id: id) }
            let graph = builder.finish()
            let built = Date()
            var exportedBytes = 0
            let sorted = SortedGraph(graph)  // once for the three formats, as `newsgraph build --output-dir` does
            for format in ExportFormat.allCases { exportedBytes += sorted.exportedUTF8(as: format).count }
            let end = Date()
            let cpu = cpuSeconds() - cpuStart
            let seconds = end.timeIntervalSince(start)
            print("")
            print("build --tagger \(useTagger ? "on" : "off")")
            print("  setup:       \(String(format: "%.3f", setup)) s (matchers\(useTagger ? ", tagger model and lexicon" : ""); not counted)")
            print("  extract:     \(String(format: "%.3f", built.timeIntervalSince(start))) s")
            print("  export:      \(String(format: "%.3f", end.timeIntervalSince(built))) s (\(exportedBytes / 1000) kB in 3 formats)")
            print("  graph:       \(graph.nodeCount) nodes, \(graph.edgeCount) edges")
            print("  throughput:  \(String(format: "%.2f", inputMB / seconds)) MB/s (input text to all three exports, one core)")
            print("  cpu time:    \(String(format: "%.3f", cpu)) s = \(String(format: "%.2f", inputMB / cpu)) MB/s of CPU (the figure to compare on a busy machine)")
        }
        if stages { try timeStages(documents, ontology: ontology, megabytes: inputMB) }
        print("")
        print("peak memory:   \(peakMemoryMB()) MB (maximum resident set size of the whole run)")
    }

    /// Times each stage alone over the corpus and prints seconds and MB/s per stage.
    func timeStages(_ documents: [(String, Data)], ontology: Ontology, megabytes: Double) throws {
        func time<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
            let start = Date()
            let cpuStart = cpuSeconds()
            let result = try body()
            let seconds = Date().timeIntervalSince(start)
            let cpu = cpuSeconds() - cpuStart
            let padded = (name + ":").padding(toLength: 22, withPad: " ", startingAt: 0)
            print("  \(padded) \(String(format: "%.3f", seconds)) s  \(String(format: "%7.2f", megabytes / seconds)) MB/s"
                  + "   (CPU \(String(format: "%.3f", cpu)) s, \(String(format: "%7.2f", megabytes / cpu)) MB/s)")
            return result
        }
        print("")
        print("stages (each alone over the whole corpus)")
        let preprocessor = TextPreprocessor()
        let articles = try time("preprocess") { try documents.map { try preprocessor.process($0.1, id: $0.0) } }
        let hashes = time("token hashes") { articles.map { TokenHashes(article: $0) } }
        let gazetteer = GazetteerMatcher(ontology: ontology)
        let patterns = PatternMatcher(lexicon: ontology.patterns, schema: ontology.schema)
        let found = time("gazetteer") { zip(articles, hashes).map { gazetteer.findMentions(in: $0, hashes: $1, previous: []) } }
        let patterned = time("patterns") {
            articles.indices.map { found[$0] + patterns.findMentions(in: articles[$0], hashes: hashes[$0], previous: found[$0]) }
        }
        let stage = TaggerStage(tagger: try ontology.loadTagger(), lexicon: ontology.patterns)
        // One tagging session over the whole corpus, as `build` has one per batch of articles.
        var session = stage.tagger.makeSession()
        _ = time("tagger alone") {
            articles.map { session.tag(utf8: $0.cleanText, tokens: $0.tokens.map(\.range), sentences: $0.sentences.map(\.tokens)) }
        }
        session = stage.tagger.makeSession()
        let combined = time("tagger + combination") {
            articles.indices.map { stage.combine(patterned[$0], in: articles[$0], hashes: hashes[$0], session: &session) }
        }
        let filter = SpanFilter()
        let filtered = time("span filter") { combined.map { filter.filter($0) } }
        let resolver = MentionResolver(ontology: ontology)
        let mentions = time("resolver") { articles.indices.map { resolver.resolve(filtered[$0], in: articles[$0], hashes: hashes[$0]) } }
        let relationExtractor = RelationExtractor(ontology: ontology)
        let relations = time("relations") {
            articles.indices.map { relationExtractor.extract(from: articles[$0], hashes: hashes[$0], mentions: mentions[$0]) }
        }
        let incidentExtractor = IncidentExtractor(ontology: ontology)
        let incidents = time("incidents") {
            articles.indices.map { incidentExtractor.extract(from: articles[$0], hashes: hashes[$0], mentions: mentions[$0]) }
        }
        let assembler = GraphAssembler(ontology: ontology)
        var graph = KnowledgeGraph(schema: ontology.schema)
        time("assembly") {
            for index in articles.indices {
                assembler.add(articles[index], mentions: mentions[index], to: &graph)
                assembler.add(articles[index], relations: relations[index], to: &graph)
                assembler.add(articles[index], incidents: incidents[index], to: &graph)
            }
        }
    }

    /// CPU time of this thread so far: unlike the wall clock, it does not count time other processes take.
    func cpuSeconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    func peakMemoryMB() -> Int {
        var usage = rusage()
        #if canImport(Darwin)
        getrusage(RUSAGE_SELF, &usage)
        return Int(usage.ru_maxrss) / 1_048_576
        #else
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Int(usage.ru_maxrss) / 1024
        #endif
    }
}

do {
    try Benchmark(arguments: Array(CommandLine.arguments.dropFirst())).run()
} catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(1)
}
