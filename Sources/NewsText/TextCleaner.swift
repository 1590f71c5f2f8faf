/// Removes scraped-page junk from plain text while keeping offsets into it.
///
/// Dropped: navigation and share lines ("Skip to Content", "More Images", "Recommended Articles"),
/// bylines, timestamps, copyright and "contributed to this report" lines, photo-credit lines and
/// parenthesized credits "(AP Photo/…)", "FILE -" prefixes, and any paragraph printed a second time
/// (a photo caption repeated under the photo). A dateline such as `NEW YORK (AP) —` is removed from
/// the text and kept as ``DocumentMetadata``.
public struct TextCleaner: Sendable {
    /// Options for cleaning.
    public struct Options: Sendable {
        /// Drop a paragraph that repeats an earlier one of at least this many bytes.
        public var minimumDuplicateLength: Int = 25
        /// Look for a dateline in this many first content lines.
        public var datelineSearchLines: Int = 15
        /// The default options.
        public static let `default` = Options()
    }

    /// The cleaned text, its map to the input, and the metadata found.
    public struct Result: Sendable {
        /// The cleaned text as UTF-8 bytes.
        public var text: [UInt8]
        /// Maps offsets in the cleaned text to offsets in the input.
        public var map: OffsetMap
        /// The dateline, byline and date found while cleaning.
        public var metadata: DocumentMetadata
    }

    /// How the cleaner decides.
    public var options: Options

    /// A cleaner with the given options.
    public init(options: Options = .default) { self.options = options }

    /// Cleans `text` (UTF-8 bytes). A line that is only the site's name (`siteName`, from a page's title: "The
    /// Lakeshore Ledger"), with or without a leading "The", is page furniture.
    public func clean(_ text: [UInt8], siteName: String? = nil) -> Result {
        text.withUnsafeBufferPointer { clean($0, siteName: siteName) }
    }

    func clean(_ bytes: UnsafeBufferPointer<UInt8>, siteName: String? = nil) -> Result {
        let siteNames: [[UInt8]] = siteName.map { name in
            let bare = name.hasPrefix("The ") ? String(name.dropFirst(4)) : name
            return [Array(bare.utf8), Array(("The " + bare).utf8)]
        } ?? []
        var out = TextBuilder(capacity: bytes.count)
        var metadata = DocumentMetadata()
        var paragraphs = ParagraphSet()
        var contentLines = 0
        // After "Related Stories" or "Read More", up to a blank line: headlines of links to other stories.
        var inLinkList = false
        var lineStart = 0
        let count = bytes.count
        while lineStart < count {
            let lineEnd = bytes.index(of: 0x0A, in: lineStart..<count)
            let newlineEnd = min(lineEnd + 1, count)
            var content = trimmed(bytes, lineStart..<lineEnd)
            defer { lineStart = newlineEnd }
            guard !content.isEmpty else {
                inLinkList = false
                out.appendVerbatim(bytes, lineEnd..<newlineEnd)
                continue
            }
            if inLinkList, content.count <= LineClassifier.maximumJunkLength {
                let line = LineText(Array(bytes[content]))
                if !LineClassifier.endsLikeASentence(line) {
                    out.appendReplacement([0x0A], for: lineStart..<newlineEnd)
                    continue
                }
            }
            inLinkList = false
            // The site's name alone on a line: a logo's link.
            if !siteNames.isEmpty, siteNames.contains(where: { $0.elementsEqual(bytes[content]) }) {
                out.appendReplacement([0x0A], for: lineStart..<newlineEnd)
                continue
            }
            // Junk lines are short; long paragraphs only need the prefix checks below.
            if content.count <= LineClassifier.maximumJunkLength || LineClassifier.hasBoilerplatePrefix(bytes, content) {
                let line = LineText(Array(bytes[content]))
                if let kind = LineClassifier.junkKind(of: line) {
                    if kind == .navigation, LineClassifier.isLinkListHeading(line) { inLinkList = true }
                    switch kind {
                    case .byline(let name): if metadata.byline == nil { metadata.byline = name }
                    case .timestamp: if metadata.date == nil { metadata.date = DateParser.firstDate(in: line.string) }
                    default: break
                    }
                    out.appendReplacement([0x0A], for: lineStart..<newlineEnd)
                    continue
                }
            }
            content = strippingFilePrefix(bytes, content)
            if contentLines < options.datelineSearchLines, metadata.datelinePlace == nil,
               let dateline = Dateline.parse(bytes, content) {
                metadata.datelinePlace = dateline.place
                metadata.datelineRegion = dateline.region
                metadata.agency = dateline.agency
                if metadata.date == nil, let date = dateline.date { metadata.date = date }
                content = dateline.rest.lowerBound..<content.upperBound
            }
            contentLines += 1
            // A paragraph printed a second time (a repeated caption) counts once.
            if content.count >= options.minimumDuplicateLength {
                if !paragraphs.insert(bytes, content) {
                    out.appendReplacement([0x0A], for: lineStart..<newlineEnd)
                    continue
                }
            }
            appendRemovingCredits(bytes, content, to: &out)
            out.appendVerbatim(bytes, lineEnd..<newlineEnd)
        }
        return Result(text: out.bytes, map: out.map, metadata: metadata)
    }

