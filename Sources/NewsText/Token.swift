/// One token of a cleaned text: a view (byte range) into the text, with what the tokenizer saw.
public struct Token: Sendable, Equatable {
    /// What kind of token this is.
    public enum Kind: UInt8, Sendable {
        /// Letters, possibly with digits, inner hyphens, apostrophes or abbreviation periods.
        case word
        /// Digits, possibly with inner separators ("2,000", "3.5").
        case number
        /// The possessive "'s" (or "’s") split from its word.
        case possessive
        /// Punctuation: quotes, dashes, brackets, sentence ends.
        case punctuation
        /// Any other symbol (currency, emoji).
        case symbol
    }

    /// Properties of the token's spelling.
    public struct Shape: OptionSet, Sendable, Hashable {
        /// The flags as bits.
        public let rawValue: UInt8
        /// Flags from their bits.
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// The first letter is upper case.
        public static let capitalized = Shape(rawValue: 1 << 0)
        /// Every letter is upper case (and there are at least two).
        public static let allCaps = Shape(rawValue: 1 << 1)
        /// Contains a digit.
        public static let hasDigit = Shape(rawValue: 1 << 2)
        /// Contains a hyphen.
        public static let hasHyphen = Shape(rawValue: 1 << 3)
        /// Ends with a period that belongs to it (an abbreviation or initial).
        public static let abbreviation = Shape(rawValue: 1 << 4)
        /// Contains a byte outside ASCII.
        public static let nonASCII = Shape(rawValue: 1 << 5)
    }

    /// Byte offsets of the token in the cleaned text.
    public var range: Range<Int>
    /// The token's kind.
    public var kind: Kind
    /// The token's spelling properties.
    public var shape: Shape
    /// How many line breaks separate this token from the previous one.
    public var newlinesBefore: UInt8
    /// Whether whitespace separates this token from the previous one.
    public var spaceBefore: Bool

    /// A token over `range` of the cleaned text.
    public init(range: Range<Int>, kind: Kind, shape: Shape, newlinesBefore: UInt8 = 0, spaceBefore: Bool = true) {
        self.range = range
        self.kind = kind
        self.shape = shape
        self.newlinesBefore = newlinesBefore
        self.spaceBefore = spaceBefore
    }

    /// Whether the first letter is upper case.
    public var isCapitalized: Bool { shape.contains(.capitalized) }
}

/// A sentence: a range of tokens and the bytes they span.
public struct Sentence: Sendable, Equatable {
    /// Indices into the article's token array.
    public var tokens: Range<Int>
    /// Byte offsets in the cleaned text, from the first token's start to the last token's end.
    public var range: Range<Int>
    /// Whether every cased word of the sentence is upper case (a headline in capitals).
    public var isAllCaps: Bool
}
