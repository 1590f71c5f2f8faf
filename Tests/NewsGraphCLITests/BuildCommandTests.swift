import Foundation
import Testing
import TestSupport
@testable import NewsGraphCLI

@Suite struct BuildCommandTests {
    let ontology = ["--ontology", Fixtures.ontologyDirectory.path]

    func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func writesDOTToStandardOutputByDefault() {
        let io = CapturingTerminal(input: "Azerbaijan summoned the Russian ambassador in Baku.")
        #expect(io.run(["build", "-"] + ontology) == 0)
        #expect(io.output.hasPrefix("digraph \"NewsGraph\" {"))
        #expect(io.output.contains("\"country/AZE\" [label=\"Azerbaijan\""))
        #expect(io.error.isEmpty)
    }

    @Test func takesTheFormatFromTheOutputExtension() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("a.txt")
        try "Kazakhstan and Russia.".write(to: input, atomically: true, encoding: .utf8)
        let output = directory.appendingPathComponent("g.graphml")
        let io = CapturingTerminal()
        #expect(io.run(["build", input.path, "-o", output.path] + ontology) == 0)
        #expect(try String(contentsOf: output, encoding: .utf8).contains("<graphml"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty)
    }

    @Test func writesAllFormatsToAnOutputDirectory() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let io = CapturingTerminal(input: "Turkey.")
        #expect(io.run(["build", "-", "--output-dir", directory.appendingPathComponent("out").path] + ontology) == 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("out").path).sorted()
        #expect(files == ["graph.dot", "graph.graphml", "graph.jsonld"])
    }

    @Test func emptyInputGivesAnEmptyValidGraph() {
        let io = CapturingTerminal(input: "")
        #expect(io.run(["build", "-", "--format", "jsonld"] + ontology) == 0)
        #expect(io.output.contains("\"@graph\": []"))
    }

    @Test func rejectsAnUnknownFormatAsUsageError() {
        let io = CapturingTerminal(input: "x")
        #expect(io.run(["build", "-", "--format", "gml"] + ontology) == 64)
        #expect(io.error.hasPrefix("error: unknown format \"gml\"; expected one of: dot, jsonld, graphml\n"))
        #expect(io.output.isEmpty)
    }

    @Test func reportsAMissingFileInOneLine() {
        let io = CapturingTerminal()
        #expect(io.run(["build", "/no/such/file.txt"] + ontology) == 1)
        #expect(io.error == "error: /no/such/file.txt: no such file or directory\n")
    }

    @Test func refusesBinaryInputWithoutWritingOutput() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let binary = directory.appendingPathComponent("image.txt")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]).write(to: binary)
        let output = directory.appendingPathComponent("out.dot")
        let io = CapturingTerminal()
        #expect(io.run(["build", binary.path, "-o", output.path] + ontology) == 1)
        #expect(io.error.split(separator: "\n").count == 1)
        #expect(io.error.contains("not valid UTF-8") || io.error.contains("binary"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func refusesAFolderWithoutTextFiles() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data([1, 2, 3]).write(to: directory.appendingPathComponent("x.bin"))
        let io = CapturingTerminal()
        #expect(io.run(["build", directory.path] + ontology) == 1)
        #expect(io.error.contains("no text files"))
    }

    @Test func reportsAMissingOntologyClearly() {
        let io = CapturingTerminal(input: "x")
        #expect(io.run(["build", "-", "--ontology", "/no/such/ontology"]) == 1)
        #expect(io.error.hasPrefix("/no/such/ontology/schema/classes.tsv: error: cannot read: no such file"))
    }

    @Test func requiresAnInput() {
        let io = CapturingTerminal()
        #expect(io.run(["build"] + ontology) == 64)
        #expect(io.error.contains("no input"))
    }

    @Test func readsJSONLinesCorpora() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let corpus = directory.appendingPathComponent("c.jsonl")
        try "{\"id\": \"one\", \"text\": \"Georgia and Armenia.\"}\n\n{\"id\": \"two\", \"text\": \"Armenia.\"}\n"
            .write(to: corpus, atomically: true, encoding: .utf8)
        let io = CapturingTerminal()
        #expect(io.run(["build", corpus.path, "--format", "graphml"] + ontology) == 0)
        #expect(io.output.contains("&quot;document&quot;:&quot;two&quot;"))
        try "{\"id\": 1}\n".write(to: corpus, atomically: true, encoding: .utf8)
        let bad = CapturingTerminal()
        #expect(bad.run(["build", corpus.path] + ontology) == 1)
        #expect(bad.error == "\(corpus.path):1: error: no \"text\" string field\n")
    }

    @Test func printsHelpAndVersion() {
        let help = CapturingTerminal()
        #expect(help.run(["build", "--help"]) == 0)
        #expect(help.output.hasPrefix("USAGE: newsgraph build [INPUT ...] [-o FILE] [--format dot|jsonld|graphml] [--output-dir DIR]"))
        let version = CapturingTerminal()
        #expect(version.run(["--version"]) == 0)
        #expect(version.output == "newsgraph \(NewsGraphCommand.version)\n")
        let none = CapturingTerminal()
        #expect(none.run([]) == 64)
        #expect(none.error.hasPrefix("USAGE: newsgraph <command>"))
    }
}
