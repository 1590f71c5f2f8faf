/// Why a text could not be read as a news document.
public enum TextError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The bytes are not valid UTF-8; `offset` is the first bad byte.
    case invalidUTF8(source: String, offset: Int)
    /// The bytes look like a binary file (NUL bytes or many control characters).
    case binary(source: String)

    /// The one-line message, naming the source.
    public var description: String {
        switch self {
        case let .invalidUTF8(source, offset):
            return "\(source): not valid UTF-8 text (first bad byte at offset \(offset))"
        case let .binary(source):
            return "\(source): looks like a binary file, not text"
        }
    }
}
