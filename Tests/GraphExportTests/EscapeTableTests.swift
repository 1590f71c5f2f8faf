import Testing
import TestSupport
@testable import GraphExport

/// The block-at-a-time scan of ``EscapeTable`` against the byte-by-byte one, for every format's table.
@Suite struct EscapeTableTests {
    static let tables: [(name: String, table: EscapeTable)] = [("dot", .dot), ("json", .json), ("xml", .xml), ("jsonInXML", .jsonInXML)]

    /// Texts that need escaping in some format, each also embedded at every offset of a 16-byte block.
    static let hostileTexts: [String] = Fixtures.hostileNames + [
        "cr\rcrlf\r\nlf\nend\r", "nul\u{0}soh\u{1}esc\u{1B}del\u{7F}", "c1 \u{80}\u{85}\u{9F} nbsp\u{A0}",
        "sep\u{2028}para\u{2029} dash\u{2014} euro\u{20AC}", "nonchar\u{FFFE}\u{FFFF}\u{FFFD}\u{FEFF}", "\u{202E}rtl",
        "", "x", "\r", "\u{85}", "\u{2029}", "\u{FFFF}", String(repeating: "clean text, ", count: 9),
    ]

    static func escaped(_ bytes: [UInt8], _ table: EscapeTable, bytewise: Bool) -> [UInt8] {
        var out = ExportBuffer(capacity: 1)
        bytes.withUnsafeBufferPointer { bytewise ? table.writeBytewise($0, to: &out) : table.write($0, to: &out) }
        return out.takeBytes()
    }

    @Test func hostileTextsEscapeAsByteByByte() {
        for (name, table) in Self.tables {
            for text in Self.hostileTexts {
                for padding in 0..<17 {
                    let bytes = Array((String(repeating: "a", count: padding) + text + String(repeating: "b", count: padding)).utf8)
                    #expect(Self.escaped(bytes, table, bytewise: false) == Self.escaped(bytes, table, bytewise: true),
                            "\(name): \(text.debugDescription) after \(padding) bytes")
                }
            }
        }
    }

    @Test(arguments: [1, 2, 3, 4] as [UInt64])
    func randomBytesEscapeAsByteByByte(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        // Mostly letters, with every byte value now and then and runs of the bytes the tables look at.
        let interesting: [UInt8] = [0x00, 0x09, 0x0A, 0x0D, 0x22, 0x26, 0x27, 0x3C, 0x3E, 0x5C, 0x7F, 0x80, 0x85, 0x9F, 0xA0,
                                    0xA8, 0xA9, 0xBE, 0xBF, 0xC2, 0xE2, 0xEF]
        for _ in 0..<400 {
            let length = Int.random(in: 0...80, using: &generator)
            let bytes: [UInt8] = (0..<length).map { _ in
                switch Int.random(in: 0..<10, using: &generator) {
                case 0: UInt8.random(in: 0...255, using: &generator)
                case 1, 2: interesting.randomElement(using: &generator) ?? 0
                default: UInt8.random(in: 0x61...0x7A, using: &generator)
                }
            }
            for (name, table) in Self.tables {
                #expect(Self.escaped(bytes, table, bytewise: false) == Self.escaped(bytes, table, bytewise: true), "\(name): \(bytes)")
            }
        }
    }

    @Test func escapesByFormat() {
        func escaped(_ text: String, _ table: EscapeTable) -> String {
            String(decoding: Self.escaped(Array(text.utf8), table, bytewise: false), as: UTF8.self)
        }
        let text = "0123456789abcdef \"q\" \\ <&> ' \t\r\n\u{1}\u{7F}\u{85}\u{2028}\u{FFFF}é"
        #expect(escaped(text, .json) == "0123456789abcdef \\\"q\\\" \\\\ <&> ' \\t\\n\\u2028é")
        #expect(escaped(text, .xml) == "0123456789abcdef &quot;q&quot; \\ &lt;&amp;&gt; &apos; &#9;&#10;\u{2028}é")
        #expect(escaped(text, .dot) == "0123456789abcdef \\\"q\\\" \\\\ <&> '  \\n\u{2028}é")
        #expect(escaped(text, .jsonInXML) == "0123456789abcdef \\&quot;q\\&quot; \\\\ &lt;&amp;&gt; &apos; \\t\\n\\u2028é")
    }
}
