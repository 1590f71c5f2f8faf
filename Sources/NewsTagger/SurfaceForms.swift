/// Gazetteer surface forms collected as lexicon keys: the tokens of each (see ``TaggerLexicon/tokenize(_:)``)
/// in lower case, joined by single spaces, with the classes the form names as a bit mask.
///
/// It works on the UTF-8 bytes of the forms, which must be valid; only each distinct key becomes a string.
struct SurfaceForms {
    /// Class bit mask (1 << EntityType.index) by key.
    private(set) var masks: [String: UInt8] = [:]
    /// Number of forms added, including those that gave no token.
    private(set) var count = 0
    private var tokens: [Range<Int>] = []
    private var key: [UInt8] = []

    /// Adds the form `bytes`, naming a `type`.
    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>, type: EntityType) {
        count += 1
        Self.tokenRanges(bytes, into: &tokens)
        guard !tokens.isEmpty else { return }
        key.removeAll(keepingCapacity: true)
        for token in tokens {
            if !key.isEmpty { key.append(0x20) }
            Self.appendLowercased(UnsafeBufferPointer(rebasing: bytes[token]), to: &key)
        }
        masks[String(decoding: key, as: UTF8.self), default: 0] |= UInt8(1 << type.index)
    }

    /// Appends `bytes` in lower case (`String.lowercased()`; byte by byte when they are ASCII).
    static func appendLowercased(_ bytes: UnsafeBufferPointer<UInt8>, to buffer: inout [UInt8]) {
        if bytes.allSatisfy({ $0 < 0x80 }) {
            for byte in bytes { buffer.append(byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte) }
        } else {
            buffer.append(contentsOf: String(decoding: bytes, as: UTF8.self).lowercased().utf8)
        }
    }

    /// FNV-1a from `seed` over `bytes` in lower case: the lexicon key of a token or name (the `lower` of
    /// ``TokenAnalyzer/analyze(_:)``).
    static func lowerHash(_ bytes: UnsafeBufferPointer<UInt8>, seed: UInt64 = FeatureHash.fnvOffset) -> UInt64 {
        guard bytes.allSatisfy({ $0 < 0x80 }) else {
            return FeatureHash.fnv1a(String(decoding: bytes, as: UTF8.self).lowercased().utf8, seed: seed)
        }
        var hash = seed
        for byte in bytes { hash = FeatureHash.step(hash, byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte) }
        return hash
    }

    /// The tokens of a surface form, as ranges of `bytes`: split at whitespace scalars, with outer brackets,
    /// quotes, commas and semicolons split off one scalar at a time while more than one scalar is left.
    static func tokenRanges(_ bytes: UnsafeBufferPointer<UInt8>, into tokens: inout [Range<Int>]) {
        tokens.removeAll(keepingCapacity: true)
        var index = 0
        while index < bytes.count {
            let first = scalar(in: bytes, at: index)
            if isWhitespace(first.value) {
                index += first.length
                continue
            }
            var end = index + first.length
            while end < bytes.count {
                let next = scalar(in: bytes, at: end)
                if isWhitespace(next.value) { break }
                end += next.length
            }
            var start = index
            index = end
            while true {
                let lead = scalar(in: bytes, at: start)
                guard start + lead.length < end, isLeadingPunctuation(lead.value) else { break }
                tokens.append(start..<(start + lead.length))
                start += lead.length
            }
            var middleEnd = end
            while true {
                var last = middleEnd - 1
                while bytes[last] & 0xC0 == 0x80 { last -= 1 }
                guard last > start, isTrailingPunctuation(scalar(in: bytes, at: last).value) else { break }
                middleEnd = last
            }
            tokens.append(start..<middleEnd)
            while middleEnd < end {
                let length = scalar(in: bytes, at: middleEnd).length
                tokens.append(middleEnd..<(middleEnd + length))
                middleEnd += length
            }
        }
    }

    /// The scalar value and byte length of the valid UTF-8 character at `index`.
    @inline(__always)
    private static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (lead, 1) }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2) }
        if lead < 0xF0 {
            return ((lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
        }
        return ((lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
                | UInt32(bytes[index + 3] & 0x3F), 4)
    }

    /// Unicode's White_Space: tab to carriage return and space in ASCII; the scalar's property beyond.
    @inline(__always)
    private static func isWhitespace(_ value: UInt32) -> Bool {
        if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
        return Unicode.Scalar(value)?.properties.isWhitespace ?? false
    }

    /// `(`, `"`, `'`, `[`, `“`, `‘`.
    private static func isLeadingPunctuation(_ value: UInt32) -> Bool {
        switch value {
        case 0x28, 0x22, 0x27, 0x5B, 0x201C, 0x2018: return true
        default: return false
        }
    }

    /// `)`, `"`, `,`, `;`, `:`, `'`, `]`, `”`, `’`.
    private static func isTrailingPunctuation(_ value: UInt32) -> Bool {
        switch value {
        case 0x29, 0x22, 0x2C, 0x3B, 0x3A, 0x27, 0x5D, 0x201D, 0x2019: return true
        default: return false
        }
    }
}
