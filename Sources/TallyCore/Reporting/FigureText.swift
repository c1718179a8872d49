/// How a county figure reads in a report of one language: with its measure word in Chinese
/// (`≥ 1,000名`, `120支`) and money in 万元 or 亿元 (`680万元`, `1.5亿元`) with as many decimals as
/// the yuan amount needs, never rounded; as a bare number in English, whose pages name the unit in a heading.
/// Bounds keep their symbols (`≥ ≤ ≈ a–b`), which each page's legend line explains.
///
///     FigureText(.zh, indicator: funds).figure(Estimate(value: 6_800_000, high: nil, qualifier: .exact))   // "680万元"
struct FigureText: Sendable {
    var language: ReportLanguage
    var indicator: Indicator

    init(_ language: ReportLanguage, indicator: Indicator) {
        self.language = language
        self.indicator = indicator
    }

    private var isMoney: Bool { language == .zh && indicator.unit == .yuan }

    /// Decimals a money figure may take in its scale: enough for 1万 in 亿元, or 1元 in 万元.
    private static let moneyDecimals = 4

    /// The money scale a figure is written in: the largest the amount reaches that keeps it exact
    /// in ``moneyDecimals`` (`1.2345亿元`, else `12,345.6789万元`), or yuan below 1万.
    private func scale(of estimate: Estimate) -> (divisor: Double, word: String)? {
        guard isMoney else { return nil }
        let largest = max(abs(estimate.low), abs(estimate.high))
        for (yuan, word) in ReportVocabulary.moneyScales where largest >= yuan {
            let lastDigits = [estimate.low, estimate.high].map { $0 / yuan * 1e4 }
            if lastDigits.allSatisfy({ abs($0 - $0.rounded()) < 1e-6 }) { return (yuan, word.zh) }
        }
        return nil
    }

    /// The figure as a table cell or chart label shows it.
    func figure(_ estimate: Estimate) -> String {
        if let scale = scale(of: estimate) {
            return estimate.formatted(dividedBy: scale.divisor, decimals: Self.moneyDecimals) + scale.word
        }
        return language == .zh ? estimate.formatted + ReportVocabulary(language).unit(of: indicator) : estimate.formatted
    }

    /// The change between two periods' figures, `≈ ` when either is not exact: `+100名`, `≈ -3万元`.
    func change(from before: Estimate, to now: Estimate) -> String {
        let delta = now.plotted - before.plotted
        let sign = delta > 0 ? "+" : (delta < 0 ? "-" : "±")
        let exact = before.qualifier == .exact && now.qualifier == .exact
        return (exact ? "" : "≈ ") + sign + figure(Estimate(value: abs(delta), high: nil, qualifier: .exact))
    }

    /// Charts plot money in 万元 in Chinese reports, so the axis and the bars' labels agree.
    var chartDivisor: Double { isMoney ? 1e4 : 1 }

    /// The chart's axis label: the unit the bars are plotted in.
    var axisLabel: String {
        isMoney ? ReportVocabulary.moneyScales[1].word.zh : ReportVocabulary(language).unit(of: indicator)
    }
}
