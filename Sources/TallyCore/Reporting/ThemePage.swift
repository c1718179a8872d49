/// A theme's page: how much the pages say about it, links to its indicators' home pages (their
/// figures live there, not here), a chart of those figures, and the theme's facts.
struct ThemePage {
    var theme: Theme
    var data: ReportData
    var chartImage: String?

    var indicators: [Indicator] { Indicator.all.filter { $0.themes.contains(theme.id) } }

    func markdown() -> String {
        let facts = data.themeFacts[theme.id] ?? ThemeFacts()
        let usage = data.usage[theme.id] ?? ThemeUsage()
        let counties = facts.counties
        var page = ["# \(MarkdownText.escape(theme.name)) (`\(theme.id)`)", ""]
        page.append("\(usage.articles) articles touch this theme (\(usage.primaryArticles) as their main theme); "
            + "\(facts.count) facts are about it, from \(counties.isEmpty ? "no county" : counties.map(MarkdownText.escape).joined(separator: "、")).")
        page.append("")
        if indicators.isEmpty {
            page.append("No county indicator belongs to this theme; its facts are listed below.")
        } else {
            page += ["## Indicators", "", "Each indicator's county figures, and the sentences behind them, are on its own page:", ""]
            for indicator in indicators {
                let reported = data.figures.cells.filter { $0.indicator == indicator.id }.count
                page.append("- [\(MarkdownText.escape(indicator.label))](\(IndicatorPage.path(of: indicator))) — "
                    + (reported == 0 ? "no county reported it" : "\(reported) \(reported == 1 ? "county" : "counties") reported it"))
            }
        }
        if let chartImage { page += ["", "![\(theme.id) by county](\(chartImage))"] }
        page += ["", "## Supporting facts", ""]
        page += factTable(facts)
        return page.joined(separator: "\n") + "\n"
    }

    private func factTable(_ facts: ThemeFacts) -> [String] {
        guard facts.count > 0 else { return ["No facts."] }
        var lines = ["| Fact | County | Quantity | Object | Sentence | Article | Source |", "| ---: | --- | --- | --- | --- | --- | --- |"]
        for fact in facts.first {
            guard let source = data.shown[fact.id] else { continue }
            let quantity = MarkdownText.escape(source.surface) + (fact.isRate ? " (rate)" : "")
            lines.append("| \(fact.id) | \(MarkdownText.escape(fact.county)) | \(quantity) | \(MarkdownText.escape(fact.object)) | "
                + "\(MarkdownText.marking(source.sentence, span: source.spanInSentence)) | \(MarkdownText.escape(source.headline)) | "
                + "\(MarkdownText.escape(source.location)) |")
        }
        if facts.count > ThemeFacts.shownLimit {
            lines += ["", "\(facts.count - ThemeFacts.shownLimit) more facts are about this theme: "
                + "`tally facts --theme \(theme.id)` lists them all."]
        }
        return lines
    }

    /// One panel per indicator with a figure, each over its own reporting counties.
    func chart(labels: ChartLabels) -> BarChart {
        BarChart(title: theme.name, panels: indicators.map { indicator in
            BarChart.Panel(title: indicator.label, indicator: indicator,
                           cells: data.figures.cells.filter { $0.indicator == indicator.id }, labels: labels)
        }, labels: labels)
    }
}
