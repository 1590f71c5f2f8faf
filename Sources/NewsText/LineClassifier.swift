/// Recognizes lines of a scraped page that are not article text.
enum LineClassifier {
    enum JunkKind: Equatable {
        case navigation, byline(String), timestamp, credit, boilerplate
    }

    /// Navigation, share and section lines, compared in lower case without trailing punctuation.
    static let navigationLines: Set<String> = [
        "skip to content", "skip to main content", "skip to navigation", "more images", "more photos",
        "recommended articles", "recommended", "recommended stories", "related", "related articles",
        "related stories", "related coverage", "related content", "share", "share this", "share this article",
        "share this story", "share on facebook", "share on twitter", "share on x", "share via email", "tweet",
        "email", "print", "copy link", "link copied", "facebook", "twitter", "x", "whatsapp", "linkedin",
        "reddit", "telegram", "advertisement", "ad", "sign up", "subscribe", "log in", "login", "sign in",
        "menu", "search", "home", "read more", "show more", "most read", "most popular", "trending",
        "top stories", "newsletter", "newsletters", "close", "back to top", "listen", "listen to this article",
        "watch", "comments", "leave a comment", "view comments", "all rights reserved", "cookie settings",
        "accept cookies", "privacy policy", "terms of use", "terms of service", "contact us", "about us",
        "world", "politics", "business", "sports", "entertainment", "health", "science", "technology", "tech",
        "u.s.", "us news", "world news", "video", "videos", "photos", "gallery", "more stories", "next",
        "previous", "loading", "save", "saved", "gift this article", "follow", "top news", "latest news",
        "breaking news", "live updates", "continue reading", "read full article", "you may also like",
        "editor's picks", "editors' picks", "sponsored", "sponsored content", "opinion", "lifestyle",
        "climate", "europe", "asia", "africa", "middle east", "americas", "trending now", "enlarge this image",
        "toggle caption", "hide caption", "image", "photo", "caption", "expand", "more", "print this article",
        "email this article", "share this page", "jump to", "full coverage", "what to know", "key points",
        // Spanish, Portuguese, French and German sites' words for the same.
        "publicidad", "publicidade", "anuncio", "publicité", "werbung", "anzeige", "buscar", "rechercher", "suchen",
        "compartir", "partager", "teilen", "suscríbete", "assine", "abonnez-vous", "abonnieren",
        // A site's own links: its print edition, account and language, and "skip to content" in other languages.
        "e-paper", "epaper", "account", "my account", "register", "abo", "anmelden", "inloggen", "zoeken", "entrar",
        "iniciar sesión", "se connecter", "connexion", "deutsch", "english", "español", "français", "português",
        "saltar al contenido", "saltar para o conteúdo", "zum inhalt springen", "aller au contenu", "naar inhoud",
    ]

    /// Navigation lines that head a list of links to other stories: the short lines after one, up to a blank line,
    /// are those links' headlines.
    static let linkListHeadings: Set<String> = [
        "recommended articles", "recommended", "recommended stories", "related", "related articles", "related stories",
        "related coverage", "related content", "read more", "more stories", "you may also like", "editor's picks",
        "editors' picks", "most read", "most popular", "trending", "trending now", "top stories", "latest news",
        "full coverage",
    ]

    /// Whether `line` heads a list of links to other stories (``linkListHeadings``).
    static func isLinkListHeading(_ line: LineText) -> Bool {
        line.bytes.count <= 24 && linkListHeadings.contains(navigationKey(of: line).string)
    }

    /// Whether `line` ends like a sentence: with a full stop, a question or exclamation mark, or a closing quote.
    static func endsLikeASentence(_ line: LineText) -> Bool {
        guard let last = line.bytes.last else { return false }
        return last == UInt8(ascii: ".") || last == UInt8(ascii: "?") || last == UInt8(ascii: "!") || last == UInt8(ascii: "\"")
            || last == 0x9D
    }

