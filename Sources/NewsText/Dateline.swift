/// A wire-service dateline at the start of a story: `BAKU, Azerbaijan (AP) — `, `MOSCOW, Dec 25 (Reuters) - `,
/// `ATLANTA — `, and the South Asian press's `PATNA: `.
struct Dateline {
    var place: String
    var region: String?
    var agency: String?
    var date: String?
    /// Where the story text starts after the dateline.
    var rest: Range<Int>

    /// Parses a dateline at the start of `range`, or returns nil.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Dateline? {
        if let colon = parseColonForm(bytes, range) { return colon }
        let limit = min(range.upperBound, range.lowerBound + 120)
        // Find the dash that ends the dateline: " — ", " – ", " - ", "—".
        var i = range.lowerBound
        var parenOpen: Int?
        var parenClose: Int?
        while i < limit {
            let byte = bytes[i]
            if byte == UInt8(ascii: "(") { parenOpen = i }
            if byte == UInt8(ascii: ")") { parenClose = i }
            var dashLength = 0
            if byte == UInt8(ascii: "-"), i > range.lowerBound, bytes[i - 1] == 0x20 || bytes[i - 1] == UInt8(ascii: ")") {
                dashLength = 1
                while i + dashLength < limit, bytes[i + dashLength] == UInt8(ascii: "-") { dashLength += 1 }
            } else if byte == 0xE2, i + 2 < limit, bytes[i + 1] == 0x80, bytes[i + 2] == 0x93 || bytes[i + 2] == 0x94 {
                dashLength = 3
            }
            if dashLength > 0 {
                return make(bytes, range, dashStart: i, dashEnd: i + dashLength, parenOpen: parenOpen, parenClose: parenClose)
            }
            i += 1
        }
        return nil
    }

    /// "PATNA: The ruling alliance won …", "NEW DELHI: …": up to three words in capitals and a colon, then a capital
    /// and a sentence of at least 60 bytes. A short line ("WATCH: Floods hit Patna") is a headline's label, no dateline,
    /// and so are a page's labels ("PUBLISHED: April 10, 2025 | UPDATED: …", "UPDATE: …").
    private static func parseColonForm(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Dateline? {
        var i = range.lowerBound, letters = 0, spaces = 0
        while i < min(range.upperBound, range.lowerBound + 30) {
            let byte = bytes[i]
            if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") {
                letters += 1
            } else if byte == 0x20, letters > 0 {
                spaces += 1
            } else if byte != UInt8(ascii: "-") && byte != UInt8(ascii: ".") {
                break
            }
            i += 1
        }
        guard i < range.upperBound, bytes[i] == UInt8(ascii: ":"), letters >= 3, spaces <= 2, bytes[i - 1] != 0x20,
              i + 2 < range.upperBound, bytes[i + 1] == 0x20, bytes[i + 2] >= UInt8(ascii: "A") && bytes[i + 2] <= UInt8(ascii: "Z"),
              range.upperBound - (i + 2) >= 60 else { return nil }
        // A dateline opens a paragraph of sentences; a headline after an organization's initials ("NTSB: Air traffic
        // controller was handling two jobs before midair collision") ends without a full stop. The paragraph may end in a
        // closing quote after it, straight or curly (0x9D is the last byte of "”").
        var last = range.upperBound - 1
        while last > i, bytes[last] == 0x20 || bytes[last] == 0x0D { last -= 1 }
        guard bytes[last] == UInt8(ascii: ".") || bytes[last] == UInt8(ascii: "\"") || bytes[last] == 0x9D else { return nil }
        let place = String(decoding: UnsafeBufferPointer(rebasing: bytes[range.lowerBound..<i]), as: UTF8.self)
        let rest = (i + 2)..<range.upperBound
        let firstWord = rest.prefix { bytes[$0] != 0x20 }
        guard !labelWords.contains(place), !bytes[rest].contains(UInt8(ascii: "|")),
              DateParser.month(Substring(String(decoding: UnsafeBufferPointer(rebasing: bytes[firstWord]), as: UTF8.self))) == nil
        else { return nil }
        return Dateline(place: place.titleCased, region: nil, agency: nil, date: nil, rest: rest)
    }

    /// Words in capitals before a colon that label a line rather than place a story.
    private static let labelWords: Set<String> = [
        "PUBLISHED", "UPDATED", "POSTED", "WATCH", "BREAKING", "UPDATE", "EXCLUSIVE", "PHOTOS", "VIDEO", "LISTEN", "READ",
        "ALSO READ", "READ MORE", "NOTE", "EDITORS NOTE", "CORRECTION", "ANALYSIS", "OPINION", "LIVE", "RELATED", "SOURCE",
        "SOURCES", "FILE", "WARNING", "ADVERTISEMENT", "SPONSORED", "EXPLAINER", "FACT CHECK",
    ]

    private static func make(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, dashStart: Int, dashEnd: Int,
                             parenOpen: Int?, parenClose: Int?) -> Dateline? {
        // The place (the head's first comma-separated part) has no lower-case letter: a line starting with
        // one, like most lines with a dash, is no dateline. Only the ASCII bytes before the first comma
        // are read, which are characters of that part whatever follows.
        for i in range.lowerBound..<dashStart {
            let byte = bytes[i]
            if byte == UInt8(ascii: ",") || byte >= 0x80 || byte == UInt8(ascii: "(") { break }
            if byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") { return nil }
        }
        var headEnd = dashStart
        var agency: String?
        if let open = parenOpen, let close = parenClose, open < close, close < dashStart {
            agency = String(decoding: UnsafeBufferPointer(rebasing: bytes[(open + 1)..<close]), as: UTF8.self)
            headEnd = open
            guard let name = agency, !name.isEmpty, name.count <= 30, name.split(separator: " ").count <= 4,
                  name.first?.isUppercase == true else { return nil }
        }
        // Without an agency, only an em or en dash ends a dateline ("ATLANTA — ").
        if agency == nil, dashEnd - dashStart != 3 { return nil }
        let parts = headParts(UnsafeBufferPointer(rebasing: bytes[range.lowerBound..<headEnd]))
        guard let placePart = parts.first, !placePart.isEmpty else { return nil }
        // The place is written in capitals: at least one all-caps word of two or more letters, no lower case.
        if placePart.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII letters are A-Z and a-z.
            guard placePart.utf8.allSatisfy({ !($0 >= 0x61 && $0 <= 0x7A) }),
                  placePart.utf8.lazy.filter({ $0 >= 0x41 && $0 <= 0x5A }).count >= 2 else { return nil }
        } else {
            let letters = placePart.filter { $0.isLetter }
            guard letters.count >= 2, letters.allSatisfy({ $0.isUppercase }) else { return nil }
        }
        var region: String?
        var date: String?
        for part in parts.dropFirst() {
            if let first = part.split(separator: " ").first, DateParser.month(first) != nil {
                date = DateParser.firstDate(in: part)
            } else if region == nil, part.first?.isUppercase == true, part.count <= 40 {
                region = part
            }
        }
        var restStart = dashEnd
        while restStart < range.upperBound, bytes[restStart] == 0x20 { restStart += 1 }
        return Dateline(place: placePart.titleCased, region: region, agency: agency, date: date,
                        rest: restStart..<range.upperBound)
    }

    /// The comma-separated parts of the head (the dateline before the agency or dash), without surrounding
    /// whitespace.
    private static func headParts(_ head: UnsafeBufferPointer<UInt8>) -> [String] {
        guard head.allSatisfy({ $0 < 0x80 }) else {
            return String(decoding: head, as: UTF8.self).trimmingWhitespace().split(separator: ",").map { $0.trimmingCharacters() }
        }
        // In ASCII every byte is a character. As above: trim the head, split it at commas leaving out empty
        // pieces (a piece of spaces is kept), then trim each piece.
        var lower = 0, upper = head.count
        while lower < upper, isASCIIWhitespace(head[lower]) { lower += 1 }
        while upper > lower, isASCIIWhitespace(head[upper - 1]) { upper -= 1 }
        var parts: [String] = []
        var start = lower
        for end in lower...upper where end == upper || head[end] == UInt8(ascii: ",") {
            var partStart = start, partEnd = end
            if partEnd > partStart {
                while partStart < partEnd, isASCIIWhitespace(head[partStart]) { partStart += 1 }
                while partEnd > partStart, isASCIIWhitespace(head[partEnd - 1]) { partEnd -= 1 }
                parts.append(String(decoding: UnsafeBufferPointer(rebasing: head[partStart..<partEnd]), as: UTF8.self))
            }
            start = end + 1
        }
        return parts
    }
}
