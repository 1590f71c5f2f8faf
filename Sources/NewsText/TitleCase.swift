extension String {
    /// The words with the first letter of each, and of each part after a hyphen, in upper case and the rest in lower
    /// case, joined by single spaces: "NEW YORK" → "New York", "ST. PETERSBURG" → "St. Petersburg", "PARIS SAINT-GERMAIN"
    /// → "Paris Saint-Germain".
    public var titleCased: String {
        if utf8.allSatisfy({ $0 < 0x80 }) {
            // In ASCII, per byte: the first letter of each word and of each part after a "-" in upper case,
            // the rest in lower case; words joined by single spaces.
            var out: [UInt8] = []
            out.reserveCapacity(utf8.count)
            var previous: UInt8 = 0x20
            for byte in utf8 {
                if byte == 0x20 {
                    previous = byte
                    continue
                }
                if previous == 0x20, !out.isEmpty { out.append(0x20) }
                let startsPart = previous == 0x20 || previous == UInt8(ascii: "-")
                out.append(startsPart ? asciiUpper(byte) : asciiLower(byte))
                previous = byte
            }
            return String(decoding: out, as: UTF8.self)
        }
        return split(separator: " ").map { word in
            word.split(separator: "-", omittingEmptySubsequences: false).map { part in
                part.prefix(1).uppercased() + part.dropFirst().lowercased()
            }.joined(separator: "-")
        }.joined(separator: " ")
    }
}
