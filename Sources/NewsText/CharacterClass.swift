/// Byte-level character classes for the tokenizer. Multi-byte scalars are classified by value.
enum CharacterClass: UInt8 {
    case space, newline, letter, digit, apostrophe, hyphen, period, punctuation, symbol

    /// Classifies the scalar starting at `index`; returns the class and the scalar's byte length.
    @inline(__always)
    static func classify(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> (CharacterClass, Int) {
        let byte = bytes[index]
        if byte < 0x80 { return (ascii(byte), 1) }
        let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
        guard index + length <= bytes.count, length > 1 else { return (.symbol, 1) }
        var value = UInt32(byte & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07))
        for k in 1..<length { value = (value << 6) | UInt32(bytes[index + k] & 0x3F) }
        return (classify(scalar: value), length)
    }

    static func classify(scalar value: UInt32) -> CharacterClass {
        switch value {
        case 0xA0, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF: return .space
        case 0x2028, 0x2029, 0x85: return .newline
        case 0x2019, 0x2018, 0x2032: return .apostrophe
        case 0x2010, 0x2011: return .hyphen
        case 0xAD: return .hyphen
        case 0x2012...0x2015, 0x2016...0x206F, 0xA1...0xBF, 0xD7, 0xF7, 0x3001...0x303F, 0xFF01...0xFF0F:
            return value == 0xAA || value == 0xBA || value == 0xB5 ? .letter : .punctuation
        case 0x80...0x9F: return .space
        case 0x2070...0x2BFF, 0x1F000...0x1FAFF, 0xE000...0xF8FF, 0xFE00...0xFE0F, 0xFFF0...0xFFFF: return .symbol
        case 0x300...0x36F: return .letter  // combining marks stay inside words
        default: return .letter
        }
    }

    /// The class of an ASCII byte. (A switch rather than a table: a static table is reached through a
    /// lazy-initialization check on every access, which costs more than the comparisons.)
    @inline(__always)
    static func ascii(_ byte: UInt8) -> CharacterClass {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): return .letter
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return .digit
        case 0x20, 0x09, 0x0B, 0x0C: return .space
        case 0x0A, 0x0D: return .newline
        case 0x00...0x1F, 0x7F: return .space
        case UInt8(ascii: "'"), UInt8(ascii: "`"): return .apostrophe
        case UInt8(ascii: "-"): return .hyphen
        case UInt8(ascii: "."): return .period
        case UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "#"), UInt8(ascii: "@"), UInt8(ascii: "+"),
             UInt8(ascii: "="), UInt8(ascii: "^"), UInt8(ascii: "~"), UInt8(ascii: "|"), UInt8(ascii: "<"),
             UInt8(ascii: ">"), UInt8(ascii: "*"), UInt8(ascii: "&"), UInt8(ascii: "\\"), UInt8(ascii: "_"):
            return .symbol
        default: return .punctuation
        }
    }
}
