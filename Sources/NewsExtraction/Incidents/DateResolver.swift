import NewsText

/// Finds a date in a sentence and resolves it against the article's date.
///
/// Absolute dates ("Dec. 25, 2024", "25 December 2024") become `YYYY-MM-DD`. A month and day without a
/// year ("Dec. 25") take the latest year that puts them on or before the article's date; a weekday ("on
/// Monday") is the latest such day on or before it; "last week", "last month", "last December", "in May"
/// resolve the same way to a week, month or year-month. Without an article date, relative phrases are kept
/// as written.
struct DateResolver {
    let articleDate: CalendarDay?
    static let weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]

    init(articleDate: String?) {
        self.articleDate = articleDate.flatMap(Self.parseISO)
    }

    /// The day of a `YYYY-MM-DD` date (out-of-range months and days roll over); nil for anything else,
    /// and for years before the Gregorian reform or after 9999.
    static func parseISO(_ text: String) -> CalendarDay? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1583...9999).contains(parts[0]), (-1000...1000).contains(parts[1]),
              (-100_000...100_000).contains(parts[2]) else { return nil }
        return CalendarDay(year: parts[0], month: parts[1], day: parts[2])
    }

    /// The first date expression among `words` (lower-cased tokens of one sentence), resolved.
    func date(in words: [String]) -> String? {
        for (index, word) in words.enumerated() {
            if let month = DateParser.months[word.hasSuffix(".") ? String(word.dropLast()) : word], word.count >= 3 {
                var next = index + 1
                if next < words.count, words[next] == "." { next += 1 }
                if next < words.count, let day = Int(words[next]), (1...31).contains(day) {
                    // Month day, year?
                    var yearIndex = next + 1
                    if yearIndex < words.count, words[yearIndex] == "," { yearIndex += 1 }
                    if yearIndex < words.count, let year = Int(words[yearIndex]), (1900...2100).contains(year) {
                        return DateParser.format(year, month, day)
                    }
                    return resolve(month: month, day: day) ?? "\(word.capitalized) \(day)"
                }
                if index > 0, let day = Int(words[index - 1]), (1...31).contains(day) {
                    if next < words.count, let year = Int(words[next]), (1900...2100).contains(year) {
                        return DateParser.format(year, month, day)
                    }
                    return resolve(month: month, day: day) ?? "\(day) \(word.capitalized)"
                }
                if index > 0, ["in", "last", "since", "during", "early", "late", "mid"].contains(words[index - 1]),
                   word.count > 3 || word == "may" {
                    if next < words.count, let year = Int(words[next]), (1900...2100).contains(year) {
                        return Self.yearMonth(year, month)
                    }
                    return resolve(month: month) ?? word.capitalized
                }
            }
            if let weekday = Self.weekdays.firstIndex(of: word), index > 0, ["on", "last", "since", "by"].contains(words[index - 1]) {
                return resolve(weekday: weekday) ?? words[index - 1] + " " + word.capitalized
            }
            if word == "last", index + 1 < words.count {
                if words[index + 1] == "week", let date = articleDate {
                    let week = date.adding(days: -7).week
                    return Self.padded(week.year, width: 4) + "-W" + Self.padded(week.week, width: 2)
                }
                if words[index + 1] == "year", let date = articleDate {
                    return String(date.components.year - 1)
                }
            }
            if word == "yesterday", let date = articleDate { return date.adding(days: -1).iso }
            if word == "today", let date = articleDate { return date.iso }
        }
        return nil
    }

    /// `YYYY-MM`, as `String(format: "%04d-%02d")` writes it, without Foundation's formatter.
    static func yearMonth(_ year: Int, _ month: Int) -> String {
        padded(year, width: 4) + "-" + padded(month, width: 2)
    }

    /// `value` in decimal, zero-padded on the left to `width` digits (after a minus sign, as `%0Nd` does).
    static func padded(_ value: Int, width: Int) -> String {
        let digits = String(value.magnitude)
        let zeros = String(repeating: "0", count: max(0, width - digits.count - (value < 0 ? 1 : 0)))
        return (value < 0 ? "-" : "") + zeros + digits
    }

    private func resolve(month: Int, day: Int) -> String? {
        guard let date = articleDate else { return nil }
        let year = date.components.year
        for candidate in [year, year - 1] {
            let resolved = CalendarDay(year: candidate, month: month, day: day)
            if resolved <= date { return resolved.iso }
        }
        return nil
    }

    private func resolve(month: Int) -> String? {
        guard let date = articleDate else { return nil }
        let (year, current, _) = date.components
        return Self.yearMonth(month <= current ? year : year - 1, month)
    }

    private func resolve(weekday: Int) -> String? {
        guard let date = articleDate else { return nil }
        return date.adding(days: -((date.weekday - weekday + 7) % 7)).iso
    }
}
