extension Array where Element == EntityMention {
    /// Exchanges the mentions at `i` and `j` by moving them: `swapAt` on an array goes through a copy of one
    /// mention, retaining and then releasing every string it holds.
    mutating func exchange(_ i: Int, _ j: Int) {
        withUnsafeMutableBufferPointer { $0.swapAt(i, j) }
    }
}
