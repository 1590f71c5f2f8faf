/// The UTF-8 bytes of an export file, appended piece by piece and taken once at the end.
///
/// A raw, growing buffer rather than an `[UInt8]`: an export makes hundreds of thousands of small appends,
/// and each `Array.append(contentsOf:)` paid a uniqueness check and a generic call (a seventh of the export
/// of a large graph). Not copyable, so that the buffer has exactly one owner that frees it.
struct ExportBuffer: ~Copyable {
    private var start: UnsafeMutablePointer<UInt8>
    private var count = 0
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

    /// Appends a literal as it is.
    mutating func append(_ literal: StaticString) {
        // Not `utf8Start`: a literal of one character may be stored as a scalar, without a pointer.
        literal.withUTF8Buffer { append(bytes: $0) }
    }

    /// Appends the first `length` bytes of a literal.
    mutating func append(prefix length: Int, of literal: StaticString) {
        precondition(length <= literal.utf8CodeUnitCount)
        append(bytes: UnsafeBufferPointer(start: literal.utf8Start, count: length))
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
    mutating func append(_ text: String, escaping: EscapeTable) {
        var text = text
        text.withUTF8 { escaping.write($0, to: &self) }
    }

    /// Appends an integer in decimal.
    mutating func append(integer value: Int) {
        if value < 0 { append(byte: UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // room for the 20 digits of UInt64.max
        withUnsafeMutableBytes(of: &digits) { buffer in
            var start = buffer.count
            repeat {
                start -= 1
                buffer[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            for digit in buffer[start...] { append(byte: digit) }
        }
    }

    /// Appends a number as ``ExportText/number(_:)`` writes it.
    mutating func append(number value: Double) {
        append(plain: ExportText.number(value))
    }
}
