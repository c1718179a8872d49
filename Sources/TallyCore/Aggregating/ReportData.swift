/// Everything the report pages show: the county figures (``CountyFigures``), each theme's facts and
/// usage, and the facts shown in full (sentence, headline, `path:line`). Read from a database in one
/// read (`ReportData+Reading.swift`); Reporting renders it and never touches the database.
///
///     let data = try ReportData.fetch(from: TallyDatabase(path: "tally.sqlite", readOnly: true))
public struct ReportData: Sendable {
    /// Facts counted (reprints once).
    public var factCount: Int
    public var themeFacts: [String: ThemeFacts]
    public var usage: [String: ThemeUsage]
    public var figures: CountyFigures
    /// The facts pages show in full, by id: each theme's first facts and each indicator's evidence.
    public var shown: [Int64: StoredFact]
    /// The pages read, by period and by how their dates were known.
    public var pageDates: PageDates

    public init(factCount: Int, themeFacts: [String: ThemeFacts], usage: [String: ThemeUsage], figures: CountyFigures,
                shown: [Int64: StoredFact], pageDates: PageDates = PageDates()) {
        self.factCount = factCount
        self.themeFacts = themeFacts
        self.usage = usage
        self.figures = figures
        self.shown = shown
        self.pageDates = pageDates
    }
}
