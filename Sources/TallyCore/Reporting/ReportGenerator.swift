import Foundation

/// Writes the reports from a ``ReportData``: one home page and chart per indicator, one page and
/// chart per theme, one page per period, and an index. The pages are rendered by
/// ``IndicatorPage``, ``ThemePage``, ``PeriodPage`` and ``IndexPage``; this type writes files and
/// runs gnuplot.
///
/// Output is byte-deterministic (sorted, no timestamps), so regenerating an unchanged database
/// changes nothing.
///
///     let generator = ReportGenerator(data: try ReportData.fetch(from: database))
///     let summary = try generator.write(to: URL(fileURLWithPath: "reports"))
public struct ReportGenerator: Sendable {
    /// What a run wrote.
    public struct Summary: Sendable, Hashable {
        /// Paths relative to the output folder, sorted.
        public var files: [String]
        public var chartsRendered: Bool
    }

    public var data: ReportData
    /// Only this theme (its page and its indicators' pages), or everything (and the index) when nil.
    public var themeFilter: Theme?
    /// Only this period, or every period the corpus has when nil.
    public var periodFilter: PeriodBucket?
    /// Renders charts when set; without it the `.gp` scripts are still written.
    public var renderer: GnuplotRenderer?
    /// Listed in the index with the command that runs each one (`queries/*.sql`).
    public var savedQueries: [SavedQuery] = []

    public init(data: ReportData, themeFilter: Theme? = nil, periodFilter: PeriodBucket? = nil,
                renderer: GnuplotRenderer? = GnuplotRenderer.installed()) {
        self.data = data
        self.themeFilter = themeFilter
        self.periodFilter = periodFilter
        self.renderer = renderer
    }

    public func write(to directory: URL) throws(ReportError) -> Summary {
        var files: [String] = []
        let everything = themeFilter == nil && periodFilter == nil
        let rendering = renderer.map(GnuplotRenderer.Batch.init)
        let themes = themeFilter.map { [$0] } ?? (periodFilter == nil ? Theme.all : [])
        let indicators = periodFilter != nil ? [] : Indicator.all.filter { indicator in
            themeFilter.map { indicator.themes.contains($0.id) } ?? true
        }
        for indicator in indicators {
            var page = IndicatorPage(indicator: indicator, data: data)
            let chart = page.chart()
            if !chart.panels.isEmpty { page.chartImage = "\(indicator.id).svg" }
            files += try writeChartPage(name: "indicators/\(indicator.id)", markdown: page.markdown(), chart: chart, in: directory,
                                        rendering: rendering)
        }
        for theme in themes {
            var page = ThemePage(theme: theme, data: data)
            let chart = page.chart()
            if !chart.panels.isEmpty { page.chartImage = "\(theme.id).svg" }
            files += try writeChartPage(name: theme.id, markdown: page.markdown(), chart: chart, in: directory, rendering: rendering)
        }
        let periods = periodFilter.map { [$0] } ?? (themeFilter == nil ? data.figures.periods : [])
        for period in periods {
            files.append(try write(PeriodPage(period: period, data: data).markdown(), to: PeriodPage.path(of: period), in: directory))
        }
        if let rendering {
            try rendering.finish()
            files += files.filter { $0.hasSuffix(".gp") }.map { String($0.dropLast(3)) + ".svg" }
        }
        if everything {
            let index = IndexPage(data: data, periods: periods, savedQueries: savedQueries)
            files.append(try write(index.markdown(), to: "index.md", in: directory))
            try removeStale(in: directory, keeping: Set(files))
        }
        return Summary(files: files.sorted(), chartsRendered: renderer != nil)
    }

    /// After a full run, deletes report files an earlier run wrote that this one did not (a period,
    /// chart or page that no longer has data, or a page of an earlier layout), so the folder matches
    /// the database. Only names reports use are touched. A chart whose script was written stays even
    /// when gnuplot is missing: pages read the same with or without it, and a rendered chart is not
    /// thrown away because this machine cannot redraw it.
    private func removeStale(in directory: URL, keeping written: Set<String>) throws(ReportError) {
        let pages = Theme.all.map(\.id) + ["volunteers"] + Indicator.all.map { "indicators/\($0.id)" }
        let charts = written.filter { $0.hasSuffix(".gp") }.map { String($0.dropLast(3)) + ".svg" }
        let kept = written.union(charts)
        let names = pages.flatMap { ["\($0).md", "\($0).gp", "\($0).svg"] }
        let periodFiles = ((try? FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("quarterly").path)) ?? [])
            .filter { $0.hasSuffix(".md") && PeriodBucket(label: String($0.dropLast(3))) != nil }.map { "quarterly/" + $0 }
        for name in (names + periodFiles) where !kept.contains(name) {
            let url = directory.appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            do { try FileManager.default.removeItem(at: url) } catch { throw .cannotWrite(path: url.path, reason: "\(error)") }
        }
    }

    /// Writes the page and its chart script, and starts rendering the chart while the next pages are written.
    private func writeChartPage(
        name: String, markdown: String, chart: BarChart, in directory: URL, rendering: GnuplotRenderer.Batch?
    ) throws(ReportError) -> [String] {
        let page = try write(markdown, to: "\(name).md", in: directory)
        guard !chart.panels.isEmpty else { return [page] }
        let script = try write(chart.script(), to: "\(name).gp", in: directory)
        rendering?.start(script: directory.appendingPathComponent(script))
        return [page, script]
    }

    private func write(_ text: String, to relativePath: String, in directory: URL) throws(ReportError) -> String {
        let url = directory.appendingPathComponent(relativePath)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        } catch {
            throw .cannotWrite(path: url.path, reason: "\(error)")
        }
        return relativePath
    }
}
