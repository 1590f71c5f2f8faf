import Foundation
import Testing
import TestSupport
import NewsGraphCLI

/// `Exports/` must hold exactly what the code makes of `Examples/articles` (regenerate with `bash Exports/update.sh`).
@Suite struct ExportsAreCurrentTests {
    @Test(arguments: ["dot", "jsonld", "graphml"])
    func committedExportIsCurrent(format: String) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("exports-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let io = CapturingTerminal()
        let status = io.run(["build", Fixtures.sampleArticles.path, "--output-dir", directory.path, "--quiet",
                             "--ontology", Fixtures.ontologyDirectory.path])
        try #require(status == 0, "\(io.error)")
        let produced = try String(contentsOf: directory.appendingPathComponent("graph.\(format)"), encoding: .utf8)
        let committed = try Fixtures.text("Exports/sample-corpus.\(format)")
        #expect(produced == committed, "Exports/sample-corpus.\(format) is stale: run `bash Exports/update.sh` and review the diff")
    }

    @Test func buildIsByteIdenticalAcrossRuns() throws {
        var outputs: [String] = []
        for _ in 0..<2 {
            let io = CapturingTerminal()
            #expect(io.run(["build", Fixtures.sampleArticles.path, "--format", "jsonld",
                            "--ontology", Fixtures.ontologyDirectory.path]) == 0)
            outputs.append(io.output)
        }
        #expect(outputs[0] == outputs[1])
    }
}
