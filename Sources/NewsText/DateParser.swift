/// Finds absolute dates written the way news writes them: "July 1, 2025", "Dec. 25, 2024", "1 July 2025", "2025-07-01".
public enum DateParser {
    /// Month names and abbreviations, lower case, to month numbers.
    public static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    /// The month number of a month name or abbreviation (case-insensitive, trailing period ignored).
    public static func month(_ word: Substring) -> Int? {
        var word = word
        if word.hasSuffix(".") { word = word.dropLast() }
        return months[word.lowercased()]
    }

    /// The first full date (with a year) in `text`, as `YYYY-MM-DD`.
    public static func firstDate(in text: String) -> String? {
        let words = Self.words(of: text)
        for (index, word) in words.enumerated() {
            // ISO form.
            if word.count >= 10, let iso = isoDate(word.prefix(10)) { return iso }
            guard let month = month(word) else { continue }
            // Month D, YYYY
            if index + 2 < words.count, let day = Int(words[index + 1]), let year = Int(words[index + 2].prefix(4)),
               (1...31).contains(day), (1900...2100).contains(year) {
                return format(year, month, day)
            }
            // D Month YYYY
            if index >= 1, index + 1 < words.count, let day = Int(words[index - 1]), let year = Int(words[index + 1].prefix(4)),
               (1...31).contains(day), (1900...2100).contains(year) {
                return format(year, month, day)
            }
        }
        return nil
    }

    /// The words of `text`, split at spaces, commas and no-break spaces.
    static func words(of text: String) -> [Substring] {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            // In ASCII every byte is a character; splitting the bytes is cheaper than finding characters.
            return text.utf8.split(whereSeparator: { $0 == 0x20 || $0 == UInt8(ascii: ",") }).map { Substring($0) }
        }
        return text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\u{A0}" })
    }

    static func isoDate(_ text: Substring) -> String? {
        let parts = text.split(separator: "-")
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              parts[0].count == 4, (1...12).contains(month), (1...31).contains(day) else { return nil }
        return format(year, month, day)
    }

    /// `YYYY-MM-DD` with zero padding.
    public static func format(_ year: Int, _ month: Int, _ day: Int) -> String {
        let m = month < 10 ? "0\(month)" : "\(month)"
        let d = day < 10 ? "0\(day)" : "\(day)"
        return "\(year)-\(m)-\(d)"
    }
}
