/// A line of text with a caret line under part of it, aligned by display width (CJK are two columns):
/// the swift-parsing style of pointing at a quantity in its sentence.
///
///     CaretLine(text: "举办活动60余场次。", marked: 4..<10).rendered
///     // 举办活动60余场次。
///     //         ^^^^^^^^^^
public struct CaretLine: Sendable, Hashable {
    /// The text on one line: line breaks and tabs become spaces so columns stay aligned.
    public var text: String
    /// The caret line: spaces up to the marked part, then one `^` per column of it.
    public var caret: String

    /// - Parameter marked: Unicode-scalar offsets in `text`; clamped to the text.
    public init(text: String, marked: Range<Int>) {
        let scalars = ScalarText.scalars(of: text)
        let lower = min(max(0, marked.lowerBound), scalars.count)
        let upper = min(max(lower, marked.upperBound), scalars.count)
        var line = String.UnicodeScalarView()
        var lead = 0, width = 0
        for (index, scalar) in scalars.enumerated() {
            let printed: Unicode.Scalar = scalar == "\n" || scalar == "\r" || scalar == "\t" ? " " : scalar
            line.append(printed)
            let columns = DisplayWidth.of(printed)
            if index < lower { lead += columns } else if index < upper { width += columns }
        }
        self.text = String(line)
        self.caret = String(repeating: " ", count: lead) + String(repeating: "^", count: max(1, width))
    }

    /// The text line and the caret line, each followed by a newline.
    public var rendered: String { text + "\n" + caret + "\n" }
}
