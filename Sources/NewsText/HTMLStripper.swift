/// Turns an HTML page into plain text: drops tags, comments, scripts, styles and navigation,
/// decodes character references, and puts line breaks where blocks end.
///
/// Offsets into the plain text map back to the HTML through the returned ``OffsetMap``.
public struct HTMLStripper: Sendable {
    /// Elements whose whole content is not article text.
    static let skippedElements: Set<String> = [
        "script", "style", "noscript", "nav", "footer", "template", "svg", "iframe", "head", "button", "form", "select",
        "aside", "address",
    ]
    /// Elements a page's furniture comes in, skipped whole when their `class` or `id` says what they hold
    /// (``furnitureWords``): never `article`, `main` or `body`, which hold the story, nor `li`, whose closing tag may be
    /// left out. A `p` ("<p class="volanta">") is skipped only when it is closed before another paragraph starts.
    static let furnitureElements: Set<String> = ["div", "section", "ul", "ol", "figure", "header", "span", "p"]
    /// Words of `class` and `id` values (split at spaces, `-` and `_`, lower case) that mark page furniture: cookie
    /// banners and privacy dialogs, related links ("more coverage"), newsletter and sign-up boxes, share bars, live strips,
    /// the site's brand and tagline, advertisements, comments.
    static let furnitureWords: Set<String> = [
        "cookie", "cookies", "consent", "gdpr", "related", "newsletter", "newsletters", "share", "sharing", "social",
        "promo", "advert", "advertisement", "ad", "ads", "sponsored", "outbrain", "taboola", "recommended",
        "recommendations", "trending", "popular", "sidebar", "comments", "breadcrumb", "breadcrumbs", "subscribe",
        "subscription", "paywall", "skip", "masthead", "kicker", "byline", "meta", "btn", "menu", "privacy", "cmp",
        "overlay", "modal", "popup", "more", "most", "read", "utility", "weather", "breaking", "ticker", "bar", "strip", "signup",
        "brand", "branding", "tagline", "logo", "toolbar", "topbar", "wordmark", "nav", "navbar", "navrail", "navigation",
        "recommend", "credit", "credits", "nl", "edition", "editions", "picker", "trail", "crumb", "crumbs", "lang", "language",
        "languages", "locale", "author", "authors", "bio", "tag", "tags", "topics", "keywords", "writer", "writers", "contributor",
        // Spanish, Portuguese and French sites' words for the same parts.
        "cabecera", "pie", "compartir", "compartilhar", "partager", "boletin", "boletim", "etiquetas", "autor", "autores",
        "auteur", "idiomas", "migas", "franja", "publicidad", "publicidade", "relacionadas", "relacionados", "suscribir",
        "suscripcion", "leido", "tambien", "firma", "colaborador", "antetitulo", "volanta", "signature", "autoria", "fecha",
        "actualizado", "encabezado", "acciones", "anuncio", "anuncios", "seccion", "buscar", "buscador", "registro",
        "cabecalho", "rodape", "navegacao", "trilho", "partilhar", "leia", "tambem", "lidas", "assinar", "entrar", "idioma",
        "saltar", "privacidade", "atualizado",
        // Dutch, German and Italian ones.
        "rubriek", "deel", "delen", "lees", "advertentie", "nieuwsbrief", "zoeken", "inloggen", "onderwerpen", "gelezen",
        "kruimelpad", "anzeige", "werbung", "teilen", "themen", "verwandte", "meistgelesen", "pubblicita", "condividi",
        "correlati", "leggi", "argomenti", "iscriviti", "autoren", "autore", "autori", "bildnachweis", "fotonachweis", "quelle",
        "mehr", "thema", "brotkrumen", "dachzeile", "lesezeit", "bron",
        // French ones.
        "publicite", "lire", "aussi", "lettre", "ariane", "abonnement", "partage", "tete", "entete", "recherche", "cles",
    ]
    /// Words of `class` and `id` values that mark the story itself: a furniture word takes away such a part only
    /// when it holds no paragraph ("story-meta", but not "article-body share-enabled").
    static let storyWords: Set<String> = ["article", "body", "content", "main", "story", "post", "entry", "text"]

