import Foundation
import NewsGraph

/// `newsgraph build`: reads articles, builds the graph, writes it.
enum BuildCommand {
    static let usage = """
        USAGE: newsgraph build [INPUT ...] [-o FILE] [--format dot|jsonld|graphml] [--output-dir DIR]

        Reads news articles and writes their knowledge graph.

        ARGUMENTS:
          INPUT                 A text (.txt, .md) or HTML (.html, .htm) file, a JSON Lines corpus (.jsonl,
                                one {"id": …, "text": …} per line), a folder (searched recursively for those),
                                or - for standard input.

        OPTIONS:
          -o, --output FILE     Write the graph to FILE (default: standard output; - also means standard output).
          -f, --format FORMAT   dot, jsonld or graphml (default: from the extension of FILE, else dot).
          --output-dir DIR      Write graph.dot, graph.jsonld and graph.graphml into DIR at once.
          --ontology DIR        Use the ontology in DIR (default: $NEWSGRAPH_ONTOLOGY, else the bundled one).
          --gazetteer FILE      Also load FILE, a gazetteer in the ontology's 7-column format (repeatable).
          --co-mentions MODE    "mentioned with" edges between entities of one sentence: unlinked (default:
                                only pairs that no typed relation links and that share two sentences), all, none.
          --no-co-mentions      The same as --co-mentions none.
          --tagger on|off       Use the statistical name tagger with the rules (default on).
          --max-evidence N      Keep at most N pieces of evidence per node and edge (default 20; 0 = all).
          -q, --quiet           No progress line.
          -h, --help            Show this help.

        Output files are written to a temporary file and renamed, so a failed run leaves no partial file.

        """

    struct Options {
        var inputs: [String] = []
        var output: String?
        var format: ExportFormat?
        var outputDirectory: String?
        var ontology: String?
        var gazetteers: [String] = []
        var coMentions = CoMentionMode.unlinked
        var quiet = false
        var help = false
        var maxEvidence = KnowledgeGraph.Limits.default.evidencePerItem
        var tagger = true
    }

    static func parse(_ arguments: [String]) throws(CLIError) -> Options {
        var scanner = ArgumentScanner(arguments)
        var options = Options()
        while let option = scanner.nextOption() {
            switch option {
            case "-o", "--output": options.output = try scanner.value(for: option)
            case "-f", "--format":
                let name = try scanner.value(for: option)
                do { options.format = try ExportFormat.named(name) } catch { throw .usage("error: \(error)") }
            case "--output-dir": options.outputDirectory = try scanner.value(for: option)
            case "--ontology": options.ontology = try scanner.value(for: option)
            case "--gazetteer": options.gazetteers.append(try scanner.value(for: option))
            case "--co-mentions":
                let value = try scanner.value(for: option)
                guard let mode = CoMentionMode(rawValue: value) else {
                    throw .usage("error: unknown co-mention mode \"\(value)\"; expected one of: all, unlinked, none")
                }
                options.coMentions = mode
            case "--no-co-mentions": options.coMentions = .none
            case "--max-evidence":
                let value = try scanner.value(for: option)
                guard let number = Int(value), number >= 0 else {
                    throw .usage("error: --max-evidence needs a whole number, not \"\(value)\"")
                }
                options.maxEvidence = number == 0 ? Int.max : number
            case "--tagger": options.tagger = try parseSwitch(scanner.value(for: option), option: option)
            case "-q", "--quiet": options.quiet = true
            case "-h", "--help": options.help = true
            default: throw .usage("error: unknown option \(option) for build")
            }
        }
        options.inputs = scanner.operands
        return options
    }

