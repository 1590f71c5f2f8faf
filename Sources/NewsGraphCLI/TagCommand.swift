import Foundation
import NewsGraph

/// `newsgraph tag --conll FILE`: runs the entity pipeline on CoNLL-2003 documents and prints each token line
/// with the predicted IOB2 tag appended (`PER`, `LOC`, `ORG`, `MISC`), ready for conlleval.
enum TagCommand {
    static let usage = """
        USAGE: newsgraph tag --conll FILE [--evaluate] [--tagger on|off|alone] [--ontology DIR] [--gazetteer FILE]

        Reads CoNLL-2003 data (token in the first column, -DOCSTART- between documents, blank lines between
        sentences), runs the entity pipeline on each document as one text, and prints every input line with
        the predicted tag (IOB2) as a new last column. Blank lines are kept. FILE may be - for standard input.

        OPTIONS:
          --conll FILE       The CoNLL file to tag.
          --evaluate         Also print precision, recall and F1 per type on standard error, taking the gold
                             tag from the input's last column.
          --tagger on|off|alone
                             Combine the statistical name tagger with the rules (default on); off for rules
                             alone; alone for the tagger's own tags, without rules or gazetteers' names.
          --ontology DIR     Use the ontology in DIR.
          --gazetteer FILE   Also load FILE (repeatable).
          -h, --help         Show this help.

        """

    static func run(_ arguments: [String], terminal: Terminal) throws(CLIError) -> Int32 {
        var scanner = ArgumentScanner(arguments)
        var path: String?
        var evaluate = false
        var ontologyDirectory: String?
        var gazetteers: [String] = []
        var mode = Mode.combined
        while let option = scanner.nextOption() {
            switch option {
            case "--conll": path = try scanner.value(for: option)
            case "--evaluate": evaluate = true
            case "--tagger": mode = try Mode(scanner.value(for: option), option: option)
            case "--ontology": ontologyDirectory = try scanner.value(for: option)
            case "--gazetteer": gazetteers.append(try scanner.value(for: option))
            case "-h", "--help":
                terminal.writeOutput(usage)
                return 0
            default: throw .usage("error: unknown option \(option) for tag")
            }
        }
        guard let path else { throw .usage("error: tag needs --conll FILE") }
        guard scanner.operands.isEmpty else { throw .usage("error: unexpected argument \(scanner.operands[0])") }
        let data: Data
        if path == "-" {
            data = terminal.readInput()
        } else {
            guard FileManager.default.fileExists(atPath: path) else { throw .failure("error: \(path): no such file") }
            do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
                throw .failure("error: \(path): cannot read")
            }
        }
        guard let text = String(data: data, encoding: .utf8) else { throw .failure("error: \(path): not valid UTF-8") }
        let ontology = try BuildCommand.loadOntology(directory: ontologyDirectory, gazetteers: gazetteers)
        let tagger = mode == .rules ? nil : try BuildCommand.loadTagger(ontology)
        let builder = NewsGraphBuilder(ontology: ontology, tagger: mode == .combined ? tagger : nil)
        let documents = CoNLLDocument.parse(text)
        let namedTypes = NamedTypes(ontology: ontology)
        var output = ""
        output.reserveCapacity(text.utf8.count + text.utf8.count / 4)
        var scores = EntityScores()
        for document in documents {
            let predicted = if mode == .taggerAlone, let tagger {
                document.predictedTags(using: tagger)
            } else {
                document.predictedTags(using: builder, namedTypes: namedTypes)
            }
            var tokenIndex = 0
            for line in document.lines {
                if let _ = line.token {
                    let tag = predicted[tokenIndex]
                    output += line.text + " " + tag + "\n"
                    tokenIndex += 1
                } else {
                    output += line.text + "\n"
                }
            }
            if evaluate { scores.add(gold: document.goldTags, predicted: predicted, sentences: document.sentenceBreaks) }
        }
        terminal.writeOutput(output)
        if evaluate { terminal.writeError(scores.report()) }
        return 0
    }

    /// What tags the tokens: `--tagger on`, `off` or `alone`.
    enum Mode {
        case combined, rules, taggerAlone

        init(_ value: String, option: String) throws(CLIError) {
            if value == "alone" {
                self = .taggerAlone
            } else {
                self = try BuildCommand.parseSwitch(value, option: option) ? .combined : .rules
            }
        }
    }
}
