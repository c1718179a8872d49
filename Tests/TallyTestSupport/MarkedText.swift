/// Test input with ⟦…⟧ markers around the spans where findings are expected
/// (swift-format's `MarkedText` idea, with paired markers).
///
///     let marked = MarkedText("举办学习活动⟦60余场次⟧")
///     marked.text   // "举办学习活动60余场次"
///     marked.ranges // [6..<11] (Unicode-scalar offsets)
public struct MarkedText: Sendable {
    public static let open: Unicode.Scalar = "⟦"
    public static let close: Unicode.Scalar = "⟧"

    /// The text with the markers removed.
    public let text: String
    /// Unicode-scalar offsets in ``text`` of each marked span, in order.
    public let ranges: [Range<Int>]

    public init(_ marked: String) {
        var scalars = String.UnicodeScalarView()
        var ranges: [Range<Int>] = []
        var openedAt: Int?
        var count = 0
        for s in marked.unicodeScalars {
            if s == Self.open {
                openedAt = count
            } else if s == Self.close, let start = openedAt {
                ranges.append(start..<count)
                openedAt = nil
            } else {
                scalars.append(s)
                count += 1
            }
        }
        self.text = String(scalars)
        self.ranges = ranges
    }
}
