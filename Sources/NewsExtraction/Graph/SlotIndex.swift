/// The slots of an array's elements by a hash each element already carries, for per-document tables (the
/// nodes and co-mention pairs of ``GatheredNodes`` and ``GatheredCoMentions``, the organizations a
/// ``MentionResolver`` met): a `Dictionary` would run `Hasher` on every look-up, which costs more than the
/// rest of the look-up.
///
/// Open addressing over a power-of-two table that is at most half full. Elements with equal hashes are told
/// apart by the caller's `matches`.
struct SlotIndex {
    /// Per table position, the hash of the element recorded there.
    private var hashes: [Int]
    /// Per table position, the element's slot plus one; 0 marks a free position.
    private var slots: [Int]
    private var count = 0

    /// Room for `capacity` elements without growing.
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        hashes = [Int](repeating: 0, count: size)
        slots = [Int](repeating: 0, count: size)
    }

    /// The slot of an element recorded with `hash` for which `matches(slot)` is true, if any.
    func slot(hash: Int, where matches: (Int) -> Bool) -> Int? {
        let mask = slots.count - 1
        var position = Self.position(of: hash, mask: mask)
        while slots[position] != 0 {
            if hashes[position] == hash, matches(slots[position] - 1) { return slots[position] - 1 }
            position = (position + 1) & mask
        }
        return nil
    }

    /// Records `slot` for an element with `hash`.
    mutating func insert(_ slot: Int, hash: Int) {
        if (count + 1) * 2 > slots.count { grow() }
        place(slot + 1, hash: hash)
        count += 1
    }

    private mutating func place(_ storedSlot: Int, hash: Int) {
        let mask = slots.count - 1
        var position = Self.position(of: hash, mask: mask)
        while slots[position] != 0 { position = (position + 1) & mask }
        hashes[position] = hash
        slots[position] = storedSlot
    }

    /// Doubles the table and records every element again.
    private mutating func grow() {
        let oldHashes = hashes, oldSlots = slots
        hashes = [Int](repeating: 0, count: oldSlots.count * 2)
        slots = [Int](repeating: 0, count: oldSlots.count * 2)
        for position in oldSlots.indices where oldSlots[position] != 0 { place(oldSlots[position], hash: oldHashes[position]) }
    }

    /// A table position from the high bits of a multiplicative mix, so that hashes differing only in their
    /// high half (a pair of slots) spread as well.
    private static func position(of hash: Int, mask: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(bitPattern: Int64(hash)) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }
}
