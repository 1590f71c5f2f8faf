/// A set of short ASCII words (at most 16 bytes each), asked about with UTF-8 bytes without building a `String`.
///
/// Each word is packed into a ``Key``: its bytes one after the other from the top of two 64-bit halves. Word
/// bytes are never zero, so words of different lengths get different keys. The keys are kept sorted for a
/// binary search.
struct ASCIIWordSet: Sendable {
    /// A word of at most 16 bytes: the first eight in `high`, the rest in `low`, each half filled from the top.
    private struct Key: Comparable {
        var high: UInt64 = 0
        var low: UInt64 = 0

        /// The key of `bytes`, or nil when they are longer than 16 bytes or hold a byte outside ASCII.
        init?<C: Collection>(_ bytes: C) where C.Element == UInt8 {
            guard bytes.count <= 16 else { return nil }
            var index = 0
            for byte in bytes {
                guard byte < 0x80 else { return nil }
                if index < 8 { high = high << 8 | UInt64(byte) } else { low = low << 8 | UInt64(byte) }
                index += 1
            }
        }

        static func < (a: Key, b: Key) -> Bool { (a.high, a.low) < (b.high, b.low) }
    }

    private let keys: [Key]

    /// The set of `words`, which must be ASCII and at most 16 bytes long.
    init(_ words: Set<String>) {
        keys = words.map { word in
            guard let key = Key(word.utf8) else { preconditionFailure("not a short ASCII word: \(word)") }
            return key
        }.sorted()
    }

    /// Whether `bytes` spell one of the words; nil when they hold a byte outside ASCII, whose `String` may
    /// still equal a word by canonical equivalence (U+212A KELVIN SIGN is "K"), so the caller asks the
    /// `String` set instead.
    func contains<C: Collection>(_ bytes: C) -> Bool? where C.Element == UInt8 {
        guard bytes.count <= 16 else {
            // Longer than every word: equal to none if ASCII (an ASCII string equals only its own bytes).
            return bytes.allSatisfy { $0 < 0x80 } ? false : nil
        }
        guard let key = Key(bytes) else { return nil }
        var low = 0, high = keys.count
        while low < high {
            let mid = (low + high) / 2
            if keys[mid] < key { low = mid + 1 } else { high = mid }
        }
        return low < keys.count && keys[low] == key
    }
}
