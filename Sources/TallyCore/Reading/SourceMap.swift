/// Maps offsets in a normalised text back to line numbers of the source file.
///
/// Normalisation joins hard-wrapped lines and drops boilerplate, so an offset
/// in the normalised text no longer tells which line it came from. Each anchor
/// says "the normalised text from `offset` on comes from source line `line`".
///
///     let map = SourceMap(anchors: [.init(offset: 0, line: 5), .init(offset: 40, line: 6)])
///     map.line(at: 41) // 6
///
/// Offsets are counted in Unicode scalars, the unit used for every offset Tally stores.
public struct SourceMap: Sendable, Hashable, Codable {
    public struct Anchor: Sendable, Hashable, Codable {
        public var offset: Int
        public var line: Int
        public init(offset: Int, line: Int) {
            self.offset = offset
            self.line = line
        }
    }

    /// Anchors sorted by offset; the first has offset 0.
    public private(set) var anchors: [Anchor]

    public init(anchors: [Anchor]) {
        self.anchors = anchors.sorted { $0.offset < $1.offset }
    }

    /// The 1-based source line of the scalar at `offset` (the last anchor at or before it).
    public func line(at offset: Int) -> Int {
        guard !anchors.isEmpty else { return 0 }
        var low = 0, high = anchors.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if anchors[mid].offset <= offset { low = mid } else { high = mid - 1 }
        }
        return anchors[low].line
    }

    /// The map of the text from `range.lowerBound` on, re-based to offset 0.
    public func slice(from start: Int) -> SourceMap {
        let first = line(at: start)
        let rest = anchors.filter { $0.offset > start }.map { Anchor(offset: $0.offset - start, line: $0.line) }
        return SourceMap(anchors: [Anchor(offset: 0, line: first)] + rest)
    }
}
