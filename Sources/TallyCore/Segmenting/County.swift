/// One of the 14 county-level units of Jining, or the city as a whole.
///
/// The raw value is the canonical name used in the fact contract, the gold
/// files and every output, so `County(rawValue: "邹城市")` round-trips.
/// Short names and aliases (邹城, 经开区 …) and the towns of each county live in
/// ``Gazetteer``, not here.
public enum County: String, CaseIterable, Sendable, Codable, Hashable, Comparable {
    case rencheng = "任城区"
    case yanzhou = "兖州区"
    case qufu = "曲阜市"
    case zoucheng = "邹城市"
    case weishan = "微山县"
    case yutai = "鱼台县"
    case jinxiang = "金乡县"
    case jiaxiang = "嘉祥县"
    case wenshang = "汶上县"
    case sishui = "泗水县"
    case liangshan = "梁山县"
    case gaoxin = "济宁高新区"
    case taibaihu = "太白湖新区"
    case jingkai = "济宁经济技术开发区"
    /// Figures that belong to the city as a whole, not to one county.
    case jiningCity = "济宁市"

    /// The canonical name, as printed in reports.
    public var name: String { rawValue }

    /// Order of declaration (the order the city lists its units), used for stable report rows.
    public static func < (lhs: County, rhs: County) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// Orders stored county names: canonical units in the city's order, any other name after them by name.
    public static func isOrdered(_ lhs: String, _ rhs: String) -> Bool { rank(lhs) < rank(rhs) }

    private static func rank(_ name: String) -> (Int, String) {
        (allCases.firstIndex { $0.rawValue == name } ?? allCases.count, name)
    }
}
