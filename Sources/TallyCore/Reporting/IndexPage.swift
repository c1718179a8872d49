/// The reports' front page: themes, indicators, periods and saved queries.
struct IndexPage {
    var data: ReportData
    var periods: [PeriodBucket]
    var savedQueries: [SavedQuery]

    func markdown() -> String {
        var page = ["# Tally reports", "",
                    "\(data.factCount) facts counted (reprinted articles once). "
                    + "Each chart's `.gp` script holds its data: `gnuplot NAME.gp` renders the `.svg` beside it.", "",
                    "## Indicators", ""]
        for indicator in Indicator.all {
            let reported = data.figures.cells.filter { $0.indicator == indicator.id }.count
            page.append("- [\(MarkdownText.escape(indicator.label))](\(IndicatorPage.path(of: indicator))) — "
                + "\(reported) \(reported == 1 ? "county" : "counties")")
        }
        page += ["", "## Themes", ""]
        for theme in Theme.all {
            let usage = data.usage[theme.id] ?? ThemeUsage()
            page.append("- [\(MarkdownText.escape(theme.name))](\(theme.id).md) — \(usage.articles) articles, \(usage.facts) facts")
        }
        page += ["", "## Periods", ""]
        if periods.isEmpty { page.append("No county figure yet.") }
        for period in periods { page.append("- [\(period)](\(PeriodPage.path(of: period)))") }
        if !savedQueries.isEmpty { page += ["", "## Saved queries", ""] }
        for query in savedQueries {
            let parameters = query.parameters.map { " --param \($0)=…" }.joined()
            page.append("- \(MarkdownText.escape(query.title)): \(MarkdownText.escape(query.answers)) "
                + "`tally sql queries/\(query.name).sql\(parameters)`")
        }
        return page.joined(separator: "\n") + "\n"
    }
}
