import NewsText

/// 64-bit FNV-1a hashes of every token of an article, as written and in upper case, computed once
/// so that dictionary stages compare integers instead of building strings.
public struct TokenHashes: Sendable {
    /// Hash of each token's bytes as written.
    public let exact: [UInt64]
    /// Hash of each token's bytes with ASCII letters upper-cased.
    public let upper: [UInt64]

    /// Hashes every token of `article` in one pass over its bytes.
    public init(article: Article) {
        var exact = [UInt64](repeating: 0, count: article.tokens.count)
        var upper = exact
        article.cleanText.withUnsafeBufferPointer { bytes in
            for (index, token) in article.tokens.enumerated() {
                var e: UInt64 = 0xcbf29ce484222325
                var u: UInt64 = 0xcbf29ce484222325
                for i in token.range {
                    let byte = bytes[i]
                    e = (e ^ UInt64(byte)) &* 0x100000001b3
                    let up = byte >= 0x61 && byte <= 0x7A ? byte - 32 : byte
                    u = (u ^ UInt64(up)) &* 0x100000001b3
                }
                exact[index] = e
                upper[index] = u
            }
        }
        self.exact = exact
        self.upper = upper
    }

    /// The hash of a string as the tokenizer would see one token of it.
    public static func hash(_ text: some StringProtocol, upperCased: Bool = false) -> UInt64 {
        // Native and small strings lend their bytes directly, which is much cheaper than walking `utf8`.
        if let hash = text.utf8.withContiguousStorageIfAvailable({ hash(bytes: $0, upperCased: upperCased) }) { return hash }
        return hash(bytes: text.utf8, upperCased: upperCased)
    }

    /// The hash of the bytes of one token.
    @inline(__always)
    static func hash(bytes: some Sequence<UInt8>, upperCased: Bool) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for byte in bytes {
            let b = upperCased && byte >= 0x61 && byte <= 0x7A ? byte - 32 : byte
            h = (h ^ UInt64(b)) &* 0x100000001b3
        }
        return h
    }
}