    /// Elements that end a line of text.
    static let blockElements: Set<String> = [
        "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "td", "th", "table",
        "section", "article", "header", "figure", "figcaption", "blockquote", "title", "body", "html", "main",
        "dd", "dt", "dl", "hr", "pre", "address", "caption", "picture",
    ]

    /// The plain text, its offset map and the page title, if any.
    public struct Result: Sendable {
        /// The plain text as UTF-8 bytes.
        public var text: [UInt8]
        /// Maps offsets in the plain text to offsets in the HTML.
        public var map: OffsetMap
        /// The page's `<title>`, if any.
        public var title: String?
    }

    /// A default instance; it has no settings.
    public init() {}

    /// Strips `html` (UTF-8 bytes) to plain text.
    public func strip(_ html: [UInt8]) -> Result {
        html.withUnsafeBufferPointer { strip($0) }
    }

    func strip(_ html: UnsafeBufferPointer<UInt8>) -> Result {
        var out = TextBuilder(capacity: html.count / 2)
        var title: String?
        var index = 0
        let count = html.count
        var textStart = 0

        func flushText(upTo end: Int) {
            var i = textStart
            var runStart = i
            while i < end {
                let byte = html[i]
                if byte == UInt8(ascii: "&") {
                    if let (decoded, length) = HTMLEntities.decode(html, at: i, limit: end) {
                        out.appendVerbatim(html, runStart..<i)
                        out.appendReplacement(decoded, for: i..<(i + length))
                        i += length
                        runStart = i
                        continue
                    }
                } else if byte == 0x0A || byte == 0x0D || byte == 0x09 {
                    // Line breaks inside HTML text are spaces.
                    out.appendVerbatim(html, runStart..<i)
                    out.appendReplacement([0x20], for: i..<(i + 1))
                    runStart = i + 1
                }
                i += 1
            }
            out.appendVerbatim(html, runStart..<end)
        }

        func lineBreak(at position: Int) {
            if let last = out.lastByte, last != 0x0A {
                out.appendReplacement([0x0A], for: position..<position)
            }
        }

        while index < count {
            index = html.index(of: UInt8(ascii: "<"), in: index..<count)
            guard index < count else { break }
            // Comments and declarations.
            if matches(html, index, "<!--") {
                flushText(upTo: index)
                index = find(html, "-->", from: index + 4).map { $0 + 3 } ?? count
                textStart = index
                continue
            }
            guard let tag = readTag(html, at: index) else { index += 1; continue }
            flushText(upTo: index)
            index = tag.end
            if Self.skippedElements.contains(tag.name), !tag.isClosing, !tag.isSelfClosing {
                let close = findClosingTag(html, name: tag.name, from: index)
                if tag.name == "head", let titleRange = findElementText(html, name: "title", in: index..<close.start) {
                    title = HTMLEntities.decodeString(html, titleRange)
                }
                lineBreak(at: index)
                index = close.end
            } else if !tag.isClosing, !tag.isSelfClosing, Self.furnitureElements.contains(tag.name),
                      case let marks = classMarks(html, tag), marks.furniture,
                      case let close = findMatchingClosingTag(html, name: tag.name, from: index), close.start < count,
                      !containsStory(html, index..<close.start, paragraphs: marks.story || tag.name == "p") {
                lineBreak(at: index)
                index = close.end
            } else if tag.name == "title", !tag.isClosing {
                let close = findClosingTag(html, name: "title", from: index)
                title = HTMLEntities.decodeString(html, index..<close.start)
                index = close.end
            } else if Self.blockElements.contains(tag.name) {
                lineBreak(at: index)
            }
            textStart = index
        }
        flushText(upTo: count)
        return Result(text: out.bytes, map: out.map, title: title?.trimmingWhitespace())
    }

    struct Tag {
        var name: String
        var isClosing: Bool
        var isSelfClosing: Bool
        var end: Int
        /// The bytes of the attributes, between the name and the closing `>`.
        var attributes: Range<Int> = 0..<0
    }

