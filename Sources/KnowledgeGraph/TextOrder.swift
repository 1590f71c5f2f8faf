#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The order of strings as `String.<` gives it, found fast: two ASCII strings, as node IDs and relation
/// names almost always are, are compared as bytes, which gives the same order at a fraction of the cost
/// (most pairs by their first 16 bytes, read once as two integers); a pair with other text is compared as
/// strings (which weighs Unicode equivalence).
struct TextOrder {
    private let texts: [String]

    init(_ texts: [String]) { self.texts = texts }

    /// A text to sort: its first 16 bytes as two big-endian integers (zeros after its end), whether it is
    /// ASCII, and where it is.
    private struct Entry {
        var high: UInt64 = 0
        var low: UInt64 = 0
        var isASCII = true
        var index: Int
    }

    /// The indices of the texts, in text order; equal texts in index order.
    var sortedIndices: [Int] {
        // Every text's bytes in one pool, with where each starts.
        var pool: [UInt8] = []
        var bounds: [Int] = [0]
        var entries: [Entry] = []
        bounds.reserveCapacity(texts.count + 1)
        entries.reserveCapacity(texts.count)
        for (index, text) in texts.enumerated() {
            let start = pool.count
            pool.append(contentsOf: text.utf8)
            var entry = Entry(index: index)
            for (offset, byte) in pool[start...].enumerated() {
                if byte >= 0x80 { entry.isASCII = false }
                if offset < 8 {
                    entry.high |= UInt64(byte) << (56 - 8 * offset)
                } else if offset < 16 {
                    entry.low |= UInt64(byte) << (56 - 8 * (offset - 8))
                }
            }
            entries.append(entry)
            bounds.append(pool.count)
        }
        pool.withUnsafeBufferPointer { bytes in
            entries.sort { a, b in
                guard a.isASCII && b.isASCII, let base = bytes.baseAddress else {
                    let (textA, textB) = (texts[a.index], texts[b.index])
                    return textA < textB || (!(textB < textA) && a.index < b.index)
                }
                if a.high != b.high { return a.high < b.high }
                if a.low != b.low { return a.low < b.low }
                // The first 16 bytes are equal: compare the rest, then the lengths.
                let lengthA = bounds[a.index + 1] - bounds[a.index], lengthB = bounds[b.index + 1] - bounds[b.index]
                if lengthA > 16 && lengthB > 16 {
                    let order = memcmp(base + bounds[a.index] + 16, base + bounds[b.index] + 16, min(lengthA, lengthB) - 16)
                    if order != 0 { return order < 0 }
                }
                return lengthA < lengthB || (lengthA == lengthB && a.index < b.index)
            }
        }
        return entries.map(\.index)
    }

    /// The rank of each text in text order: equal texts share a rank, and ranks have no gaps.
    var ranks: [Int] {
        var ranks = Array(repeating: 0, count: texts.count)
        var rank = -1
        var previous: Int?
        for index in sortedIndices {
            if previous.map({ texts[$0] != texts[index] }) ?? true { rank += 1 }
            ranks[index] = rank
            previous = index
        }
        return ranks
    }
}