    static func run(_ arguments: [String], terminal: Terminal) throws(CLIError) -> Int32 {
        let options = try parse(arguments)
        if options.help {
            terminal.writeOutput(usage)
            return 0
        }
        guard !options.inputs.isEmpty else {
            throw .usage("error: no input; give files, folders, or - for standard input")
        }
        if options.outputDirectory != nil, options.output != nil {
            throw .usage("error: use either -o or --output-dir, not both")
        }
        let format = try outputFormat(options)
        let items = try InputCollector.items(for: options.inputs)
        let ontology = try loadOntology(directory: options.ontology, gazetteers: options.gazetteers)

        var builderOptions = NewsGraphBuilder.Options.default
        builderOptions.coMentions = options.coMentions
        builderOptions.limits.evidencePerItem = options.maxEvidence
        let tagger = options.tagger ? try loadTagger(ontology) : nil
        var builder = NewsGraphBuilder(ontology: ontology, tagger: tagger, options: builderOptions)
        var progress = Progress(terminal: options.quiet ? Terminal(readInput: terminal.readInput, writeOutput: terminal.writeOutput, writeError: terminal.writeError, errorIsTerminal: false) : terminal)
        var bytes = 0
        try InputCollector.forEachDocument(in: items, terminal: terminal) { (document) throws(CLIError) in
            do {
                try builder.add(data: document.data, id: document.id, format: document.format)
            } catch {
                throw .failure("error: \(error)")
            }
            bytes += document.data.count
            progress.update(documents: builder.documentCount, bytes: bytes)
        }
        progress.finish()
        let graph = builder.finish()
        try write(graph, format: format, options: options, terminal: terminal)
        return 0
    }

    /// The format for `-o`: the option, else the file's extension, else DOT.
    static func outputFormat(_ options: Options) throws(CLIError) -> ExportFormat {
        if let format = options.format { return format }
        guard let output = options.output, output != "-" else { return .dot }
        let ext = URL(fileURLWithPath: output).pathExtension
        guard let format = ExportFormat(fileExtension: ext) else {
            throw .usage("error: cannot tell the format from \"\(output)\"; use --format dot, jsonld or graphml")
        }
        return format
    }

    /// "on" or "off".
    static func parseSwitch(_ value: String, option: String) throws(CLIError) -> Bool {
        switch value {
        case "on", "yes", "true": return true
        case "off", "no", "false": return false
        default: throw .usage("error: \(option) takes on or off, not \"\(value)\"")
        }
    }

    static func loadTagger(_ ontology: Ontology) throws(CLIError) -> NameTagger {
        do { return try ontology.loadTagger() } catch { throw .failure(error.description) }
    }

    static func loadOntology(directory: String?, gazetteers: [String]) throws(CLIError) -> Ontology {
        do {
            var ontology = try Ontology.loadDefault(directory: directory.map { URL(fileURLWithPath: $0) })
            for path in gazetteers { try ontology.addGazetteer(at: URL(fileURLWithPath: path)) }
            return ontology
        } catch {
            throw .failure(error.description)
        }
    }

    private static func write(_ graph: KnowledgeGraph, format: ExportFormat, options: Options, terminal: Terminal) throws(CLIError) {
        do {
            if let directory = options.outputDirectory {
                let base = URL(fileURLWithPath: directory)
                var isDirectory: ObjCBool = false
                if !FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) {
                    do { try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true) } catch {
                        throw CLIError.failure("error: cannot create folder \(directory)")
                    }
                } else if !isDirectory.boolValue {
                    throw CLIError.failure("error: \(directory) is not a folder")
                }
                let sorted = SortedGraph(graph)  // once for the three formats
                try ExportWriter.write(ExportFormat.allCases.map { format in
                    (base.appendingPathComponent("graph.\(format.fileExtension)"), Data(sorted.exportedUTF8(as: format)))
                })
            } else if let output = options.output, output != "-" {
                try ExportWriter.write([(URL(fileURLWithPath: output), Data(graph.exportedUTF8(as: format)))])
            } else {
                terminal.writeOutput(graph.exported(as: format))
            }
        } catch let error as CLIError {
            throw error
        } catch {
            throw .failure("error: \(error)")
        }
    }
}
