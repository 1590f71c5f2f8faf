/// Builds a cleaned text piece by piece while recording where each piece came from.
struct TextBuilder {
    private(set) var bytes: [UInt8] = []
    private(set) var map = OffsetMap()

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    /// Copies `source[range]` unchanged.
    mutating func appendVerbatim(_ source: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        guard !range.isEmpty else { return }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[range]))
        map.append(cleanLength: range.count, originalStart: range.lowerBound, originalLength: range.count)
    }

    /// Appends `replacement` standing for the original bytes in `original`.
    mutating func appendReplacement<C: Collection>(_ replacement: C, for original: Range<Int>) where C.Element == UInt8 {
        guard !replacement.isEmpty else { return }
        bytes.append(contentsOf: replacement)
        map.append(cleanLength: replacement.count, originalStart: original.lowerBound, originalLength: original.count)
    }

    var lastByte: UInt8? { bytes.last }
}
