import Foundation

/// Errors raised by the name tagger: bad training data, unreadable or corrupt model files,
/// malformed lexicon files, or invalid options.
///
/// Every case carries the file it concerns; data errors also carry a 1-based line number so
/// the description reads like a compiler diagnostic: `file:line: error: message`.
public enum TaggerError: Error, CustomStringConvertible, Equatable, Sendable {
    /// A file could not be read at all (missing, unreadable, not decodable as text).
    case cannotRead(file: String, reason: String)
    /// A line of a data file (training corpus, gazetteer, name list) is malformed.
    case malformedLine(file: String, line: Int, reason: String)
    /// A model file is missing pieces, has a bad checksum, or is not a tagger model.
    case invalidModel(file: String, reason: String)
    /// The lexicon given at load time differs from the one the model was trained with.
    case lexiconMismatch(file: String, expected: String, found: String)
    /// Training options are unusable (no training files, zero epochs, …).
    case invalidOptions(String)

    /// A human-readable, diagnostic-style message naming the file (and line, when known).
    public var description: String {
        switch self {
        case let .cannotRead(file, reason):
            return "\(file): error: cannot read: \(reason)"
        case let .malformedLine(file, line, reason):
            return "\(file):\(line): error: \(reason)"
        case let .invalidModel(file, reason):
            return "\(file): error: invalid tagger model: \(reason)"
        case let .lexiconMismatch(file, expected, found):
            return "\(file): error: lexicon mismatch: model was trained with \(expected), but the loaded lexicon is \(found)"
        case let .invalidOptions(message):
            return "error: invalid tagger options: \(message)"
        }
    }
}
