import Foundation

/// A list data file (cue words, name lists): one item a line, trimmed of ``UTF8Whitespace``, with empty lines and
/// `#` comments skipped.
///
/// Read as UTF-8 bytes like ``TSVFile``, by the rules of the `String`-based reader it replaced: a leading
/// byte-order mark is dropped, and a `\r` is kept except before a newline. (A reader of `Character`s took
/// `\r\n` for one character, so it read a CRLF list as one long item.)
enum ListFile {
    /// The items of the file at `url`, in order; none when there is no such file.
    ///
    /// - Throws: ``OntologyError/unreadable(path:reason:)`` when it cannot be read or is not UTF-8.
    static func items(at url: URL) throws(OntologyError) -> [String] {
        guard FileManager.default.fileExists(atPath: url.path) else { return [] }
        guard let data = try? Data(contentsOf: url), let items = items(in: data) else {
            throw .unreadable(path: url.path, reason: "not UTF-8 text")
        }
        return items
    }

    /// The items of a file's bytes; nil when they are not UTF-8.
    static func items(in data: Data) -> [String]? {
        guard let text = String(data: data, encoding: .utf8) else { return nil }
        let bytes = Array(text.utf8)
        var items: [String] = []
        items.reserveCapacity(bytes.count / 8)
        var start = 0
        while start < bytes.count {
            let newline = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            var end = newline
            if newline < bytes.count, end > start, bytes[end - 1] == 0x0D { end -= 1 }
            let item = UTF8Whitespace.trimmed(bytes[start..<end])
            if let first = item.first, first != 0x23 { items.append(String(decoding: item, as: UTF8.self)) }
            start = newline + 1
        }
        return items
    }
}
