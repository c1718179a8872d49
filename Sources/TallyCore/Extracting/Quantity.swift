/// One quantity read by ``QuantityParser``: the typed figure and where it stands in the text,
/// before an object, period or county is attached.
struct Quantity: Sendable, Hashable {
    /// Offsets of the quantity as printed, approximation words included (`近3万人次`).
    var surfaceRange: Range<Int>
    /// Offset of the first digit.
    var numberStart: Int
    /// Start of a bound word that set the qualifier from further back (最高可获 …), if any.
    var boundWordStart: Int?
    var value: Double
    var high: Double?
    var qualifier: Qualifier
    var unit: QuantityUnit
    var classifier: String
}

extension Quantity {
    /// The bound is a word before or after the number (超过, 过, 不足, 以上, 左右), not 余 or 多 inside it: a limit or
    /// a threshold, where 余 only rounds.
    func hasBoundWord(in text: [Unicode.Scalar]) -> Bool {
        surfaceRange.lowerBound < numberStart
            || QuantityLexicon.suffixQualifiers.longestMatch(in: text, endingAt: surfaceRange.upperBound, lowerBound: numberStart) != nil
    }

    /// 的 right after the quantity, before `limit`: it describes the noun that follows (全长1600余米的建设路,
    /// 收入50万元以上的强村).
    func modifiesNoun(in text: [Unicode.Scalar], limit: Int) -> Bool {
        let limit = min(limit, text.count)
        var i = surfaceRange.upperBound
        while i < limit, ScalarClass.isGap(text[i]) { i += 1 }
        return i < limit && text[i] == ObjectLexicon.modifierEnd
    }
}
