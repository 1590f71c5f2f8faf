import Foundation

/// One line of text (no line feed inside) as UTF-8 bytes, answering the `String` questions the junk-line
/// rules ask — prefix, suffix, substring, length — from the bytes, without building a `String`.
///
/// The literals asked about are ASCII (or `©`) without `K`, `;` and `` ` ``, so no other spelling is
/// canonically equivalent to them and a line whose bytes do not hold a literal does not contain it.
/// When the bytes do hold it but a non-ASCII scalar touches the match (a combining mark after it joins
/// its last character; Foundation and `String` treat such marks differently), the answer comes from the
/// `String` method the rule was written with, so every answer equals that method's.
struct LineText {
    /// The line's UTF-8 bytes.
    let bytes: [UInt8]
    /// Whether every byte is ASCII, so that bytes are characters.
    let isASCII: Bool

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        isASCII = bytes.allSatisfy { $0 < 0x80 }
    }

    /// The line as a `String`, for the rarer rules written on strings.
    var string: String { String(decoding: bytes, as: UTF8.self) }

    /// The number of characters (grapheme clusters), as `String.count`.
    var count: Int { isASCII ? bytes.count : string.count }

    /// The line in lower case, as `String.lowercased()`.
    func lowercased() -> LineText {
        guard isASCII else { return LineText(Array(string.lowercased().utf8)) }
        return LineText(bytes.map(asciiLower))
    }

    /// As `String.hasPrefix`.
    func hasPrefix(_ literal: StaticString) -> Bool {
        let length = literal.utf8CodeUnitCount
        guard matches(literal, at: 0) else { return false }
        if length < bytes.count, bytes[length] >= 0x80 { return string.hasPrefix(literal.description) }
        return true
    }

    /// As `String.hasSuffix`.
    func hasSuffix(_ literal: StaticString) -> Bool {
        let start = bytes.count - literal.utf8CodeUnitCount
        guard start >= 0, matches(literal, at: start) else { return false }
        if start > 0, bytes[start - 1] >= 0x80 { return string.hasSuffix(literal.description) }
        return true
    }

    /// As Foundation's `String.contains(_:)`.
    func contains(_ literal: StaticString) -> Bool {
        let length = literal.utf8CodeUnitCount
        guard length <= bytes.count else { return false }
        var unsure = false
        let first = literal.utf8Start[0]
        let found = bytes.withUnsafeBufferPointer { buffer in
            // Candidate starts are the places of the literal's first byte, found with memchr.
            let starts = 0..<(buffer.count - length + 1)
            var start = buffer.index(of: first, in: starts)
            while start < starts.upperBound {
                if matches(literal, at: start) {
                    let end = start + length
                    let nonASCIIBefore = start > 0 && buffer[start - 1] >= 0x80
                    let nonASCIIAfter = end < buffer.count && buffer[end] >= 0x80
                    if !nonASCIIBefore && !nonASCIIAfter { return true }
                    unsure = true
                }
                start = buffer.index(of: first, in: (start + 1)..<starts.upperBound)
            }
            return false
        }
        return found || unsure && string.range(of: literal.description) != nil
    }

    /// As `String ==` with the literal.
    func equals(_ literal: StaticString) -> Bool {
        bytes.count == literal.utf8CodeUnitCount && matches(literal, at: 0)
    }

    /// Whether the literal's bytes are at `start`.
    private func matches(_ literal: StaticString, at start: Int) -> Bool {
        let length = literal.utf8CodeUnitCount
        guard start + length <= bytes.count else { return false }
        let pointer = literal.utf8Start
        for k in 0..<length where bytes[start + k] != pointer[k] { return false }
        return true
    }
}
