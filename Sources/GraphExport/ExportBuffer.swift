/// The UTF-8 bytes of an export file, appended piece by piece and taken once at the end.
///
/// A raw, growing buffer rather than an `[UInt8]`: an export makes hundreds of thousands of small appends,
/// and each `Array.append(contentsOf:)` paid a uniqueness check and a generic call (a seventh of the export
/// of a large graph). Not copyable, so that the buffer has exactly one owner that frees it.
struct ExportBuffer: ~Copyable {
    private var start: UnsafeMutablePointer<UInt8>
    /// How many bytes are written.
    private(set) var count = 0
    private var capacity: Int

    /// An empty buffer with room for `capacity` bytes.
    init(capacity: Int = 0) {
        self.capacity = max(capacity, 64)
        start = .allocate(capacity: self.capacity)
    }

    deinit { start.deallocate() }

    /// The bytes written, as an array; the buffer is used up.
    consuming func takeBytes() -> [UInt8] {
        [UInt8](UnsafeBufferPointer(start: start, count: count))
    }

    /// The bytes as text; the buffer is used up.
    consuming func takeText() -> String {
        String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
    }

    /// Appends raw bytes.
    @inline(__always) mutating func append(bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, bytes.count > 0 else { return }
        if count + bytes.count > capacity { grow(toHold: count + bytes.count) }
        (start + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    private mutating func grow(toHold needed: Int) {
        capacity = max(needed, 2 * capacity)
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        grown.update(from: start, count: count)
        start.deallocate()
        start = grown
    }

    /// Appends bytes written earlier to another buffer: `range` of its bytes.
    @inline(__always) mutating func append(_ range: Range<Int>, of other: borrowing ExportBuffer) {
        precondition(range.lowerBound >= 0 && range.upperBound <= other.count)
        append(bytes: UnsafeBufferPointer(start: other.start + range.lowerBound, count: range.count))
    }

    /// Appends a literal as it is. Inlined, so that a literal's length is known where it is written and its
    /// bytes are copied without a call.
    @inline(__always) mutating func append(_ literal: StaticString) {
        if literal.hasPointerRepresentation {
            append(bytes: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
        } else {
            // A literal of one character may be stored as a scalar, without a pointer: `utf8Start` would trap.
            literal.withUTF8Buffer { append(bytes: $0) }
        }
    }

    /// Appends a line feed and `spaces` spaces.
    @inline(__always) mutating func append(lineBreakIndentedBy spaces: Int) {
        guard spaces < 32 else {
            append(byte: UInt8(ascii: "\n"))
            return append(byte: UInt8(ascii: " "), count: spaces)
        }
        var lineBreak = SIMD16<UInt8>(repeating: UInt8(ascii: " "))
        lineBreak[0] = UInt8(ascii: "\n")
        append(prefix: 1 + spaces, of: (lineBreak, SIMD16(repeating: UInt8(ascii: " "))))
    }

    /// Appends the first `length` bytes (at most 32) of a block: the whole block is stored and the count moves
    /// on by `length`, which costs less than copying `length` bytes.
    @inline(__always) mutating func append(prefix length: Int, of block: (SIMD16<UInt8>, SIMD16<UInt8>)) {
        precondition(length <= 32)
        if count + 32 > capacity { grow(toHold: count + 32) }
        let end = UnsafeMutableRawPointer(start + count)
        end.storeBytes(of: block.0, as: SIMD16<UInt8>.self)
        end.storeBytes(of: block.1, toByteOffset: 16, as: SIMD16<UInt8>.self)
        count += length
    }

    /// Appends text that needs no escaping, as it is.
    mutating func append(plain text: String) {
        var text = text
        text.withUTF8 { append(bytes: $0) }
    }

    /// Appends one byte.
    @inline(__always) mutating func append(byte: UInt8) {
        if count == capacity { grow(toHold: count + 1) }
        start[count] = byte
        count += 1
    }

    /// Appends `count` copies of one byte.
    mutating func append(byte: UInt8, count: Int) {
        for _ in 0..<count { append(byte: byte) }
    }

    /// Appends text escaped by `escaping`.
    mutating func append(_ text: String, escaping table: borrowing EscapeTable) {
        text.withUTF8Bytes { table.write($0, to: &self) }
    }

    /// Appends an integer in decimal, two digits at a time.
    mutating func append(integer value: Int) {
        if value < 0 { append(byte: UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var length = 1
        var threshold: UInt = 10
        while magnitude >= threshold {
            length += 1
            let (next, overflow) = threshold.multipliedReportingOverflow(by: 10)
            if overflow { break }
            threshold = next
        }
        if count + length > capacity { grow(toHold: count + length) }
        // The digits, last first, into the room made for them.
        let pairs = Self.digitPairs.utf8Start
        var position = start + count + length
        while magnitude >= 10 {
            let pair = Int(magnitude % 100) * 2
            magnitude /= 100
            position -= 2
            position[0] = pairs[pair]
            position[1] = pairs[pair + 1]
        }
        if position > start + count { (position - 1).pointee = UInt8(ascii: "0") + UInt8(magnitude) }
        count += length
    }

    /// The two digits of 0 to 99, one pair after another.
    private static let digitPairs: StaticString = "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"

    /// Appends a number as ``ExportText/number(_:)`` writes it: at most four decimals, no exponent.
    ///
    /// Below 10^11 the number is written from its count of ten-thousandths, which gives the same digits as
    /// `Double.description` (the shortest text that reads back as the rounded value, since doubles of that
    /// size lie far closer together than 0.0001) at a fraction of the cost; other values go through `ExportText`.
    mutating func append(number value: Double) {
        let scaled = (value * 10_000).rounded()
        guard scaled.magnitude < 1e15 else { return append(plain: ExportText.number(value)) }
        let tenThousandths = Int(scaled)
        if tenThousandths < 0 { append(byte: UInt8(ascii: "-")) }
        let (whole, fraction) = tenThousandths.magnitude.quotientAndRemainder(dividingBy: 10_000)
        append(integer: Int(whole))
        guard fraction > 0 else { return }
        append(byte: UInt8(ascii: "."))
        var digits = fraction
        var divisor: UInt = 1_000
        while digits > 0 {
            append(byte: UInt8(ascii: "0") + UInt8(digits / divisor))
            digits %= divisor
            divisor /= 10
        }
    }
}
