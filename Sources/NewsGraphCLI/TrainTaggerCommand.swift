import Foundation
import NewsGraph

/// `newsgraph train-tagger`: trains the statistical name tagger and writes its model file.
enum TrainTaggerCommand {
    static let usage = """
        USAGE: newsgraph train-tagger [--data DIR] [--train SOURCE ...] [--dev SOURCE ...] [-o FILE]
                                      [--epochs N] [--seed N] [--beam N] [--without GROUP ...] [--with clusters]
                                      [--clusters FILE] [--ontology DIR]

        Trains the averaged-perceptron name tagger and writes the model file. Progress and the dev-set
        precision, recall and F1 per type after each epoch go to standard error. The same data and settings
        give a byte-identical model.

        OPTIONS:
          --data DIR        Folder of the standard corpora (default ../shared/data): trains on CoNLL-2003
                            eng.train and the GMB corpus's training part, evaluates on eng.testa and GMB's
                            last 10% of sentences.
          --train SOURCE    A training file instead of the standard ones (repeatable): conll:PATH or gmb:PATH.
          --dev SOURCE      A dev file (repeatable): conll:PATH or gmb:PATH (the GMB dev part is used).
          -o, --output FILE Where to write the model (default ner-tagger.bin; the shipped model is
                            Ontology/models/ner-tagger.bin).
          --epochs N        Passes over the training data (default 12; the best dev epoch is kept).
          --seed N          Shuffling seed (default 2003).
          --beam N          Beam width of the decoder (default 4).
          --without GROUP   Leave a group of features out, for ablations (repeatable): affixes, shapes,
                            context, gazetteer, names, documentCase, predictionHistory, headline, tagHistory.
                            The model records it and tags with the same features.
          --with clusters   Add the word-cluster features (off unless asked for): each level's cluster of the
                            token and of its neighbours, from the --clusters file. The model records it and
                            reads the file of that name beside itself when loaded.
          --clusters FILE   Word clusters for --with clusters (default: the ontology's
                            models/word-clusters.tsv; see Ontology/scripts/build_word_clusters.py).
          --ontology DIR    The ontology whose gazetteers feed the tagger's lexicon (default: the bundled one).
          -h, --help        Show this help.

        """

    static func run(_ arguments: [String], terminal: Terminal) throws(CLIError) -> Int32 {
        var scanner = ArgumentScanner(arguments)
        var data = "../shared/data"
        var train: [TrainingSource] = []
        var dev: [TrainingSource] = []
        var output = "ner-tagger.bin"
        var epochs: Int?
        var seed: UInt64?
        var beam: Int?
        var ontologyDirectory: String?
        var disabled: Set<FeatureGroup> = []
        var enabled: Set<FeatureGroup> = []
        var clusterFile: String?
        while let option = scanner.nextOption() {
            switch option {
            case "--data": data = try scanner.value(for: option)
            case "--train": train.append(try source(scanner.value(for: option), part: .train))
            case "--dev": dev.append(try source(scanner.value(for: option), part: .dev))
            case "-o", "--output": output = try scanner.value(for: option)
            case "--epochs": epochs = try number(scanner.value(for: option), option: option)
            case "--seed": seed = UInt64(try number(scanner.value(for: option), option: option))
            case "--beam": beam = try number(scanner.value(for: option), option: option)
            case "--ontology": ontologyDirectory = try scanner.value(for: option)
            case "--without":
                let name = try scanner.value(for: option)
                guard let group = FeatureGroup(rawValue: name) else {
                    let groups = FeatureGroup.allCases.map(\.rawValue).joined(separator: ", ")
                    throw .usage("error: --without needs a feature group (\(groups)), not \"\(name)\"")
                }
                disabled.insert(group)
            case "--with":
                let name = try scanner.value(for: option)
                guard let group = FeatureGroup(rawValue: name), FeatureGroup.optIn.contains(group) else {
                    let groups = FeatureGroup.optIn.map(\.rawValue).sorted().joined(separator: ", ")
                    throw .usage("error: --with needs an opt-in feature group (\(groups)), not \"\(name)\"")
                }
                enabled.insert(group)
            case "--clusters": clusterFile = try scanner.value(for: option)
            case "-h", "--help":
                terminal.writeOutput(usage)
                return 0
            default: throw .usage("error: unknown option \(option) for train-tagger")
            }
        }
        guard scanner.operands.isEmpty else { throw .usage("error: unexpected argument \(scanner.operands[0])") }
        var options = TaggerTrainer.Options.standard(dataDirectory: data)
        if !train.isEmpty { options.trainFiles = train }
        if !dev.isEmpty { options.devFiles = dev }
        if let epochs { options.epochs = epochs }
        if let seed { options.seed = seed }
        if let beam { options.beamSize = beam }
        options.disabledFeatures = disabled
        options.enabledFeatures = enabled
        for source in options.trainFiles + options.devFiles where !FileManager.default.fileExists(atPath: source.path) {
            throw .failure("error: \(source.path): no such file (use --data DIR or --train/--dev)")
        }
        let ontology = try BuildCommand.loadOntology(directory: ontologyDirectory, gazetteers: [])
        guard let directory = ontology.directory else { throw .failure("error: the ontology has no folder") }
        do {
            var lexicon = try TaggerLexicon.load(gazetteerDirectory: directory.appendingPathComponent("gazetteers"),
                                                 nameListDirectory: directory.appendingPathComponent("gazetteers/names"))
            if enabled.contains(.clusters) {
                let file = clusterFile.map { URL(fileURLWithPath: $0) }
                    ?? directory.appendingPathComponent("models/" + WordClusters.defaultFileName)
                lexicon = lexicon.with(clusters: try WordClusters.load(contentsOf: file))
            }
            let (model, report) = try TaggerTrainer.train(options: options, lexicon: lexicon) { line in
                terminal.writeError(line.hasSuffix("\n") ? line : line + "\n")
            }
            try ExportWriter.write([(URL(fileURLWithPath: output), model)])
            terminal.writeError("wrote \(output) (\(model.count) bytes)\n\(report)\n")
        } catch let error as CLIError {
            throw error
        } catch {
            throw .failure("\(error)")
        }
        return 0
    }

    private static func source(_ text: String, part: TrainingSource.GMBPart) throws(CLIError) -> TrainingSource {
        if text.hasPrefix("conll:") { return .conll(path: String(text.dropFirst(6))) }
        if text.hasPrefix("gmb:") { return .gmb(path: String(text.dropFirst(4)), part: part) }
        throw .usage("error: training source \"\(text)\" must be conll:PATH or gmb:PATH")
    }

    private static func number(_ text: String, option: String) throws(CLIError) -> Int {
        guard let value = Int(text), value > 0 else { throw .usage("error: \(option) needs a positive whole number, not \"\(text)\"") }
        return value
    }
}
