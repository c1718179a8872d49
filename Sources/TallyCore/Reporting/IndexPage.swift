/// The reports' front page: what the report covers (pages per period, the counties with a figure),
/// then links to the indicators, themes, periods and saved queries. ``View`` is the page's model; the
/// `index` template of each language writes it.
struct IndexPage {
    var data: ReportData
    var periods: [PeriodBucket]
    var savedQueries: [SavedQuery]
    var language: ReportLanguage

    struct View {
        struct PeriodPages {
            var name: String
            var pages: PluralCount
        }

        struct Link {
            var label: String
            var path: String
            /// Counties with a figure, a theme's articles, or a period's pages.
            var count: PluralCount
            /// A theme's facts; nil for the other links.
            var facts: PluralCount?
        }

        struct Query {
            var title: String
            var answers: String
            var command: String
        }

        var pages: PluralCount
        var pagesByPeriod: [PeriodPages]
        var factCount: PluralCount
        var countiesReported: PluralCount
        var countyCount: Int
        /// The counties with at least one figure, as one list; nil when none.
        var counties: String?
        var indicators: [Link]
        var themes: [Link]
        var periods: [Link]
        var queries: [Query]
    }

    func view() -> View {
        let vocabulary = ReportVocabulary(language)
        let reporting = Set(data.figures.cells.map(\.county))
        let counties = ReportVocabulary.counties.filter(reporting.contains)
        return View(
            pages: PluralCount(data.pageDates.total),
            pagesByPeriod: data.pageDates.periods.map { View.PeriodPages(name: vocabulary.period($0), pages: PluralCount(data.pageDates.pages(in: $0))) },
            factCount: PluralCount(data.factCount), countiesReported: PluralCount(counties.count), countyCount: ReportVocabulary.counties.count,
            counties: counties.isEmpty ? nil : vocabulary.list(counties),
            indicators: Indicator.all.map { indicator in
                let reported = data.figures.cells.filter { $0.indicator == indicator.id }.count
                return View.Link(label: indicator.label, path: IndicatorPage.path(of: indicator), count: PluralCount(reported))
            },
            themes: Theme.all.map { theme in
                let usage = data.usage[theme.id] ?? ThemeUsage()
                return View.Link(label: theme.name, path: "\(theme.id).md", count: PluralCount(usage.articles), facts: PluralCount(usage.facts))
            },
            periods: periods.map {
                View.Link(label: vocabulary.period($0), path: PeriodPage.path(of: $0), count: PluralCount(data.pageDates.pages(in: $0)))
            },
            queries: savedQueries.map { query in
                let chinese = language == .zh
                return View.Query(title: (chinese ? query.chineseTitle : nil) ?? query.title,
                                  answers: (chinese ? query.chineseAnswers : nil) ?? query.answers,
                           command: "tally sql queries/\(query.name).sql" + query.parameters.map { " --param \($0)=…" }.joined())
            })
    }

    func markdown() throws(ReportError) -> String {
        try ReportTemplates.render(view(), template: "index", language: language)
    }
}
