/// Groups tokens into sentences.
///
/// A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes or brackets after it) when the next
/// token could start a sentence; at a blank line; and at a line break unless the next line goes on in
/// lower case (hard-wrapped text). Titles such as "Dr." and "Gen." never end a sentence, nor does the number of a
/// list item that starts one ("1. Michelle Freeman (U.S.) 12.71 seconds"); an acronym
/// such as "U.S." ends one only when a word that usually starts sentences follows.
public struct SentenceSplitter: Sendable {
    /// Abbreviations that are always followed by more of the same sentence (titles, "No.", months before a day).
    static let neverFinal: Set<String> = [
        "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Gen.", "Sen.", "Rep.", "Gov.", "Lt.", "Col.", "Sgt.", "Capt.",
        "Cmdr.", "Adm.", "Maj.", "Brig.", "Cpl.", "Pvt.", "Rev.", "Fr.", "St.", "Mt.", "Ft.", "Gens.", "Sens.",
        "Reps.", "Pres.", "Supt.", "Insp.", "Det.", "Amb.", "Atty.", "Hon.", "Messrs.", "Mme.", "Mlle.", "No.",
        "Nos.", "vs.", "Vol.", "Fig.",
    ]
    /// Words that, capitalized after an acronym like "U.S.", signal a new sentence.
    static let sentenceStarters: Set<String> = [
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And", "In", "On", "At", "This",
        "That", "These", "Those", "His", "Her", "Its", "Their", "Our", "There", "When", "While", "After",
        "Before", "If", "As", "Some", "Many", "Most", "Officials", "However", "Meanwhile", "Still", "Yet",
        "Also", "Since", "Last", "Earlier", "Later", "Now", "Both", "Neither", "No", "Not", "Such", "What",
        "Who", "Why", "How", "Where", "So", "For", "From", "Under", "During", "According",
    ]

    /// ``neverFinal`` and ``sentenceStarters``, asked about with bytes.
    private static let neverFinalWords = ASCIIWordSet(neverFinal)
    private static let sentenceStarterWords = ASCIIWordSet(sentenceStarters)

    /// A default instance; it has no settings.
    public init() {}

    /// Splits `tokens` of `text` into sentences.
    public func split(_ tokens: [Token], in text: [UInt8]) -> [Sentence] {
        var sentences: [Sentence] = []
        guard !tokens.isEmpty else { return sentences }
        // News sentences run to some twenty tokens; room for one in sixteen saves most regrowing of the array.
        sentences.reserveCapacity(tokens.count / 16 + 1)
        var start = 0
        var index = 0
        func close(_ end: Int) {
            guard end > start else { return }
            var upper = 0, lower = 0
            for k in start..<end where tokens[k].kind == .word {
                // A capital and digits ("H1", "G7", "F16") are as a headline in capitals writes them, and as any other text does.
                if tokens[k].shape.contains(.allCaps) { upper += 1 } else if !tokens[k].isCapitalized { lower += 1 }
                else if tokens[k].range.count > 1 && !tokens[k].shape.contains(.hasDigit) { lower += 1 }
            }
            sentences.append(Sentence(tokens: start..<end,
                                      range: tokens[start].range.lowerBound..<tokens[end - 1].range.upperBound,
                                      isAllCaps: upper >= 2 && lower == 0))
            start = end
        }
        while index < tokens.count {
            let token = tokens[index]
            if index > start, token.newlinesBefore > 0 {
                if token.newlinesBefore > 1 || !startsLowercase(token, text) || isTerminal(tokens[index - 1], text) {
                    close(index)
                }
            }
            // "1. Michelle Freeman (U.S.) 12.71": the number of a list item starts its sentence, it does not end one.
            if isTerminal(token, text), !isListNumber(at: index, start: start, tokens, text) {
                var end = index + 1
                while end < tokens.count, tokens[end].newlinesBefore == 0, isClosing(tokens[end], text) { end += 1 }
                if end >= tokens.count || canStartSentence(tokens[end], text) || tokens[end].newlinesBefore > 0 {
                    close(end)
                    index = end
                    continue
                }
            } else if token.shape.contains(.abbreviation), index + 1 < tokens.count {
                let next = tokens[index + 1]
                if !isIn(Self.neverFinalWords, Self.neverFinal, token, text), next.newlinesBefore == 0,
                   isIn(Self.sentenceStarterWords, Self.sentenceStarters, next, text) {
                    close(index + 1)
                }
            }
            index += 1
        }
        close(tokens.count)
        return sentences
    }

