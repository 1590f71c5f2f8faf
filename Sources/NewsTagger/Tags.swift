import Foundation

/// The four CoNLL-2003 entity types the tagger predicts.
public enum EntityType: String, Sendable, Codable, CaseIterable, Comparable {
    /// A person.
    case person = "PER"
    /// A location: countries, cities, regions, geographical features.
    case location = "LOC"
    /// An organization: companies, agencies, teams, parties.
    case organization = "ORG"
    /// Anything else with a name: nationalities, events, products, …
    case miscellaneous = "MISC"

    /// Position of the type in the tag set (PER, LOC, ORG, MISC).
    var index: Int {
        switch self {
        case .person: return 0
        case .location: return 1
        case .organization: return 2
        case .miscellaneous: return 3
        }
    }

    /// Ordered as PER, LOC, ORG, MISC.
    public static func < (lhs: EntityType, rhs: EntityType) -> Bool { lhs.index < rhs.index }
}

/// The nine IOB2 tags, as small integers for the hot path.
///
/// 0 = O, then B/I pairs for PER, LOC, ORG, MISC.
enum TagSet {
    static let count = 9
    static let names: [String] = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"]

    /// Tag index for an IOB2 tag string, or nil when it is not one of the nine.
    static func index(of tag: String) -> UInt8? {
        switch tag {
        case "O": return 0
        case "B-PER": return 1
        case "I-PER": return 2
        case "B-LOC": return 3
        case "I-LOC": return 4
        case "B-ORG": return 5
        case "I-ORG": return 6
        case "B-MISC": return 7
        case "I-MISC": return 8
        default: return nil
        }
    }

    /// Entity type index 0...3 of a non-O tag, or -1 for O.
    @inline(__always) static func typeIndex(_ t: UInt8) -> Int { t == 0 ? -1 : Int(t - 1) >> 1 }

    /// Whether tag `t` may follow tag `prev` in IOB2 (an I-X must continue a B-X or I-X).
    @inline(__always) static func allowed(prev: UInt8, next: UInt8) -> Bool {
        if next == 0 || next & 1 == 1 { return true }
        return prev == next || prev == next - 1
    }
}

/// One tagged token produced by ``NameTagger/tag(document:)``.
public struct TaggedToken: Sendable, Equatable, Hashable {
    /// The tag's position in the tag set (0 = O, then B/I pairs for PER, LOC, ORG, MISC).
    let code: UInt8
    /// How sure the tagger is about this token's tag, in 0...1 (a softmax over the
    /// local tag scores at this position, given the chosen history).
    public var confidence: Double

    /// Creates a tagged token; an unknown tag string is read as `O`.
    public init(tag: String, confidence: Double) {
        self.init(code: TagSet.index(of: tag) ?? 0, confidence: confidence)
    }

    init(code: UInt8, confidence: Double) {
        self.code = code
        self.confidence = confidence
    }

    /// The IOB2 tag: `"O"`, `"B-PER"`, `"I-PER"`, `"B-LOC"`, …, `"I-MISC"`.
    public var tag: String { TagSet.names[Int(code)] }

    /// Whether the tag is `O` (outside any name).
    public var isOutside: Bool { code == 0 }

    /// The entity type of the tag, or nil for `O`.
    public var entityType: EntityType? {
        let index = TagSet.typeIndex(code)
        return index < 0 ? nil : EntityType.allCases[index]
    }

    /// Whether the tag starts an entity (`B-…`).
    public var isBeginning: Bool { code != 0 && code & 1 == 1 }
}

/// A sentence with gold IOB2 tags, as read from a training or evaluation corpus.
public struct LabeledSentence: Sendable, Equatable {
    /// The tokens of the sentence.
    public var tokens: [String]
    /// One IOB2 tag per token (`"O"`, `"B-PER"`, …).
    public var tags: [String]

    /// Creates a labeled sentence; `tokens` and `tags` must have the same length.
    public init(tokens: [String], tags: [String]) {
        self.tokens = tokens
        self.tags = tags
    }
}

/// A document: sentences that belong together (document-level features look across them).
public struct LabeledDocument: Sendable, Equatable {
    /// The sentences of the document, in order.
    public var sentences: [LabeledSentence]

    /// Creates a labeled document.
    public init(sentences: [LabeledSentence]) {
        self.sentences = sentences
    }

    /// Number of tokens in the document.
    public var tokenCount: Int { sentences.reduce(0) { $0 + $1.tokens.count } }
}
