/// Where a fact was read: the document, the sentence and the character offsets of the words that support it.
public struct Evidence: Hashable, Sendable, Codable, Comparable {
    /// The document's name (usually its path as given).
    public var document: String
    /// The supporting sentence, as cleaned text.
    public var sentence: String
    /// Start offset in Unicode scalars (characters) into the original document.
    public var start: Int
    /// End offset (exclusive) in Unicode scalars into the original document.
    public var end: Int
    /// The rule or cue that produced the fact (`gazetteer`, `co-mention`, `title:President`).
    public var rule: String

    /// Evidence from its parts; offsets are Unicode scalar offsets into the original document.
    public init(document: String, sentence: String, start: Int, end: Int, rule: String) {
        self.document = document
        self.sentence = sentence
        self.start = start
        self.end = end
        self.rule = rule
    }

    /// Evidence sorts by document, offsets and rule.
    public static func < (lhs: Evidence, rhs: Evidence) -> Bool {
        (lhs.document, lhs.start, lhs.end, lhs.rule) < (rhs.document, rhs.start, rhs.end, rhs.rule)
    }
}
