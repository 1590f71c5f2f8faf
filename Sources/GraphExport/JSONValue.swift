/// A JSON value with ordered object keys, written deterministically.
enum JSONValue {
    case string(String)
    case number(Double)
    case integer(Int)
    case bool(Bool)
    case array([JSONValue])
    case object([(String, JSONValue)])

    /// Appends the JSON text; `indent` spaces per level, or compact on one line when nil.
    func write(to out: inout ExportBuffer, indent: Int? = 2) {
        write(to: &out, level: 0, indent: indent)
    }

    private func write(to out: inout ExportBuffer, level: Int, indent: Int?) {
        switch self {
        case .string(let text): JSONValue.writeString(text, to: &out)
        case .number(let value): out.append(number: value)
        case .integer(let value): out.append(integer: value)
        case .bool(let value): out.append(value ? "true" : "false")
        case .array(let items):
            guard !items.isEmpty else { out.append("[]"); return }
            out.append("[")
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(",") }
                newline(&out, level + 1, indent)
                item.write(to: &out, level: level + 1, indent: indent)
            }
            newline(&out, level, indent)
            out.append("]")
        case .object(let pairs):
            guard !pairs.isEmpty else { out.append("{}"); return }
            out.append("{")
            for (index, (key, value)) in pairs.enumerated() {
                if index > 0 { out.append(",") }
                newline(&out, level + 1, indent)
                JSONValue.writeString(key, to: &out)
                out.append(indent == nil ? ":" : ": ")
                value.write(to: &out, level: level + 1, indent: indent)
            }
            newline(&out, level, indent)
            out.append("}")
        }
    }

    private func newline(_ out: inout ExportBuffer, _ level: Int, _ indent: Int?) {
        guard let indent else { return }
        out.append(byte: UInt8(ascii: "\n"))
        for _ in 0..<(level * indent) { out.append(byte: UInt8(ascii: " ")) }
    }

    /// Writes a JSON string literal: quotes, backslashes and control characters escaped.
    static func writeString(_ text: String, to out: inout ExportBuffer) {
        out.append(byte: UInt8(ascii: "\""))
        out.append(text, escaping: .json)
        out.append(byte: UInt8(ascii: "\""))
    }
}

extension EscapeTable {
    /// JSON string escaping: quotes, backslashes, tab and line feed with a backslash, and U+2028 and U+2029
    /// as `\u` escapes (JavaScript reads them as line breaks); other controls are dropped.
    static let json = EscapeTable(["\"": "\\\"", "\\": "\\\\", "\n": "\\n", "\t": "\\t"],
                                  separators: (line: "\\u2028", paragraph: "\\u2029"))
}

import KnowledgeGraph

extension Evidence {
    /// The evidence as a JSON object (document, start, end, rule, sentence).
    var json: JSONValue {
        .object([
            ("document", .string(document)), ("start", .integer(start)), ("end", .integer(end)),
            ("rule", .string(rule)), ("sentence", .string(sentence)),
        ])
    }
}
