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
    /// Tells blocks of 16 bytes that need nothing, which are then copied without looking at each byte.
    private let cleanBlocks: CleanBlockTest

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
        cleanBlocks = CleanBlockTest(specials: (0x20..<0x7F).filter { stops[$0] }.map(UInt8.init))
    }

    /// Appends `text`, UTF-8, escaped, to `out`. The text is tested 16 bytes at a time: a block that needs
    /// nothing is passed over at once, and in the others only the bytes the test flags are looked at.
    func write(_ text: UnsafeBufferPointer<UInt8>, to out: inout ExportBuffer) {
        guard let base = text.baseAddress else { return }
        let count = text.count
        var runStart = 0  // the first byte not written yet
        var index = 0  // the first byte not looked at yet
        stops.withUnsafeBufferPointer { stops in
            while count &- index >= 16 {
                let flagged = cleanBlocks.flaggedLanes(UnsafeRawPointer(base + index).loadUnaligned(as: SIMD16<UInt8>.self))
                if flagged[0] | flagged[1] == 0 {
                    index &+= 16
                    continue
                }
                let blockStart = index
                for half in 0..<2 {
                    var lanes = flagged[half]
                    while lanes != 0 {
                        let position = blockStart + 8 * half + lanes.trailingZeroBitCount / 8
                        lanes &= lanes - 1
                        if position >= index { escape(at: position, in: text, stops: stops, runStart: &runStart, next: &index, to: &out) }
                    }
                }
                index = max(index, blockStart + 16)
            }
            if index < count && !cleanBlocks.passes(lastBytesOf: text, from: index) {
                while index < count { escape(at: index, in: text, stops: stops, runStart: &runStart, next: &index, to: &out) }
            }
            out.append(bytes: UnsafeBufferPointer(rebasing: text[runStart..<count]))
        }
    }

    /// Appends `text` escaped like ``write(_:to:)``, looking at every byte: the simple form, which the tests
    /// hold the fast one to.
    func writeBytewise(_ text: UnsafeBufferPointer<UInt8>, to out: inout ExportBuffer) {
        stops.withUnsafeBufferPointer { stops in
            var runStart = 0
            var index = 0
            while index < text.count { escape(at: index, in: text, stops: stops, runStart: &runStart, next: &index, to: &out) }
            out.append(bytes: UnsafeBufferPointer(rebasing: text[runStart..<text.count]))
        }
    }

    /// Deals with the byte at `position`: if it is to be replaced, writes the bytes from `runStart` on and the
    /// replacement, and moves `runStart` past the bytes replaced; `next` becomes the first byte after them.
    @inline(__always)
    private func escape(at position: Int, in text: UnsafeBufferPointer<UInt8>, stops: UnsafeBufferPointer<Bool>,
                        runStart: inout Int, next: inout Int, to out: inout ExportBuffer) {
        guard stops[Int(text[position])], let (replacement, length) = replacement(at: position, in: text) else {
            next = position + 1
            return
        }
        out.append(bytes: UnsafeBufferPointer(rebasing: text[runStart..<position]))
        out.append(replacement)
        next = position + length
        runStart = next
    }

    /// What replaces the text at `index`, a stop byte, and how many bytes it replaces; nil when the byte
    /// starts a sequence that is kept.
    @inline(__always)
    private func replacement(at index: Int, in text: UnsafeBufferPointer<UInt8>) -> (StaticString, Int)? {
        let count = text.count
        let byte = text[index]
        switch byte {
        case 0x0D:
            return (replacements[0x0A] ?? "\n", index + 1 < count && text[index + 1] == 0x0A ? 2 : 1)
        case 0xC2:
            guard index + 1 < count, (0x80...0x9F).contains(text[index + 1]) else { return nil }
            return ("", 2)
        case 0xEF:
            guard index + 2 < count, text[index + 1] == 0xBF, text[index + 2] == 0xBE || text[index + 2] == 0xBF
            else { return nil }
            return ("", 3)
        case 0xE2:
            guard let separatorReplacements, index + 2 < count, text[index + 1] == 0x80,
                  text[index + 2] == 0xA8 || text[index + 2] == 0xA9
            else { return nil }
            return (text[index + 2] == 0xA8 ? separatorReplacements.line : separatorReplacements.paragraph, 3)
        default:
            return (replacements[Int(byte)] ?? "", 1)
        }
    }
}