    /// Whether the token's text is in `words`, the byte form of `strings`.
    private func isIn(_ words: ASCIIWordSet, _ strings: Set<String>, _ token: Token, _ text: [UInt8]) -> Bool {
        words.contains(text[token.range]) ?? strings.contains(String(decoding: text[token.range], as: UTF8.self))
    }

    private func isTerminal(_ token: Token, _ text: [UInt8]) -> Bool {
        guard token.kind == .punctuation else { return false }
        let first = text[token.range.lowerBound]
        if first == UInt8(ascii: ".") || first == UInt8(ascii: "!") || first == UInt8(ascii: "?") { return true }
        // U+2026 HORIZONTAL ELLIPSIS
        return token.range.count == 3 && first == 0xE2 && text[token.range.lowerBound + 1] == 0x80
            && text[token.range.lowerBound + 2] == 0xA6
    }

    /// Whether the token at `index` is the period of a list item's number ("1.", "12.") that starts the sentence.
    private func isListNumber(at index: Int, start: Int, _ tokens: [Token], _ text: [UInt8]) -> Bool {
        index == start + 1 && tokens[start].kind == .number && tokens[start].range.count <= 3
            && tokens[index].range.count == 1 && text[tokens[index].range.lowerBound] == UInt8(ascii: ".")
            && tokens[index].newlinesBefore == 0 && index + 1 < tokens.count && tokens[index + 1].newlinesBefore == 0
    }

    private func isClosing(_ token: Token, _ text: [UInt8]) -> Bool {
        guard token.kind == .punctuation else { return false }
        let first = text[token.range.lowerBound]
        if first == UInt8(ascii: "\"") || first == UInt8(ascii: ")") || first == UInt8(ascii: "]")
            || first == UInt8(ascii: "'") { return true }
        // ” U+201D, ’ U+2019, » U+00BB
        if token.range.count == 3, first == 0xE2, text[token.range.lowerBound + 1] == 0x80 {
            let last = text[token.range.lowerBound + 2]
            return last == 0x9D || last == 0x99
        }
        return token.range.count == 2 && first == 0xC2 && text[token.range.lowerBound + 1] == 0xBB
    }

    private func startsLowercase(_ token: Token, _ text: [UInt8]) -> Bool {
        let first = text[token.range.lowerBound]
        return first >= 0x61 && first <= 0x7A
    }

    private func canStartSentence(_ token: Token, _ text: [UInt8]) -> Bool {
        switch token.kind {
        case .word: return !startsLowercase(token, text)
        case .number, .symbol: return true
        case .possessive: return false
        case .punctuation:
            let first = text[token.range.lowerBound]
            if first == UInt8(ascii: "\"") || first == UInt8(ascii: "(") || first == UInt8(ascii: "'")
                || first == UInt8(ascii: "[") { return true }
            // “ U+201C, ‘ U+2018, « U+00AB, — U+2014
            if token.range.count == 3, first == 0xE2, text[token.range.lowerBound + 1] == 0x80 {
                let last = text[token.range.lowerBound + 2]
                return last == 0x9C || last == 0x98 || last == 0x94
            }
            return token.range.count == 2 && first == 0xC2 && text[token.range.lowerBound + 1] == 0xAB
        }
    }
}
