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
/// (``FeatureExtractor/Part/word``, about half of a token's features), and the weight rows of its
/// features with each previous tag (``TokenHistoryRows``). In news most tokens, and most names and
/// capitalized words, recur within a few stories.
///
/// Words are told apart by their bytes, exactly, and the sums are exact integers: tags are the same
/// with or without this memory. Only words of up to 16 bytes are remembered.
///
/// A reference type, changed only by the ``NameTagger/Session`` that holds the sole reference to it
/// (a session whose memory is shared by a copy starts a new one): hence `@unchecked Sendable`.
final class WordMemory: @unchecked Sendable {
    private struct Entry {
        /// The word's bytes, little-endian, zero-padded, and its length.
        var head: UInt64, tail: UInt64, length: Int
        var info: TokenInfo
        /// The summed weights of the word features, once `summed`.
        var sum = QuantizedSum()
        var summed = false
        /// Bit p set when the history rows for previous tag p are known.
        var historyKnown: UInt16 = 0
    }

    /// The most words held; when a document starts with the memory full, it starts again empty.
    let capacity: Int
    /// The number of words held.
    private(set) var count = 0
    // Raw buffers, so that the per-token look-ups pay no exclusivity or uniqueness checks.
    private var entries: UnsafeMutablePointer<Entry>
    /// Ten per entry, one per previous tag (``Decoder/start`` included).
    private var historyRows: UnsafeMutablePointer<TokenHistoryRows>
    private var entryRoom: Int
    /// Open addressing: entry index + 1, 0 = empty; at most half full.
    private var table: UnsafeMutablePointer<Int32>
    private var mask: Int

    /// An empty memory that holds up to `capacity` words.
    init(capacity: Int = 1 << 13) {
        self.capacity = capacity
        entryRoom = 64
        entries = .allocate(capacity: entryRoom)
        historyRows = .allocate(capacity: entryRoom * 10)
        table = .allocate(capacity: 128)
        table.initialize(repeating: 0, count: 128)
        mask = 127
    }

    deinit {
        entries.deinitialize(count: count)
        entries.deallocate()
        historyRows.deallocate()
        table.deallocate()
    }

    /// Makes room for the words of a new document (entries stay valid until the next call).
    func startDocument() {
        guard count >= capacity else { return }
        entries.deinitialize(count: count)
        count = 0
        table.update(repeating: 0, count: mask + 1)
    }

    /// The entry of the word `bytes`, analysed and remembered if new; nil for a word over 16 bytes.
    @inline(__always) func entry(for bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        let length = bytes.count
        guard length <= 16 else { return nil }
        var head: UInt64 = 0, tail: UInt64 = 0
        for i in 0..<min(length, 8) { head |= UInt64(bytes[i]) << (8 * i) }
        if length > 8 { for i in 8..<length { tail |= UInt64(bytes[i]) << (8 * (i - 8)) } }
        var slot = WordMemory.slot(head, tail, length, mask)
        while true {
            let stored = table[slot]
            if stored == 0 { break }
            let e = entries + Int(stored - 1)
            if e.pointee.head == head, e.pointee.tail == tail, e.pointee.length == length { return stored - 1 }
            slot = (slot + 1) & mask
        }
        if count == entryRoom {
            entryRoom *= 2
            let grown = UnsafeMutablePointer<Entry>.allocate(capacity: entryRoom)
            grown.moveInitialize(from: entries, count: count)
            entries.deallocate()
            entries = grown
            let grownRows = UnsafeMutablePointer<TokenHistoryRows>.allocate(capacity: entryRoom * 10)
            grownRows.moveInitialize(from: historyRows, count: count * 10)
            historyRows.deallocate()
            historyRows = grownRows
        }
        let index = Int32(count)
        (entries + count).initialize(to: Entry(head: head, tail: tail, length: length, info: TokenAnalyzer.analyze(bytes)))
        (historyRows + count * 10).initialize(repeating: TokenHistoryRows(), count: 10)
        count += 1
        table[slot] = index + 1
        if count * 2 > mask + 1 { growTable() }
        return index
    }

    /// The analysis of the word of entry `entry`.
    @inline(__always) func info(_ entry: Int32) -> TokenInfo { entries[Int(entry)].info }

    /// The sum of the word features of entry `entry`, remembered, or computed by `compute` the first time.
    @inline(__always) func wordSum(_ entry: Int32, compute: () -> QuantizedSum) -> QuantizedSum {
        let e = entries + Int(entry)
        if !e.pointee.summed {
            e.pointee.sum = compute()
            e.pointee.summed = true
        }
        return e.pointee.sum
    }

    /// The history rows of entry `entry` after previous tag `p1`, remembered, or computed by `compute` the
    /// first time.
    @inline(__always) func historyRows(_ entry: Int32, p1: UInt8, compute: () -> TokenHistoryRows) -> TokenHistoryRows {
        let e = entries + Int(entry)
        let rows = historyRows + (Int(entry) * 10 + Int(p1))
        if e.pointee.historyKnown & (1 << p1) == 0 {
            rows.pointee = compute()
            e.pointee.historyKnown |= 1 << p1
        }
        return rows.pointee
    }

    @inline(__always) private static func slot(_ head: UInt64, _ tail: UInt64, _ length: Int, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: FeatureHash.mix(head ^ (tail &* 0x9E37_79B9_7F4A_7C15) ^ UInt64(length))) & mask
    }

    private func growTable() {
        let size = 2 * (mask + 1)
        table.deallocate()
        table = .allocate(capacity: size)
        table.initialize(repeating: 0, count: size)
        mask = size - 1
        for index in 0..<count {
            let e = entries[index]
            var slot = WordMemory.slot(e.head, e.tail, e.length, mask)
            while table[slot] != 0 { slot = (slot + 1) & mask }
            table[slot] = Int32(index + 1)
        }
    }
}
