import Foundation
import NewsGraph
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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

    /// A document source: a file by its path, with the format its extension gives; standard input; a JSON Lines corpus.
    enum Item { case file(path: String, id: String, format: TextFormat?), standardInput, jsonLines(path: String, id: String) }

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
                items.append(item(path: url.path, id: operand, extension: url.pathExtension.lowercased()))
            }
        }
        return items
    }

    /// Every regular text file below `directory`, sorted by its ID: the folder's own name and the path below it,
    /// so a corpus gets the same document IDs (and byte-identical exports) wherever it is run from.
    ///
    /// Hidden files and folders are skipped and symbolic links are not followed (nor is `directory` itself when
    /// it is one), as `FileManager`'s enumerator with `.skipsHiddenFiles` and `.isRegularFileKey` did; the folder
    /// is walked by plain paths and `lstat`, without a URL or resource-value look-up per file.
    private static func textFiles(in directory: URL) -> [Item] {
        let standardized = directory.standardizedFileURL
        let base = standardized.path
        let root = directory.path
        guard kind(ofItemAt: root) == S_IFDIR else { return [] }
        let filePrefix = base.hasSuffix("/") ? base : base + "/"
        let name = standardized.lastPathComponent
        let idPrefix = name.hasSuffix("/") ? name : name + "/"
        var files: [(id: String, item: Item)] = []
        func walk(_ folder: String, relative: String) {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
            for name in names where name.utf8.first != UInt8(ascii: ".") {
                let path = folder + "/" + name
                let below = relative.isEmpty ? name : relative + "/" + name
                switch kind(ofItemAt: path) {
                case S_IFDIR:
                    walk(path, relative: below)
                case S_IFREG:
                    let ext = fileExtension(of: name).lowercased()
                    guard textExtensions.contains(ext) || ext == "jsonl" else { continue }
                    let id = idPrefix + below
                    files.append((id, item(path: filePrefix + below, id: id, extension: ext)))
                default:
                    continue
                }
            }
        }
        walk(root, relative: "")
        return files.sorted { $0.id < $1.id }.map(\.item)
    }

    /// The file type bits (`S_IFDIR`, `S_IFREG`, `S_IFLNK`, …) of the item at `path`, not following a symbolic
    /// link; 0 when it cannot be read.
    private static func kind(ofItemAt path: String) -> mode_t {
        var status = stat()
        guard lstat(path, &status) == 0 else { return 0 }
        return status.st_mode & S_IFMT
    }

    /// The item of a file: a JSON Lines corpus or a text file, by its extension in lower case.
    private static func item(path: String, id: String, extension ext: String) -> Item {
        switch ext {
        case "jsonl": return .jsonLines(path: path, id: id)
        case "html", "htm": return .file(path: path, id: id, format: .html)
        case "txt", "md": return .file(path: path, id: id, format: .plain)
        default: return .file(path: path, id: id, format: nil)
        }
    }

    /// What follows the last dot of a plain file name (nothing when the name starts or ends with it). For the
    /// extensions read here it is what `URL.pathExtension` gives, without making a URL; it differs only for an
    /// extension with a space, which `URL` does not count as one.
    static func fileExtension(of name: String) -> Substring {
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")), dot != name.utf8.startIndex else { return "" }
        return name[name.utf8.index(after: dot)...]
    }

    /// Calls `body` with each document of `items` in order; stops at the first error.
    static func forEachDocument(in items: [Item], terminal: Terminal,
                                _ body: (InputDocument) throws(CLIError) -> Void) throws(CLIError) {
        for item in items {
            switch item {
            case .standardInput:
                try body(InputDocument(id: "-", data: terminal.readInput(), format: nil))
            case let .file(path, id, format):
                let data: Data
                do { data = try Data(contentsOf: URL(fileURLWithPath: path, isDirectory: false), options: .mappedIfSafe) } catch {
                    throw .failure("error: \(id): cannot read: \(error.localizedDescription)")
                }
                try body(InputDocument(id: id, data: data, format: format))
            case let .jsonLines(path, id):
                try forEachLine(of: URL(fileURLWithPath: path, isDirectory: false), shownAs: id, body)
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
