/// One period's page: each indicator's county figures chosen from that period's pages alone,
/// beside the previous quarter's.
struct PeriodPage {
    var period: PeriodBucket
    var data: ReportData

    static func path(of period: PeriodBucket) -> String { "quarterly/\(period).md" }

    func markdown() -> String {
        var page: [String]
        switch period {
        case .quarter: page = ["# \(period): counties compared", ""]
        case .year: page = ["# \(period) (dated to the year only): counties compared", "",
                            "These pages' dates are known only to the year, so their figures are not placed in a quarter.", ""]
        case .undated: page = ["# Undated pages: counties compared", "", "These pages have no known or inferable date.", ""]
        }
        page += ReportText.legend + [""]
        let cells = data.figures.periodCells.filter { $0.period == period }
        if cells.isEmpty { page += ["No county figure in this period.", ""] }
        var hasRunningTotal = false
        func value(_ cell: IndicatorCell) -> String {
            let running = cell.factIDs.contains { data.figures.facts[$0]?.isCumulative == true }
            hasRunningTotal = hasRunningTotal || running
            return cell.estimate.formatted + (running ? " †" : "")
        }
        for indicator in Indicator.all {
            let rows = cells.filter { $0.indicator == indicator.id }
            guard !rows.isEmpty else { continue }
            let home = "../" + IndicatorPage.path(of: indicator)
            page += ["## [\(MarkdownText.escape(indicator.label))](\(home)) (\(indicator.unit.rawValue))", ""]
            if let previous = period.previous {
                page += ["| County | \(period) | \(previous) | Change | Facts |", "| --- | ---: | ---: | ---: | --- |"]
                for cell in rows {
                    let before = data.figures.cell(indicator.id, county: cell.county, period: previous)
                    page.append("| \(MarkdownText.escape(cell.county)) | \(value(cell)) | \(before.map(value) ?? "no report") | "
                        + "\(before.map { change(from: $0.estimate, to: cell.estimate) } ?? "–") | \(ReportText.citations(cell.factIDs, page: home)) |")
                }
            } else {
                page += ["| County | \(period) | Facts |", "| --- | ---: | --- |"]
                for cell in rows {
                    page.append("| \(MarkdownText.escape(cell.county)) | \(value(cell)) | \(ReportText.citations(cell.factIDs, page: home)) |")
                }
            }
            page.append("")
        }
        if hasRunningTotal {
            page += ["† quotes a running total (累计, 截至, …以来): a figure since an earlier start, not this period's increment.", ""]
        }
        return page.joined(separator: "\n") + "\n"
    }

    private func change(from before: Estimate, to now: Estimate) -> String {
        let delta = now.plotted - before.plotted
        let sign = delta > 0 ? "+" : (delta < 0 ? "-" : "±")
        let exact = before.qualifier == .exact && now.qualifier == .exact
        return (exact ? "" : "≈ ") + sign + Estimate.format(abs(delta))
    }
}
