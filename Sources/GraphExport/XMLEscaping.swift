extension EscapeTable {
    /// XML 1.0 escaping for text and attribute values: markup characters and quotes as entities, tab and
    /// line feed as character references (so attribute values keep them); characters XML forbids are dropped.
    static let xml = EscapeTable([
        "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&apos;", "\n": "&#10;", "\t": "&#9;",
    ])

    /// The text of a JSON string inside XML: ``json`` escaping, then ``xml`` escaping of the result, in one pass.
    static let jsonInXML = EscapeTable([
        "\"": "\\&quot;", "\\": "\\\\", "\n": "\\n", "\t": "\\t", "&": "&amp;", "<": "&lt;", ">": "&gt;", "'": "&apos;",
    ], separators: (line: "\\u2028", paragraph: "\\u2029"))
}
