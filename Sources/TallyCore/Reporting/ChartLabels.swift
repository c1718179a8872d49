/// Every word a chart prints that is not data: axis titles, unit words, the key of bounds and the
/// "no report" line, in one table per language so a chart reads in its report's language.
///
/// Money is drawn in 万元 (`divisor` 10,000): the office reads 680万元, not 6,800,000 元.
///
///     let axis = ChartLabels.chinese.axis(for: volunteerTeams)   // (title: "单位：支", divisor: 1)
public struct ChartLabels: Sendable, Hashable {
    /// The axis of counties.
    public var countyAxis: String
    /// Puts the unit word in the value axis title ("单位：%@").
    public var unitAxis: String
    /// The word for each unit, after scaling (yuan are drawn in 10,000s).
    public var unitWords: [QuantityUnit: String]
    /// Measure words of indicators that count one kind of thing (志愿服务队伍 are 支), by indicator id.
    public var measureWords: [String: String]
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

    /// What a chart's unit axis says, and what its values are divided by.
    public func axis(for indicator: Indicator) -> (title: String, divisor: Double) {
        let unit = self.unit(indicator.unit, indicator: indicator.id)
        return (unitAxis.replacingOccurrences(of: "%@", with: unit.word), unit.divisor)
    }

    /// The word for a unit (the indicator's measure word when it has one), and what values are
    /// divided by to be read in it.
    public func unit(_ unit: QuantityUnit, indicator: String? = nil) -> (word: String, divisor: Double) {
        (indicator.flatMap { measureWords[$0] } ?? unitWords[unit] ?? unit.rawValue, unit == .yuan ? 10_000 : 1)
    }

    /// The reports' default: the office's own words.
    public static let chinese = ChartLabels(
        countyAxis: "县市区", unitAxis: "单位：%@",
        unitWords: [.person: "名", .personTime: "人次", .household: "户", .event: "场次", .yuan: "万元", .percent: "%",
                    .areaSquareMetre: "平方米", .areaMu: "亩", .lengthMetre: "米", .hour: "小时", .minute: "分钟", .day: "天",
                    .month: "个月", .year: "年", .word: "字", .count: "个"],
        measureWords: ["volunteer-teams": "支", "elderly-schools": "所", "resolved-issues": "件"],
        exact: "确数", lowerBound: "下限 ≥（余、多、以上）", upperBound: "上限 ≤（近、不足）", approximate: "约数或区间 ≈",
        clippedSuffix: "（条形截断）", noReport: "暂无报道：", listSeparator: "、")

    /// `tally report --lang en`.
    public static let english = ChartLabels(
        countyAxis: "County", unitAxis: "unit: %@",
        unitWords: [.person: "people", .personTime: "person-times", .household: "households", .event: "events",
                    .yuan: "10,000 yuan", .percent: "%", .areaSquareMetre: "m²", .areaMu: "mu", .lengthMetre: "m",
                    .hour: "hours", .minute: "minutes", .day: "days", .month: "months", .year: "years", .word: "characters",
                    .count: "count"],
        measureWords: ["volunteer-teams": "teams", "elderly-schools": "schools", "resolved-issues": "issues"],
        exact: "exact", lowerBound: "at least (≥)", upperBound: "at most (≤)", approximate: "approximate or range (≈)",
        clippedSuffix: " (bar cut short)", noReport: "No report: ", listSeparator: ", ")
}
