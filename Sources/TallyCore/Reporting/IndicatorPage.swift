/// The home page of one indicator: the counties that reported it with their figures, one line naming
/// the counties with no report, what was reported but not added and why, and every supporting
/// sentence with its quantity marked. ``View`` is the page's model; the `indicator` template of each
/// language writes it.
///
///     try IndicatorPage(indicator: volunteers, data: data, language: .zh, chartImage: "volunteers.svg").markdown()
struct IndicatorPage {
    var indicator: Indicator
    var data: ReportData
    var language: ReportLanguage
    var chartImage: String?

    /// Path of the page from the report folder.
    static func path(of indicator: Indicator) -> String { "indicators/\(indicator.id).md" }

    var cells: [IndicatorCell] { data.figures.cells.filter { $0.indicator == indicator.id } }

    struct View {
        struct Row {
            var county: String
            var figure: String
            var basis: String
            var citations: String
        }

        struct Apart {
            var county: String
            var excerpt: String
            var reason: String
            var factID: Int64
        }

        struct Evidence {
            var factID: Int64
            var county: String
            var location: String
            var sentence: String
        }

        var id: String
        var label: String
        var unit: String
        var countiesReported: Int
        var countyCount: Int
        var chartImage: String?
        var rows: [Row]
        /// The counties without a figure, as one list; nil when none reported or all did.
        var noReport: String?
        var apart: [Apart]
        var moreApart: Int?
        var evidence: [Evidence]
    }

    func view() -> View {
        let cells = self.cells
        let vocabulary = ReportVocabulary(language)
        let text = FigureText(language, indicator: indicator)
        let reporting = Set(cells.map(\.county))
        let silent = ReportVocabulary.counties.filter { !reporting.contains($0) }
        let apart = data.figures.listedApart(indicator.id)
        return View(
            id: indicator.id, label: indicator.label, unit: vocabulary.unit(of: indicator),
            countiesReported: ReportVocabulary.counties.count - silent.count, countyCount: ReportVocabulary.counties.count,
            chartImage: chartImage,
            rows: cells.sorted(by: Self.ranking).map {
                View.Row(county: $0.county, figure: text.figure($0.estimate), basis: vocabulary.basis($0.basis),
                         citations: ReportText.citations($0.factIDs))
            },
            noReport: cells.isEmpty || silent.isEmpty ? nil : vocabulary.list(silent),
            apart: apart.prefix(ThemeFacts.shownLimit).map {
                View.Apart(county: $0.county, excerpt: excerpt($0.factID), reason: vocabulary.reason($0.reason), factID: $0.factID)
            },
            moreApart: apart.count > ThemeFacts.shownLimit ? apart.count - ThemeFacts.shownLimit : nil,
            evidence: data.figures.evidence(indicator.id, apartLimit: ThemeFacts.shownLimit).compactMap { factID in
                data.shown[factID].map {
                    View.Evidence(factID: factID, county: $0.county, location: $0.location,
                                  sentence: MarkdownText.marking($0.sentence, span: $0.spanInSentence))
                }
            })
    }

    func markdown() throws(ReportError) -> String {
        try ReportTemplates.render(view(), template: "indicator", language: language)
    }

    /// The words before a fact's quantity and the quantity, so a cue (每个网格, 最高, 预计) shows (Markdown).
    private func excerpt(_ factID: Int64) -> String {
        guard let fact = data.shown[factID] else { return "\(factID)" }
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

    /// One panel: a bar per reporting county, with its figure as the page prints it.
    func chart() -> BarChart {
        // The chart's own title names the indicator; the single panel needs none.
        BarChart(title: indicator.label, panels: [BarChart.Panel(title: "", indicator: indicator, cells: cells, language: language)],
                 labels: ChartLabels(language))
    }
}

extension IndicatorPage.View.Row: TemplateRow {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = [
        "county": \.county, "figure": \.figure, "basis": \.basis, "citations": \.citations,
    ]
}

extension IndicatorPage.View.Apart: TemplateRow {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = [
        "county": \.county, "excerpt": \.excerpt, "reason": \.reason, "factID": \.factID,
    ]
}

extension IndicatorPage.View.Evidence: TemplateRow {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = [
        "factID": \.factID, "county": \.county, "location": \.location, "sentence": \.sentence,
    ]
}
