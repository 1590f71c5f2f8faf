import Foundation
import Testing
@testable import NewsGraphCLI

@Suite struct InputCollectorTests {
    /// A folder with the cases a walk can get wrong: hidden files and folders, symbolic links (to a file, a
    /// folder, nowhere), a FIFO, a folder named like a text file, upper-case and unknown extensions, spaces,
    /// `%`, `#` and `?` in names, the same accented name in NFC and NFD, nested folders.
    static func makeTree() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("collect-\(UUID().uuidString)")
        let folder = root.appendingPathComponent("corpus")
        let files = ["a.txt", "B.TXT", "x.TxT", ".hidden.txt", ".hdir/x.txt", "sub/y.md", "sub/z.html", "sub/w.htm",
                     "sub/t.text", "sub/.h.md", "sub/.hid2/n.txt", "c.jsonl", "e.pdf", "txt", "a.txt.", "dir.txt/q.txt",
                     "ü.txt", "e\u{301}.txt", "\u{E9}.txt", "space name.txt", "a b/in.txt", "%41.txt", "#x.txt", "q#r.txt",
                     "w?.txt", "sub2/deeper/deep.md", "x.t xt"]
        for file in files {
            let url = folder.appendingPathComponent(file)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("Text of \(file).\n".utf8).write(to: url)
        }
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("link.txt").path, withDestinationPath: "a.txt")
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("linkdir").path, withDestinationPath: "sub")
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("dangling.txt").path, withDestinationPath: "nowhere")
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("link-to-corpus").path, withDestinationPath: "corpus")
        #if canImport(Glibc) || canImport(Darwin)
        _ = mkfifo(folder.appendingPathComponent("fifo.txt").path, 0o644)
        #endif
        return root
    }

    /// What the collector gave before it walked folders by paths: `FileManager`'s URL enumerator, the same filter,
    /// IDs and order. Each item as "J id path" (JSON Lines) or "F id path format".
    static func enumeratorOracle(_ directory: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(
            at: directory, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]) else { return [] }
        var files: [(String, String)] = []
        let base = directory.standardizedFileURL.path
        for case let url as URL in enumerator {
            let ext = url.pathExtension.lowercased()
            guard InputCollector.textExtensions.contains(ext) || ext == "jsonl",
                  (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            var relative = url.standardizedFileURL.path
            if relative.hasPrefix(base) { relative = String(relative.dropFirst(base.count)) }
            let path = directory.standardizedFileURL.lastPathComponent + relative
            let format = ext == "html" || ext == "htm" ? "html" : (ext == "txt" || ext == "md" ? "plain" : "nil")
            files.append((path, ext == "jsonl" ? "J \(path) \(url.standardizedFileURL.path)"
                                               : "F \(path) \(url.standardizedFileURL.path) \(format)"))
        }
        return files.sorted { $0.0 < $1.0 }.map(\.1)
    }

    static func describe(_ items: [InputCollector.Item]) -> [String] {
        items.map { item in
            switch item {
            case .standardInput: return "-"
            case let .jsonLines(path, id): return "J \(id) \(path)"
            case let .file(path, id, format):
                return "F \(id) \(path) \(format.map { $0 == .html ? "html" : "plain" } ?? "nil")"
            }
        }
    }

    @Test func walksAFolderAsTheURLEnumeratorDid() throws {
        let root = try Self.makeTree()
        defer { try? FileManager.default.removeItem(at: root) }
        let corpus = root.appendingPathComponent("corpus")
        let walked = Self.describe(try InputCollector.items(for: [corpus.path]))
        #expect(walked == Self.enumeratorOracle(corpus))
        #expect(walked.count == 19)
        #expect(walked.first == "F corpus/#x.txt \(corpus.path)/#x.txt plain")
        #expect(!walked.contains { $0.contains("hid") || $0.contains("link") || $0.contains("fifo") || $0.contains("pdf") })
        // The same folder by other spellings: a trailing slash, dot segments, a relative path.
        for spelling in [corpus.path + "/", corpus.path + "/sub/..", root.path + "/./corpus"] {
            #expect(Self.describe(try InputCollector.items(for: [spelling])) == walked, "\(spelling)")
        }
    }

    @Test func aFolderGivenThroughASymbolicLinkHasNoFilesAsBefore() throws {
        let root = try Self.makeTree()
        defer { try? FileManager.default.removeItem(at: root) }
        let link = root.appendingPathComponent("link-to-corpus")
        #expect(Self.enumeratorOracle(link).isEmpty)
        let error = #expect(throws: CLIError.self) { try InputCollector.items(for: [link.path]) }
        #expect(error.map { "\($0)" }?.contains("no text files") == true)
    }

    @Test func fileOperandsKeepTheirSpellingAsID() throws {
        let root = try Self.makeTree()
        defer { try? FileManager.default.removeItem(at: root) }
        let corpus = root.appendingPathComponent("corpus")
        let items = Self.describe(try InputCollector.items(for: [corpus.path + "/B.TXT", "-", corpus.path + "/c.jsonl",
                                                                 corpus.path + "/sub/z.html", corpus.path + "/e.pdf"]))
        #expect(items == ["F \(corpus.path)/B.TXT \(corpus.path)/B.TXT plain", "-",
                          "J \(corpus.path)/c.jsonl \(corpus.path)/c.jsonl",
                          "F \(corpus.path)/sub/z.html \(corpus.path)/sub/z.html html",
                          "F \(corpus.path)/e.pdf \(corpus.path)/e.pdf nil"])
    }

    @Test(arguments: ["a.txt", "a.TXT", "a.", "a", "a..txt", "a.b.md", "é.txt", "a.txt.", "a.%74xt", "a.txt#", "a.jsonl",
                      "a.-txt", "a.日本", "a.tx\u{301}t", "b.HTM", "c.Html", "d.text"])
    func fileExtensionIsURLs(name: String) {
        #expect(String(InputCollector.fileExtension(of: name)) == URL(fileURLWithPath: "/tmp/" + name).pathExtension)
    }
}
