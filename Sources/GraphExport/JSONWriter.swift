/// Writes JSON text straight into an ``ExportBuffer``, value by value, object members in the order written.
///
/// Open objects and arrays with `begin…`, name each object member with ``key(_:)`` before its value, and
/// close them with `end…`; empty ones are written `{}` and `[]`. The text is pretty-printed with `indent`
/// spaces per level, or compact on one line when `indent` is nil.
struct JSONWriter: ~Copyable {
    /// The text written so far.
    var output: ExportBuffer
    private let indent: Int?
    private var level = 0
    /// Whether the innermost open object or array has no member yet.
    private var isOpenContainerEmpty = true
    /// Whether a key was just written, so the next value follows it on the same line.
    private var followsKey = false

    /// A writer with room for `capacity` bytes.
    init(indent: Int?, capacity: Int = 0) {
        self.indent = indent
        output = ExportBuffer(capacity: capacity)
    }

    /// The text written, as bytes; the writer is used up.
    consuming func takeBytes() -> [UInt8] { output.takeBytes() }

    mutating func beginObject() { open(UInt8(ascii: "{")) }
    mutating func endObject() { close(UInt8(ascii: "}")) }
    mutating func beginArray() { open(UInt8(ascii: "[")) }
    mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Writes the name of the next member of the open object: a literal that needs no escaping.
    mutating func key(_ name: StaticString) {
        startMember()
        output.append(byte: UInt8(ascii: "\""))
        output.append(name)
        output.append(byte: UInt8(ascii: "\""))
        endKey()
    }

    /// Writes the name of the next member of the open object, escaped.
    mutating func key(escaping name: String) {
        startMember()
        writeString(name)
        endKey()
    }

    mutating func string(_ text: String) {
        startValue()
        writeString(text)
    }

    /// Writes a string whose content `write` appends straight to the output; `write` escapes what needs it.
    mutating func string(unescaped write: (inout ExportBuffer) -> Void) {
        startValue()
        output.append(byte: UInt8(ascii: "\""))
        write(&output)
        output.append(byte: UInt8(ascii: "\""))
    }

    mutating func integer(_ value: Int) {
        startValue()
        output.append(integer: value)
    }

    /// Writes a number as ``ExportText/number(_:)`` does.
    mutating func number(_ value: Double) {
        startValue()
        output.append(number: value)
    }

    mutating func bool(_ value: Bool) {
        startValue()
        output.append(value ? "true" : "false")
    }

    private mutating func endKey() {
        if indent == nil { output.append(byte: UInt8(ascii: ":")) } else { output.append(": ") }
        followsKey = true
    }

    private mutating func open(_ bracket: UInt8) {
        startValue()
        output.append(byte: bracket)
        level += 1
        isOpenContainerEmpty = true
    }

    private mutating func close(_ bracket: UInt8) {
        level -= 1
        if !isOpenContainerEmpty { newline() }
        output.append(byte: bracket)
        isOpenContainerEmpty = false
    }

    /// Puts the separator and line break before a value, unless it follows a key or stands alone.
    private mutating func startValue() {
        if followsKey {
            followsKey = false
        } else if level > 0 {
            startMember()
        }
    }

    private mutating func startMember() {
        if !isOpenContainerEmpty { output.append(byte: UInt8(ascii: ",")) }
        isOpenContainerEmpty = false
        newline()
    }

    /// A line feed and 32 spaces: a line break and the indentation of its line are copied from it at once.
    private static let lineBreak: StaticString = "\n                                "

    private mutating func newline() {
        guard let indent else { return }
        let spaces = level * indent
        let spacesInLineBreak = Self.lineBreak.utf8CodeUnitCount - 1
        output.append(prefix: 1 + min(spaces, spacesInLineBreak), of: Self.lineBreak)
        if spaces > spacesInLineBreak { output.append(byte: UInt8(ascii: " "), count: spaces - spacesInLineBreak) }
    }

    /// Writes a JSON string literal: quotes, backslashes and control characters escaped.
    private mutating func writeString(_ text: String) {
        output.append(byte: UInt8(ascii: "\""))
        output.append(text, escaping: .json)
        output.append(byte: UInt8(ascii: "\""))
    }
}

extension EscapeTable {
    /// JSON string escaping: quotes, backslashes, tab and line feed with a backslash, and U+2028 and U+2029
    /// as `\u` escapes (JavaScript reads them as line breaks); other controls are dropped.
    static let json = EscapeTable(["\"": "\\\"", "\\": "\\\\", "\n": "\\n", "\t": "\\t"],
                                  separators: (line: "\\u2028", paragraph: "\\u2029"))
}
