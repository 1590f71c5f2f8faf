import Testing
@testable import NewsText

@Suite struct TokenizerTests {
    func words(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return Tokenizer().tokenize(bytes).map { String(decoding: bytes[$0.range], as: UTF8.self) }
    }

    @Test func keepsAbbreviationsAndInitials() {
        #expect(words("The U.S. and Dr. J. Smith met Gen. Lee.") ==
                ["The", "U.S.", "and", "Dr.", "J.", "Smith", "met", "Gen.", "Lee", "."])
    }

    /// A letter's period at the end of a paragraph or the text is a full stop, not an initial's.
    @Test func endsAParagraphAfterALetterWithAFullStop() {
        #expect(words("She posted on X.\nHe did not.") == ["She", "posted", "on", "X", ".", "He", "did", "not", "."])
        #expect(words("Plan B.") == ["Plan", "B", "."])
        #expect(words("J. Smith and the U.S.\n") == ["J.", "Smith", "and", "the", "U.S."])
    }

    @Test func splitsPossessivesWithStraightAndCurlyApostrophes() {
        #expect(words("Russia's envoy and Azerbaijan’s president") ==
                ["Russia", "'s", "envoy", "and", "Azerbaijan", "’s", "president"])
    }

    @Test func keepsInnerApostrophesAndHyphens() {
        #expect(words("O'Brien of Guinea-Bissau and Côte d'Ivoire") ==
                ["O'Brien", "of", "Guinea-Bissau", "and", "Côte", "d'Ivoire"])
    }

    @Test func separatesDashesAndCurlyQuotes() {
        #expect(words("“tragic incident”—it said – twice - yes") ==
                ["“", "tragic", "incident", "”", "—", "it", "said", "–", "twice", "-", "yes"])
    }

    @Test func keepsNumbersWhole() {
        #expect(words("killing 38 of 67, or 2,000 and 3.5%") ==
                ["killing", "38", "of", "67", ",", "or", "2,000", "and", "3.5", "%"])
    }

    @Test func marksShapes() throws {
        let bytes = Array("NATO Putin ÖZTÜRK élan".utf8)
        let tokens = Tokenizer().tokenize(bytes)
        #expect(tokens[0].shape.contains(.allCaps))
        #expect(tokens[1].isCapitalized && !tokens[1].shape.contains(.allCaps))
        #expect(tokens[2].shape.contains(.allCaps))
        #expect(!tokens[3].isCapitalized)
    }
}

@Suite struct SentenceSplitterTests {
    func sentences(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        let tokens = Tokenizer().tokenize(bytes)
        return SentenceSplitter().split(tokens, in: bytes).map { String(decoding: bytes[$0.range], as: UTF8.self) }
    }

    @Test func survivesTitlesAndMonths() {
        #expect(sentences("Sen. Smith met Dr. Jones on Dec. 25 in Baku. They talked.") ==
                ["Sen. Smith met Dr. Jones on Dec. 25 in Baku.", "They talked."])
    }

    @Test func splitsAfterAcronymWhenASentenceStarts() {
        #expect(sentences("The plan came from the U.S. The talks failed.") ==
                ["The plan came from the U.S.", "The talks failed."])
        #expect(sentences("The U.S. Embassy said so.") == ["The U.S. Embassy said so."])
    }

    @Test func splitsAfterClosingQuote() {
        #expect(sentences("He said, “We will respond.” Then he left.") ==
                ["He said, “We will respond.”", "Then he left."])
    }

    @Test func keepsEllipsisInsideASentence() {
        #expect(sentences("“It was … terrible,” she said. Later it rained.") ==
                ["“It was … terrible,” she said.", "Later it rained."])
    }

    @Test func splitsAtLineBreaksButNotHardWraps() {
        #expect(sentences("HEADLINE WITHOUT PERIOD\nBody starts here and\ngoes on here.") ==
                ["HEADLINE WITHOUT PERIOD", "Body starts here and\ngoes on here."])
    }

    @Test func keepsTheNumberOfAListItemWithItsSentence() {
        #expect(sentences("Women's 100 metres hurdles\n1. Michelle Freeman (Jamaica) 12.71 seconds\n2. Ludmila Engquist (Sweden) 12.74") ==
                ["Women's 100 metres hurdles", "1. Michelle Freeman (Jamaica) 12.71 seconds", "2. Ludmila Engquist (Sweden) 12.74"])
        #expect(sentences("Turnout was 61. Officials said so.") == ["Turnout was 61.", "Officials said so."])
    }

    @Test func flagsAllCapsHeadlines() {
        let bytes = Array("RUSSIA AND AZERBAIJAN CLASH OVER RAID\nPolice said more.".utf8)
        let split = SentenceSplitter().split(Tokenizer().tokenize(bytes), in: bytes)
        #expect(split.map(\.isAllCaps) == [true, false])
    }

    /// A capital and digits ("H1", "G7") are written so in any text: they leave a headline in capitals one.
    @Test func flagsAllCapsHeadlinesWithACapitalAndDigits() {
        let bytes = Array("ROMANIA COMELF H1 PROFIT RISE BELOW TARGET\nG7 leaders met in Bari.".utf8)
        let split = SentenceSplitter().split(Tokenizer().tokenize(bytes), in: bytes)
        #expect(split.map(\.isAllCaps) == [true, false])
    }
}
