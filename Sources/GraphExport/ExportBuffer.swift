/// The UTF-8 bytes of an export file, appended piece by piece and turned into text once at the end.
struct ExportBuffer {
    /// The bytes written so far.
    private(set) var bytes: [UInt8] = []

    /// An empty buffer with room for `capacity` bytes.
    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// The bytes as text.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Appends a literal as it is.
    mutating func append(_ literal: StaticString) {
        literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends the first `length` bytes of a literal.
    mutating func append(prefix length: Int, of literal: StaticString) {
        precondition(length <= literal.utf8CodeUnitCount)
        bytes.append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: length))
    }

    /// Appends text that needs no escaping, as it is.
    mutating func append(plain text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Appends one byte.
    mutating func append(byte: UInt8) {
        bytes.append(byte)
    }

    /// Appends `count` copies of one byte.
    mutating func append(byte: UInt8, count: Int) {
        bytes.append(contentsOf: repeatElement(byte, count: count))
    }

    /// Appends text escaped by `escaping`.
    mutating func append(_ text: String, escaping: EscapeTable) {
        var text = text
        text.withUTF8 { escaping.write($0, to: &bytes) }
    }

    /// Appends an integer in decimal.
    mutating func append(integer value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // room for the 20 digits of UInt64.max
        withUnsafeMutableBytes(of: &digits) { buffer in
            var start = buffer.count
            repeat {
                start -= 1
                buffer[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[start...]))
        }
    }

    /// Appends a number as ``ExportText/number(_:)`` writes it.
    mutating func append(number value: Double) {
        append(plain: ExportText.number(value))
    }
}
