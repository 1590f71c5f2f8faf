/// A JSON value with ordered object keys, written deterministically.
enum JSONValue {
    case string(String)
    case number(Double)
    case integer(Int)
    case bool(Bool)
    case array([JSONValue])
    case object([(String, JSONValue)])

    /// The JSON text; `indent` spaces per level, or compact on one line when nil.
    func serialized(indent: Int? = 2) -> String {
        var out = ""
        write(to: &out, level: 0, indent: indent)
        return out
    }

    private func write(to out: inout String, level: Int, indent: Int?) {
        switch self {
        case .string(let text): JSONValue.writeString(text, to: &out)
        case .number(let value): out += ExportText.number(value)
        case .integer(let value): out += String(value)
        case .bool(let value): out += value ? "true" : "false"
        case .array(let items):
            guard !items.isEmpty else { out += "[]"; return }
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += "," }
                newline(&out, level + 1, indent)
                item.write(to: &out, level: level + 1, indent: indent)
            }
            newline(&out, level, indent)
            out += "]"
        case .object(let pairs):
            guard !pairs.isEmpty else { out += "{}"; return }
            out += "{"
            for (index, (key, value)) in pairs.enumerated() {
                if index > 0 { out += "," }
                newline(&out, level + 1, indent)
                JSONValue.writeString(key, to: &out)
                out += indent == nil ? ":" : ": "
                value.write(to: &out, level: level + 1, indent: indent)
            }
            newline(&out, level, indent)
            out += "}"
        }
    }

    private func newline(_ out: inout String, _ level: Int, _ indent: Int?) {
        guard let indent else { return }
        out += "\n" + String(repeating: " ", count: level * indent)
    }

    /// Writes a JSON string literal: quotes, backslashes and control characters escaped.
    static func writeString(_ text: String, to out: inout String) {
        out += "\""
        // Most strings need no escaping: copy them whole.
        if ExportText.isPlain(text, special: { $0 == 0x22 || $0 == 0x5C }) {
            out += text
            out += "\""
            return
        }
        for scalar in ExportText.sanitized(text).unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
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
