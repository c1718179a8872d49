import Foundation

/// Writes the reports from a ``ReportData``: one home page and chart per indicator, one page and
/// chart per theme, one page per period (`periods/`), an index, and the workbook (``ReportWorkbook``), in
/// Chinese or English. The pages are modelled by ``IndicatorPage``, ``ThemePage``, ``PeriodPage`` and
/// ``IndexPage`` and written by the language's templates (``ReportTemplates``); this type writes files and
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
    /// The language of every page and chart.
    public var language: ReportLanguage
    /// The facts for the workbook's sheet of facts (``workbookFactLimit`` of them at most, in path order) and how
    /// many the database holds: when set, a full run also writes the workbook ``ReportWorkbook/fileName``.
    public var workbookFacts: (facts: [StoredFact], total: Int)?
    /// Most facts the workbook's sheet lists: fetch no more (`TallyDatabase.facts(limit:)`).
    public static let workbookFactLimit = ReportWorkbook.factSheetLimit

    public init(data: ReportData, themeFilter: Theme? = nil, periodFilter: PeriodBucket? = nil, language: ReportLanguage = .zh,
                renderer: GnuplotRenderer? = GnuplotRenderer.installed()) {
        self.data = data
        self.language = language
        self.themeFilter = themeFilter
        self.periodFilter = periodFilter
        self.renderer = renderer
    }

    /// Writes the reports into `directory`, all or nothing: every file is first written (and every
    /// chart rendered) in a ``StagingFolder`` inside it, then moved into place, so a full disk or a
    /// killed run leaves the previous report whole. Never writes or deletes through a symbolic link,
    /// and deletes only files an earlier run listed as its own (``writtenList``).
    public func write(to directory: URL) throws(ReportError) -> Summary {
        let fileManager = FileManager.default
        if Self.isSymbolicLink(directory.path) {
            throw .cannotWrite(path: directory.path, reason: "it is a symbolic link; Tally writes reports into a real folder only")
        }
        do { try fileManager.createDirectory(at: directory, withIntermediateDirectories: true) } catch {
            throw .cannotWrite(path: directory.path, reason: "\(error)")
        }
        let stagingFolder = try StagingFolder(in: directory)
        defer { stagingFolder.remove() }
        let staging = stagingFolder.url
        var files = try writePages(to: staging)
        files.sort()
        let everything = themeFilter == nil && periodFilter == nil
        // A chart whose script was written stays even when gnuplot is missing: pages read the same with or
        // without it, and a rendered chart is not thrown away because this machine cannot redraw it.
        let charts = files.filter { $0.hasSuffix(".gp") }.map { String($0.dropLast(3)) + ".svg" }
        let previous = Self.readList(in: directory)
        let owned = everything ? Set(files + charts) : previous.union(files + charts)
        for file in files { try Self.refuseLinks(along: file, under: directory) }
        for stale in previous.subtracting(owned).sorted() { try Self.refuseLinks(along: stale, under: directory) }
        for file in files {
            let destination = directory.appendingPathComponent(file)
            do {
                try fileManager.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
            } catch {
                throw .cannotWrite(path: destination.path, reason: "\(error)")
            }
            guard rename(staging.appendingPathComponent(file).path, destination.path) == 0 else {
                throw .cannotWrite(path: destination.path, reason: String(cString: strerror(errno)))
            }
        }
        for stale in previous.subtracting(owned).sorted() {
            let url = directory.appendingPathComponent(stale)
            guard fileManager.fileExists(atPath: url.path) else { continue }
            do { try fileManager.removeItem(at: url) } catch { throw .cannotWrite(path: url.path, reason: "\(error)") }
            Self.removeEmptyFolders(above: stale, under: directory)
        }
        let list = staging.appendingPathComponent(Self.writtenList)
        do { try Data((owned.sorted().joined(separator: "\n") + "\n").utf8).write(to: list) } catch {
            throw .cannotWrite(path: list.path, reason: "\(error)")
        }
        guard rename(list.path, directory.appendingPathComponent(Self.writtenList).path) == 0 else {
            throw .cannotWrite(path: directory.appendingPathComponent(Self.writtenList).path, reason: String(cString: strerror(errno)))
        }
        return Summary(files: files, chartsRendered: renderer != nil)
    }

    /// The file in the output folder that lists what Tally wrote there: a later run deletes only those.
    public static let writtenList = ".tally-files"

    /// Every page, script and chart, written into `directory` (the staging folder); their relative paths.
    private func writePages(to directory: URL) throws(ReportError) -> [String] {
        var files: [String] = []
        let everything = themeFilter == nil && periodFilter == nil
        let rendering = renderer.map(GnuplotRenderer.Batch.init)
        let themes = themeFilter.map { [$0] } ?? (periodFilter == nil ? Theme.all : [])
        let indicators = periodFilter != nil ? [] : Indicator.all.filter { indicator in
            themeFilter.map { indicator.themes.contains($0.id) } ?? true
        }
        for indicator in indicators {
            var page = IndicatorPage(indicator: indicator, data: data, language: language)
            let chart = page.chart()
            if !chart.panels.isEmpty { page.chartImage = "\(indicator.id).svg" }
            files += try writeChartPage(name: "indicators/\(indicator.id)", markdown: try page.markdown(), chart: chart, in: directory,
                                        rendering: rendering)
        }
        for theme in themes {
            var page = ThemePage(theme: theme, data: data, language: language)
            let chart = page.chart()
            if !chart.panels.isEmpty { page.chartImage = "\(theme.id).svg" }
            files += try writeChartPage(name: theme.id, markdown: try page.markdown(), chart: chart, in: directory, rendering: rendering)
        }
        // Every period with pages or figures: a period whose pages gave no figure still says so.
        let periods = periodFilter.map { [$0] } ?? (themeFilter == nil ? Set(data.figures.periods + data.pageDates.periods).sorted() : [])
        for period in periods {
            let page = PeriodPage(period: period, data: data, language: language)
            files.append(try write(try page.markdown(), to: PeriodPage.path(of: period), in: directory))
        }
        if let rendering {
            try rendering.finish()
            files += files.filter { $0.hasSuffix(".gp") }.map { String($0.dropLast(3)) + ".svg" }
        }
        if everything, let workbookFacts {
            let path = directory.appendingPathComponent(ReportWorkbook.fileName).path
            try ReportWorkbook(data: data, facts: workbookFacts.facts, factTotal: workbookFacts.total).file().write(to: path)
            files.append(ReportWorkbook.fileName)
        }
        if everything {
            let index = IndexPage(data: data, periods: periods, savedQueries: savedQueries, language: language)
            files.append(try write(try index.markdown(), to: "index.md", in: directory))
        }
        return files
    }

    /// The relative paths an earlier run listed in ``writtenList``, or none.
    private static func readList(in directory: URL) -> Set<String> {
        let url = directory.appendingPathComponent(writtenList)
        guard !isSymbolicLink(url.path), let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        // Only plain relative names: a hand-edited list must not reach outside the folder.
        return Set(text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("/") && !$0.split(separator: "/").contains("..") })
    }

    /// Removes the folders of a deleted file that it left empty (`quarterly/` once its pages moved to
    /// `periods/`), up to the output folder; `rmdir` leaves any folder that still holds something.
    private static func removeEmptyFolders(above relativePath: String, under directory: URL) {
        var parts = relativePath.split(separator: "/").dropLast()
        while !parts.isEmpty, rmdir(directory.appendingPathComponent(parts.joined(separator: "/")).path) == 0 { parts.removeLast() }
    }

    /// Throws when any existing part of `relativePath` under `directory` is a symbolic link.
    private static func refuseLinks(along relativePath: String, under directory: URL) throws(ReportError) {
        var url = directory
        for component in relativePath.split(separator: "/") {
            url = url.appendingPathComponent(String(component))
            if isSymbolicLink(url.path) {
                throw .cannotWrite(path: url.path, reason: "it is a symbolic link; Tally never writes or deletes through one")
            }
        }
    }

    private static func isSymbolicLink(_ path: String) -> Bool {
        (try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType) == .typeSymbolicLink
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
