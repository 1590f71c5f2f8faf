/// The integer sum of some quantized weight rows of a ``PackedWeights``, one lane per tag
/// (eight in a vector, the ninth beside it). Exact, so sums can be added in any order.
struct QuantizedSum {
    var first8 = SIMD8<Int32>()
    var ninth: Int32 = 0

    @inline(__always) static func &+= (sum: inout QuantizedSum, other: QuantizedSum) {
        sum.first8 &+= other.first8
        sum.ninth &+= other.ninth
    }
}

/// What a tagging session remembers of the words it met, so that a word met again costs less: the
/// analysis of its characters (``TokenInfo``) and the summed weights of its word features
/// (``FeatureExtractor/Part/word``, about half of a token's features). In news most tokens, and most
/// names and capitalized words, recur within a few stories.
///
/// Words are told apart by their bytes, exactly, and the sums are exact integers: tags are the same
/// with or without this memory. Only words of up to 16 bytes are remembered. A reference type, to be
/// used by one tagging session at a time.
final class WordMemory {
    private struct Entry {
        /// The word's bytes, little-endian, zero-padded, and its length.
        var head: UInt64, tail: UInt64, length: Int
        var info: TokenInfo
        var sum: QuantizedSum?
    }

    /// The most words held; when a document starts with the memory full, it starts again empty.
    let capacity: Int
    private var entries: [Entry] = []
    /// Open addressing: entry index + 1, 0 = empty.
    private var table: [Int32]
    private var mask: Int

    /// An empty memory that holds up to `capacity` words.
    init(capacity: Int = 1 << 13) {
        self.capacity = capacity
        table = [Int32](repeating: 0, count: 64)
        mask = 63
    }

    /// The number of words held.
    var count: Int { entries.count }

    /// Makes room for the words of a new document (entries stay valid until the next call).
    func startDocument() {
        guard entries.count >= capacity else { return }
        entries.removeAll(keepingCapacity: true)
        for i in table.indices { table[i] = 0 }
    }

    /// The entry of the word `bytes`, analysed and remembered if new; nil for a word over 16 bytes.
    @inline(__always) func entry(for bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        let length = bytes.count
        guard length <= 16 else { return nil }
        var head: UInt64 = 0, tail: UInt64 = 0
        for i in 0..<min(length, 8) { head |= UInt64(bytes[i]) << (8 * i) }
        if length > 8 { for i in 8..<length { tail |= UInt64(bytes[i]) << (8 * (i - 8)) } }
        var slot = Int(truncatingIfNeeded: FeatureHash.mix(head ^ (tail &* 0x9E37_79B9_7F4A_7C15) ^ UInt64(length))) & mask
        while true {
            let stored = table[slot]
            if stored == 0 { break }
            let e = Int(stored - 1)
            if entries[e].head == head, entries[e].tail == tail, entries[e].length == length { return stored - 1 }
            slot = (slot + 1) & mask
        }
        let index = Int32(entries.count)
        entries.append(Entry(head: head, tail: tail, length: length, info: TokenAnalyzer.analyze(bytes), sum: nil))
        table[slot] = index + 1
        if entries.count * 2 > table.count { grow() }
        return index
    }

    /// The analysis of the word of entry `entry`.
    @inline(__always) func info(_ entry: Int32) -> TokenInfo { entries[Int(entry)].info }

    /// The sum of the word features of entry `entry`, remembered, or computed by `compute` the first time.
    @inline(__always) func wordSum(_ entry: Int32, compute: () -> QuantizedSum) -> QuantizedSum {
        if let sum = entries[Int(entry)].sum { return sum }
        let sum = compute()
        entries[Int(entry)].sum = sum
        return sum
    }

    private func grow() {
        table = [Int32](repeating: 0, count: table.count * 2)
        mask = table.count - 1
        for (index, e) in entries.enumerated() {
            var slot = Int(truncatingIfNeeded: FeatureHash.mix(e.head ^ (e.tail &* 0x9E37_79B9_7F4A_7C15) ^ UInt64(e.length))) & mask
            while table[slot] != 0 { slot = (slot + 1) & mask }
            table[slot] = Int32(index + 1)
        }
    }
}
