/// Slices a text by scalar offsets, walking forward from the previous slice, so slicing a
/// body sentence by sentence stays linear.
///
///     let text = "近3万人次。共5场。"
///     var cursor = ScalarCursor(text[...], scalars: ScalarText.scalars(of: text))
///     cursor.string(6..<10) // "共5场。"
///
/// A slice copies valid UTF-8: no encoding or validation, which building the same string from
/// scalars (``ScalarText/string(_:)``) costs. The walk sums UTF-8 lengths of the known scalars
/// and moves a UTF-8 index, which is constant time; stepping the scalar view decoded each scalar.
struct ScalarCursor {
    private let text: Substring
    /// `text` as scalars.
    private let scalars: [Unicode.Scalar]
    private var offset = 0
    private var index: String.Index

    init(_ text: Substring, scalars: [Unicode.Scalar]) {
        self.text = text
        self.scalars = scalars
        index = text.startIndex
    }

    /// The scalars at `range` (offsets from the text's start). Offsets before the previous
    /// slice work too, walking back.
    mutating func slice(_ range: Range<Int>) -> Substring {
        let lower = move(to: range.lowerBound)
        return Substring(text.unicodeScalars[lower..<move(to: range.upperBound)])
    }

    mutating func string(_ range: Range<Int>) -> String { String(slice(range)) }

    private mutating func move(to target: Int) -> String.Index {
        var bytes = 0
        for scalar in scalars[min(offset, target)..<max(offset, target)] {
            let v = scalar.value
            bytes += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
        }
        index = text.utf8.index(index, offsetBy: target >= offset ? bytes : -bytes)
        offset = target
        return index
    }
}
