import Foundation
import NewsGraph

/// One document to read: a file, standard input, or one line of a JSON Lines corpus.
struct InputDocument {
    var id: String
    var data: Data
    var format: TextFormat?
}

/// Expands command-line inputs into the documents they name, in a stable order.
///
/// A directory stands for every `*.txt`, `*.text`, `*.html`, `*.htm` and `*.md` file below it (sorted by
/// path, hidden files skipped); a `*.jsonl` file holds one document per line (`{"id": …, "text": …}`);
/// `-` is standard input.
struct InputCollector {
    static let textExtensions: Set<String> = ["txt", "text", "html", "htm", "md"]

    enum Item { case file(URL, id: String), standardInput, jsonLines(URL, id: String) }

    /// Resolves `operands` to items, checking that each exists.
    static func items(for operands: [String]) throws(CLIError) -> [Item] {
        var items: [Item] = []
        let fileManager = FileManager.default
        for operand in operands {
            if operand == "-" { items.append(.standardInput); continue }
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: operand, isDirectory: &isDirectory) else {
                throw .failure("error: \(operand): no such file or directory")
            }
            let url = URL(fileURLWithPath: operand)
            if isDirectory.boolValue {
                let found = textFiles(in: url)
                guard !found.isEmpty else {
                    throw .failure("error: \(operand): no text files (*.txt, *.html, *.htm, *.md, *.jsonl) in this folder")
                }
                items += found
            } else {
                guard fileManager.isReadableFile(atPath: operand) else {
                    throw .failure("error: \(operand): permission denied")
                }
                items.append(url.pathExtension.lowercased() == "jsonl" ? .jsonLines(url, id: operand) : .file(url, id: operand))
            }
        }
        return items
    }

    private static func textFiles(in directory: URL) -> [Item] {
        guard let enumerator = FileManager.default.enumerator(
            at: directory, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]) else { return [] }
        var files: [(String, Item)] = []
        let base = directory.standardizedFileURL.path
        for case let url as URL in enumerator {
            let ext = url.pathExtension.lowercased()
            guard textExtensions.contains(ext) || ext == "jsonl",
                  (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            var relative = url.standardizedFileURL.path
            if relative.hasPrefix(base) { relative = String(relative.dropFirst(base.count)) }
            // Documents in a folder are named from the folder's own name down, so a corpus gets the same
            // document IDs (and byte-identical exports) wherever it is run from.
            let path = directory.standardizedFileURL.lastPathComponent + relative
            let fileURL = url.standardizedFileURL
            files.append((path, ext == "jsonl" ? .jsonLines(fileURL, id: path) : .file(fileURL, id: path)))
        }
        return files.sorted { $0.0 < $1.0 }.map(\.1)
    }

    /// Calls `body` with each document of `items` in order; stops at the first error.
    static func forEachDocument(in items: [Item], terminal: Terminal,
                                _ body: (InputDocument) throws(CLIError) -> Void) throws(CLIError) {
        for item in items {
            switch item {
            case .standardInput:
                try body(InputDocument(id: "-", data: terminal.readInput(), format: nil))
            case let .file(url, id):
                let data: Data
                do { data = try Data(contentsOf: url, options: .mappedIfSafe) } catch {
                    throw .failure("error: \(id): cannot read: \(error.localizedDescription)")
                }
                let ext = url.pathExtension.lowercased()
                let format: TextFormat? = ext == "html" || ext == "htm" ? .html : (ext == "txt" || ext == "md" ? .plain : nil)
                try body(InputDocument(id: id, data: data, format: format))
            case let .jsonLines(url, id):
                try forEachLine(of: url, shownAs: id, body)
            }
        }
    }

    private static func forEachLine(of url: URL, shownAs shown: String, _ body: (InputDocument) throws(CLIError) -> Void) throws(CLIError) {
        let data: Data
        do { data = try Data(contentsOf: url, options: .mappedIfSafe) } catch {
            throw .failure("error: \(shown): cannot read: \(error.localizedDescription)")
        }
        var lineNumber = 0
        var start = data.startIndex
        while start < data.endIndex {
            let end = data[start...].firstIndex(of: 0x0A) ?? data.endIndex
            lineNumber += 1
            let line = data[start..<end]
            start = end < data.endIndex ? end + 1 : end
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            guard let object = (try? JSONSerialization.jsonObject(with: line)) as? [String: Any] else {
                throw .failure("\(shown):\(lineNumber): error: not a JSON object")
            }
            guard let text = (object["text"] ?? object["content"] ?? object["body"]) as? String else {
                throw .failure("\(shown):\(lineNumber): error: no \"text\" string field")
            }
            let id = (object["id"] as? String) ?? (object["id"] as? Int).map(String.init) ?? (object["url"] as? String)
                ?? "\(shown):\(lineNumber)"
            try body(InputDocument(id: id, data: Data(text.utf8), format: nil))
        }
    }
}
