/// A map from token hashes (see ``TokenHashes``) to values, for look-ups in per-token loops.
///
/// Open addressing over a power-of-two table: the keys are already FNV-1a hashes, so a slot is found by
/// mixing the key's bits once, without `Hasher`. A look-up is a few integer operations.
struct WordMap<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private let mask: Int
    /// The value of the (practically impossible) key 0, which marks empty slots in `keys`.
    private var zeroValue: Value?

    /// A map from upper-cased token hashes to values; a later duplicate key replaces an earlier one.
    init(_ entries: some Sequence<(UInt64, Value)>) {
        let entries = Array(entries)
        var size = 8
        while size < entries.count * 2 { size *= 2 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Value?](repeating: nil, count: size)
        mask = size - 1
        zeroValue = nil
        for (key, value) in entries { insert(value, for: key) }
    }

    /// The value stored for `key`, if any.
    subscript(key: UInt64) -> Value? {
        if key == 0 { return zeroValue }
        var slot = Self.slot(of: key, mask: mask)
        while true {
            let stored = keys[slot]
            if stored == key { return values[slot] }
            if stored == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// Stores `value` for `key` (the table is at most half full, so a free slot exists).
    private mutating func insert(_ value: Value, for key: UInt64) {
        if key == 0 { zeroValue = value; return }
        var slot = Self.slot(of: key, mask: mask)
        while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
        keys[slot] = key
        values[slot] = value
    }

    /// Whether `key` has a value.
    func contains(_ key: UInt64) -> Bool { self[key] != nil }

    private static func slot(of key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }
}

/// A set of lower-case words compared by token hash (see ``TokenHashes``), ASCII case-insensitive.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private let map: WordMap<Bool>

    init(_ words: some Sequence<String>) { map = WordMap(words.map { (TokenHashes.hash($0, upperCased: true), true) }) }
    init(arrayLiteral words: String...) { self.init(words) }

    /// Whether the word with upper-cased hash `hash` is in the set.
    func contains(_ hash: UInt64) -> Bool { map.contains(hash) }
}
