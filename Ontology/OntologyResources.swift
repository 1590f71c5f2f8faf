import Foundation

/// Where the bundled ontology files live.
///
/// This does not use the generated `Bundle.module`, which stops the program when the resource bundle is
/// not beside the executable. It looks for the resource bundle beside the executable (an installed
/// binary copies it there), and then for the source folder this file was compiled from.
public enum OntologyResources {
    /// Names the resource bundle has on Linux and on macOS.
    static let bundleNames = ["NewsGraph_NewsGraphOntology.resources", "NewsGraph_NewsGraphOntology.bundle"]

    /// The folders, in order of preference, that may hold `schema/` and `gazetteers/`.
    public static var candidateDirectories: [URL] {
        var candidates: [URL] = []
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        var roots = [Bundle.main.bundleURL, executable.deletingLastPathComponent()]
        // Test bundles live in the same build folder as the resource bundle.
        roots += Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent() }
        for root in roots {
            for name in bundleNames {
                candidates.append(root.appendingPathComponent(name))
                candidates.append(root.appendingPathComponent(name).appendingPathComponent("Contents/Resources"))
            }
        }
        candidates.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent())
        return candidates
    }

    /// The first candidate folder that holds a `gazetteers` folder, or nil.
    public static var directory: URL? {
        candidateDirectories.first { url in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: url.appendingPathComponent("gazetteers").path,
                                                  isDirectory: &isDirectory) && isDirectory.boolValue
        }
    }
}
