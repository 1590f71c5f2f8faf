import Testing
@testable import NewsText

/// The byte-level lookups answer as the `String` comparisons they stand for.
@Suite struct ByteLookupTests {
    @Test func asciiWordSetMatchesWholeWordsOnly() {
        let words = ASCIIWordSet(["Dr", "Messrs", "headquartered", "a"])
        #expect(words.contains(Array("Dr".utf8)) == true)
        #expect(words.contains(Array("headquartered".utf8)) == true)
        #expect(words.contains(Array("a".utf8)) == true)
        #expect(words.contains(Array("D".utf8)) == false)
        #expect(words.contains(Array("Drs".utf8)) == false)
        #expect(words.contains(Array("dr".utf8)) == false)
        #expect(words.contains(Array("".utf8)) == false)
        #expect(words.contains(Array("averyveryverylongword".utf8)) == false)
        // Not ASCII: left to the String set (U+212A KELVIN SIGN equals "K").
        #expect(words.contains(Array("\u{212A}y".utf8)) == nil)
    }

    @Test func paragraphSetFindsRepeatsUpToCaseAndPunctuation() {
        let text = Array("""
            Police stand outside a court in Baku.
            POLICE STAND OUTSIDE A COURT IN BAKU
            Police stand outside the court in Baku.
            Police stand outside a court in Baku!
            """.utf8)
        var paragraphs = ParagraphSet()
        var results: [Bool] = []
        text.withUnsafeBufferPointer { bytes in
            var start = 0
            for end in 0...bytes.count where end == bytes.count || bytes[end] == 0x0A {
                results.append(paragraphs.insert(bytes, start..<end))
                start = end + 1
            }
        }
        #expect(results == [true, false, true, false])
    }
}
