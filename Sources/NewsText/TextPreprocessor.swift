import Foundation

/// Turns raw bytes into an ``Article``: validates UTF-8, strips HTML, cleans junk, tokenizes, splits sentences.
public struct TextPreprocessor: Sendable {
    /// Removes page junk and reads the dateline.
    public var cleaner: TextCleaner
    /// Splits the cleaned text into tokens.
    public var tokenizer = Tokenizer()
    /// Groups tokens into sentences.
    public var splitter = SentenceSplitter()

    /// A preprocessor with the given cleaner.
    public init(cleaner: TextCleaner = TextCleaner()) { self.cleaner = cleaner }

    /// Reads `data` as a document named `id`.
    ///
    /// - Throws: ``TextError`` when the bytes are not UTF-8 text.
    public func process(_ data: Data, id: String, format: TextFormat? = nil) throws(TextError) -> Article {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            bytes.removeFirst(3)
        }
        try Self.validate(bytes, source: id)
        let text = String(decoding: bytes, as: UTF8.self)
        return process(text: text, bytes: bytes, id: id, format: format ?? TextFormat.sniff(bytes))
    }

    /// Processes a string (already valid text).
    public func process(_ text: String, id: String, format: TextFormat? = nil) -> Article {
        let bytes = Array(text.utf8)
        return process(text: text, bytes: bytes, id: id, format: format ?? TextFormat.sniff(bytes))
    }

    private func process(text: String, bytes: [UInt8], id: String, format: TextFormat) -> Article {
        var plain = bytes
        var map = OffsetMap.identity(length: bytes.count)
        var title: String?
        if format == .html {
            let stripped = HTMLStripper().strip(bytes)
            plain = stripped.text
            map = stripped.map
            title = stripped.title
        }
        let cleaned = cleaner.clean(plain, siteName: title.flatMap(Self.siteName(inTitle:)))
        let finalMap = format == .html ? map.composed(with: cleaned.map) : cleaned.map
        var metadata = cleaned.metadata
        metadata.title = title
        let tokens = tokenizer.tokenize(cleaned.text)
        let sentences = splitter.split(tokens, in: cleaned.text)
        return Article(id: id, original: text, cleanText: cleaned.text, offsetMap: finalMap, metadata: metadata,
                       tokens: tokens, sentences: sentences)
    }

    /// The site's name at the end of a page title, after " | ", " – ", " — " or " - " ("… nears – The Lakeshore
    /// Ledger"): one to five words, the first capitalized; nil when the title has none.
    static func siteName(inTitle title: String) -> String? {
        let separators = [" | ", " – ", " — ", " - "]
        guard let cut = separators.compactMap({ title.range(of: $0, options: .backwards) }).max(by: { $0.lowerBound < $1.lowerBound })
        else { return nil }
        let name = title[cut.upperBound...].trimmingCharacters(in: .whitespaces)
        let words = name.split(separator: " ")
        guard (1...5).contains(words.count), name.first?.isUppercase == true else { return nil }
        return name
    }

    /// A part of a long plain text: its text and how many characters of the document come before it.
    public struct Segment: Sendable {
        /// The part's text.
        public var text: String
        /// How many Unicode scalars of the document come before the part.
        public var characterOffset: Int
    }

    /// Cuts a long plain text into parts of at most about `limit` bytes, at a line break, else after a
    /// sentence end, else at a space, so that a huge document is processed in bounded memory and time.
    /// Texts shorter than `limit` come back whole.
    public static func segments(of text: String, limit: Int = 1 << 20) -> [Segment] {
        let utf8 = Array(text.utf8)
        guard utf8.count > limit else { return [Segment(text: text, characterOffset: 0)] }
        var segments: [Segment] = []
        var start = 0
        var characters = 0
        while start < utf8.count {
            var end = min(utf8.count, start + limit)
            if end < utf8.count {
                let floor = start + limit / 2
                var cut = end
                func back(_ accept: (Int) -> Bool) -> Int? {
                    var i = end - 1
                    while i > floor { if accept(i) { return i + 1 }; i -= 1 }
                    return nil
                }
                if let newline = back({ utf8[$0] == 0x0A }) {
                    cut = newline
                } else if let sentence = back({ utf8[$0] == 0x20 && [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?")].contains(utf8[$0 - 1]) }) {
                    cut = sentence
                } else if let space = back({ utf8[$0] == 0x20 }) {
                    cut = space
                } else {
                    // No space at all: cut at a character boundary.
                    while cut > start + 1, utf8[cut] & 0xC0 == 0x80 { cut -= 1 }
                }
                end = cut
            }
            let piece = String(decoding: utf8[start..<end], as: UTF8.self)
            segments.append(Segment(text: piece, characterOffset: characters))
            characters += piece.unicodeScalars.count
            start = end
        }
        return segments
    }

    /// Plain texts longer than this many bytes are read in parts (see ``segments(of:limit:)``).
    public static let segmentLimit = 1 << 20

    /// Checks that `bytes` are UTF-8 text, not binary.
    ///
    /// - Throws: ``TextError/binary(source:)`` or ``TextError/invalidUTF8(source:offset:)``.
    public static func validate(_ bytes: [UInt8], source: String) throws(TextError) {
        var controls = 0
        var index = 0
        let count = bytes.count
        while index < count {
            // Skip eight bytes at once while they are all printable ASCII (0x20...0x7F), the common case.
            if index + 8 <= count, Self.isPrintableASCII(bytes, at: index) {
                index += 8
                continue
            }
            let byte = bytes[index]
            if byte < 0x80 {
                if byte == 0 { throw .binary(source: source) }
                if byte < 0x20, byte != 0x0A, byte != 0x0D, byte != 0x09, byte != 0x0C { controls += 1 }
                index += 1
                continue
            }
            let length: Int
            switch byte {
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: throw .invalidUTF8(source: source, offset: index)
            }
            guard index + length <= count else { throw .invalidUTF8(source: source, offset: index) }
            for k in 1..<length where bytes[index + k] & 0xC0 != 0x80 {
                throw .invalidUTF8(source: source, offset: index)
            }
            // Overlong and surrogate forms.
            if length == 3 {
                let second = bytes[index + 1]
                if (byte == 0xE0 && second < 0xA0) || (byte == 0xED && second > 0x9F) {
                    throw .invalidUTF8(source: source, offset: index)
                }
            } else if length == 4 {
                let second = bytes[index + 1]
                if (byte == 0xF0 && second < 0x90) || (byte == 0xF4 && second > 0x8F) {
                    throw .invalidUTF8(source: source, offset: index)
                }
            }
            index += length
        }
        if count > 0, controls * 20 > count { throw .binary(source: source) }
    }

    /// Whether the eight bytes at `index` are all in 0x20...0x7F, tested on one 64-bit word: a byte is
    /// below 0x20 exactly when subtracting 0x20 from it borrows into its high bit while the byte's own
    /// high bit was clear, and at or above 0x80 when its high bit is set.
    @inline(__always)
    private static func isPrintableASCII(_ bytes: [UInt8], at index: Int) -> Bool {
        let word = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: index, as: UInt64.self) }
        let high: UInt64 = 0x8080_8080_8080_8080
        let below = (word &- 0x2020_2020_2020_2020) & ~word & high
        return (word & high) | below == 0
    }
}
