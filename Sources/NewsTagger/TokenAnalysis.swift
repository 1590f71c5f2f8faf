import Foundation

/// Per-token hashes and flags computed once per token; the feature extractor only combines
/// these integers, so no strings are built in the hot path.
struct TokenInfo {
    /// Hash of the token as written.
    var word: UInt64 = 0
    /// Hash of the lowercased token.
    var lower: UInt64 = 0
    /// Hash of the lowercased token with ASCII digits replaced by `0`.
    var norm: UInt64 = 0
    /// Hash of the shape: X for upper, x for lower, d for digit, other characters kept; runs capped at 4.
    var shape: UInt64 = 0
    /// Hash of the short shape: runs collapsed to one character (`Xx`, `X.X.`, `d-d`).
    var shortShape: UInt64 = 0
    /// Hashes of the lowercased prefixes of length 1…4 (0 when the token is shorter).
    var prefixes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    /// Hashes of the lowercased suffixes of length 1…4 (0 when the token is shorter).
    var suffixes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    /// ``TokenFlags`` bits.
    var flags: UInt16 = 0

    @inline(__always) func has(_ f: UInt16) -> Bool { flags & f != 0 }
}

/// Bits of ``TokenInfo/flags``.
enum TokenFlags {
    static let initialCap: UInt16 = 1 << 0      // first character is upper case
    static let allCaps: UInt16 = 1 << 1         // has letters, none lower case
    static let hasDigit: UInt16 = 1 << 2
    static let hasHyphen: UInt16 = 1 << 3
    static let hasPeriod: UInt16 = 1 << 4
    static let allDigits: UInt16 = 1 << 5
    static let noAlphanumeric: UInt16 = 1 << 6  // punctuation / symbols only
    static let initialLower: UInt16 = 1 << 7    // first character is lower case
    static let innerCap: UInt16 = 1 << 8        // an upper-case letter after the first character, with lower case present
    static let hasLetter: UInt16 = 1 << 9
    static let singleChar: UInt16 = 1 << 10
    static let count = 11
}

enum TokenAnalyzer {
    /// Analyzes one token.
    static func analyze(_ token: String) -> TokenInfo {
        var copy = token
        return copy.withUTF8 { analyze($0) }
    }

    /// The bytes the tagger reads for a token: curly quotes are read as the straight ones of the training data,
    /// so that a name in “curly quotes” is tagged as one in "straight" ones; other tokens are read as written.
    static func taggingForm(of word: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        // “ ” are E2 80 9C…9D; ‘ ’ ‚ ‛ are E2 80 98…9B.
        guard word.count == 3, word[0] == 0xE2, word[1] == 0x80, (0x98...0x9D).contains(word[2]) else { return word }
        return UnsafeBufferPointer(rebasing: straightQuotes[word[2] >= 0x9C ? 0..<1 : 1..<2])
    }

