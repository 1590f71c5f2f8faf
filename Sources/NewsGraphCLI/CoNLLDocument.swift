import NewsGraph

/// One CoNLL-2003 document: its lines as read, and its tokens joined into a text for the pipeline.
struct CoNLLDocument {
    struct Line {
        var text: String
        /// The token (first column) when the line holds one.
        var token: String?
        /// The last column when the line holds a token and more than one column.
        var gold: String?
    }

    var lines: [Line] = []

    var tokens: [String] { lines.compactMap(\.token) }

    /// Tokens written right after the word before them.
    static let possessives: Set<String> = ["'s", "'S", "\u{2019}s", "\u{2019}S"]

    /// Gold tags converted to IOB2.
    var goldTags: [String] { IOB.toIOB2(lines.compactMap { $0.token == nil ? nil : ($0.gold ?? "O") }, sentenceStarts: sentenceBreaks) }

    /// Token indices that start a sentence.
    var sentenceBreaks: Set<Int> {
        var breaks: Set<Int> = [0]
        var index = 0
        var pendingBreak = false
        for line in lines {
            if line.token != nil {
                if pendingBreak { breaks.insert(index) }
                pendingBreak = false
                index += 1
            } else {
                pendingBreak = true
            }
        }
        return breaks
    }

    /// The tokens of the document's sentences, sentence after sentence.
    var sentences: [[String]] {
        let breaks = sentenceBreaks
        var sentences: [[String]] = []
        for (index, token) in tokens.enumerated() {
            if breaks.contains(index) || sentences.isEmpty { sentences.append([]) }
            sentences[sentences.count - 1].append(token)
        }
        return sentences
    }

    /// The tags of the name tagger alone, without the rules, gazetteers' names or the resolver.
    func predictedTags(using tagger: NameTagger) -> [String] {
        tagger.tagStrings(document: sentences).flatMap { $0 }
    }

