extension StringProtocol {
    /// Whether every byte of the text is ASCII. Native and small strings are read from their contiguous
    /// UTF-8 bytes, which costs far less than walking the `utf8` view.
    package var isAllASCII: Bool {
        if let result = utf8.withContiguousStorageIfAvailable({ bytes in !bytes.contains { $0 >= 0x80 } }) { return result }
        return utf8.allSatisfy { $0 < 0x80 }
    }
}
