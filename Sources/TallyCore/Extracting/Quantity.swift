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
