/// Splits a cleaned text into tokens in one pass over its UTF-8 bytes.
///
/// - Hyphenated words stay whole ("Guinea-Bissau", "Jean-Pierre"); dashes (–, —, " - ") are tokens.
/// - Possessives split off: "Russia's" → "Russia", "'s"; curly apostrophes count the same.
/// - Abbreviations keep their period: "U.S.", "Dr.", "Gen.", initials such as "J.".
/// - Numbers keep inner separators: "2,000", "3.5".
public struct Tokenizer: Sendable {
    /// Words whose trailing period belongs to them (compared without the period, case-sensitively).
    public static let abbreviations: Set<String> = [
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Sgt", "Capt", "Cmdr", "Adm",
        "Maj", "Brig", "Cpl", "Pvt", "Rev", "Fr", "St", "Sr", "Jr", "Mt", "Ft", "Gens", "Sens", "Reps", "Pres",
        "Supt", "Insp", "Det", "Amb", "Atty", "Hon", "Messrs", "Mme", "Mlle",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
        "Inc", "Corp", "Ltd", "Co", "Bros", "Dept", "Univ", "Assn", "Ave", "Blvd", "Rd", "No", "Nos", "vs",
        "etc", "approx", "est", "Vol", "Fig", "al", "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla",
        "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev",
        "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo",
    ]

    /// Second parts of hyphenated compounds that are split off, so that the name before them stays a token:
    /// "Baku-based" → "Baku", "-", "based"; "Russian-backed" → "Russian", "-", "backed".
    public static let compoundSuffixes: Set<String> = [
        "based", "born", "backed", "led", "funded", "run", "owned", "made", "bound", "registered", "style",
        "linked", "aligned", "allied", "controlled", "held", "occupied", "built", "era", "area", "wide", "friendly",
        "bred", "educated", "trained", "supported", "sponsored", "brokered", "listed", "headquartered", "operated",
    ]

    /// ``abbreviations`` and ``compoundSuffixes``, asked about with bytes.
    private static let abbreviationWords = ASCIIWordSet(abbreviations)
    private static let compoundSuffixWords = ASCIIWordSet(compoundSuffixes)

    /// A default instance; it has no settings.
    public init() {}

    /// Tokenizes `text` (UTF-8 bytes).
    public func tokenize(_ text: [UInt8]) -> [Token] {
        text.withUnsafeBufferPointer { tokenize($0) }
    }

