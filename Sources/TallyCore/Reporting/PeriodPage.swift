/// One period's page: each indicator's county figures chosen from that period's pages alone, beside
/// the previous quarter's, with how many pages the period has and how their dates were known.
/// ``View`` is the page's model; the `period` template of each language writes it.
///
///     try PeriodPage(period: .quarter(year: 2025, quarter: 4), data: data, language: .zh).markdown()
struct PeriodPage {
    var period: PeriodBucket
    var data: ReportData
    var language: ReportLanguage

    static func path(of period: PeriodBucket) -> String { "periods/\(period).md" }

    struct View {
        struct Source {
            var name: String
            var pages: PluralCount
        }

        struct Row {
            var county: String
            var figure: String
            var previous: String
            var change: String
            var citations: String
        }

        struct Section {
            var label: String
            var home: String
            var unit: String
            var rows: [Row]
            var noReport: String?
        }

        var name: String
        var previousName: String?
        var isQuarter: Bool
        var isYear: Bool
        var isUndated: Bool
        var pages: PluralCount
        var sources: [Source]
        /// Undated pages in the whole corpus, on the pages of dated periods.
        var undatedPages: PluralCount?
        var undatedPath: String
        var sections: [Section]
        var hasRunningTotal: Bool
    }

    func view() -> View {
        let vocabulary = ReportVocabulary(language)
        let cells = data.figures.periodCells.filter { $0.period == period }
        var hasRunningTotal = false
        func figure(_ cell: IndicatorCell, _ text: FigureText) -> String {
            let running = cell.factIDs.contains { data.figures.facts[$0]?.isCumulative == true }
            hasRunningTotal = hasRunningTotal || running
            return text.figure(cell.estimate) + (running ? " †" : "")
        }
        let sections = Indicator.all.compactMap { indicator -> View.Section? in
            let rows = cells.filter { $0.indicator == indicator.id }
            guard !rows.isEmpty else { return nil }
            let text = FigureText(language, indicator: indicator)
            let home = "../" + IndicatorPage.path(of: indicator)
            let reporting = Set(rows.map(\.county))
            let silent = ReportVocabulary.counties.filter { !reporting.contains($0) }
            return View.Section(
                label: indicator.label, home: home, unit: vocabulary.unit(of: indicator),
                rows: rows.map { cell in
                    let before = period.previous.flatMap { data.figures.cell(indicator.id, county: cell.county, period: $0) }
                    return View.Row(county: cell.county, figure: figure(cell, text),
                                    previous: before.map { figure($0, text) } ?? vocabulary.noReport,
                                    change: before.map { text.change(from: $0.estimate, to: cell.estimate) } ?? "–",
                                    citations: ReportText.citations(cell.factIDs, page: home))
                },
                noReport: silent.isEmpty ? nil : vocabulary.list(silent))
        }
        let undated = data.pageDates.pages(in: .undated)
        return View(
            name: vocabulary.period(period), previousName: period.previous.map(vocabulary.period),
            isQuarter: period.previous != nil, isYear: period.previous == nil && period != .undated,
            isUndated: period == .undated, pages: PluralCount(data.pageDates.pages(in: period)),
            sources: data.pageDates.sources(in: period).map { View.Source(name: vocabulary.dateSource($0.source), pages: PluralCount($0.pages)) },
            undatedPages: period == .undated || undated == 0 ? nil : PluralCount(undated),
            undatedPath: "\(PeriodBucket.undated).md",
            sections: sections, hasRunningTotal: hasRunningTotal)
    }

    func markdown() throws(ReportError) -> String {
        try ReportTemplates.render(view(), template: "period", language: language)
    }
}

extension PeriodPage.View.Row: TemplateRow {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = [
        "county": \.county, "figure": \.figure, "previous": \.previous, "change": \.change, "citations": \.citations,
    ]
}
