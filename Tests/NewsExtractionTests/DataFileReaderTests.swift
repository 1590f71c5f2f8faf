import Foundation
import Testing
import TestSupport
@testable import NewsExtraction

/// The `String`-based readers that ``TSVFile``, ``ListFile`` and ``UTF8Whitespace`` replaced, kept as oracles:
/// on every shipped file and on hostile text the byte readers must read what these read.
enum StringReaders {
    /// Rows as "line: field|field|…" (a `|` in a field shown as `\|`), or the error alone.
    static func tsv(_ data: Data, columns: Int) -> [String] {
        guard let text = String(data: data, encoding: .utf8) else { return ["1: error: not valid UTF-8"] }
        var rows: [String] = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.isEmpty || line.hasPrefix("#") || line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == columns else {
                return ["\(index + 1): error: expected \(columns) tab-separated columns, found \(fields.count)"]
            }
            rows.append("\(index + 1): " + fields.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: "|"))
        }
        return rows
    }

    /// The items of a list file.
    static func list(_ data: Data) -> [String]? {
        guard let text = String(data: data, encoding: .utf8) else { return nil }
        return text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }

    /// A `|`-joined gazetteer column as a list.
    static func items(_ field: String) -> [String] {
        field.split(separator: "|").map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

/// ``TSVFile``'s reading of `data` in the oracle's shape.
private func byteTSV(_ data: Data, columns: Int) -> [String] {
    do {
        return try TSVFile.parse(data, path: "f", columns: columns).rows.map { row in
            "\(row.line): " + (0..<row.fields.count).map { row.fields[$0].replacingOccurrences(of: "|", with: "\\|") }
                .joined(separator: "|")
        }
    } catch {
        guard case let .malformed(_, line, message) = error else { return ["\(error)"] }
        return ["\(line): error: \(message)"]
    }
}

@Suite struct UTF8WhitespaceTests {
    /// Every Basic Multilingual Plane scalar and some beyond, at both ends of a word, alone and doubled, trims as
    /// `trimmingCharacters(in: .whitespaces)` trims it.
    @Test func trimsWhatFoundationTrims() {
        var scalars = Array(0x00...0xFFFF).compactMap(Unicode.Scalar.init)
        scalars += [0x1F30D, 0x10FFFF, 0xE0020].compactMap(Unicode.Scalar.init)
        var mismatches: [String] = []
        for scalar in scalars {
            let s = String(scalar)
            for text in [s + "a" + s, s, s + s + "b", "c\u{301}" + s] {
                let trimmed = String(decoding: UTF8Whitespace.trimmed(ArraySlice(text.utf8)), as: UTF8.self)
                let expected = text.trimmingCharacters(in: .whitespaces)
                if !trimmed.unicodeScalars.elementsEqual(expected.unicodeScalars) {
                    mismatches.append(String(format: "U+%04X in %@", scalar.value, text.debugDescription))
                }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
    }

    @Test func keepsInnerSpaceAndCombiningMarks() {
        #expect(Array(UTF8Whitespace.trimmed(ArraySlice(" \u{A0}Abu  Dhabi\u{3000}\t".utf8))) == Array("Abu  Dhabi".utf8))
        #expect(Array(UTF8Whitespace.trimmed(ArraySlice("\u{301} x \u{301}".utf8))) == Array("\u{301} x \u{301}".utf8))
        #expect(UTF8Whitespace.trimmed(ArraySlice("\u{2003}\u{200B} ".utf8)).isEmpty)
        #expect(Array(UTF8Whitespace.trimmed(ArraySlice("\r\nx\n".utf8))) == Array("\r\nx\n".utf8))
    }
}

@Suite struct TSVFileTests {
    static let hostile: [String] = [
        "",
        "\n",
        "# only a comment",
        "a\tb\n",
        "a\tb",
        "# c\n\na\tb\n  \t \n\t\n#x\ty\nc\t\n",
        "\u{FEFF}# comment after a byte-order mark\na\tb\n",
        "\u{FEFF}a\tb\n",
        "a\tb\r",
        " a \t b \n",
        " #not a comment\tx\n",
        "Zürich\tİstanbul\n東京\tالرياض\n",
        "Zoë\t\u{A0}\u{3000}\n",
        "e\u{301}\tx\u{301}\n",
        "\u{301}a\tb\n",
        "a\tb\tc\n",
        "a\tb\nc\n",
        "a\tb\n\u{A0}\n",
        "a|b | c\t||\n",
        "x\t\u{85}\n",
    ]

    @Test(arguments: hostile)
    func readsWhatTheStringReaderRead(text: String) {
        #expect(byteTSV(Data(text.utf8), columns: 2) == StringReaders.tsv(Data(text.utf8), columns: 2))
    }

    @Test func rejectsTextThatIsNotUTF8AtLineOne() {
        let bad = Data([0x61, 0x09, 0x62, 0x0A, 0xFF, 0x0A])
        #expect(byteTSV(bad, columns: 2) == ["1: error: not valid UTF-8"])
        #expect(StringReaders.tsv(bad, columns: 2) == ["1: error: not valid UTF-8"])
    }

    /// A `Character` reader took `\r\n` for one character and so read a CRLF file as one line; this reads it as
    /// lines, with the line numbers of an editor.
    @Test func readsCRLFLines() throws {
        let file = try TSVFile.parse(Data("# c\r\na\tb\r\n\r\nc\td\r\n".utf8), path: "f", columns: 2)
        #expect(file.rows.map(\.line) == [2, 4])
        #expect(file.rows.map { [$0.fields[0], $0.fields[1]] } == [["a", "b"], ["c", "d"]])
        let error = #expect(throws: OntologyError.self) { try TSVFile.parse(Data("a\tb\r\nc\r\n".utf8), path: "f", columns: 2) }
        #expect(error?.description == "f:2: error: expected 2 tab-separated columns, found 1")
    }

    @Test func listsTrimmedNonEmptyParts() throws {
        for field in ["a|b", " a | b ", "||a||", "\u{A0}Zoë\u{2009}|\u{3000}", "", "|", "Abu Dhabi|UAE", "e\u{301} | x"] {
            let file = try TSVFile.parse(Data("id\t\(field)\n".utf8), path: "f", columns: 2)
            #expect(file.rows[0].fields.list(1, separator: UInt8(ascii: "|")) == StringReaders.items(field), "\(field)")
        }
    }

    /// Every shipped TSV file reads the same, row by row and field by field.
    @Test func readsEveryShippedFileAsTheStringReaderDid() throws {
        let ontology = Fixtures.ontologyDirectory
        let files: [(String, Int)] = [
            ("schema/classes.tsv", 4), ("schema/relations.tsv", 8), ("gazetteers/countries.tsv", 7),
            ("gazetteers/regions.tsv", 7), ("gazetteers/cities.tsv", 7), ("gazetteers/organizations.tsv", 7),
            ("gazetteers/people.tsv", 7), ("gazetteers/corpus/names.tsv", 7), ("gazetteers/divisions/divisions.tsv", 7),
            ("gazetteers/additions/organizations.tsv", 7), ("patterns/titles.tsv", 3),
            ("patterns/org-heads.tsv", 3), ("patterns/place-cues.tsv", 3), ("patterns/interactions.tsv", 5),
            ("patterns/incidents.tsv", 3),
        ]
        for (path, columns) in files {
            let data = try Data(contentsOf: ontology.appendingPathComponent(path))
            let rows = byteTSV(data, columns: columns)
            #expect(rows.count > 10, "\(path)")
            #expect(rows == StringReaders.tsv(data, columns: columns), "\(path)")
            // The lists of gazetteers too.
            guard columns == 7 else { continue }
            let file = try TSVFile.parse(data, path: path, columns: 7)
            for row in file.rows {
                for column in [3, 4] where row.fields.list(column, separator: UInt8(ascii: "|")) != StringReaders.items(row.fields[column]) {
                    Issue.record("\(path):\(row.line) column \(column + 1)")
                }
            }
        }
    }
}

@Suite struct ListFileTests {
    static let hostile: [String] = [
        "", "\n\n", "JAMES\nMARY\n", "JAMES\nMARY", "# header\n  # indented comment\nA\n",
        "\u{FEFF}# after a byte-order mark\nB\n", "\u{FEFF}C\n", " \u{A0}BOB\u{2003} \t\n", "\u{301}Y \u{301}\n",
        "x\u{85}\n", "ZOË\nİLKER\n", "last\r", "a\rb\n", "  \n\t\n", "#\n", "a # b\n",
    ]

    @Test(arguments: hostile)
    func readsWhatTheStringReaderRead(text: String) {
        #expect(ListFile.items(in: Data(text.utf8)) == StringReaders.list(Data(text.utf8)))
    }

    @Test func readsCRLFLinesAndRejectsTextThatIsNotUTF8() {
        #expect(ListFile.items(in: Data("# c\r\nJAMES\r\n\r\nMARY\r\n".utf8)) == ["JAMES", "MARY"])
        #expect(ListFile.items(in: Data([0x41, 0x0A, 0xC3])) == nil)
    }

    @Test(arguments: ["patterns/non-entities.txt", "patterns/role-nouns.txt", "gazetteers/names/first-names.txt",
                      "gazetteers/names/surnames.txt"])
    func readsEveryShippedListAsTheStringReaderDid(path: String) throws {
        let data = try Data(contentsOf: Fixtures.ontologyDirectory.appendingPathComponent(path))
        let items = try #require(ListFile.items(in: data))
        #expect(items.count > 100)
        #expect(items == StringReaders.list(data))
    }
}
