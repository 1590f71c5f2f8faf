/// The characters of Foundation's `CharacterSet.whitespaces`, found in UTF-8 bytes: the tab and the space
/// separators U+0020, U+00A0, U+1680, U+2000–U+200A, U+202F, U+205F and U+3000, and U+200B, which
/// Foundation on Linux counts among them. Not newlines.
///
/// Data files are trimmed with it as `trimmingCharacters(in: .whitespaces)` trimmed their strings, scalar by
/// scalar, without making a string first.
enum UTF8Whitespace {
    /// `bytes`, which must be valid UTF-8, without the whitespace at either end.
    static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var start = bytes.startIndex, end = bytes.endIndex
        while start < end, let length = leadingLength(bytes, from: start, to: end) { start += length }
        while start < end, let length = trailingLength(bytes, from: start, to: end) { end -= length }
        return bytes[start..<end]
    }

    /// The length of the whitespace character that starts at `start`, if one does.
    private static func leadingLength(_ bytes: ArraySlice<UInt8>, from start: Int, to end: Int) -> Int? {
        let first = bytes[start]
        if first == 0x20 || first == 0x09 { return 1 }
        if first == 0xC2 { return start + 1 < end && bytes[start + 1] == 0xA0 ? 2 : nil }
        guard first >= 0xE1, first <= 0xE3, start + 2 < end else { return nil }
        return isThreeByteSpace(first, bytes[start + 1], bytes[start + 2]) ? 3 : nil
    }

    /// The length of the whitespace character that ends at `end`, if one does. In valid UTF-8 a lead byte two or
    /// three bytes from the end begins the last character.
    private static func trailingLength(_ bytes: ArraySlice<UInt8>, from start: Int, to end: Int) -> Int? {
        let last = bytes[end - 1]
        if last == 0x20 || last == 0x09 { return 1 }
        if last == 0xA0, end - 2 >= start, bytes[end - 2] == 0xC2 { return 2 }
        guard end - 3 >= start else { return nil }
        return isThreeByteSpace(bytes[end - 3], bytes[end - 2], last) ? 3 : nil
    }

    /// Whether three bytes are U+1680, U+2000–U+200B, U+202F, U+205F or U+3000.
    private static func isThreeByteSpace(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Bool {
        switch (a, b) {
        case (0xE1, 0x9A): return c == 0x80
        case (0xE2, 0x80): return (0x80...0x8B).contains(c) || c == 0xAF
        case (0xE2, 0x81): return c == 0x9F
        case (0xE3, 0x80): return c == 0x80
        default: return false
        }
    }
}
