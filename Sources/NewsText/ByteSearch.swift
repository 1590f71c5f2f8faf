import Foundation

extension UnsafeBufferPointer<UInt8> {
    /// The index of the first `byte` in `range`, or `range.upperBound` when there is none. The C library's
    /// `memchr` compares many bytes at a time, faster than a loop over single bytes.
    func index(of byte: UInt8, in range: Range<Int>) -> Int {
        guard !range.isEmpty, let base = baseAddress,
              let found = memchr(base + range.lowerBound, Int32(byte), range.count) else { return range.upperBound }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }
}
