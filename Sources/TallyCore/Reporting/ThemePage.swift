/// A theme's page: how much the pages say about it, links to its indicators' home pages (their
/// figures live there, not here), a chart of those figures, and the theme's facts. ``View`` is the
/// page's model; the `theme` template of each language writes it.
///
///     try ThemePage(theme: volunteer, data: data, language: .zh).markdown()
struct ThemePage {
    var theme: Theme
    var data: ReportData
    var language: ReportLanguage
    var chartImage: String?

    var indicators: [Indicator] { Indicator.all.filter { $0.themes.contains(theme.id) } }

    struct View {
        struct Link {
            var label: String
            var path: String
            var reported: PluralCount
        }

        struct Fact {
            var id: Int64
            var county: String
            var quantity: String
            var isRate: Bool
            var object: String
            var sentence: String
            var headline: String
            var location: String
        }

        var id: String
        var name: String
        var articles: PluralCount
        var primaryArticles: PluralCount
        var facts: PluralCount
        /// The counties the facts are from, as one list; nil when none.
        var counties: String?
        var indicators: [Link]
        var chartImage: String?
        var rows: [Fact]
        var moreFacts: Int?
    }

    func view() -> View {
        let facts = data.themeFacts[theme.id] ?? ThemeFacts()
        let usage = data.usage[theme.id] ?? ThemeUsage()
        let counties = facts.counties
        return View(
            id: theme.id, name: theme.name, articles: PluralCount(usage.articles), primaryArticles: PluralCount(usage.primaryArticles),
            facts: PluralCount(facts.count), counties: counties.isEmpty ? nil : ReportVocabulary(language).list(counties),
            indicators: indicators.map { indicator in
                View.Link(label: indicator.label, path: IndicatorPage.path(of: indicator),
                          reported: PluralCount(data.figures.cells.filter { $0.indicator == indicator.id }.count))
            },
            chartImage: chartImage,
            rows: facts.first.compactMap { fact in
                data.shown[fact.id].map {
                    View.Fact(id: fact.id, county: fact.county, quantity: $0.surface, isRate: fact.isRate, object: fact.object,
                              sentence: MarkdownText.marking($0.sentence, span: $0.spanInSentence), headline: $0.headline,
                              location: $0.location)
                }
            },
            moreFacts: facts.count > ThemeFacts.shownLimit ? facts.count - ThemeFacts.shownLimit : nil)
    }

    func markdown() throws(ReportError) -> String {
        try ReportTemplates.render(view(), template: "theme", language: language)
    }

    /// One panel per indicator with a figure, each over its own reporting counties.
    func chart() -> BarChart {
        BarChart(title: theme.name, panels: indicators.map { indicator in
            BarChart.Panel(title: indicator.label, indicator: indicator,
                           cells: data.figures.cells.filter { $0.indicator == indicator.id }, language: language)
        }, labels: ChartLabels(language))
    }
}

extension ThemePage.View.Fact: TemplateRow {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = [
        "id": \.id, "county": \.county, "quantity": \.quantity, "isRate": \.isRate, "object": \.object,
        "sentence": \.sentence, "headline": \.headline, "location": \.location,
    ]
}
