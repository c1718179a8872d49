/// The home page of one indicator: the county figures, the counties with no report, what was
/// reported but not added and why, and every supporting sentence with its quantity marked.
///
///     IndicatorPage(indicator: volunteers, data: data, hasChart: true).markdown()
struct IndicatorPage {
    var indicator: Indicator
    var data: ReportData
    var chartImage: String?

    /// Path of the page from the report folder.
    static func path(of indicator: Indicator) -> String { "indicators/\(indicator.id).md" }

    var cells: [IndicatorCell] { data.figures.cells.filter { $0.indicator == indicator.id } }

    func markdown() -> String {
        let cells = self.cells
        var page = ["# \(MarkdownText.escape(indicator.label)) (`\(indicator.id)`)", "",
                    "Unit: \(indicator.unit.rawValue). \(cells.count) of \(County.allCases.count) units reported a figure.", ""]
        page += ReportText.legend + [""]
        if let chartImage { page += ["![\(indicator.id) by county](\(chartImage))", ""] }
        if cells.isEmpty {
            page.append("No county reported this indicator in these pages.")
        } else {
            page += ["| County | Figure | Basis | Facts |", "| --- | ---: | --- | --- |"]
            for cell in cells.sorted(by: Self.ranking) {
                page.append("| \(MarkdownText.escape(cell.county)) | \(cell.estimate.formatted) | \(cell.basis.description) | "
                    + "\(ReportText.citations(cell.factIDs)) |")
            }
        }
        let silent = County.allCases.map(\.rawValue).filter { county in !cells.contains { $0.county == county } }
        if !silent.isEmpty, !cells.isEmpty { page += ["", "No report: " + silent.map(MarkdownText.escape).joined(separator: "、") + "."] }
        let apart = data.figures.listedApart(indicator.id)
        if !apart.isEmpty {
            page += ["", "## Also reported (not added)", ""]
            for (county, factID, reason) in apart.prefix(ThemeFacts.shownLimit) {
                page.append("- \(MarkdownText.escape(county)): \(excerpt(factID)) — \(reason.englishLabel) (\(reason.chineseLabel)), "
                    + "fact [\(factID)](#fact-\(factID))")
            }
            if apart.count > ThemeFacts.shownLimit {
                page.append("- and \(apart.count - ThemeFacts.shownLimit) more: `tally indicators --format tsv` lists them all.")
            }
        }
        let evidence = data.figures.evidence(indicator.id, apartLimit: ThemeFacts.shownLimit)
        if !evidence.isEmpty {
            page += ["", "## Evidence", ""]
            for factID in evidence {
                guard let fact = data.shown[factID] else { continue }
                page.append("- <a id=\"fact-\(factID)\"></a>**\(factID)** \(MarkdownText.escape(fact.county)), "
                    + "\(MarkdownText.escape(fact.location)): \(MarkdownText.marking(fact.sentence, span: fact.spanInSentence))")
            }
        }
        return page.joined(separator: "\n") + "\n"
    }

    /// The words before a fact's quantity and the quantity, so a cue (每个网格, 最高, 预计) shows.
    private func excerpt(_ factID: Int64) -> String {
        guard let fact = data.shown[factID] else { return "fact \(factID)" }
        let scalars = Array(fact.sentence.unicodeScalars)
        let span = fact.spanInSentence
        guard span.lowerBound >= 0, span.upperBound <= scalars.count else { return MarkdownText.escape(fact.surface) }
        let start = max(0, span.lowerBound - 14)
        let end = min(scalars.count, span.upperBound + 8)
        let text = String(String.UnicodeScalarView(scalars[start..<end]))
        return "…" + MarkdownText.marking(text, span: (span.lowerBound - start)..<(span.upperBound - start)) + "…"
    }

    /// Largest figure first, then the city's county order.
    static func ranking(_ lhs: IndicatorCell, _ rhs: IndicatorCell) -> Bool {
        lhs.estimate.plotted != rhs.estimate.plotted ? lhs.estimate.plotted > rhs.estimate.plotted : County.isOrdered(lhs.county, rhs.county)
    }

    /// One panel: a bar per reporting county, with its figure as printed.
    func chart(labels: ChartLabels) -> BarChart {
        // The chart's own title names the indicator; the single panel needs none.
        BarChart(title: indicator.label, panels: [BarChart.Panel(title: "", indicator: indicator, cells: cells, labels: labels)],
                 labels: labels)
    }
}
