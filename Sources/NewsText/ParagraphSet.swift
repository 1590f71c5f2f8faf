/// The paragraphs of one text seen so far, compared by their letters and digits in lower case (so that a
/// photo caption and its repeat under the photo match), to find a paragraph printed a second time.
///
/// Hashing every byte of every paragraph costs more than the rest of cleaning it, yet repeats are rare. So
/// paragraphs are first told apart by a cheap key, their first and last four kept bytes: only a paragraph
/// whose cheap key came before is hashed whole, and so are the earlier paragraphs with that key. Equal
/// paragraphs have equal cheap keys, so this finds the same repeats as hashing every paragraph.
struct ParagraphSet {
    /// The paragraphs with one cheap key: the first not yet hashed, the others by their hashes.
    private struct Bucket {
        var unhashed: Range<Int>?
        var hashes: [UInt64] = []
    }

    private var buckets: [UInt64: Bucket] = [:]

    /// Adds the paragraph at `range` of `bytes` (the same text for every call); false if it repeats one
    /// added before.
    mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let cheap = Self.endsKey(bytes, range)
        guard var bucket = buckets[cheap] else {
            buckets[cheap] = Bucket(unhashed: range)
            return true
        }
        if let earlier = bucket.unhashed {
            bucket.hashes.append(Self.normalizedKey(bytes, earlier))
            bucket.unhashed = nil
        }
        let key = Self.normalizedKey(bytes, range)
        let isNew = !bucket.hashes.contains(key)
        if isNew { bucket.hashes.append(key) }
        buckets[cheap] = bucket
        return isNew
    }

    /// Whether a byte counts for comparing paragraphs: an ASCII letter or digit, or any byte outside ASCII.
    @inline(__always)
    private static func isKept(_ byte: UInt8) -> Bool { isASCIILetterOrDigit(byte) || byte >= 0x80 }

    /// The first four and the last four kept bytes, lower-cased, packed into one word (fewer when the
    /// paragraph has fewer; kept bytes are never zero, so short paragraphs do not alias longer ones).
    private static func endsKey(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var head: UInt64 = 0
        var found = 0
        var i = range.lowerBound
        while i < range.upperBound, found < 4 {
            if isKept(bytes[i]) { head = head << 8 | UInt64(asciiLower(bytes[i])); found += 1 }
            i += 1
        }
        var tail: UInt64 = 0
        found = 0
        i = range.upperBound
        while i > range.lowerBound, found < 4 {
            i -= 1
            if isKept(bytes[i]) { tail = tail | UInt64(asciiLower(bytes[i])) << (8 * found); found += 1 }
        }
        return head << 32 | tail
    }

    /// A 64-bit FNV-1a hash of the paragraph's kept bytes, lower-cased: equal for a caption and its repeat.
    private static func normalizedKey(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var hash: UInt64 = 0xcbf29ce484222325
        for i in range {
            let byte = bytes[i]
            if isKept(byte) { hash = (hash ^ UInt64(asciiLower(byte))) &* 0x100000001b3 }
        }
        return hash
    }
}