    static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sept.", "sep.",
        "oct.", "nov.", "dec.", "jan", "feb", "aug", "sept", "oct", "nov", "dec",
    ]
    static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// Lines longer than this (in bytes) are article text unless they start like boilerplate.
    static let maximumJunkLength = 160

    /// Whether a long line starts like a copyright or credit notice.
    static func hasBoilerplatePrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let prefixes: [StaticString] = ["Copyright", "COPYRIGHT", "\u{00A9}", "This story", "This article", "Follow ",
                                        "Privacy Notice", "Sign up", "Support ", "We use cookies", "This site uses cookies",
                                        "This website uses cookies", "Reporting by", "Additional reporting by", "(Reporting by"]
        for prefix in prefixes where range.count >= prefix.utf8CodeUnitCount {
            var matches = true
            for k in 0..<prefix.utf8CodeUnitCount where bytes[range.lowerBound + k] != prefix.utf8Start[k] {
                matches = false
                break
            }
            if matches { return true }
        }
        return false
    }

    /// Whether a parenthesized text is a photo or media credit ("AP Photo/…", "Foto: …" in Spanish and Portuguese).
    static func isCredit(_ inside: LineText) -> Bool {
        if inside.contains("Photo") || inside.contains("photo") || inside.contains("Getty Images")
            || inside.contains("via AP") || inside.contains("via Reuters") || inside.contains("Pool")
            || inside.contains("/AP") || inside.contains("/Reuters") || inside.contains("/AFP")
            || inside.contains("EPA-EFE") || inside.contains("Shutterstock") || inside.contains("Credit:")
            || inside.hasPrefix("Reuters/") || inside.hasPrefix("AFP/") || inside.hasPrefix("AP/") || inside.hasPrefix("EPA/")
            || inside.hasPrefix("Foto:") || inside.hasPrefix("Fotos:") || inside.hasPrefix("Fotografía:") || inside.hasPrefix("Imagen:") {
            return !inside.contains(". ")
        }
        return false
    }

    /// Whether a lower-case line credits the reporting ("Reporting by …", "… contributed to this report"), states
    /// a publisher's terms ("Our Standards: …", "By signing up, you agree …", "We use cookies …") or offers a newsletter ("Sign up for
    /// our newsletter and get the week's top stories from Asia in your inbox."): boilerplate, sentence or not.
    private static func isCreditOrTerms(_ key: LineText) -> Bool {
        key.contains("contributed to this report") || key.contains("contributed reporting")
            || key.hasPrefix("reporting by") || key.hasPrefix("additional reporting by") || key.hasPrefix("(reporting by")
            || key.hasPrefix("our standards") || key.hasPrefix("by signing up") || key.hasPrefix("by subscribing")
            || (key.hasPrefix("sign up") || key.hasPrefix("subscribe")) && (key.contains("newsletter") || key.contains("inbox"))
            || key.hasPrefix("privacy notice") || key.contains("recaptcha")
            || key.hasPrefix("we use cookies") || key.hasPrefix("this site uses cookies") || key.hasPrefix("this website uses cookies")
            || key.hasPrefix("support ") && (key.contains("journalism") || key.contains("per month"))
    }

    /// The kind of junk a trimmed line is, or nil for article text.
    static func junkKind(of line: LineText) -> JunkKind? {
        // A sentence of article text (several words, ending like a sentence) is only junk if it is boilerplate.
        if let last = line.bytes.last, last == UInt8(ascii: ".") || last == UInt8(ascii: "\"") || last == 0x9D,
           line.bytes.lazy.filter({ $0 == 0x20 }).count >= 7 {
            let key = line.lowercased()
            if isCreditOrTerms(key) || key.hasPrefix("copyright") || key.hasPrefix("this story") || key.hasPrefix("this article")
                || key.hasPrefix("follow ") {
                return .boilerplate
            }
            return nil
        }
        let key = navigationKey(of: line)
        if isNavigationLine(key) { return .navigation }
        if key.hasPrefix("copyright") || key.hasPrefix("\u{00A9}") || key.hasPrefix("(c) ") { return .boilerplate }
        if isCreditOrTerms(key)
            || key.hasPrefix("follow ") && key.count < 120 || key.hasPrefix("read more:") || key.hasPrefix("also read:")
            || key.hasPrefix("read:") || key.hasPrefix("related:")
            || key.hasPrefix("see also:") || key.hasPrefix("sign up for") || key.hasPrefix("sign up to")
            || key.hasPrefix("this story has been corrected") || key.hasPrefix("enter your email")
            || key.hasPrefix("this article was") || key.hasPrefix("photo:") || key.hasPrefix("photos:")
            || key.hasPrefix("credit:") || key.hasPrefix("image:") || key.hasPrefix("image source")
            || key.hasPrefix("editing by") || key.hasPrefix("writing by") || key.hasPrefix("compiled by")
            || key.hasPrefix("get the ") && key.count < 40 && !key.hasSuffix(".") {
            // "Get the World Briefing": a newsletter's box names the newsletter.
            return .boilerplate
        }
        if isNavigationBar(line) || isShareBar(key) || isBreadcrumb(line) || isSectionLabel(line) || isRowOfLinks(key) {
            return .navigation
        }
        // "Click to share on Facebook (Opens in new window)": a share button's label; "Tags: …", "Topics: …", "Mots-clés :
        // …": a page's list of topics.
        if key.hasPrefix("click to ") && key.count < 80 || key.hasPrefix("tags:") || key.hasPrefix("topics:")
            || key.hasPrefix("mots-clés") || key.hasPrefix("mots clés") { return .navigation }
        if let name = byline(line) { return .byline(name) }
        if isTimestamp(key) { return .timestamp }
        if isCreditLine(line) { return .credit }
        return nil
    }

    /// The line in lower case without trailing `:`, `.`, `›`, `>`, `»`, `|` and surrounding whitespace.
    static func navigationKey(of line: LineText) -> LineText {
        guard line.isASCII else {
            var key = line.string.lowercased()
            while let last = key.last, last == ":" || last == "." || last == "›" || last == ">" || last == "»" || last == "|" {
                key.removeLast()
            }
            return LineText(Array(key.trimmingWhitespace().utf8))
        }
        // In ASCII every byte is a character (a line holds no "\r\n" pair, which would be one).
        var bytes = line.bytes.map(asciiLower)
        while let last = bytes.last, last == UInt8(ascii: ":") || last == UInt8(ascii: ".") || last == UInt8(ascii: ">")
            || last == UInt8(ascii: "|") {
            bytes.removeLast()
        }
        guard let first = bytes.firstIndex(where: { !isASCIIWhitespace($0) }),
              let last = bytes.lastIndex(where: { !isASCIIWhitespace($0) }) else { return LineText([]) }
        return LineText(Array(bytes[first...last]))
    }

    /// The longest navigation line in bytes; a longer ASCII key cannot be one.
    static let longestNavigationLine = navigationLines.map(\.utf8.count).max() ?? 0

    /// Whether a navigation key is one of ``navigationLines``.
    static func isNavigationLine(_ key: LineText) -> Bool {
        // Only non-ASCII text can equal an entry with a different byte count (by canonical equivalence).
        if key.isASCII, key.bytes.count > longestNavigationLine { return false }
        return navigationLines.contains(key.string)
    }

    /// Whether a short lower-case line is only navigation items side by side, as a page's links become when
    /// their markup is stripped: "e-paper subscribe", "menu zoeken inloggen", "e-paper | sign in". Items of up to
    /// three words are matched longest first against ``navigationLines``.
    static func isRowOfLinks(_ key: LineText) -> Bool {
        guard key.bytes.count <= 60, key.bytes.contains(0x20) else { return false }
        let words = key.string.split(whereSeparator: { $0 == " " || $0 == "|" || $0 == "·" })
        guard words.count >= 2 else { return false }
        var index = 0, items = 0
        while index < words.count {
            guard let length = (1...min(3, words.count - index)).reversed().first(where: { length in
                navigationLines.contains(words[index..<(index + length)].joined(separator: " "))
            }) else { return false }
            index += length
            items += 1
        }
        return items >= 2
    }

    /// Whether a short line is a trail of sections with one "›" or "»" between them ("News › Nation & World").
    static func isBreadcrumb(_ text: LineText) -> Bool {
        let bytes = text.bytes
        guard bytes.count < 80, bytes.last != UInt8(ascii: ".") else { return false }
        // " › " is 20 E2 80 BA 20; " » " is 20 C2 BB 20.
        for i in bytes.indices.dropLast(3) where bytes[i] == 0x20 {
            if bytes[i + 1] == 0xE2, i + 4 < bytes.count, bytes[i + 2] == 0x80, bytes[i + 3] == 0xBA, bytes[i + 4] == 0x20 { return true }
            if bytes[i + 1] == 0xC2, bytes[i + 2] == 0xBB, bytes[i + 3] == 0x20 { return true }
        }
        return false
    }

    /// "Africa | Diplomacy": a page's section and subsection, two short capitalized labels on either side of one " | ".
    static func isSectionLabel(_ text: LineText) -> Bool {
        guard text.bytes.count <= 40 else { return false }
        let sides = text.string.components(separatedBy: " | ")
        guard sides.count == 2 else { return false }
        return sides.allSatisfy { side in
            let words = side.split(separator: " ")
            return (1...2).contains(words.count) && words.allSatisfy { $0.first?.isUppercase == true && $0.allSatisfy(\.isLetter) }
        }
    }

    /// "Home | World | Politics", "News · Europe · Russia".
    static func isNavigationBar(_ text: LineText) -> Bool {
        // At least two separator scalars ("|", "/", "·" C2 B7, "»" C2 BB, "•" E2 80 A2, "›" E2 80 BA), counted in bytes.
        var separators = 0
        let bytes = text.bytes
        for (i, byte) in bytes.enumerated() {
            if byte == UInt8(ascii: "|") || byte == UInt8(ascii: "/") {
                separators += 1
            } else if byte == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xB7 || bytes[i + 1] == 0xBB {
                separators += 1
            } else if byte == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA2 || bytes[i + 2] == 0xBA {
                separators += 1
            }
        }
        guard separators >= 2 else { return false }
        if text.isASCII { return isASCIINavigationBar(bytes) }
        let line = text.string
        let separatorSet: Set<Character> = ["|", "•", "·", "›", "»", "/"]
        let items = line.split(whereSeparator: { separatorSet.contains($0) })
            .map { $0.trimmingCharacters() }.filter { !$0.isEmpty }
        let separatorCount = line.filter { separatorSet.contains($0) }.count
        guard separatorCount >= 2, items.count >= 3 else { return false }
        let average = items.reduce(0) { $0 + $1.count } / items.count
        return average <= 20 && !line.hasSuffix(".")
    }

    /// ``isNavigationBar(_:)`` for an ASCII line with at least two separators, on bytes: in ASCII every
    /// byte is a character and the separators are "|" and "/".
    private static func isASCIINavigationBar(_ bytes: [UInt8]) -> Bool {
        // Items between separators, without surrounding whitespace; empty ones are not counted.
        var items = 0, itemBytes = 0
        var start = 0
        for end in 0...bytes.count where end == bytes.count || bytes[end] == UInt8(ascii: "|") || bytes[end] == UInt8(ascii: "/") {
            var lower = start, upper = end
            while lower < upper, isASCIIWhitespace(bytes[lower]) { lower += 1 }
            while upper > lower, isASCIIWhitespace(bytes[upper - 1]) { upper -= 1 }
            if upper > lower {
                items += 1
                itemBytes += upper - lower
            }
            start = end + 1
        }
        return items >= 3 && itemBytes / items <= 20 && bytes.last != UInt8(ascii: ".")
    }

    /// Words of share and social buttons.
    static let shareWords: Set<Substring> = [
        "share", "facebook", "twitter", "x", "whatsapp", "linkedin", "email", "e-mail", "copy", "link", "print",
        "reddit", "telegram", "pinterest", "messenger", "tweet", "flipboard", "threads", "bluesky", "mail", "save",
        "on", "via", "this", "article", "story", "page", "the", "copied", "instagram", "tiktok", "youtube", "sms",
    ]

    /// "Share Facebook X WhatsApp", "LinkedIn Email Copy link": a row of share buttons.
    static func isShareBar(_ key: LineText) -> Bool {
        // Share words are lower-case ASCII letters and "-", so a key with any other character (outside the
        // separators " ", "|", ":", "·" C2 B7 and "•" E2 80 A2) is no share bar; nor is one whose first word is
        // no share word. Both are checked on bytes before splitting the key into words. "·" U+0387 (CE 87)
        // is canonically equivalent to the separator "·", so a key holding it is left to the split.
        let bytes = key.bytes
        if zip(bytes, bytes.dropFirst()).contains(where: { $0 == 0xCE && $1 == 0x87 }) { return splitsIntoShareWords(key) }
        var firstWord: Range<Int>?
        var wordStart: Int?
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            var separatorLength = 0
            if byte == 0x20 || byte == UInt8(ascii: "|") || byte == UInt8(ascii: ":") {
                separatorLength = 1
            } else if byte == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xB7 {
                separatorLength = 2
            } else if byte == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA2 {
                separatorLength = 3
            } else if (byte >= 0x61 && byte <= 0x7A) || byte == UInt8(ascii: "-") {
                if wordStart == nil { wordStart = i }
                i += 1
                continue
            } else {
                return false
            }
            if firstWord == nil, let start = wordStart { firstWord = start..<i }
            i += separatorLength
        }
        if firstWord == nil, let start = wordStart { firstWord = start..<bytes.count }
        guard let first = firstWord,
              shareWords.contains(Substring(String(decoding: bytes[first], as: UTF8.self))) else { return false }
        return splitsIntoShareWords(key)
    }

    /// Whether the key is 2 to 16 share words.
    private static func splitsIntoShareWords(_ key: LineText) -> Bool {
        let words = key.string.split(whereSeparator: { $0 == " " || $0 == "|" || $0 == ":" || $0 == "·" || $0 == "•" })
        return words.count >= 2 && words.count <= 16 && words.allSatisfy { shareWords.contains($0) }
    }

    /// Words of a byline that need not be capitalized.
    static let bylineConnectors: Set<String> = ["and", "&", "the", "of", "AND", "THE", "with", "in",
                                                "van", "von", "de", "da", "del", "der", "den", "di", "du", "la", "le", "dos",
                                                "das", "bin", "ibn", "al", "el", "y"]
    /// ``bylineConnectors``, asked about with bytes.
    private static let bylineConnectorWords = ASCIIWordSet(bylineConnectors)

    /// "By JANE ROE and JOHN DOE", "By Jane Roe, Associated Press", "By Jane ROE with John DOE in Stockholm".
    static func byline(_ text: LineText) -> String? {
        guard text.bytes.starts(with: "By ".utf8) || text.bytes.starts(with: "BY ".utf8) else { return nil }
        if text.isASCII { return asciiByline(text.bytes) }
        let line = text.string
        guard line.hasPrefix("By ") || line.hasPrefix("BY ") else { return nil }
        let rest = line.dropFirst(3)
        let words = rest.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "|" })
        guard !words.isEmpty, words.count <= 12, !rest.hasSuffix(".") || rest.hasSuffix("Jr.") else { return nil }
        for word in words where !bylineConnectors.contains(String(word)) {
            guard let first = word.first, first.isUppercase else { return nil }
        }
        return String(rest).trimmingWhitespace()
    }

    /// ``byline(_:)`` for an ASCII line that starts with "By " or "BY ", on bytes: in ASCII every byte is a
    /// character, and the upper-case ones are A-Z.
    private static func asciiByline(_ bytes: [UInt8]) -> String? {
        let rest = bytes[3...]
        guard rest.last != UInt8(ascii: ".") || rest.reversed().starts(with: ".rJ".utf8) else { return nil }
        // Words between spaces and commas; each but a connector starts with a capital.
        var words = 0
        var start = rest.startIndex
        for end in rest.startIndex...rest.endIndex
        where end == rest.endIndex || rest[end] == 0x20 || rest[end] == UInt8(ascii: ",") || rest[end] == UInt8(ascii: "|") {
            if end > start {
                words += 1
                let word = rest[start..<end]
                guard bylineConnectorWords.contains(word) == true
                    || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(word[start]) else { return nil }
            }
            start = end + 1
        }
        guard words >= 1, words <= 12 else { return nil }
        return String(decoding: rest, as: UTF8.self).trimmingWhitespace()
    }

    /// First words of a timestamp line, lower case.
    static let timestampStarters: Set<String> = ["updated", "published", "posted", "last", "first", "modified", "date:"]
    /// ``timestampStarters``, asked about with bytes.
    private static let timestampStarterWords = ASCIIWordSet(timestampStarters)

    /// "Updated 3:41 PM GMT+4, July 1, 2025", "Published July 1, 2025", "December 25, 2024 at 10:02 a.m."
    static func isTimestamp(_ text: LineText) -> Bool {
        if text.isASCII { return isASCIITimestamp(text) }
        let key = text.string
        guard key.count <= 90, key.contains(where: { $0.isNumber }) else { return false }
        let words = key.split(whereSeparator: { $0 == " " || $0 == "," })
        guard let first = words.first, words.count <= 14 else { return false }
        if timestampStarters.contains(String(first)) { return true }
        // A bare date line, or a date with a clock time: nothing but dates, times and their small words.
        return words.allSatisfy { word in
            timeWords.contains(String(word)) || word.allSatisfy(\.isNumber) || isDateWord(word.utf8)
        }
    }

    /// ``isTimestamp(_:)`` for an ASCII key, on bytes: in ASCII every byte is a character (a key holds no
    /// "\r\n" pair, which would be one) and the only numbers are the digits 0-9.
    private static func isASCIITimestamp(_ text: LineText) -> Bool {
        let bytes = text.bytes
        guard bytes.count <= 90, bytes.contains(where: isASCIIDigit) else { return false }
        // Words between spaces and commas.
        var words = 0
        var first = 0..<0
        var start = 0
        for end in 0...bytes.count where end == bytes.count || bytes[end] == 0x20 || bytes[end] == UInt8(ascii: ",") {
            if end > start {
                if words == 0 { first = start..<end }
                words += 1
            }
            start = end + 1
        }
        guard words >= 1, words <= 14 else { return false }
        if timestampStarterWords.contains(bytes[first]) == true { return true }
        // A bare date line, or a date with a clock time: nothing but dates, times and their small words.
        start = 0
        for end in 0...bytes.count where end == bytes.count || bytes[end] == 0x20 || bytes[end] == UInt8(ascii: ",") {
            defer { start = end + 1 }
            guard end > start else { continue }
            if !isDateWord(bytes[start..<end]) { return false }
        }
        return true
    }

    /// Whether an ASCII word (lower case) belongs in a date or time line: a number such as "10:02", "2026-12-06"
    /// or "14.30", a day such as "22nd", one of ``timeWords``, or a time zone with its offset ("gmt+4").
    private static func isDateWord<C: Collection<UInt8>>(_ word: C) -> Bool {
        if word.allSatisfy({ isASCIIDigit($0) || numberMarks.contains($0) }) || timeWordSet.contains(word) == true { return true }
        let digits = word.prefix(while: isASCIIDigit)
        if (1...2).contains(digits.count) {
            let suffix = word.dropFirst(digits.count)
            return ["st", "nd", "rd", "th"].contains { suffix.elementsEqual($0.utf8) }
        }
        // A time zone and its offset: the part before "+" or "-" is a zone, the rest a number.
        guard let sign = word.firstIndex(where: { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") }) else { return false }
        let zone = word[..<sign]
        return !zone.isEmpty && timeWordSet.contains(zone) == true && word[sign...].dropFirst().allSatisfy(isASCIIDigit)
    }

    /// Words a date or time line may hold besides numbers, lower case: months, weekdays, their short forms,
    /// clock words and time zones ("Mon 6 Jan 2025 14.30 GMT", "December 25, 2024 at 10:02 a.m.").
    static let timeWords: Set<String> = months.union(weekdays).union([
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "mon.", "tue.", "wed.", "thu.", "fri.",
        "sat.", "sun.", "mar", "apr", "jun", "jul", "at", "on", "|", "-", "–", "—", "·", "am", "pm", "a.m.", "p.m.", "a.m", "p.m", "gmt", "utc",
        "edt", "est", "cdt", "cst", "mdt", "mst", "pdt", "pst", "bst", "cet", "cest", "eet", "eest", "msk", "ist", "jst",
        // French, Spanish, Portuguese and German dates ("Jeudi 2 octobre 2025", "2 de octubre de 2025").
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "le",
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre",
        "noviembre", "diciembre", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "de", "del",
        "janeiro", "fevereiro", "março", "maio", "junho", "julho", "setembro", "outubro", "dezembro", "segunda-feira",
        "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
        "januar", "februar", "märz", "juni", "juli", "oktober", "dezember", "montag", "dienstag", "mittwoch", "donnerstag",
        "freitag", "samstag", "sonntag",
        // The Hijri calendar's months, beside the Gregorian date on Gulf sites ("20 Rabi al-Awwal 1447").
        "muharram", "safar", "rabi", "al-awwal", "al-thani", "al-akhir", "jumada", "al-ula", "al-akhirah", "rajab", "shaban",
        "sha'ban", "ramadan", "shawwal", "dhu", "al-qadah", "al-hijjah",
    ])
    /// The ASCII ``timeWords``, asked about with bytes.
    private static let timeWordSet = ASCIIWordSet(timeWords.filter { $0.utf8.allSatisfy { $0 < 0x80 } })
    /// Bytes a date or time number may hold besides digits: "10:02", "12/06/2026", "2026-12-06", "14.30".
    private static let numberMarks: [UInt8] = [UInt8(ascii: ":"), UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: ".")]

    private static func isASCIIDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// "AP Photo/Jane Roe", "Getty Images", "Reuters Photo/…" alone on a line.
    static func isCreditLine(_ line: LineText) -> Bool {
        guard line.bytes.count <= 100 || line.count <= 100 else { return false }
        var inner = line
        if inner.hasPrefix("("), inner.hasSuffix(")") {
            // Both parentheses are whole characters of one byte each.
            inner = LineText(Array(inner.bytes.dropFirst().dropLast()))
        }
        if inner.hasSuffix("Getty Images") || inner.equals("AFP") || inner.equals("AP") || inner.equals("Reuters") { return true }
        return isCredit(inner) && (inner.contains("/") || inner.hasPrefix("Photo") || inner.contains("Getty"))
            && !inner.hasSuffix(".")
    }
}

extension Substring {
    /// The text without leading and trailing whitespace and newlines, as a `String`.
    func trimmingCharacters() -> String {
        if utf8.first.map(isASCIINonWhitespace) ?? false, utf8.last.map(isASCIINonWhitespace) ?? false { return String(self) }
        var s = self
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
