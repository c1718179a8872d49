/// The words a chart prints around its data: axis titles, the key of bounds and the "no report"
/// line, one set per language so a chart reads in its report's language. Units and money scales come
/// from ``FigureText`` and ``ReportVocabulary``, as on the pages.
///
///     ChartLabels(.zh).noReport   // "暂无报道："
public struct ChartLabels: Sendable, Hashable {
    /// The axis of counties.
    public var countyAxis: String
    /// Puts the unit word in the value axis title ("单位：%@").
    public var unitAxis: String
    /// Key entries: how the page bounded the figure.
    public var exact: String
    public var lowerBound: String
    public var upperBound: String
    public var approximate: String
    /// After the value of a bar cut short because it is more than ten times the next one.
    public var clippedSuffix: String
    /// Starts the line naming the counties with no figure.
    public var noReport: String
    /// Joins county names in that line.
    public var listSeparator: String

    public init(_ language: ReportLanguage) {
        switch language {
        case .zh:
            self = ChartLabels(countyAxis: "县市区", unitAxis: "单位：%@", exact: "确数", lowerBound: "下限 ≥（余、多、以上）",
                               upperBound: "上限 ≤（近、不足）", approximate: "约数或区间 ≈", clippedSuffix: "（条形截断）",
                               noReport: "暂无报道：", listSeparator: "、")
        case .en:
            self = ChartLabels(countyAxis: "County", unitAxis: "unit: %@", exact: "exact", lowerBound: "at least (≥)",
                               upperBound: "at most (≤)", approximate: "approximate or range (≈)", clippedSuffix: " (bar cut short)",
                               noReport: "No report: ", listSeparator: ", ")
        }
    }

    private init(countyAxis: String, unitAxis: String, exact: String, lowerBound: String, upperBound: String,
                 approximate: String, clippedSuffix: String, noReport: String, listSeparator: String) {
        self.countyAxis = countyAxis
        self.unitAxis = unitAxis
        self.exact = exact
        self.lowerBound = lowerBound
        self.upperBound = upperBound
        self.approximate = approximate
        self.clippedSuffix = clippedSuffix
        self.noReport = noReport
        self.listSeparator = listSeparator
    }
}
