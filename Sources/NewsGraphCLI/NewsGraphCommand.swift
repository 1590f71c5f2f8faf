import Foundation
import NewsGraph

/// The `newsgraph` command line: parses arguments, runs a subcommand, returns the exit code.
///
/// `main.swift` only calls ``main(arguments:terminal:)``, so the whole command line runs in-process in tests.
public enum NewsGraphCommand {
    /// The version `--version` prints.
    public static let version = "0.1.0"

    static let usage = """
        USAGE: newsgraph <command> [options]

        Turns news articles into a knowledge graph of countries, people, organizations, places and
        incidents, and exports it as Graphviz DOT, JSON-LD or GraphML.

        COMMANDS:
          build          Build a graph from articles and write it in one or all formats.
          tag            Tag a CoNLL-2003 file with the entity pipeline (for evaluation).
          train-tagger   Train the statistical name tagger and write its model file.

        OPTIONS:
          -h, --help     Show this help.
          --version      Show the version.

        Run 'newsgraph <command> --help' for the options of a command.

        """

    /// Runs the command line with `arguments` (without the program name) and returns the exit code.
    public static func main(arguments: [String], terminal: Terminal = .standard) -> Int32 {
        guard let command = arguments.first else {
            terminal.writeError(usage)
            return 64
        }
        let rest = Array(arguments.dropFirst())
        do {
            switch command {
            case "-h", "--help", "help":
                terminal.writeOutput(usage)
                return 0
            case "--version":
                terminal.writeOutput("newsgraph \(version)\n")
                return 0
            case "build":
                return try BuildCommand.run(rest, terminal: terminal)
            case "tag":
                return try TagCommand.run(rest, terminal: terminal)
            case "train-tagger":
                return try TrainTaggerCommand.run(rest, terminal: terminal)
            default:
                throw CLIError.usage("error: unknown command \"\(command)\"; expected one of: build, tag, train-tagger")
            }
        } catch let error as CLIError {
            terminal.writeError(error.description + "\n")
            if case .usage = error {
                terminal.writeError("Run 'newsgraph --help' for usage.\n")
            }
            return error.exitCode
        } catch {
            terminal.writeError("error: \(error)\n")
            return 1
        }
    }
}