    func tokenize(_ bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5)
        var index = 0
        var newlines = 0
        var space = false
        let count = bytes.count
        while index < count {
            if bytes[index] == 0x20 {
                space = true
                index += 1
                continue
            }
            // ASCII, the start of most tokens, is classified here without a call.
            let byte = bytes[index]
            let (cls, length) = byte < 0x80 ? (CharacterClass.ascii(byte), 1) : CharacterClass.classify(bytes, index)
            switch cls {
            case .newline:
                newlines += (bytes[index] == 0x0D && index + 1 < count && bytes[index + 1] == 0x0A) ? 0 : 1
                space = true
                index += length
            case .space:
                space = true
                index += length
            case .letter, .digit:
                let token = readWord(bytes, from: index, startsWithDigit: cls == .digit)
                tokens.append(Token(range: index..<token.end, kind: token.kind, shape: token.shape,
                                    newlinesBefore: UInt8(min(newlines, 255)), spaceBefore: space || tokens.isEmpty))
                index = token.end
                newlines = 0
                space = false
            case .apostrophe:
                // A possessive 's right after a word.
                if let previous = tokens.last, !space, previous.kind == .word || previous.kind == .number,
                   index + length < count, bytes[index + length] | 0x20 == UInt8(ascii: "s"),
                   index + length + 1 >= count || !isWordClass(bytes, index + length + 1) {
                    tokens.append(Token(range: index..<(index + length + 1), kind: .possessive, shape: [],
                                        newlinesBefore: 0, spaceBefore: false))
                    index += length + 1
                } else {
                    tokens.append(Token(range: index..<(index + length), kind: .punctuation, shape: [],
                                        newlinesBefore: UInt8(min(newlines, 255)), spaceBefore: space))
                    index += length
                }
                newlines = 0
                space = false
            case .period:
                // "..." is one token.
                var end = index + 1
                while end < count, bytes[end] == UInt8(ascii: ".") { end += 1 }
                tokens.append(Token(range: index..<end, kind: .punctuation, shape: [],
                                    newlinesBefore: UInt8(min(newlines, 255)), spaceBefore: space))
                index = end
                newlines = 0
                space = false
            case .hyphen, .punctuation, .symbol:
                var end = index + length
                if cls == .hyphen { while end < count, bytes[end] == UInt8(ascii: "-") { end += 1 } }
                tokens.append(Token(range: index..<end, kind: cls == .symbol ? .symbol : .punctuation, shape: [],
                                    newlinesBefore: UInt8(min(newlines, 255)), spaceBefore: space))
                index = end
                newlines = 0
                space = false
            }
        }
        return tokens
    }

    private func isWordClass(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        let cls = CharacterClass.classify(bytes, index).0
        return cls == .letter || cls == .digit
    }

    private func startsCompoundSuffix(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        var end = start
        while end < bytes.count, end - start < 14, bytes[end] >= 0x61, bytes[end] <= 0x7A { end += 1 }
        guard end > start, end - start < 14, end == bytes.count || !isWordClass(bytes, end) || bytes[end] == UInt8(ascii: "-") else { return false }
        // The bytes are a-z, so the byte lookup always answers.
        return Tokenizer.compoundSuffixWords.contains(bytes[start..<end]) ?? false
    }

    /// Whether the word in `range` is one of ``abbreviations``.
    private func isAbbreviation(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        Tokenizer.abbreviationWords.contains(bytes[range])
            ?? Tokenizer.abbreviations.contains(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self))
    }

    private struct WordScan { var end: Int; var kind: Token.Kind; var shape: Token.Shape }

    private func readWord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, startsWithDigit: Bool) -> WordScan {
        var index = start
        var shape: Token.Shape = []
        // The counts and the index add with `&+=`: they cannot pass the text's length, and without overflow
        // checks the loop keeps them in registers instead of storing them at every byte.
        var letters = 0, upper = 0, lower = 0, digits = 0
        var lettersSincePeriod = 0
        var periods = 0
        let count = bytes.count
        while index < count {
            // ASCII letters and digits, most of every word, skip the general classification.
            let byte = bytes[index]
            if byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") {
                // A run of lower-case letters in a loop of its own, counted once at its end. (`&-` wraps
                // bytes below "a" round to large values, so one comparison tests the range.)
                var end = index + 1
                while end < count, bytes[end] &- UInt8(ascii: "a") < 26 { end += 1 }
                letters &+= end - index
                lettersSincePeriod &+= end - index
                lower &+= end - index
                index = end
                continue
            }
            if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") {
                letters &+= 1
                lettersSincePeriod &+= 1
                upper &+= 1
                if index == start { shape.insert(.capitalized) }
                index &+= 1
                continue
            }
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                digits &+= 1
                index &+= 1
                continue
            }
            // A space, which ends most words, ends it without the general classification.
            if byte == 0x20 { break }
            let (cls, length) = CharacterClass.classify(bytes, index)
            switch cls {
            case .letter:
                letters &+= 1
                lettersSincePeriod &+= 1
                let caseOf = letterCase(bytes, index, length)
                if caseOf > 0 { upper &+= 1 } else if caseOf < 0 { lower &+= 1 }
                // Only the word's first byte can make it capitalized (no letter comes before it).
                if caseOf > 0 && index == start { shape.insert(.capitalized) }
                if length > 1 { shape.insert(.nonASCII) }
                index &+= length
                continue
            case .digit:
                digits &+= 1
                index &+= length
                continue
            case .hyphen:
                // Inner hyphen between word characters, unless a compound suffix follows ("Baku-based").
                if index + length < count, isWordClass(bytes, index + length), bytes[index] != 0xC2,
                   !startsCompoundSuffix(bytes, index + length) {
                    shape.insert(.hasHyphen)
                    index &+= length
                    continue
                }
            case .apostrophe:
                // Inner apostrophe (O'Brien, d'Ivoire) but not a possessive 's.
                let next = index + length
                if letters > 0, next < count, isWordClass(bytes, next) {
                    let isPossessive = bytes[next] | 0x20 == UInt8(ascii: "s")
                        && (next + 1 >= count || !isWordClass(bytes, next + 1))
                    if !isPossessive {
                        index = next
                        continue
                    }
                }
            case .period:
                let next = index + 1
                // Separators inside numbers: 3.5
                if digits > 0, letters == 0, next < count, bytes[next] >= 0x30, bytes[next] <= 0x39 {
                    index = next
                    continue
                }
                // Acronyms with periods: U.S., U.N., a.m.
                if lettersSincePeriod == 1, letters > 0, digits == 0 {
                    if next < count, isWordClass(bytes, next), CharacterClass.classify(bytes, next).1 == 1,
                       next + 1 >= count || !isWordClass(bytes, next + 1) || bytes[next + 1] == UInt8(ascii: ".") {
                        periods &+= 1
                        lettersSincePeriod = 0
                        index = next
                        continue
                    }
                    // A letter's period at the end of a paragraph ends the sentence: "welcomed the vote on X.".
                    let endsParagraph = next >= count || bytes[next] == UInt8(ascii: "\n") || bytes[next] == UInt8(ascii: "\r")
                    if periods > 0 || letters == 1 && !endsParagraph {
                        // Final period of an acronym or an initial.
                        shape.insert(.abbreviation)
                        index = next
                    }
                } else if periods == 0, digits == 0, isAbbreviation(bytes, start..<index) {
                    shape.insert(.abbreviation)
                    index = next
                }
            default:
                break
            }
            if cls == .punctuation, bytes[index] == UInt8(ascii: ","), digits > 0, letters == 0,
               index + 3 < count, (0..<3).allSatisfy({ bytes[index + 1 + $0] >= 0x30 && bytes[index + 1 + $0] <= 0x39 }) {
                index &+= 1
                continue
            }
            break
        }
        if digits > 0 { shape.insert(.hasDigit) }
        if upper >= 2 && lower == 0 { shape.insert(.allCaps) }
        if upper == 1 && lower == 0 && letters == 1 && periods == 0 && !shape.contains(.abbreviation) {
            // A single capital letter ("A", "I") is capitalized, not all caps.
        }
        let kind: Token.Kind = letters == 0 ? .number : .word
        return WordScan(end: index, kind: kind, shape: shape)
    }

    /// +1 for an upper-case letter, -1 for lower case, 0 for caseless.
    ///
    /// Kept out of line: inlined, its Unicode property lookup sets up a frame on every call of
    /// `readWord`, though most words never get here.
    @inline(never)
    private func letterCase(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ length: Int) -> Int {
        let byte = bytes[index]
        if length == 1 {
            return byte >= 0x41 && byte <= 0x5A ? 1 : (byte >= 0x61 && byte <= 0x7A ? -1 : 0)
        }
        var value = UInt32(byte & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07))
        for k in 1..<length { value = (value << 6) | UInt32(bytes[index + k] & 0x3F) }
        guard let scalar = Unicode.Scalar(value) else { return 0 }
        if scalar.properties.isUppercase { return 1 }
        if scalar.properties.isLowercase { return -1 }
        return 0
    }
}