    /// Whether an element's `class` or `id` marks it as page furniture (``furnitureWords``), and whether as a part of
    /// the story (``storyWords``: "story-meta", "article-body share-enabled").
    private func classMarks(_ html: UnsafeBufferPointer<UInt8>, _ tag: Tag) -> (furniture: Bool, story: Bool) {
        guard tag.attributes.count > 4 else { return (false, false) }
        var furniture = false, story = false
        var i = tag.attributes.lowerBound
        let end = tag.attributes.upperBound
        while i < end {
            // An attribute's name, then its quoted value.
            while i < end, !isASCIILetterOrDigit(html[i]) { i += 1 }
            let nameStart = i
            while i < end, isASCIILetterOrDigit(html[i]) || html[i] == UInt8(ascii: "-") { i += 1 }
            let name = nameStart..<i
            guard i < end, html[i] == UInt8(ascii: "=") else { continue }
            i += 1
            guard i < end, html[i] == UInt8(ascii: "\"") || html[i] == UInt8(ascii: "'") else { continue }
            let quote = html[i]
            i += 1
            let valueStart = i
            while i < end, html[i] != quote { i += 1 }
            let value = valueStart..<i
            i += 1
            guard name.count == 5 && matchesCaseInsensitive(html, name.lowerBound, Self.className)
                    || name.count == 2 && matchesCaseInsensitive(html, name.lowerBound, Self.idName) else { continue }
            var wordStart = value.lowerBound
            for k in value.lowerBound...value.upperBound {
                guard k == value.upperBound || !isASCIILetterOrDigit(html[k]) else { continue }
                if k > wordStart {
                    let word = String(decoding: UnsafeBufferPointer(rebasing: html[wordStart..<k]), as: UTF8.self).lowercased()
                    if Self.storyWords.contains(word) { story = true }
                    if Self.furnitureWords.contains(word) { furniture = true }
                }
                wordStart = k + 1
            }
        }
        return (furniture, story)
    }

    private static let className = Array("class".utf8), idName = Array("id".utf8), paragraphTag = Array("<p".utf8)
    private static let storyTags = [Array("<h1".utf8), Array("<article".utf8), Array("<main".utf8)]

    /// Whether a page's part holds the story's headline or body (`<h1`, `<article`, `<main`), or, for a part its class
    /// names as the story's (`paragraphs`), a paragraph (`<p`): then it is no furniture whatever its class says.
    private func containsStory(_ html: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, paragraphs: Bool) -> Bool {
        var i = range.lowerBound
        while i < range.upperBound {
            i = html.index(of: UInt8(ascii: "<"), in: i..<range.upperBound)
            guard i < range.upperBound else { return false }
            if Self.storyTags.contains(where: { matchesCaseInsensitive(html, i, $0) })
                || paragraphs && matchesCaseInsensitive(html, i, Self.paragraphTag) && i + 2 < range.upperBound
                   && !isASCIILetterOrDigit(html[i + 2]) {
                return true
            }
            i += 1
        }
        return false
    }

    /// The closing tag of the element `name` opened before `from`, past the elements of the same name nested in it.
    private func findMatchingClosingTag(_ html: UnsafeBufferPointer<UInt8>, name: String, from: Int) -> (start: Int, end: Int) {
        var depth = 0
        var i = from
        while i < html.count {
            i = html.index(of: UInt8(ascii: "<"), in: i..<html.count)
            guard i < html.count else { break }
            guard let tag = readTag(html, at: i) else { i += 1; continue }
            if tag.name == name, !tag.isSelfClosing {
                if tag.isClosing {
                    if depth == 0 { return (i, tag.end) }
                    depth -= 1
                } else {
                    depth += 1
                }
            }
            i = tag.end
        }
        return (html.count, html.count)
    }