    /// Splits CoNLL text into documents at `-DOCSTART-` lines.
    static func parse(_ text: String) -> [CoNLLDocument] {
        var documents: [CoNLLDocument] = []
        var current = CoNLLDocument()
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let lineText = String(raw.hasSuffix("\r") ? raw.dropLast() : raw)
            let columns = lineText.split(whereSeparator: { $0 == " " || $0 == "\t" })
            if columns.first == "-DOCSTART-" {
                if !current.lines.isEmpty { documents.append(current) }
                current = CoNLLDocument()
                current.lines.append(Line(text: lineText, token: nil, gold: nil))
                continue
            }
            if columns.isEmpty {
                current.lines.append(Line(text: lineText, token: nil, gold: nil))
            } else {
                current.lines.append(Line(text: lineText, token: String(columns[0]),
                                          gold: columns.count > 1 ? String(columns[columns.count - 1]) : nil))
            }
        }
        if !current.lines.isEmpty { documents.append(current) }
        // The split leaves one empty line after a final newline.
        if var last = documents.last, last.lines.last?.text == "" && text.hasSuffix("\n") {
            last.lines.removeLast()
            documents[documents.count - 1] = last
        }
        return documents
    }

    /// The document as news text: tokens joined by spaces (a possessive "'s" without one, as news writes it,
    /// so that the tokenizer reads it as it does in news), sentences by line breaks; and the UTF-8 range of
    /// each token in it.
    var text: (text: String, ranges: [Range<Int>]) {
        var text = ""
        var ranges: [Range<Int>] = []
        var offset = 0
        let breaks = sentenceBreaks
        for (index, token) in tokens.enumerated() {
            if breaks.contains(index), index > 0 {
                text += "\n"
                offset += 1
            } else if index > 0, !Self.possessives.contains(token) {
                text += " "
                offset += 1
            }
            let length = token.utf8.count
            ranges.append(offset..<(offset + length))
            text += token
            offset += length
        }
        return (text, ranges)
    }

    /// The pipeline's IOB2 tag for every token of ``text``.
    ///
    /// A name the ontology writes with lower-case words at its ends ("Interfax news agency", "the Pamir mountains",
    /// "the U.S. military") is tagged without them, as CoNLL-2003 tags names, with the type of what is left when the
    /// ontology knows that by its own name (`namedTypes`, "U.S." a country).
    func predictedTags(using builder: NewsGraphBuilder, namedTypes: NamedTypes) -> [String] {
        let tokens = self.tokens
        guard !tokens.isEmpty else { return [] }
        let (text, ranges) = self.text
        let article = TextPreprocessor().process(text, id: "conll", format: .plain)
        let mentions = builder.mentions(in: article)
        var tags = [String](repeating: "O", count: tokens.count)
        var tokenIndex = 0
        let bytes = Array(text.utf8)
        for mention in mentions {
            guard var label = IOB.label(for: mention, schema: builder.ontology.schema) else { continue }
            let range = article.originalRange(of: mention.range)
            while tokenIndex < ranges.count, ranges[tokenIndex].upperBound <= range.lowerBound { tokenIndex += 1 }
            // A name that ends inside a hyphenated token ("Bergamo-based", "Hong Kong-listed", "U.S.-led") is part
            // of an adjective, which CoNLL-2003 tags as MISC as a whole.
            if let last = ranges[tokenIndex...].last(where: { $0.lowerBound < range.upperBound }), last.upperBound > range.upperBound,
               bytes[range.upperBound] == UInt8(ascii: "-") {
                label = "MISC"
            }
            var covered = tokenIndex..<tokenIndex
            while covered.upperBound < ranges.count, ranges[covered.upperBound].lowerBound < range.upperBound {
                covered = covered.lowerBound..<(covered.upperBound + 1)
            }
            let trimmed = Self.withoutLowercaseEdges(covered, tokens: tokens)
            guard !trimmed.isEmpty else { continue }
            if trimmed != covered, let type = namedTypes.type(of: tokens[trimmed].joined(separator: " ")),
               let named = IOB.label(forType: type, schema: builder.ontology.schema) {
                label = named
            }
            for k in trimmed { tags[k] = (k == trimmed.lowerBound ? "B-" : "I-") + label }
        }
        return tags
    }

    /// `covered` without the lower-case words at its ends (words without a capital letter: "al-Aqsa" has one).
    static func withoutLowercaseEdges(_ covered: Range<Int>, tokens: [String]) -> Range<Int> {
        func isLowercase(_ token: String) -> Bool { token.first?.isLowercase == true && !token.contains { $0.isUppercase } }
        var trimmed = covered
        while !trimmed.isEmpty, isLowercase(tokens[trimmed.lowerBound]) { trimmed = (trimmed.lowerBound + 1)..<trimmed.upperBound }
        while !trimmed.isEmpty, isLowercase(tokens[trimmed.upperBound - 1]) { trimmed = trimmed.lowerBound..<(trimmed.upperBound - 1) }
        return trimmed
    }
}

/// The classes of the ontology's entries by their labels and aliases, made when first asked.
final class NamedTypes {
    private let ontology: Ontology
    private lazy var types: [String: String] = {
        var types: [String: String] = [:]
        for entry in ontology.entries {
            for name in [entry.label] + entry.aliases where types[name] == nil { types[name] = entry.type }
        }
        return types
    }()

    init(ontology: Ontology) { self.ontology = ontology }

    /// The class of the entry with this label or alias (the first in the ontology's order), if any.
    func type(of name: String) -> String? { types[name] }
}

/// IOB tag helpers.
enum IOB {
    /// The CoNLL label of a mention: PER, LOC, ORG or MISC; nil for other kinds and for lower-case mentions
    /// ("Russia's defence ministry"), which CoNLL-2003 does not count as names.
    static func label(for mention: EntityMention, schema: GraphSchema) -> String? {
        guard EntityMention.isWrittenAsName(mention.text) else { return nil }
        // Ships' names are MISC in CoNLL-2003, as other names of things are.
        if mention.isDemonym { return "MISC" }
        // CoNLL-2003 tags hospitals as places, facilities (all twelve in eng.train); the graph has the body that runs one.
        if mention.text.hasSuffix(" Hospital"), label(forType: mention.type, schema: schema) == "ORG" { return "LOC" }
        return label(forType: mention.type, schema: schema)
    }