    /// `"` and `'`, allocated once and never written again.
    nonisolated(unsafe) private static let straightQuotes: UnsafeBufferPointer<UInt8> = {
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 2)
        buffer[0] = 0x22
        buffer[1] = 0x27
        return UnsafeBufferPointer(buffer)
    }()

    /// Analyzes one token given as UTF-8 bytes.
    static func analyze(_ bytes: UnsafeBufferPointer<UInt8>) -> TokenInfo {
        for b in bytes where b >= 0x80 { return analyzeUnicode(String(decoding: bytes, as: UTF8.self)) }
        return analyzeASCII(bytes)
    }

    private static func analyzeASCII(_ buf: UnsafeBufferPointer<UInt8>) -> TokenInfo {
        var info = TokenInfo()
        var word = FeatureHash.fnvOffset, lower = word, norm = word, shape = word, short = word
        var lastShape: UInt8 = 0, run = 0
        var upper = 0, lowerCount = 0, digits = 0, others = 0
        var innerUpper = false
        let n = buf.count
        for i in 0..<n {
            let b = buf[i]
            word = FeatureHash.step(word, b)
            var l = b
            let s: UInt8
            if b >= 0x41 && b <= 0x5A {
                l = b + 32; s = 0x58; upper += 1
                if i > 0 { innerUpper = true }
            } else if b >= 0x61 && b <= 0x7A {
                s = 0x78; lowerCount += 1
            } else if b >= 0x30 && b <= 0x39 {
                s = 0x64; digits += 1
            } else {
                s = b; others += 1
                if b == 0x2D { info.flags |= TokenFlags.hasHyphen }
                if b == 0x2E { info.flags |= TokenFlags.hasPeriod }
            }
            lower = FeatureHash.step(lower, l)
            norm = FeatureHash.step(norm, s == 0x64 ? 0x30 : l)
            if s == lastShape { run += 1 } else { run = 1; short = FeatureHash.step(short, s) }
            if run <= 4 { shape = FeatureHash.step(shape, s) }
            lastShape = s
            switch i {
            case 0: info.prefixes.0 = lower
            case 1: info.prefixes.1 = lower
            case 2: info.prefixes.2 = lower
            case 3: info.prefixes.3 = lower
            default: break
            }
        }
        @inline(__always) func suffix(_ k: Int) -> UInt64 {
            guard k <= n else { return 0 }
            var h = FeatureHash.fnvOffset
            for i in (n - k)..<n {
                let b = buf[i]
                h = FeatureHash.step(h, b >= 0x41 && b <= 0x5A ? b + 32 : b)
            }
            return h
        }
        info.suffixes = (suffix(1), suffix(2), suffix(3), suffix(4))
        info.word = word; info.lower = lower; info.norm = norm; info.shape = shape; info.shortShape = short
        if n > 0 {
            let f = buf[0]
            if f >= 0x41 && f <= 0x5A { info.flags |= TokenFlags.initialCap }
            if f >= 0x61 && f <= 0x7A { info.flags |= TokenFlags.initialLower }
        }
        setCommonFlags(&info, n: n, upper: upper, lower: lowerCount, digits: digits, others: others, innerUpper: innerUpper)
        return info
    }

    private static func setCommonFlags(_ info: inout TokenInfo, n: Int, upper: Int, lower: Int, digits: Int, others: Int, innerUpper: Bool) {
        if upper + lower > 0 { info.flags |= TokenFlags.hasLetter }
        if upper > 0 && lower == 0 { info.flags |= TokenFlags.allCaps }
        if digits > 0 { info.flags |= TokenFlags.hasDigit }
        if digits > 0 && digits == n { info.flags |= TokenFlags.allDigits }
        if upper + lower + digits == 0 { info.flags |= TokenFlags.noAlphanumeric }
        if innerUpper && lower > 0 { info.flags |= TokenFlags.innerCap }
        if n == 1 { info.flags |= TokenFlags.singleChar }
    }

    private static func analyzeUnicode(_ token: String) -> TokenInfo {
        var info = TokenInfo()
        info.word = FeatureHash.fnv1a(token.utf8)
        let lowered = token.lowercased()
        info.lower = FeatureHash.fnv1a(lowered.utf8)
        var norm = FeatureHash.fnvOffset
        for b in lowered.utf8 { norm = FeatureHash.step(norm, b >= 0x30 && b <= 0x39 ? 0x30 : b) }
        info.norm = norm
        let lb = Array(lowered.utf8)
        var h = FeatureHash.fnvOffset
        for i in 0..<min(4, lb.count) {
            h = FeatureHash.step(h, lb[i])
            switch i {
            case 0: info.prefixes.0 = h
            case 1: info.prefixes.1 = h
            case 2: info.prefixes.2 = h
            default: info.prefixes.3 = h
            }
        }
        func suffix(_ k: Int) -> UInt64 { k <= lb.count ? FeatureHash.fnv1a(lb[(lb.count - k)...]) : 0 }
        info.suffixes = (suffix(1), suffix(2), suffix(3), suffix(4))
        var shape = FeatureHash.fnvOffset, short = shape
        var lastShape: UInt8 = 0, run = 0
        var upper = 0, lowerCount = 0, digits = 0, others = 0, n = 0
        var innerUpper = false
        for scalar in token.unicodeScalars {
            let p = scalar.properties
            let s: UInt8
            if p.isUppercase {
                s = 0x58; upper += 1
                if n > 0 { innerUpper = true }
            } else if p.isLowercase || p.isAlphabetic {
                s = 0x78; lowerCount += 1
            } else if p.numericType != nil {
                s = 0x64; digits += 1
            } else {
                s = scalar.isASCII ? UInt8(scalar.value) : 0x6F; others += 1
                if scalar == "-" || scalar == "\u{2013}" { info.flags |= TokenFlags.hasHyphen }
                if scalar == "." { info.flags |= TokenFlags.hasPeriod }
            }
            if n == 0 {
                if s == 0x58 { info.flags |= TokenFlags.initialCap }
                if p.isLowercase { info.flags |= TokenFlags.initialLower }
            }
            if s == lastShape { run += 1 } else { run = 1; short = FeatureHash.step(short, s) }
            if run <= 4 { shape = FeatureHash.step(shape, s) }
            lastShape = s
            n += 1
        }
        info.shape = shape
        info.shortShape = short
        setCommonFlags(&info, n: n, upper: upper, lower: lowerCount, digits: digits, others: others, innerUpper: innerUpper)
        return info
    }
}
