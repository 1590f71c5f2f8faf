/// Maps UTF-8 byte offsets in a cleaned text back to byte offsets in the original text.
///
/// The cleaned text is built from pieces of the original: verbatim copies (offsets shift by a constant)
/// and replacements (a decoded entity such as `&amp;`, or an inserted line break) whose inside maps
/// to the original piece as a whole.
public struct OffsetMap: Sendable, Equatable {
    struct Piece: Sendable, Equatable {
        var cleanStart: Int
        var cleanLength: Int
        var originalStart: Int
        var originalLength: Int
        var isVerbatim: Bool { cleanLength == originalLength }
    }

    private(set) var pieces: [Piece] = []

    /// An empty map; pieces are appended as the cleaned text is built.
    public init() {}

    /// The identity map over a text of `length` bytes.
    public static func identity(length: Int) -> OffsetMap {
        var map = OffsetMap()
        map.append(cleanLength: length, originalStart: 0, originalLength: length)
        return map
    }

    /// Records that the next `cleanLength` bytes of the cleaned text come from the original range.
    mutating func append(cleanLength: Int, originalStart: Int, originalLength: Int) {
        guard cleanLength > 0 else { return }
        let cleanStart = (pieces.last.map { $0.cleanStart + $0.cleanLength }) ?? 0
        if var last = pieces.last, last.isVerbatim, cleanLength == originalLength,
           last.originalStart + last.originalLength == originalStart {
            last.cleanLength += cleanLength
            last.originalLength += originalLength
            pieces[pieces.count - 1] = last
            return
        }
        pieces.append(Piece(cleanStart: cleanStart, cleanLength: cleanLength,
                            originalStart: originalStart, originalLength: originalLength))
    }

    /// The original offset of a cleaned offset. An end offset (`isEnd`) inside a replaced piece maps
    /// to the piece's end, a start offset to its start.
    public func originalOffset(of cleanOffset: Int, isEnd: Bool = false) -> Int {
        guard !pieces.isEmpty else { return cleanOffset }
        var low = 0, high = pieces.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if pieces[mid].cleanStart <= cleanOffset { low = mid } else { high = mid - 1 }
        }
        var piece = pieces[low]
        if isEnd, cleanOffset == piece.cleanStart, low > 0 {
            piece = pieces[low - 1]
        }
        let delta = cleanOffset - piece.cleanStart
        if piece.isVerbatim { return piece.originalStart + min(delta, piece.originalLength) }
        return delta == 0 && !isEnd ? piece.originalStart : piece.originalStart + piece.originalLength
    }

    /// Composes two maps: `self` maps a middle text to the original, `inner` maps the final text to the middle.
    public func composed(with inner: OffsetMap) -> OffsetMap {
        var result = OffsetMap()
        var outerIndex = 0
        for piece in inner.pieces {
            guard piece.isVerbatim else {
                let start = originalOffset(of: piece.originalStart)
                let end = originalOffset(of: piece.originalStart + piece.originalLength, isEnd: true)
                result.append(cleanLength: piece.cleanLength, originalStart: start, originalLength: max(0, end - start))
                continue
            }
            // Walk the outer pieces that overlap this verbatim run of the middle text.
            var middle = piece.originalStart
            let middleEnd = piece.originalStart + piece.originalLength
            while outerIndex > 0, pieces[outerIndex].cleanStart > middle { outerIndex -= 1 }
            while middle < middleEnd, outerIndex < pieces.count {
                let outer = pieces[outerIndex]
                let outerEnd = outer.cleanStart + outer.cleanLength
                if outerEnd <= middle { outerIndex += 1; continue }
                let runEnd = min(middleEnd, outerEnd)
                if outer.isVerbatim {
                    result.append(cleanLength: runEnd - middle,
                                  originalStart: outer.originalStart + (middle - outer.cleanStart),
                                  originalLength: runEnd - middle)
                } else {
                    result.append(cleanLength: runEnd - middle,
                                  originalStart: outer.originalStart, originalLength: outer.originalLength)
                }
                middle = runEnd
            }
        }
        return result
    }
}
