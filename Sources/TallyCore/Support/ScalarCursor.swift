/// Slices a text by scalar offsets, walking forward from the previous slice, so slicing a
/// body sentence by sentence stays linear.
///
///     var cursor = ScalarCursor("近3万人次。共5场。"[...])
///     cursor.string(6..<10) // "共5场。"
///
/// A slice copies valid UTF-8: no encoding or validation, which building the same string from
/// scalars (``ScalarText/string(_:)``) costs.
struct ScalarCursor {
    private let view: Substring.UnicodeScalarView
    private var offset = 0
    private var index: String.Index

    init(_ text: Substring) {
        view = text.unicodeScalars
        index = view.startIndex
    }

    /// The scalars at `range` (offsets from the text's start). Offsets before the previous
    /// slice work too, walking back.
    mutating func slice(_ range: Range<Int>) -> Substring {
        let lower = move(to: range.lowerBound)
        return Substring(view[lower..<move(to: range.upperBound)])
    }

    mutating func string(_ range: Range<Int>) -> String { String(slice(range)) }

    private mutating func move(to target: Int) -> String.Index {
        index = view.index(index, offsetBy: target - offset)
        offset = target
        return index
    }
}
