/// Writes JSON text straight into an ``ExportBuffer``, value by value, object members in the order written.
///
/// Open objects and arrays with `begin…`, name each object member with ``key(_:)`` before its value, and
/// close them with `end…`; empty ones are written `{}` and `[]`. The text is pretty-printed with `indent`
/// spaces per level, or compact on one line when `indent` is nil. The calls an export makes hundreds of
/// thousands of times (keys, strings, numbers) are inlined, so that a key's text is copied as a constant.
struct JSONWriter: ~Copyable {
    /// The text written so far.
    var output: ExportBuffer
    /// Spaces per level, 0 when compact.
    private let indent: Int
    /// How many objects and arrays are open.
    private var level = 0
    /// The spaces that start a line at the current level.
    private var indentation = 0
    /// Whether the innermost open object or array has no member yet.
    private var isOpenContainerEmpty = true
    /// Whether a key was just written, so the next value follows it on the same line.
    private var followsKey = false
    /// Whether the text is on one line.
    private let isCompact: Bool

    /// A writer with room for `capacity` bytes.
    init(indent: Int?, capacity: Int = 0) {
        self.indent = indent ?? 0
        isCompact = indent == nil
        output = ExportBuffer(capacity: capacity)
    }

    /// The text written, as bytes; the writer is used up.
    consuming func takeBytes() -> [UInt8] { output.takeBytes() }

    mutating func beginObject() { open(UInt8(ascii: "{")) }
    mutating func endObject() { close(UInt8(ascii: "}")) }
    mutating func beginArray() { open(UInt8(ascii: "[")) }
    mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Writes the name of the next member of the open object: a literal that needs no escaping.
    @inline(__always) mutating func key(_ name: StaticString) {
        startMember()
        output.append(byte: UInt8(ascii: "\""))
        output.append(name)
        endKey()
    }

    /// Writes the name of the next member of the open object, made ready beforehand.
    mutating func key(_ key: Key) {
        guard let block = key.block else { return self.key(key.name) }
        startMember()
        output.append(prefix: isCompact ? key.length - 1 : key.length, of: block)
        followsKey = true
    }

    /// Writes the name of the next member of the open object, escaped.
    mutating func key(escaping name: String) {
        startMember()
        output.append(byte: UInt8(ascii: "\""))
        output.append(name, escaping: .json)
        endKey()
    }

    /// Writes the name of the next member of the open object, which `write` appends escaped.
    @inline(__always) mutating func key(unescaped write: (inout ExportBuffer) -> Void) {
        startMember()
        output.append(byte: UInt8(ascii: "\""))
        write(&output)
        endKey()
    }

    @inline(__always) mutating func string(_ text: String) {
        startValue()
        writeString(text)
    }

    /// Writes a string that is a literal that needs no escaping.
    @inline(__always) mutating func string(literal: StaticString) {
        startValue()
        output.append(byte: UInt8(ascii: "\""))
        output.append(literal)
        output.append(byte: UInt8(ascii: "\""))
    }

    /// Writes a string whose content `write` appends straight to the output; `write` escapes what needs it.
    @inline(__always) mutating func string(unescaped write: (inout ExportBuffer) -> Void) {
        startValue()
        output.append(byte: UInt8(ascii: "\""))
        write(&output)
        output.append(byte: UInt8(ascii: "\""))
    }

    @inline(__always) mutating func integer(_ value: Int) {
        startValue()
        output.append(integer: value)
    }

    /// Writes a number as ``ExportText/number(_:)`` does.
    @inline(__always) mutating func number(_ value: Double) {
        startValue()
        output.append(number: value)
    }

    @inline(__always) mutating func bool(_ value: Bool) {
        startValue()
        if value { output.append("true") } else { output.append("false") }
    }

    @inline(__always) private mutating func endKey() {
        if isCompact { output.append("\":") } else { output.append("\": ") }
        followsKey = true
    }

    private mutating func open(_ bracket: UInt8) {
        startValue()
        output.append(byte: bracket)
        level += 1
        indentation += indent
        isOpenContainerEmpty = true
    }

    private mutating func close(_ bracket: UInt8) {
        level -= 1
        indentation -= indent
        if !isOpenContainerEmpty { newline() }
        output.append(byte: bracket)
        isOpenContainerEmpty = false
    }

    /// Puts the separator and line break before a value, unless it follows a key or stands alone.
    @inline(__always) private mutating func startValue() {
        if followsKey {
            followsKey = false
        } else if level > 0 {
            startMember()
        }
    }

    @inline(__always) private mutating func startMember() {
        if !isOpenContainerEmpty { output.append(byte: UInt8(ascii: ",")) }
        isOpenContainerEmpty = false
        newline()
    }

    @inline(__always) private mutating func newline() {
        if !isCompact { output.append(lineBreakIndentedBy: indentation) }
    }

    /// Writes a JSON string literal: quotes, backslashes and control characters escaped.
    @inline(__always) private mutating func writeString(_ text: String) {
        output.append(byte: UInt8(ascii: "\""))
        output.append(text, escaping: .json)
        output.append(byte: UInt8(ascii: "\""))
    }
}

extension JSONWriter {
    /// A member name made ready to write: the quoted name, the colon and a space, in a block of 32 bytes that is
    /// copied whole, which costs far less than copying a literal of unknown length. Names longer than 28 bytes
    /// are written from the literal.
    struct Key: Sendable {
        /// The name.
        let name: StaticString
        /// `"name": ` and padding; nil for a long name.
        let block: (SIMD16<UInt8>, SIMD16<UInt8>)?
        /// How many bytes of the block are the text.
        let length: Int

        /// A member name that needs no escaping.
        init(_ name: StaticString) {
            self.name = name
            var text: [UInt8] = [UInt8(ascii: "\"")]
            name.withUTF8Buffer { text.append(contentsOf: $0) }
            text += [UInt8(ascii: "\""), UInt8(ascii: ":"), UInt8(ascii: " ")]
            length = text.count
            guard text.count <= 32 else {
                block = nil
                return
            }
            text += Array(repeating: UInt8(ascii: " "), count: 32 - text.count)
            block = (SIMD16(text[0..<16]), SIMD16(text[16..<32]))
        }
    }
}

extension EscapeTable {
    /// JSON string escaping: quotes, backslashes, tab and line feed with a backslash, and U+2028 and U+2029
    /// as `\u` escapes (JavaScript reads them as line breaks); other controls are dropped.
    static let json = EscapeTable(["\"": "\\\"", "\\": "\\\\", "\n": "\\n", "\t": "\\t"],
                                  separators: (line: "\\u2028", paragraph: "\\u2029"))
}
