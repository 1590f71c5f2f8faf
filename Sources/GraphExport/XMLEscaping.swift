extension EscapeTable {
    /// XML 1.0 escaping for text and attribute values: markup characters and quotes as entities, tab and
    /// line feed as character references (so attribute values keep them); characters XML forbids are dropped.
    static let xml = EscapeTable([
        "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&apos;", "\n": "&#10;", "\t": "&#9;",
    ])
}
