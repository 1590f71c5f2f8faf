/// Texts written many times in one export, each prepared once (escaped, or encoded for an IRI) and then
/// copied: the relation names, say, each written for every edge of that relation.
struct PreparedTexts: ~Copyable {
    private var prepared = ExportBuffer()
    private var ranges: [Range<Int>] = []

    /// Each of `texts` prepared by `prepare`, which appends it to the buffer it is given.
    init(_ texts: [String], prepare: (String, inout ExportBuffer) -> Void) {
        ranges.reserveCapacity(texts.count)
        for text in texts {
            let start = prepared.count
            prepare(text, &prepared)
            ranges.append(start..<prepared.count)
        }
    }

    /// Each of `texts` escaped by `table`.
    init(_ texts: [String], escaping table: EscapeTable) {
        self.init(texts) { text, out in out.append(text, escaping: table) }
    }

    /// Appends the prepared text of the text at `index`.
    @inline(__always) func append(_ index: Int, to out: inout ExportBuffer) {
        out.append(ranges[index], of: prepared)
    }
}
