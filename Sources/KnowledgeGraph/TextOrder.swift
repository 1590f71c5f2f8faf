#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The order of strings as `String.<` gives it, found fast: two ASCII strings, as node IDs and relation
/// names almost always are, are compared as bytes, which gives the same order at a fraction of the cost;
/// a pair with other text is compared as strings (which weighs Unicode equivalence).
struct TextOrder {
    private let texts: [String]

    init(_ texts: [String]) { self.texts = texts }

    /// The indices of the texts, in text order; equal texts in index order.
    var sortedIndices: [Int] {
        // Every text's bytes in one pool, with where each starts and whether it is ASCII.
        var pool: [UInt8] = []
        var bounds: [Int] = [0]
        var isASCII: [Bool] = []
        bounds.reserveCapacity(texts.count + 1)
        isASCII.reserveCapacity(texts.count)
        for text in texts {
            let start = pool.count
            pool.append(contentsOf: text.utf8)
            isASCII.append(!pool[start...].contains { $0 >= 0x80 })
            bounds.append(pool.count)
        }
        return pool.withUnsafeBufferPointer { bytes in
            texts.indices.sorted { a, b in
                guard isASCII[a] && isASCII[b], let base = bytes.baseAddress else {
                    return texts[a] < texts[b] || (!(texts[b] < texts[a]) && a < b)
                }
                let lengthA = bounds[a + 1] - bounds[a], lengthB = bounds[b + 1] - bounds[b]
                let order = memcmp(base + bounds[a], base + bounds[b], min(lengthA, lengthB))
                if order != 0 { return order < 0 }
                return lengthA < lengthB || (lengthA == lengthB && a < b)
            }
        }
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