/// Whether a block of 16 bytes holds no byte an ``EscapeTable`` must look at: no control character, DEL or
/// non-ASCII byte, and none of the table's printable ASCII characters. All 16 bytes are tested at once, as
/// lanes of a vector, with additions and bit operations that work on ASCII bytes lane by lane.
struct CleanBlockTest: Sendable {
    /// Each character looked for, repeated in every lane; six of them, DEL (flagged anyway) where there are fewer.
    private let specials: (SIMD16<UInt8>, SIMD16<UInt8>, SIMD16<UInt8>, SIMD16<UInt8>, SIMD16<UInt8>, SIMD16<UInt8>)
    /// Whether more than the first two are looked for (JSON and DOT look for two: quote and backslash).
    private let hasMoreThanTwo: Bool

    /// A test that looks for `specials`, at most six printable ASCII characters.
    init(specials: [UInt8]) {
        precondition(specials.count <= 6 && specials.allSatisfy { (0x20...0x7F).contains($0) })
        let lanes = (0..<6).map { SIMD16<UInt8>(repeating: $0 < specials.count ? specials[$0] : 0x7F) }
        self.specials = (lanes[0], lanes[1], lanes[2], lanes[3], lanes[4], lanes[5])
        hasMoreThanTwo = specials.count > 2
    }

    /// The bytes of `block` that need a look, as the high bit of each of their lanes (lanes 0-7 in the first
    /// word, 8-15 in the second).
    @inline(__always) func flaggedLanes(_ block: SIMD16<UInt8>) -> SIMD2<UInt64> {
        // In each lane of an ASCII byte b, b + 0x60 reaches the high bit when b >= 0x20, and (b ^ s) + 0x7F
        // when b != s; neither overflows. A high bit of `kept` left clear marks a byte to look at.
        let sevenF = SIMD16<UInt8>(repeating: 0x7F)
        var kept = block &+ SIMD16<UInt8>(repeating: 0x60)
        kept &= (block ^ specials.0) &+ sevenF
        kept &= (block ^ specials.1) &+ sevenF
        if hasMoreThanTwo {
            kept &= (block ^ specials.2) &+ sevenF
            kept &= (block ^ specials.3) &+ sevenF
            kept &= (block ^ specials.4) &+ sevenF
            kept &= (block ^ specials.5) &+ sevenF
        }
        // A byte with the high bit set is not ASCII; b + 1 sets it for DEL.
        let flagged = (~kept | block | (block &+ SIMD16<UInt8>(repeating: 1))) & SIMD16<UInt8>(repeating: 0x80)
        return unsafeBitCast(flagged, to: SIMD2<UInt64>.self)
    }

    /// Whether no byte of `text` from `start` on, fewer than 16, needs a look. They are tested as one block
    /// with bytes before them when the text is long enough, or as two overlapping halves (or quarters) of it;
    /// fewer than four bytes are not tested (false).
    @inline(__always) func passes(lastBytesOf text: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        guard let base = text.baseAddress.map(UnsafeRawPointer.init) else { return true }
        let count = text.count
        let block: SIMD16<UInt8>
        if count >= 16 {
            block = (base + count - 16).loadUnaligned(as: SIMD16<UInt8>.self)
        } else if count - start >= 8 {
            block = SIMD16(lowHalf: (base + start).loadUnaligned(as: SIMD8<UInt8>.self),
                           highHalf: (base + count - 8).loadUnaligned(as: SIMD8<UInt8>.self))
        } else if count - start >= 4 {
            let first = (base + start).loadUnaligned(as: UInt32.self), last = (base + count - 4).loadUnaligned(as: UInt32.self)
            block = unsafeBitCast(SIMD4<UInt32>(first, last, first, last), to: SIMD16<UInt8>.self)
        } else {
            return false
        }
        let flagged = flaggedLanes(block)
        return flagged[0] | flagged[1] == 0
    }
}