    private func readTag(_ html: UnsafeBufferPointer<UInt8>, at start: Int) -> Tag? {
        var i = start + 1
        var isClosing = false
        if i < html.count, html[i] == UInt8(ascii: "/") { isClosing = true; i += 1 }
        if i < html.count, html[i] == UInt8(ascii: "!") || html[i] == UInt8(ascii: "?") {
            // <!DOCTYPE …> or <?xml …?>
            guard let close = find(html, ">", from: i) else { return nil }
            return Tag(name: "!", isClosing: false, isSelfClosing: true, end: close + 1)
        }
        let nameStart = i
        while i < html.count, isASCIILetterOrDigit(html[i]) { i += 1 }
        guard i > nameStart else { return nil }
        let name = String(decoding: UnsafeBufferPointer(rebasing: html[nameStart..<i]), as: UTF8.self).lowercased()
        // Skip attributes, honouring quotes.
        let attributesStart = i
        var quote: UInt8 = 0
        while i < html.count {
            let byte = html[i]
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                let selfClosing = i > start && html[i - 1] == UInt8(ascii: "/")
                return Tag(name: name, isClosing: isClosing, isSelfClosing: selfClosing, end: i + 1, attributes: attributesStart..<i)
            }
            i += 1
        }
        return Tag(name: name, isClosing: isClosing, isSelfClosing: true, end: html.count)
    }

    private func findClosingTag(_ html: UnsafeBufferPointer<UInt8>, name: String, from: Int) -> (start: Int, end: Int) {
        let needle = Array("</\(name)".utf8)
        var i = from
        while i + needle.count <= html.count {
            if html[i] == UInt8(ascii: "<"), matchesCaseInsensitive(html, i, needle) {
                let after = i + needle.count
                if after >= html.count || !isASCIILetterOrDigit(html[after]) {
                    let end = find(html, ">", from: after).map { $0 + 1 } ?? html.count
                    return (i, end)
                }
            }
            i += 1
        }
        return (html.count, html.count)
    }

    private func findElementText(_ html: UnsafeBufferPointer<UInt8>, name: String, in range: Range<Int>) -> Range<Int>? {
        let open = Array("<\(name)".utf8)
        var i = range.lowerBound
        while i + open.count <= range.upperBound {
            if matchesCaseInsensitive(html, i, open), let tag = readTag(html, at: i), tag.name == name {
                let close = findClosingTag(html, name: name, from: tag.end)
                return tag.end..<min(close.start, range.upperBound)
            }
            i += 1
        }
        return nil
    }

    private func matches(_ html: UnsafeBufferPointer<UInt8>, _ at: Int, _ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard at + count <= html.count else { return false }
        let pointer = literal.utf8Start
        for k in 0..<count where html[at + k] != pointer[k] { return false }
        return true
    }

    private func matchesCaseInsensitive(_ html: UnsafeBufferPointer<UInt8>, _ at: Int, _ needle: [UInt8]) -> Bool {
        hasASCIIPrefixIgnoringCase(needle, in: html, at: at, before: html.count)
    }

    private func find(_ html: UnsafeBufferPointer<UInt8>, _ literal: StaticString, from: Int) -> Int? {
        var i = from
        while i < html.count {
            if matches(html, i, literal) { return i }
            i += 1
        }
        return nil
    }
}

@inline(__always) func asciiLower(_ byte: UInt8) -> UInt8 {
    (byte >= 0x41 && byte <= 0x5A) ? byte | 0x20 : byte
}

/// Whether `bytes` at `start` begin with the lower-case ASCII `prefix`, ignoring ASCII case, before `end`.
@inline(__always) func hasASCIIPrefixIgnoringCase(_ prefix: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at start: Int,
                                                  before end: Int) -> Bool {
    guard end - start >= prefix.count else { return false }
    for k in 0..<prefix.count where asciiLower(bytes[start + k]) != prefix[k] { return false }
    return true
}

@inline(__always) func asciiUpper(_ byte: UInt8) -> UInt8 {
    (byte >= 0x61 && byte <= 0x7A) ? byte & 0xDF : byte
}

@inline(__always) func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
    (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
}

/// Whether `byte` is an ASCII character other than whitespace. A string that starts and ends with such
/// bytes has nothing to trim: its first and last characters are not whitespace (a character is whitespace
/// by its first scalar, and no scalar joins an ASCII character that ends a string to one before it that is
/// whitespace).
@inline(__always) func isASCIINonWhitespace(_ byte: UInt8) -> Bool {
    byte < 0x80 && !isASCIIWhitespace(byte)
}

/// Whether `byte` is an ASCII whitespace character (space, tab, line feed, vertical tab, form feed or
/// carriage return), as `Character.isWhitespace` says of it.
@inline(__always) func isASCIIWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || (0x09...0x0D).contains(byte)
}

extension String {
    /// The string without leading and trailing whitespace and newlines.
    func trimmingWhitespace() -> String {
        if utf8.first.map(isASCIINonWhitespace) ?? false, utf8.last.map(isASCIINonWhitespace) ?? false { return self }
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
