/// The canonical unit of a quantity, as in the fact contract's unit table.
///
/// Aggregation only ever adds values of the same unit: persons never meet
/// person-times, and percentages are never summed.
public enum QuantityUnit: String, CaseIterable, Sendable, Codable, Hashable {
    case person
    case personTime = "person_time"
    case household
    case event
    case yuan
    case percent
    /// A difference of percentages: 提高3个百分点.
    case percentagePoint = "percentage_point"
    case areaSquareMetre = "area_m2"
    case areaMu = "area_mu"
    case lengthMetre = "length_m"
    case hour
    case minute
    case day
    case month
    case year
    case word
    case count
}

/// How the printed number bounds the true figure.
public enum Qualifier: String, CaseIterable, Sendable, Codable, Hashable {
    /// As printed.
    case exact
    /// A lower bound: 余 多 超 超过 逾 以上 至少.
    case over
    /// An upper bound: 近 将近 不足 不到 最高 最多 不超过.
    case under
    /// Roughly: 约 大约 左右 上下.
    case approx
    /// `value` to `high`: 3至5件.
    case range
}
