/// The photo credit that ends a caption: `■通讯员 蔡璇 摄`.
///
///     CaptionCredit(in: Array("图为…。 ■通讯员 邓如相 摄".unicodeScalars))?.reporters // ["邓如相"]
struct CaptionCredit {
    /// Offset of the ■ mark in the line; the caption text is everything before it.
    var markOffset: Int
    var reporters: [String]

    init?(in line: [Unicode.Scalar]) {
        guard let mark = line.lastIndex(of: TextCues.creditMark) else { return nil }
        var end = line.count
        while end > mark + 1 && TextCues.isSpace(line[end - 1]) { end -= 1 }
        guard end > mark + 1, line[end - 1] == "摄" else { return nil }
        markOffset = mark
        reporters = Dateline.names(in: line[(mark + 1)..<(end - 1)])
    }
}
