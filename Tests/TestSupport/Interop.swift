import Foundation

/// Runs `Tests/Interop/check_exports.py`, the check of exports with their real consumers
/// (Graphviz `dot` and `sfdp`, networkx, rdflib, pyld).
public enum Interop {
    /// Whether the tools are installed here. When `NEWSGRAPH_REQUIRE_INTEROP=1` (as `.ci/run` sets it),
    /// missing tools are a failure rather than a skip.
    public static let isAvailable: Bool = {
        if ProcessInfo.processInfo.environment["NEWSGRAPH_REQUIRE_INTEROP"] == "1" { return true }
        let probe = run(["python3", "-c", "import networkx, rdflib, pyld, shutil, sys; sys.exit(0 if shutil.which('dot') and shutil.which('sfdp') else 1)"])
        return probe.status == 0
    }()

    /// The reason shown when interop tests are skipped.
    public static let skipReason: Comment = "skipped: Graphviz (dot, sfdp) or the Python packages networkx, rdflib, pyld are not installed; .ci/run installs them"

    /// Checks `files` (and, if given, that every name in `names` survives) and returns the checker's status and output.
    public static func check(_ files: [URL], names: [String] = []) throws -> (status: Int32, output: String) {
        var arguments = ["python3", Fixtures.root.appendingPathComponent("Tests/Interop/check_exports.py").path]
        if !names.isEmpty {
            let namesFile = FileManager.default.temporaryDirectory.appendingPathComponent("names-\(UUID().uuidString).json")
            try JSONSerialization.data(withJSONObject: names).write(to: namesFile)
            arguments += ["--names", namesFile.path]
        }
        return run(arguments + files.map(\.path))
    }

    /// Runs `Tests/Interop/check_triples.py` on a JSON-LD file with expected triples (`"S P O"`, compact IRIs).
    public static func checkTriples(_ file: URL, _ triples: [String]) -> (status: Int32, output: String) {
        run(["python3", Fixtures.root.appendingPathComponent("Tests/Interop/check_triples.py").path, file.path] + triples)
    }

    @discardableResult
    static func run(_ arguments: [String]) -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do { try process.run() } catch { return (127, "cannot run \(arguments[0]): \(error)") }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

import Testing
