/// The input format of a document.
public enum TextFormat: String, Sendable, CaseIterable {
    /// Plain text (also Markdown, read as plain text).
    case plain
    /// An HTML page.
    case html

    /// Guesses the format from the first bytes: a page that starts with a tag is HTML.
    public static func sniff(_ bytes: [UInt8]) -> TextFormat {
        var i = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
        guard i < bytes.count, bytes[i] == UInt8(ascii: "<") else { return .plain }
        let head = String(decoding: bytes[i..<min(bytes.count, i + 15)], as: UTF8.self).lowercased()
        return head.hasPrefix("<!doctype html") || head.hasPrefix("<html") || head.hasPrefix("<head")
            || head.hasPrefix("<body") || head.hasPrefix("<div") || head.hasPrefix("<p>") || head.hasPrefix("<!--")
            || head.hasPrefix("<article") || head.hasPrefix("<meta") ? .html : .plain
    }
}

/// A news document after text processing: the original text, the cleaned text, tokens and sentences.
///
/// Token and sentence ranges are UTF-8 byte offsets into ``cleanText``; ``originalRange(of:)`` maps them
/// back to the original input, and ``characterOffset(ofOriginalByte:)`` turns those into Unicode
/// scalar (character) offsets for export.
public struct Article: Sendable {
    /// A name for the document, such as its file path.
    public var id: String
    /// The original text as read.
    public let original: String
    /// The cleaned article text as UTF-8 bytes.
    public let cleanText: [UInt8]
    /// Maps offsets in ``cleanText`` to offsets in ``original``.
    public let offsetMap: OffsetMap
    /// Title, dateline, agency, date.
    public var metadata: DocumentMetadata
    /// Characters of the document before this article's text, when a long document is read in parts
    /// (see ``TextPreprocessor/segments(of:limit:)``); added to every character offset.
    public var characterOffsetBase = 0
    /// Every token of ``cleanText``.
    public let tokens: [Token]
    /// Sentences over ``tokens``.
    public let sentences: [Sentence]
    private let scalarCheckpoints: [Int32]

    init(id: String, original: String, cleanText: [UInt8], offsetMap: OffsetMap, metadata: DocumentMetadata,
         tokens: [Token], sentences: [Sentence]) {
        self.id = id
        self.original = original
        self.cleanText = cleanText
        self.offsetMap = offsetMap
        self.metadata = metadata
        self.tokens = tokens
        self.sentences = sentences
        var copy = original
        self.scalarCheckpoints = copy.withUTF8 { Self.scalarCheckpoints($0) }
    }

    /// Scalar counts at every 256th byte of the original (the count before byte 0, 256, 512, …), for fast
    /// character offsets.
    private static func scalarCheckpoints(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int32] {
        var checkpoints: [Int32] = [0]
        checkpoints.reserveCapacity(bytes.count / 256 + 1)
        var scalars: Int32 = 0
        let raw = UnsafeRawBufferPointer(bytes)
        let high: UInt64 = 0x8080_8080_8080_8080
        var blockStart = 0
        while blockStart + 256 <= bytes.count {
            // Every byte but a continuation byte (10xxxxxx) starts a scalar. Eight bytes at a time: shifting
            // the word left by one puts each byte's bit 6 on its bit 7, so `word & ~(word << 1)` keeps bit 7
            // exactly on continuation bytes.
            var continuations = 0
            for offset in stride(from: blockStart, to: blockStart + 256, by: 8) {
                let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                continuations &+= (word & ~(word &<< 1) & high).nonzeroBitCount
            }
            scalars &+= Int32(256 - continuations)
            checkpoints.append(scalars)
            blockStart += 256
        }
        return checkpoints
    }

    /// The text of a token.
    public func text(of token: Token) -> String {
        String(decoding: cleanText[token.range], as: UTF8.self)
    }

    /// The cleaned text of a byte range.
    public func text(of range: Range<Int>) -> String {
        String(decoding: cleanText[range], as: UTF8.self)
    }

    /// The cleaned text of a sentence.
    public func text(of sentence: Sentence) -> String { text(of: sentence.range) }

    /// The range in ``original`` (UTF-8 bytes) of a range of ``cleanText``.
    public func originalRange(of range: Range<Int>) -> Range<Int> {
        let start = offsetMap.originalOffset(of: range.lowerBound)
        let end = offsetMap.originalOffset(of: range.upperBound, isEnd: true)
        return start..<max(start, end)
    }

    /// The Unicode scalar offset of a UTF-8 byte offset in ``original``.
    public func characterOffset(ofOriginalByte offset: Int) -> Int {
        var copy = original
        return copy.withUTF8 { bytes in
            let clamped = min(max(0, offset), bytes.count)
            let checkpoint = clamped >> 8
            var scalars = Int(scalarCheckpoints[min(checkpoint, scalarCheckpoints.count - 1)])
            var index = checkpoint << 8
            // Eight bytes at a time, as in ``scalarCheckpoints(_:)``: bit 7 of `word & ~(word << 1)` marks
            // the continuation bytes, which start no scalar. Each byte of `continuations` counts the marks
            // of its lane; fewer than 256 bytes remain after the checkpoint, so the lanes sum to at most 248
            // and one multiplication adds them up without a carry out of the top byte.
            let raw = UnsafeRawBufferPointer(bytes)
            let high: UInt64 = 0x8080_8080_8080_8080
            var continuations: UInt64 = 0
            let start = index
            while index + 8 <= clamped {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                continuations &+= (word & ~(word &<< 1) & high) &>> 7
                index += 8
            }
            scalars &+= (index &- start) &- Int((continuations &* 0x0101_0101_0101_0101) &>> 56)
            while index < clamped {
                if bytes[index] & 0xC0 != 0x80 { scalars += 1 }
                index += 1
            }
            return characterOffsetBase + scalars
        }
    }
}
