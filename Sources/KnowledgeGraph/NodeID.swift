import Foundation

/// A stable node identifier such as `country/AZE` or `person/ilham-aliyev`: a kind, a slash and a key.
///
/// An identifier hashes its text once, when it is made: graphs look nodes and edges up by identifier far
/// more often than they make identifiers, and hashing a whole string on every lookup would dominate.
public struct NodeID: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The whole identifier, `kind/key`.
    public let rawValue: String
    /// `rawValue.hashValue`, kept (hash values are only stable within one process, so it is never stored).
    /// Per-document tables probe with it directly.
    package let textHash: Int

    /// An identifier from its text, taken as it is.
    public init(rawValue: String) {
        self.rawValue = rawValue
        self.textHash = rawValue.hashValue
    }

    /// An identifier made of a kind and a name turned into a slug: `NodeID(kind: "person", name: "Ilham Aliyev")`
    /// is `person/ilham-aliyev`.
    public init(kind: String, name: String) {
        guard name.isAllASCII else {
            self.init(rawValue: kind + "/" + NodeID.slug(name))
            return
        }
        // ASCII: the kind, the slash and the slug are written into the identifier's one buffer. A slug is
        // never longer than its name, or is "unnamed".
        let kindLength = kind.utf8.count
        let rawValue = String(unsafeUninitializedCapacity: kindLength + 1 + max(name.utf8.count, 7)) { buffer in
            _ = buffer.initialize(from: kind.utf8)
            buffer[kindLength] = UInt8(ascii: "/")
            return kindLength + 1 + NodeID.writeASCIISlug(of: name, into: UnsafeMutableBufferPointer(rebasing: buffer[(kindLength + 1)...]))
        }
        self.init(rawValue: rawValue)
    }

    /// Identifiers are equal when their texts are; a differing hash settles most unequal pairs at once.
    public static func == (lhs: NodeID, rhs: NodeID) -> Bool {
        lhs.textHash == rhs.textHash && lhs.rawValue == rhs.rawValue
    }

    /// Feeds the hash of the text, computed when the identifier was made.
    public func hash(into hasher: inout Hasher) { hasher.combine(textHash) }

    /// The part before the first slash (`country`, `person`, `org`).
    public var kind: Substring { rawValue.prefix { $0 != "/" } }

    /// The part after the first slash.
    public var key: Substring {
        let utf8 = rawValue.utf8
        if let slash = utf8.firstIndex(of: UInt8(ascii: "/")) {
            // The first slash byte is the first "/" character unless a combining mark joins it to a neighbour:
            // ASCII bytes on both sides rule that out, so the bytes are not read again as characters.
            let next = utf8.index(after: slash)
            if (next == utf8.endIndex || utf8[next] < 0x80) && (slash == utf8.startIndex || utf8[utf8.index(before: slash)] < 0x80) {
                return rawValue[next...]
            }
        }
        guard let slash = rawValue.firstIndex(of: "/") else { return Substring(rawValue) }
        return rawValue[rawValue.index(after: slash)...]
    }

    /// The identifier's text.
    public var description: String { rawValue }

    /// Identifiers sort by their text, which keeps output order stable.
    public static func < (lhs: NodeID, rhs: NodeID) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Lower-case ASCII letters and digits joined by single hyphens; diacritics are folded ("Erdoğan" → "erdogan").
    /// Letters outside Latin are kept as they are.
    public static func slug(_ name: String) -> String {
        // Fast path for ASCII names: no folding needed.
        if name.isAllASCII {
            return String(unsafeUninitializedCapacity: max(name.utf8.count, 7)) { writeASCIISlug(of: name, into: $0) }
        }
        var result = ""
        var pendingHyphen = false
        for scalar in name.foldingDiacritics.unicodeScalars {
            let value = scalar.value
            // An ASCII scalar is alphabetic when it is a letter, and lowers by one bit: no `Character` needed.
            let isASCIILetter = (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
            if isASCIILetter || (0x30...0x39).contains(value) || (value >= 0x80 && scalar.properties.isAlphabetic) {
                if pendingHyphen && !result.isEmpty { result.append("-") }
                pendingHyphen = false
                if value < 0x80 {
                    result.unicodeScalars.append(isASCIILetter ? Unicode.Scalar(UInt8(value) | 0x20) : scalar)
                } else {
                    result.unicodeScalars.append(contentsOf: String(scalar).lowercased().unicodeScalars)
                }
            } else if scalar != "'" && scalar != "\u{2019}" {
                pendingHyphen = true
            }
        }
        return result.isEmpty ? "unnamed" : result
    }

    /// Writes the slug of the ASCII text `name` (see ``slug(_:)``) into `buffer`, which holds at least
    /// `max(name.utf8.count, 7)` bytes, and returns its length.
    private static func writeASCIISlug(of name: String, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var count = 0
        var pendingHyphen = false
        for byte in name.utf8 {
            let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) {
                // A hyphen stands for at least one byte that was dropped, so the slug never outgrows the name.
                if pendingHyphen && count > 0 {
                    buffer[count] = UInt8(ascii: "-")
                    count += 1
                }
                pendingHyphen = false
                buffer[count] = lower
                count += 1
            } else if byte != UInt8(ascii: "'") {
                pendingHyphen = true
            }
        }
        guard count == 0 else { return count }
        return buffer.initialize(from: "unnamed".utf8).1
    }
}

extension String {
    /// The string with diacritics removed and a few letters that do not decompose replaced ("ø" → "o").
    var foldingDiacritics: String {
        var replaced = String.UnicodeScalarView()
        for scalar in folding(options: [.diacriticInsensitive], locale: nil).unicodeScalars {
            switch scalar {
            case "ı": replaced.append("i")
            case "ł": replaced.append("l")
            case "Ł": replaced.append("L")
            case "ø": replaced.append("o")
            case "Ø": replaced.append("O")
            case "đ": replaced.append("d")
            case "Đ": replaced.append("D")
            case "ß": replaced.append(contentsOf: "ss".unicodeScalars)
            case "æ": replaced.append(contentsOf: "ae".unicodeScalars)
            case "œ": replaced.append(contentsOf: "oe".unicodeScalars)
            default: replaced.append(scalar)
            }
        }
        return String(replaced)
    }
}
