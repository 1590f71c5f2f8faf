import Foundation

/// Deterministic 64-bit hashing used for features and lexicon keys (never Swift's seeded `Hasher`).
enum FeatureHash {
    static let fnvOffset: UInt64 = 0xCBF2_9CE4_8422_2325
    static let fnvPrime: UInt64 = 0x0000_0100_0000_01B3

    /// FNV-1a over bytes.
    @inline(__always) static func fnv1a<S: Sequence>(_ bytes: S, seed: UInt64 = fnvOffset) -> UInt64 where S.Element == UInt8 {
        var h = seed
        for b in bytes { h = (h ^ UInt64(b)) &* fnvPrime }
        return h
    }

    /// FNV-1a over the UTF-8 bytes of a string.
    static func fnv1a(_ string: String) -> UInt64 { fnv1a(string.utf8) }

    /// One FNV-1a step.
    @inline(__always) static func step(_ h: UInt64, _ b: UInt8) -> UInt64 { (h ^ UInt64(b)) &* fnvPrime }

    /// SplitMix64 finaliser: a strong 64-bit mixer.
    @inline(__always) static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Combines two hashes (order matters).
    @inline(__always) static func combine(_ a: UInt64, _ b: UInt64) -> UInt64 {
        mix(a &* 0x100_0000_01B3 ^ (b &+ 0x632B_E59B_D9B4_E019))
    }

    /// The key of a feature: a template id and a value hash. Never 0 (0 marks empty slots).
    @inline(__always) static func key(_ template: UInt64, _ value: UInt64) -> UInt64 {
        let k = mix(value ^ (template &* 0xD6E8_FEB8_6659_FD93))
        return k == 0 ? 1 : k
    }
}

/// An open-addressing hash map from non-zero `UInt64` keys to `Int32` values
/// (feature key → weight row, or feature key → count while training). Keys and values are
/// interleaved so that a lookup touches one cache line.
struct HashIndex: Sendable {
    struct Slot: Sendable {
        var key: UInt64
        var value: Int32
    }

    private(set) var slots: [Slot]
    private(set) var count = 0
    private var mask: Int

    init(minimumCapacity: Int = 16) {
        var capacity = 16
        while capacity < minimumCapacity * 2 { capacity <<= 1 }
        slots = [Slot](repeating: Slot(key: 0, value: 0), count: capacity)
        mask = capacity - 1
    }

    @inline(__always) private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
    }

    /// The value stored for `key`, or -1.
    @inline(__always) func find(_ key: UInt64) -> Int32 {
        slots.withUnsafeBufferPointer { s in
            var i = HashIndex.slot(key, mask)
            while true {
                let stored = s[i]
                if stored.key == key { return stored.value }
                if stored.key == 0 { return -1 }
                i = (i + 1) & mask
            }
        }
    }

    /// Inserts or replaces the value for `key`.
    mutating func set(_ key: UInt64, _ value: Int32) {
        if (count + 1) * 2 > slots.count { grow() }
        var i = HashIndex.slot(key, mask)
        while slots[i].key != 0 && slots[i].key != key { i = (i + 1) & mask }
        if slots[i].key == 0 { count += 1; slots[i].key = key }
        slots[i].value = value
    }

    /// Adds `delta` to the value for `key` (inserting 0 first when absent).
    mutating func add(_ key: UInt64, _ delta: Int32) {
        if (count + 1) * 2 > slots.count { grow() }
        var i = HashIndex.slot(key, mask)
        while slots[i].key != 0 && slots[i].key != key { i = (i + 1) & mask }
        if slots[i].key == 0 { count += 1; slots[i] = Slot(key: key, value: 0) }
        slots[i].value = slots[i].value &+ delta
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(key: 0, value: 0), count: old.count * 2)
        mask = slots.count - 1
        count = 0
        for s in old where s.key != 0 { set(s.key, s.value) }
    }

    /// All (key, value) pairs, sorted by key (deterministic).
    func sortedEntries() -> [(key: UInt64, value: Int32)] {
        var result: [(key: UInt64, value: Int32)] = []
        result.reserveCapacity(count)
        for s in slots where s.key != 0 { result.append((s.key, s.value)) }
        result.sort { $0.key < $1.key }
        return result
    }
}

/// A set of 64-bit hashes (an open-addressing table; much cheaper than `Set<UInt64>`, whose
/// seeded hashing dominated the document features).
struct KeySet: Sendable {
    private var table: HashIndex

    /// An empty set with room for `capacity` hashes before it grows.
    init(capacity: Int = 16) { table = HashIndex(minimumCapacity: capacity) }

    /// The non-zero table key of a hash.
    @inline(__always) static func key(_ hash: UInt64) -> UInt64 { hash == 0 ? 1 : hash }

    @inline(__always) mutating func insert(_ hash: UInt64) { table.set(KeySet.key(hash), 0) }

    @inline(__always) func contains(_ hash: UInt64) -> Bool { table.find(KeySet.key(hash)) >= 0 }
}

/// A deterministic PRNG (SplitMix64) for shuffling training data.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state = state &+ 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A Fisher–Yates shuffle with our own bounded draws (stable across platforms).
    mutating func shuffle<T>(_ array: inout [T]) {
        guard array.count > 1 else { return }
        for i in stride(from: array.count - 1, to: 0, by: -1) {
            let j = Int(next() % UInt64(i + 1))
            array.swapAt(i, j)
        }
    }
}