    private func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, isSpace(bytes, lower) { lower += spaceLength(bytes, lower) }
        while upper > lower, bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09 || bytes[upper - 1] == 0x0D
            || (upper - 2 >= lower && bytes[upper - 2] == 0xC2 && bytes[upper - 1] == 0xA0) {
            upper -= bytes[upper - 1] == 0xA0 ? 2 : 1
        }
        return lower..<upper
    }

    private func isSpace(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        let byte = bytes[index]
        return byte == 0x20 || byte == 0x09 || byte == 0x0D || (byte == 0xC2 && index + 1 < bytes.count && bytes[index + 1] == 0xA0)
    }

    private func spaceLength(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int { bytes[index] == 0xC2 ? 2 : 1 }

    /// "FILE - ", "FILE – ", "FILE — ", "FILE PHOTO: " at the start of a line.
    private func strippingFilePrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        // Both prefixes start with "F" and need more than six bytes; most lines are let go here, before
        // the prefix arrays are made.
        guard range.count > 6, bytes[range.lowerBound] == UInt8(ascii: "F") else { return range }
        let prefixes: [[UInt8]] = [Array("FILE PHOTO".utf8), Array("FILE".utf8)]
        for prefix in prefixes where range.count > prefix.count + 2 {
            guard zip(prefix, bytes[range.lowerBound...]).allSatisfy({ $0 == $1 }) else { continue }
            var i = range.lowerBound + prefix.count
            while i < range.upperBound, bytes[i] == 0x20 { i += 1 }
            guard i < range.upperBound else { continue }
            if bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: ":") {
                i += 1
            } else if bytes[i] == 0xE2, i + 2 < range.upperBound, bytes[i + 1] == 0x80, bytes[i + 2] == 0x93 || bytes[i + 2] == 0x94 {
                i += 3
            } else {
                continue
            }
            while i < range.upperBound, bytes[i] == 0x20 { i += 1 }
            return i..<range.upperBound
        }
        return range
    }

    /// Openings of a photo credit that ends a caption without parentheses: "… Nov. 15, 2025. Foto: Jane Roe / Agency",
    /// "… 2025. © Jane Roe / Agency", "… 2025. REUTERS/Jane Roe Purchase Licensing Rights".
    static let trailingCreditOpeners: [[UInt8]] = [
        ". foto: ", ". fotos: ", ". photo: ", ". photos: ", ". \u{00A9} ", ". reuters/", ". afp/", ". epa/", ". ap photo/",
    ].map { Array($0.utf8) }

    /// The end of `range` without a trailing photo credit: one of ``trailingCreditOpeners`` in the last 120 bytes,
    /// with no full stop after it; the full stop stays.
    private static func endBeforeTrailingCredit(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        let start = max(range.lowerBound, range.upperBound - 120)
        var i = start
        while i < range.upperBound {
            if bytes[i] == UInt8(ascii: "."),
               let opener = trailingCreditOpeners.first(where: { hasPrefix($0, bytes, at: i, before: range.upperBound, wholeWord: false) }),
               !bytes[(i + opener.count)..<range.upperBound].contains(UInt8(ascii: ".")) {
                return i + 1
            }
            i += 1
        }
        return range.upperBound
    }

    /// Links that follow a photo credit on wire pages, compared without regard to ASCII case.
    static let creditTrailers: [[UInt8]] = ["purchase licensing rights"].map { Array($0.utf8) }

    /// Whether `bytes` at `start` (and before `end`) begin with the lower-case ASCII `prefix`, ignoring ASCII case; with
    /// `wholeWord`, a letter or digit may not follow it.
    private static func hasPrefix(_ prefix: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>, at start: Int, before end: Int,
                                  wholeWord: Bool = true) -> Bool {
        guard hasASCIIPrefixIgnoringCase(prefix, in: bytes, at: start, before: end) else { return false }
        guard wholeWord, start + prefix.count < end else { return true }
        let next = bytes[start + prefix.count]
        return next < 0x80 && !isASCIILetterOrDigit(next)
    }

    /// Copies `range`, leaving out parenthesized photo credits such as "(AP Photo/Jane Roe, File)".
    private func appendRemovingCredits(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, to out: inout TextBuilder) {
        let range = range.lowerBound..<Self.endBeforeTrailingCredit(bytes, range)
        var copied = range.lowerBound
        var i = bytes.index(of: UInt8(ascii: "("), in: range)
        while i < range.upperBound {
            var close = i + 1
            while close < range.upperBound, close - i < 160, bytes[close] != UInt8(ascii: ")"),
                  bytes[close] != UInt8(ascii: "(") { close += 1 }
            if close < range.upperBound, bytes[close] == UInt8(ascii: ")"),
               LineClassifier.isCredit(LineText(Array(bytes[(i + 1)..<close]))) {
                var start = i
                while start > copied, bytes[start - 1] == 0x20 { start -= 1 }
                out.appendVerbatim(bytes, copied..<start)
                copied = close + 1
                i = close
                // A credit's trailing link ("(Reuters/Jane Roe) Purchase Licensing Rights") goes with it.
                var next = close + 1
                while next < range.upperBound, bytes[next] == 0x20 { next += 1 }
                if let trailer = Self.creditTrailers.first(where: { Self.hasPrefix($0, bytes, at: next, before: range.upperBound) }) {
                    copied = next + trailer.count
                    i = copied - 1
                }
            }
            i = bytes.index(of: UInt8(ascii: "("), in: (i + 1)..<range.upperBound)
        }
        out.appendVerbatim(bytes, copied..<range.upperBound)
    }
}