    /// The CoNLL label of a class: PER, LOC, ORG or MISC; nil for other kinds.
    static func label(forType type: String, schema: GraphSchema) -> String? {
        if type == TaggerStage.miscellaneous || type == "Vessel" { return "MISC" }
        switch schema.family(of: type) {
        case "Person": return "PER"
        case "Country", "Place": return "LOC"
        case "Organization": return "ORG"
        case "Group": return "MISC"
        default: return nil
        }
    }

    /// Converts IOB1 (I- starts an entity unless it continues one of the same type) to IOB2.
    static func toIOB2(_ tags: [String], sentenceStarts: Set<Int>) -> [String] {
        var result = tags
        for index in tags.indices where tags[index].hasPrefix("I-") {
            let type = tags[index].dropFirst(2)
            let continues = index > 0 && !sentenceStarts.contains(index) && tags[index - 1].dropFirst(2) == type
                && tags[index - 1] != "O"
            if !continues { result[index] = "B-" + type }
        }
        return result
    }
}

/// Entity-level precision, recall and F1 per type (exact span and type match, as conlleval counts).
struct EntityScores {
    private var gold: [String: Int] = [:]
    private var predicted: [String: Int] = [:]
    private var correct: [String: Int] = [:]

    mutating func add(gold goldTags: [String], predicted predictedTags: [String], sentences: Set<Int>) {
        let goldSpans = Self.spans(goldTags, sentences)
        let predictedSpans = Self.spans(predictedTags, sentences)
        for span in goldSpans { gold[span.type, default: 0] += 1 }
        for span in predictedSpans { predicted[span.type, default: 0] += 1 }
        for span in goldSpans.intersection(predictedSpans) { correct[span.type, default: 0] += 1 }
    }

    struct Span: Hashable { var start: Int; var end: Int; var type: String }

    static func spans(_ tags: [String], _ sentences: Set<Int>) -> Set<Span> {
        var spans = Set<Span>()
        var start: Int?
        var type = ""
        for index in 0...tags.count {
            let tag = index < tags.count ? tags[index] : "O"
            let tagType = tag == "O" ? "" : String(tag.dropFirst(2))
            let begins = tag.hasPrefix("B-") || (tag.hasPrefix("I-") && (tagType != type || start == nil)) || sentences.contains(index) && tag != "O"
            if let s = start, tag == "O" || begins || tagType != type {
                spans.insert(Span(start: s, end: index, type: type))
                start = nil
            }
            if tag != "O", start == nil {
                start = index
                type = tagType
            }
        }
        return spans
    }

    func report() -> String {
        var lines: [String] = []
        func line(_ name: String, _ c: Int, _ p: Int, _ g: Int) -> String {
            let precision = p == 0 ? 0 : Double(c) / Double(p)
            let recall = g == 0 ? 0 : Double(c) / Double(g)
            let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
            return "\(name.padding(toLength: 12, withPad: " ", startingAt: 0)) P \(format(precision))  R \(format(recall))  F1 \(format(f1))  (gold \(g), predicted \(p), correct \(c))"
        }
        for type in ["PER", "LOC", "ORG", "MISC"] {
            lines.append(line(type, correct[type, default: 0], predicted[type, default: 0], gold[type, default: 0]))
        }
        let main = ["PER", "LOC", "ORG"]
        lines.append(line("PER+LOC+ORG", main.reduce(0) { $0 + correct[$1, default: 0] },
                          main.reduce(0) { $0 + predicted[$1, default: 0] }, main.reduce(0) { $0 + gold[$1, default: 0] }))
        return lines.joined(separator: "\n") + "\n"
    }

    private func format(_ value: Double) -> String {
        let scaled = (value * 10_000).rounded() / 10_000
        var text = String(scaled)
        while text.count < 6 { text += "0" }
        return text
    }
}
