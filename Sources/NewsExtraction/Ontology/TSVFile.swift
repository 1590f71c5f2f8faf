import Foundation

/// A tab-separated data file: `#` comments and blank lines skipped, a fixed number of columns.
///
/// The file is read as UTF-8 bytes and cut at newline and tab bytes; a field becomes a string only when it is
/// read. The rules are those of the `String`-based reader this replaced:
/// - a leading byte-order mark is dropped; a file that is not valid UTF-8 is an error at line 1;
/// - a line ends at `\n`, and a `\r` just before it is dropped;
/// - a line that is empty, starts with `#` or holds only spaces and tabs is skipped;
/// - every other line splits at every tab, keeping empty fields, and must have exactly `columns` fields.
///
/// It differs from a reader that walks `Character`s in two corners, neither of which occurs in the shipped
/// files: there `\r\n` is one character, not a newline, so a CRLF file was one long line that failed the column
/// count; and a `#` or `|` followed by a combining mark was not `#` or `|`.
struct TSVFile {
    /// One data line.
    struct Row {
        /// Its line number, from 1.
        var line: Int
        /// Its fields.
        var fields: Fields
    }

    /// The fields of a row: ranges of the file's bytes, made into strings only when read.
    struct Fields {
        fileprivate let text: [UInt8]
        fileprivate let ranges: ArraySlice<Range<Int>>

        /// Number of fields.
        var count: Int { ranges.count }

        /// The text of field `column`.
        subscript(column: Int) -> String { String(decoding: bytes(column), as: UTF8.self) }

        /// The bytes of field `column`.
        func bytes(_ column: Int) -> ArraySlice<UInt8> { text[ranges[ranges.startIndex + column]] }

        /// Whether field `column` is empty.
        func isEmpty(_ column: Int) -> Bool { ranges[ranges.startIndex + column].isEmpty }

        /// The parts of field `column` between `separator` bytes, trimmed of ``UTF8Whitespace``, empty ones left out.
        func list(_ column: Int, separator: UInt8) -> [String] {
            var items: [String] = []
            for part in bytes(column).split(separator: separator) {
                let item = UTF8Whitespace.trimmed(part)
                if !item.isEmpty { items.append(String(decoding: item, as: UTF8.self)) }
            }
            return items
        }
    }

    /// The path the file was read from, for messages.
    var path: String
    /// Its data lines, in order.
    var rows: [Row]

    /// Reads the file at `url`.
    ///
    /// - Throws: ``OntologyError/unreadable(path:reason:)`` when it cannot be read,
    ///   ``OntologyError/malformed(path:line:message:)`` for text that is not UTF-8 or a line with another
    ///   number of columns.
    static func read(_ url: URL, columns: Int) throws(OntologyError) -> TSVFile {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw .unreadable(path: url.path, reason: FileManager.default.fileExists(atPath: url.path) ? "permission denied or not a file" : "no such file")
        }
        return try parse(data, path: url.path, columns: columns)
    }

    /// Parses the bytes of a file; `path` names it in errors.
    static func parse(_ data: Data, path: String, columns: Int) throws(OntologyError) -> TSVFile {
        // One check of the whole file: it is UTF-8, and a byte-order mark goes, as `String(data:encoding:)` does it.
        guard let text = String(data: data, encoding: .utf8) else {
            throw .malformed(path: path, line: 1, message: "not valid UTF-8")
        }
        let bytes = Array(text.utf8)
        // The fields of every row go into one array, sliced per row once it is complete.
        var ranges: [Range<Int>] = []
        var rowStarts: [(line: Int, first: Int)] = []
        var lineNumber = 0
        var start = 0
        while start <= bytes.count {
            let newline = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            lineNumber += 1
            var end = newline
            if end > start, bytes[end - 1] == 0x0D { end -= 1 }
            defer { start = newline + 1 }
            if end == start || bytes[start] == 0x23 || bytes[start..<end].allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            let first = ranges.count
            var fieldStart = start
            for index in start..<end where bytes[index] == 0x09 {
                ranges.append(fieldStart..<index)
                fieldStart = index + 1
            }
            ranges.append(fieldStart..<end)
            guard ranges.count - first == columns else {
                throw .malformed(path: path, line: lineNumber,
                                 message: "expected \(columns) tab-separated columns, found \(ranges.count - first)")
            }
            rowStarts.append((lineNumber, first))
        }
        let rows = rowStarts.map { Row(line: $0.line, fields: Fields(text: bytes, ranges: ranges[$0.first..<($0.first + columns)])) }
        return TSVFile(path: path, rows: rows)
    }
}
