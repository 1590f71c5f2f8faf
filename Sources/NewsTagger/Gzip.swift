import Foundation

/// A small, dependency-free gzip/DEFLATE decoder (RFC 1951/1952), enough to read the
/// gzipped training corpora without shelling out. Not tuned for speed (about 50 MB/s).
enum Gzip {
    /// Whether `bytes` start with the gzip magic number.
    static func isGzip(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 18 && bytes[0] == 0x1F && bytes[1] == 0x8B
    }

    /// Decompresses all members of a gzip file. Throws a description of the problem.
    static func decompress(_ bytes: [UInt8], file: String) throws -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count * 5)
        var pos = 0
        while pos + 18 <= bytes.count, bytes[pos] == 0x1F, bytes[pos + 1] == 0x8B {
            guard bytes[pos + 2] == 8 else {
                throw TaggerError.cannotRead(file: file, reason: "unsupported gzip compression method \(bytes[pos + 2])")
            }
            let flags = bytes[pos + 3]
            pos += 10
            if flags & 4 != 0 {  // FEXTRA
                guard pos + 2 <= bytes.count else { throw truncated(file) }
                pos += 2 + Int(bytes[pos]) + Int(bytes[pos + 1]) << 8
            }
            if flags & 8 != 0 {  // FNAME
                while pos < bytes.count, bytes[pos] != 0 { pos += 1 }
                pos += 1
            }
            if flags & 16 != 0 {  // FCOMMENT
                while pos < bytes.count, bytes[pos] != 0 { pos += 1 }
                pos += 1
            }
            if flags & 2 != 0 { pos += 2 }  // FHCRC
            guard pos < bytes.count else { throw truncated(file) }
            var inflater = Inflater(input: bytes, position: pos, file: file)
            try inflater.run(into: &output)
            pos = inflater.bytePosition + 8  // CRC32 + ISIZE
        }
        return output
    }

    static func truncated(_ file: String) -> TaggerError {
        .cannotRead(file: file, reason: "truncated or corrupt gzip data")
    }
}

/// Canonical Huffman decoding table in the style of zlib's `puff.c`.
private struct Huffman {
    var counts = [Int](repeating: 0, count: 16)
    var symbols: [Int]

    init(lengths: ArraySlice<Int>) {
        symbols = [Int](repeating: 0, count: lengths.count)
        for l in lengths { counts[l] += 1 }
        counts[0] = 0
        var offsets = [Int](repeating: 0, count: 16)
        for len in 1..<15 { offsets[len + 1] = offsets[len] + counts[len] }
        for (symbol, l) in lengths.enumerated() where l != 0 {
            symbols[offsets[l]] = symbol
            offsets[l] += 1
        }
    }
}

private struct Inflater {
    let input: [UInt8]
    var bytePosition: Int
    var bitBuffer: UInt32 = 0
    var bitCount = 0
    let file: String

    init(input: [UInt8], position: Int, file: String) {
        self.input = input
        self.bytePosition = position
        self.file = file
    }

    static let lengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    static let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    static let distBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]
    static let distExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]
    static let fixedLengths: Huffman = {
        var l = [Int](repeating: 8, count: 288)
        for i in 144..<256 { l[i] = 9 }
        for i in 256..<280 { l[i] = 7 }
        return Huffman(lengths: l[...])
    }()
    static let fixedDistances = Huffman(lengths: [Int](repeating: 5, count: 30)[...])

    @inline(__always) mutating func bits(_ n: Int) throws -> Int {
        var value = bitBuffer
        while bitCount < n {
            guard bytePosition < input.count else { throw Gzip.truncated(file) }
            value |= UInt32(input[bytePosition]) << UInt32(bitCount)
            bytePosition += 1
            bitCount += 8
        }
        bitBuffer = n == 32 ? 0 : value >> UInt32(n)
        bitCount -= n
        return Int(value & ((1 << UInt32(n)) &- 1))
    }

    @inline(__always) mutating func decode(_ h: Huffman) throws -> Int {
        var code = 0, first = 0, index = 0
        for len in 1...15 {
            code |= try bits(1)
            let count = h.counts[len]
            if code - count < first { return h.symbols[index + (code - first)] }
            index += count
            first += count
            first <<= 1
            code <<= 1
        }
        throw Gzip.truncated(file)
    }

    mutating func run(into out: inout [UInt8]) throws {
        var last = 0
        repeat {
            last = try bits(1)
            let type = try bits(2)
            switch type {
            case 0:
                bitBuffer = 0
                bitCount = 0
                guard bytePosition + 4 <= input.count else { throw Gzip.truncated(file) }
                let len = Int(input[bytePosition]) | Int(input[bytePosition + 1]) << 8
                bytePosition += 4
                guard bytePosition + len <= input.count else { throw Gzip.truncated(file) }
                out.append(contentsOf: input[bytePosition..<(bytePosition + len)])
                bytePosition += len
            case 1:
                try codes(&out, Inflater.fixedLengths, Inflater.fixedDistances)
            case 2:
                let nlen = try bits(5) + 257, ndist = try bits(5) + 1, ncode = try bits(4) + 4
                let order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
                var lengths = [Int](repeating: 0, count: 320)
                for i in 0..<ncode { lengths[order[i]] = try bits(3) }
                let lencode = Huffman(lengths: lengths[0..<19])
                var index = 0
                while index < nlen + ndist {
                    var symbol = try decode(lencode)
                    if symbol < 16 {
                        lengths[index] = symbol
                        index += 1
                    } else {
                        var len = 0
                        if symbol == 16 {
                            guard index > 0 else { throw Gzip.truncated(file) }
                            len = lengths[index - 1]
                            symbol = 3 + (try bits(2))
                        } else if symbol == 17 {
                            symbol = 3 + (try bits(3))
                        } else {
                            symbol = 11 + (try bits(7))
                        }
                        guard index + symbol <= nlen + ndist else { throw Gzip.truncated(file) }
                        for _ in 0..<symbol { lengths[index] = len; index += 1 }
                    }
                }
                let lit = Huffman(lengths: lengths[0..<nlen])
                let dist = Huffman(lengths: lengths[nlen..<(nlen + ndist)])
                try codes(&out, lit, dist)
            default:
                throw Gzip.truncated(file)
            }
        } while last == 0
        bitBuffer = 0
        bitCount = 0
    }

    mutating func codes(_ out: inout [UInt8], _ lencode: Huffman, _ distcode: Huffman) throws {
        while true {
            var symbol = try decode(lencode)
            if symbol < 256 {
                out.append(UInt8(symbol))
            } else if symbol == 256 {
                return
            } else {
                symbol -= 257
                guard symbol < 29 else { throw Gzip.truncated(file) }
                let len = Inflater.lengthBase[symbol] + (try bits(Inflater.lengthExtra[symbol]))
                let ds = try decode(distcode)
                guard ds < 30 else { throw Gzip.truncated(file) }
                let dist = Inflater.distBase[ds] + (try bits(Inflater.distExtra[ds]))
                guard dist <= out.count else { throw Gzip.truncated(file) }
                let start = out.count - dist
                for k in 0..<len { out.append(out[start + k]) }
            }
        }
    }
}
