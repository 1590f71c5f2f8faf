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
