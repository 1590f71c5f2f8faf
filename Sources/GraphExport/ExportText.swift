/// Text helpers shared by exporters.
enum ExportText {
    /// A number with at most four decimals and no exponent: `0.75`, `1`.
    static func number(_ value: Double) -> String {
        let rounded = (value * 10_000).rounded() / 10_000
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        var text = String(rounded)
        // A byte search: `contains` with a string argument would go through Foundation's string search.
        if text.utf8.contains(UInt8(ascii: "e")) { text = "0" }
        return text
    }
}

import KnowledgeGraph

extension SortedGraph {
    /// The relation's human label from the schema, or the relation name.
    func label(ofRelation relation: String) -> String {
        schema.relations[relation]?.label ?? relation
    }
}

extension String {
    /// Calls `body` with the UTF-8 bytes of the string: read in place when the string is native, as nearly
    /// all are, or from a native copy.
    @inline(__always) func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return copy.withUTF8(body)
    }
}
