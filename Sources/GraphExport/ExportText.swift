/// Text helpers shared by exporters.
enum ExportText {
    /// Removes control characters no format can carry safely (keeps tab and line feed; CR becomes LF).
    static func sanitized(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F || ($0.value >= 0x80 && $0.value < 0xA0) || $0.value == 0xFFFE || $0.value == 0xFFFF })
        else { return text }
        var scalars = String.UnicodeScalarView()
        var previousCR = false
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0D: scalars.append("\n"); previousCR = true; continue
            case 0x0A: if !previousCR { scalars.append(scalar) }
            case 0x09: scalars.append(scalar)
            case 0..<0x20, 0x7F, 0x80..<0xA0, 0xFFFE, 0xFFFF: break
            default: scalars.append(scalar)
            }
            previousCR = false
        }
        return String(scalars)
    }

    /// Whether `text` has no byte that `isSpecial` flags and no character that ``sanitized(_:)`` or JSON must
    /// treat: C0/C1 controls, DEL, U+2028, U+2029, U+FFFE, U+FFFF. Such text can be copied as it is.
    static func isPlain(_ text: String, special isSpecial: (UInt8) -> Bool) -> Bool {
        var utf8 = text.utf8.makeIterator()
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        while let byte = utf8.next() {
            if byte < 0x20 || byte == 0x7F || isSpecial(byte) { return false }
            if previous == 0xC2, byte >= 0x80, byte <= 0x9F { return false }
            if beforePrevious == 0xE2, previous == 0x80, byte == 0xA8 || byte == 0xA9 { return false }
            if beforePrevious == 0xEF, previous == 0xBF, byte == 0xBE || byte == 0xBF { return false }
            beforePrevious = previous
            previous = byte
        }
        return true
    }

    /// A number with at most four decimals and no exponent: `0.75`, `1`.
    static func number(_ value: Double) -> String {
        let rounded = (value * 10_000).rounded() / 10_000
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        var text = String(rounded)
        if text.contains("e") { text = "0" }
        return text
    }
}

import KnowledgeGraph

extension KnowledgeGraph {
    /// The relation's human label from the schema, or the relation name.
    func label(ofRelation relation: String) -> String {
        schema.relations[relation]?.label ?? relation
    }
}
