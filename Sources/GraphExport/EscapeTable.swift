/// How one format writes text: what it writes instead of each ASCII character it must escape, and
/// whether it escapes the line and paragraph separators U+2028 and U+2029.
///
/// Every format drops the characters none can carry safely — C0 controls other than tab and line feed,
/// DEL, C1 controls, U+FFFE and U+FFFF — and reads CR and CR LF as one line feed, which it then writes
/// like any other. Text is scanned as UTF-8 bytes, and runs that need nothing are copied whole.
struct EscapeTable: Sendable {
    /// Per ASCII byte, what is written instead of it; nil where the byte is copied.
    private let replacements: [StaticString?]
    /// What is written instead of U+2028 and U+2029; nil where they are copied.
    private let separatorReplacements: (line: StaticString, paragraph: StaticString)?
    /// Per byte, whether the scan must look at it: an ASCII byte with a replacement or CR, or the first
    /// byte of a sequence that may be dropped or escaped (C1 controls C2 80-9F; U+FFFE, U+FFFF EF BF BE-BF;
    /// U+2028, U+2029 E2 80 A8-A9).
    private let stops: [Bool]

    /// A table that writes `replacements` for those ASCII characters (and for U+2028 and U+2029 if given).
    init(_ replacements: [Unicode.Scalar: StaticString], separators: (line: StaticString, paragraph: StaticString)? = nil) {
        var table: [StaticString?] = Array(repeating: nil, count: 128)
        for byte in 0..<0x20 where byte != 0x09 && byte != 0x0A { table[byte] = "" }
        table[0x7F] = ""
        for (scalar, replacement) in replacements { table[Int(scalar.value)] = replacement }
        self.replacements = table
        separatorReplacements = separators
        var stops = table.map { $0 != nil } + Array(repeating: false, count: 128)
        stops[0x0D] = true
        stops[0xC2] = true
        stops[0xEF] = true
        stops[0xE2] = separators != nil
        self.stops = stops
    }

    /// Appends `text`, UTF-8, escaped, to `out`.
    func write(_ text: UnsafeBufferPointer<UInt8>, to out: inout ExportBuffer) {
        stops.withUnsafeBufferPointer { write(text, to: &out, stops: $0) }
    }

    private func write(_ text: UnsafeBufferPointer<UInt8>, to out: inout ExportBuffer, stops: UnsafeBufferPointer<Bool>) {
        let count = text.count
        var runStart = 0
        var index = 0
        while index < count {
            let byte = text[index]
            guard stops[Int(byte)] else {
                index += 1
                continue
            }
            let length: Int
            let replacement: StaticString
            switch byte {
            case 0x0D:
                replacement = replacements[0x0A] ?? "\n"
                length = index + 1 < count && text[index + 1] == 0x0A ? 2 : 1
            case 0xC2:
                guard index + 1 < count, (0x80...0x9F).contains(text[index + 1]) else { index += 1; continue }
                replacement = ""
                length = 2
            case 0xEF:
                guard index + 2 < count, text[index + 1] == 0xBF, text[index + 2] == 0xBE || text[index + 2] == 0xBF
                else { index += 1; continue }
                replacement = ""
                length = 3
            case 0xE2:
                guard let separatorReplacements, index + 2 < count, text[index + 1] == 0x80,
                      text[index + 2] == 0xA8 || text[index + 2] == 0xA9
                else { index += 1; continue }
                replacement = text[index + 2] == 0xA8 ? separatorReplacements.line : separatorReplacements.paragraph
                length = 3
            default:
                replacement = replacements[Int(byte)] ?? ""
                length = 1
            }
            out.append(bytes: UnsafeBufferPointer(rebasing: text[runStart..<index]))
            out.append(replacement)
            index += length
            runStart = index
        }
        out.append(bytes: UnsafeBufferPointer(rebasing: text[runStart..<count]))
    }
}
