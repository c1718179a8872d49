import Foundation
import GRDB

/// Writes the comparison reports: one page and chart per theme, a volunteers-by-county page,
/// one page per period bucket, and an index.
///
/// Output is byte-deterministic (sorted, no timestamps), so regenerating an unchanged database
/// changes nothing. Every total names the facts it adds; every fact shows its sentence and `path:line`.
///
///     let generator = try ReportGenerator(database: TallyDatabase(path: "tally.sqlite", readOnly: true))
///     let summary = try generator.write(to: URL(fileURLWithPath: "reports"))
public struct ReportGenerator: Sendable {
    /// What a run wrote.
    public struct Summary: Sendable, Hashable {
        /// Paths relative to the output folder, sorted.
        public var files: [String]
        public var chartsRendered: Bool
    }

    /// Facts counted (reprints once). The facts themselves are not kept: each chunk is digested and
    /// let go while the next is read, so a report keeps ids of a million facts, not their records.
    public let factCount: Int
    /// What each theme's page says of its facts, by theme id, and the ids of running totals:
    /// gathered in one pass, read by every page.
    private let themeFacts: [String: ThemeFacts]
    private let runningTotals: Set<Int64>
    /// The facts pages show in full (sentence, headline, source), by id: see ``shownFactIDs``.
    private var shown: [Int64: StoredFact] = [:]
    public var usage: [String: ThemeUsage]
    public var aggregates: Aggregator.Result
    /// Only these themes, or every theme (and the index) when nil.
    public var themeFilter: Theme?
    /// Only this period, or every period the corpus has when nil.
    public var periodFilter: PeriodBucket?
    /// Renders charts when set; without it the `.gp` scripts are still written.
    public var renderer: GnuplotRenderer?
    /// Listed in the index with the command that runs each one (`queries/*.sql`).
    public var savedQueries: [SavedQuery] = []

    /// Reads facts, theme counts and the shown facts' sentences in one read of `db`.
    public init(
        _ db: Database, themeFilter: Theme? = nil, periodFilter: PeriodBucket? = nil,
        renderer: GnuplotRenderer? = GnuplotRenderer.installed()
    ) throws {
        // Each chunk of facts is digested on another core while the next one is read.
        let digesting = Digesting()
        let articles = try CountedArticle.fetchAll(db)
        var factCount = 0
        try FactRecord.fetchCounted(db, articles: articles) { chunk in
            factCount += chunk.count
            digesting.add(chunk)
        }
        let digest = try digesting.finish()
        self.init(factCount: factCount, digest: digest,
                  usage: ThemeUsage.counting(articles: articles, factsPerTheme: digest.themeFacts.mapValues(\.count)),
                  themeFilter: themeFilter, periodFilter: periodFilter, renderer: renderer)
        shown = try StoredFact.fetch(db, ids: shownFactIDs)
    }

    /// Reads a Tally database (``init(_:themeFilter:periodFilter:renderer:)``).
    public init(
        database: TallyDatabase, themeFilter: Theme? = nil, periodFilter: PeriodBucket? = nil,
        renderer: GnuplotRenderer? = GnuplotRenderer.installed()
    ) throws {
        do {
            self = try database.pool.read { db in
                try ReportGenerator(db, themeFilter: themeFilter, periodFilter: periodFilter, renderer: renderer)
            }
        } catch let error as ReportError {
            throw error
        } catch {
            throw TallyDatabaseError.read(reason: TallyDatabase.reason(error))
        }
    }

    private init(
        factCount: Int, digest: Digest, usage: [String: ThemeUsage], themeFilter: Theme?, periodFilter: PeriodBucket?,
        renderer: GnuplotRenderer?
    ) {
        self.factCount = factCount
        self.usage = usage
        self.themeFilter = themeFilter
        self.periodFilter = periodFilter
        self.renderer = renderer
        aggregates = digest.aggregator.result
        themeFacts = digest.themeFacts
        runningTotals = digest.runningTotals
    }

    public func write(to directory: URL) throws(ReportError) -> Summary {
        var files: [String] = []
        let everything = themeFilter == nil && periodFilter == nil
        let rendering = renderer.map(GnuplotRenderer.Batch.init)
        let themes = themeFilter.map { [$0] } ?? (periodFilter == nil ? Theme.all : [])
        for theme in themes {
            files += try writeChartPage(name: theme.id, markdown: themePage(theme), chart: chart(for: theme), in: directory,
                                        rendering: rendering)
        }
        if everything || themeFilter?.id == "volunteer" {
            files += try writeChartPage(name: "volunteers", markdown: volunteersPage(), chart: volunteersChart(), in: directory,
                                        rendering: rendering)
        }
        let buckets = periodFilter.map { [$0] } ?? (themeFilter == nil ? aggregates.buckets : [])
        for bucket in buckets {
            files.append(try write(periodPage(bucket), to: "quarterly/\(bucket).md", in: directory))
        }
        if let rendering {
            try rendering.finish()
            files += files.filter { $0.hasSuffix(".gp") }.map { String($0.dropLast(3)) + ".svg" }
        }
        if everything {
            files.append(try write(indexPage(buckets: buckets), to: "index.md", in: directory))
            try removeStale(in: directory, keeping: Set(files))
        }
        return Summary(files: files.sorted(), chartsRendered: renderer != nil)
    }

    /// After a full run, deletes report files an earlier run wrote that this one did not (a period or
    /// chart that no longer has data), so the folder matches the database. Only names reports use are touched.
    private func removeStale(in directory: URL, keeping written: Set<String>) throws(ReportError) {
        let names = (Theme.all.map(\.id) + ["volunteers"]).flatMap { ["\($0).md", "\($0).gp", "\($0).svg"] }
        let periodFiles = ((try? FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("quarterly").path)) ?? [])
            .filter { $0.hasSuffix(".md") && PeriodBucket(label: String($0.dropLast(3))) != nil }.map { "quarterly/" + $0 }
        for name in (names + periodFiles) where !written.contains(name) {
            let url = directory.appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            do { try FileManager.default.removeItem(at: url) } catch { throw .cannotWrite(path: url.path, reason: "\(error)") }
        }
    }

    // MARK: Pages

    func themePage(_ theme: Theme) -> String {
        let indicators = Indicator.all.filter { $0.themes.contains(theme.id) }
        let themeFacts = self.themeFacts[theme.id] ?? ThemeFacts()
        let counties = themeFacts.counties
        let themeUsage = usage[theme.id] ?? ThemeUsage()
        var page = ["# \(MarkdownText.escape(theme.name)) (`\(theme.id)`)", ""]
        page.append("\(themeUsage.articles) articles touch this theme (\(themeUsage.primaryArticles) as their main theme); "
            + "\(themeFacts.count) facts are about it, from \(counties.isEmpty ? "no county" : counties.map(MarkdownText.escape).joined(separator: "、")).")
        page.append("")
        page += legend + [""]
        page += chartLink(name: theme.id, hasChart: !chart(for: theme).panels.isEmpty) + [""]
        page += indicatorSections(indicators)
        page += ["## Supporting facts", ""]
        page += factTable(themeFacts, theme: theme)
        return page.joined(separator: "\n") + "\n"
    }

    func volunteersPage() -> String {
        let volunteers = Indicator.named("volunteers")!
        var page = ["# \(MarkdownText.escape(volunteers.label)) by county", "", ] + legend + [""]
        page += chartLink(name: "volunteers", hasChart: !volunteersChart().panels.isEmpty) + [""]
        page += indicatorSections([volunteers])
        return page.joined(separator: "\n") + "\n"
    }

    func periodPage(_ bucket: PeriodBucket) -> String {
        var page: [String]
        switch bucket {
        case .quarter: page = ["# \(bucket): counties compared", ""]
        case .year: page = ["# \(bucket) (dated to the year only): counties compared", "",
                            "These pages' dates are known only to the year, so their figures are not placed in a quarter.", ""]
        case .undated: page = ["# Undated pages: counties compared", "", "These pages have no known or inferable date.", ""]
        }
        page += legend + [""]
        let inBucket = aggregates.bucketed.filter { $0.bucket == bucket }
        if inBucket.isEmpty { page += ["No data in this period.", ""] }
        /// A running total (累计, …以来) is not the period's increment: such cells are marked.
        func value(_ cell: Aggregate) -> String {
            cell.estimate.formatted + (cell.factIDs.contains(where: runningTotals.contains) ? " †" : "")
        }
        for indicator in Indicator.all {
            let cells = inBucket.filter { $0.indicator == indicator.id }
            guard !cells.isEmpty else { continue }
            page += ["## \(MarkdownText.escape(indicator.label)) (\(indicator.unit.rawValue))", ""]
            if let previous = bucket.previous {
                page += ["| County | \(bucket) | \(previous) | Change | Facts |", "| --- | ---: | ---: | ---: | --- |"]
                for cell in cells {
                    let before = aggregates.total(indicator.id, county: cell.county, bucket: previous)
                    page.append("| \(MarkdownText.escape(cell.county)) | \(value(cell)) | "
                        + "\(before.map(value) ?? "no data") | \(before.map { change(from: $0.estimate, to: cell.estimate) } ?? "–") | "
                        + "\(ids(cell.factIDs)) |")
                }
            } else {
                page += ["| County | \(bucket) | Facts |", "| --- | ---: | --- |"]
                for cell in cells {
                    page.append("| \(MarkdownText.escape(cell.county)) | \(value(cell)) | \(ids(cell.factIDs)) |")
                }
            }
            page.append("")
        }
        if inBucket.contains(where: { $0.factIDs.contains(where: runningTotals.contains) }) {
            page += ["† includes running totals (累计, 截至, …以来): a figure since an earlier start, not this period's increment.", ""]
        }
        return page.joined(separator: "\n") + "\n"
    }

    func indexPage(buckets: [PeriodBucket]) -> String {
        var page = ["# Tally reports", "",
                    "\(factCount) facts counted (reprinted articles once). "
                    + (renderer == nil ? "Charts were not rendered (gnuplot not installed): run `gnuplot <name>.gp` to draw them."
                       : "Charts rendered with gnuplot; each `.gp` script re-renders its `.svg`."), "",
                    "## Themes", ""]
        for theme in Theme.all {
            let themeUsage = usage[theme.id] ?? ThemeUsage()
            page.append("- [\(MarkdownText.escape(theme.name))](\(theme.id).md) — \(themeUsage.articles) articles, \(themeUsage.facts) facts")
        }
        page += ["", "## Indicators", "", "- [志愿者人数 by county](volunteers.md)", "", "## Periods", ""]
        if buckets.isEmpty { page.append("No facts yet.") }
        for bucket in buckets { page.append("- [\(bucket)](quarterly/\(bucket).md)") }
        if !savedQueries.isEmpty { page += ["", "## Saved queries", ""] }
        for query in savedQueries {
            let parameters = query.parameters.map { " --param \($0)=…" }.joined()
            page.append("- \(MarkdownText.escape(query.title)): \(MarkdownText.escape(query.answers)) "
                + "`tally sql queries/\(query.name).sql\(parameters)`")
        }
        return page.joined(separator: "\n") + "\n"
    }

    // MARK: Sections

    private var legend: [String] {
        ["Totals add facts of one unit only. `≥` marks a lower bound (some parts were 余/以上), `≤` an upper bound, "
            + "`≈` an approximation, `a–b` a range. Rate figures (每…, 年均…) are listed apart and never added. "
            + "\"no data\" means no fact was found, not zero."]
    }

    private func chartLink(name: String, hasChart: Bool) -> [String] {
        guard hasChart else { return ["No chart: none of these indicators has data."] }
        return renderer == nil
            ? ["Chart not rendered (gnuplot not installed): run `gnuplot \(name).gp` to draw `\(name).svg`."]
            : ["![\(name) by county](\(name).svg)"]
    }

    private func indicatorSections(_ indicators: [Indicator]) -> [String] {
        var lines = ["## Indicators by county", ""]
        lines.append("| County | " + indicators.map { "\(MarkdownText.escape($0.label)) (\($0.unit.rawValue))" }.joined(separator: " | ") + " |")
        lines.append("| --- |" + String(repeating: " ---: |", count: indicators.count))
        let stored = Set(aggregates.totals.map(\.county))
        let rows = County.allCases.map(\.rawValue) + stored.subtracting(County.allCases.map(\.rawValue)).sorted()
        for county in rows {
            let cells = indicators.map { aggregates.total($0.id, county: county)?.estimate.formatted ?? "no data" }
            lines.append("| \(MarkdownText.escape(county)) | " + cells.joined(separator: " | ") + " |")
        }
        lines.append("")
        for indicator in indicators {
            let ranked = ranking(indicator)
            lines += ["### \(MarkdownText.escape(indicator.label)): ranking", ""]
            if ranked.isEmpty { lines.append("No data.") }
            for (place, cell) in ranked.enumerated() {
                lines.append("\(place + 1). \(MarkdownText.escape(cell.county)) \(cell.estimate.formatted) (facts \(ids(cell.factIDs)))")
            }
            if let rates = aggregates.rates[indicator.id] {
                lines += ["", "Rates, not added:", ""]
                for fact in rates.prefix(Self.supportingFactLimit) {
                    guard let source = shown[fact.id] else { continue }
                    lines.append("- \(MarkdownText.escape(fact.county)): \(MarkdownText.escape(source.surface)) "
                        + "\(MarkdownText.escape(fact.object)) — \(MarkdownText.escape(source.location)) (fact \(fact.id))")
                }
                if rates.count > Self.supportingFactLimit {
                    lines.append("- and \(rates.count - Self.supportingFactLimit) more rate facts: "
                        + "`tally sql \"SELECT * FROM fact_view WHERE rate = 1\"` lists them.")
                }
            }
            lines.append("")
        }
        return lines
    }

    /// Rows of a theme page's fact table and of an indicator's rate list: beyond this a page stops
    /// being readable (and a million-fact corpus would write hundreds of MB); the rest are one
    /// `tally facts --theme` or `tally sql` away.
    static let supportingFactLimit = 200

    /// The facts some page shows in full: each theme's first ``supportingFactLimit`` facts and each
    /// indicator's first rates. Only these are read with their sentences.
    private var shownFactIDs: Set<Int64> {
        Set(themeFacts.values.flatMap { $0.first.map(\.id) }
            + aggregates.rates.values.flatMap { $0.prefix(Self.supportingFactLimit).map(\.id) })
    }

    /// What the pages need of the facts, gathered in one pass over them.
    private struct Digest: Sendable {
        var aggregator = Aggregator.Accumulator()
        var themeFacts: [String: ThemeFacts] { Dictionary(uniqueKeysWithValues: zip(themes.keys, factsOfTheme)) }
        var runningTotals = Set<Int64>()
        /// Themes in order of appearance and their facts.
        private var themes = FirstSeenNumbers<String>()
        private var factsOfTheme: [ThemeFacts] = []

        mutating func add(_ fact: FactRecord) throws(AggregationError) {
            try aggregator.add(fact)
            if let theme = fact.theme {
                let number = themes.number(of: theme)
                if number == factsOfTheme.count { factsOfTheme.append(ThemeFacts()) }
                factsOfTheme[number].add(fact)
            }
            if fact.isCumulative { runningTotals.insert(fact.id) }
        }
    }

    /// A ``Digest`` made on its own serial queue, chunk by chunk, while the reader goes on.
    private final class Digesting: @unchecked Sendable {
        private let queue = DispatchQueue(label: "tally.report.digest")
        // Touched only on `queue`, and read after `finish()` drains it.
        private var digest = Digest()
        private var failure: AggregationError?

        func add(_ chunk: [FactRecord]) {
            queue.async {
                guard self.failure == nil else { return }
                do throws(AggregationError) {
                    for fact in chunk { try self.digest.add(fact) }
                } catch {
                    self.failure = error
                }
            }
        }

        /// Waits for the chunks handed over so far and returns their digest.
        func finish() throws(ReportError) -> Digest {
            let result: Result<Digest, AggregationError> = queue.sync { failure.map { .failure($0) } ?? .success(digest) }
            do { return try result.get() } catch { throw .aggregation(error) }
        }
    }

    /// A theme's facts as a page uses them: how many, from which counties, and the first ones in full.
    private struct ThemeFacts: Sendable {
        private(set) var count = 0
        /// The first ``ReportGenerator/supportingFactLimit`` facts, in document order.
        private(set) var first: [FactRecord] = []
        private var countyNumbers = FirstSeenNumbers<UTF8Key>()

        mutating func add(_ fact: FactRecord) {
            count += 1
            if first.count < ReportGenerator.supportingFactLimit { first.append(fact) }
            _ = countyNumbers.number(of: UTF8Key(fact.county))
        }

        /// Canonical counties in the city's order, then any others.
        var counties: [String] { Aggregator.counties(ofNames: countyNumbers.keys.map(\.text)) }
    }

    private func factTable(_ facts: ThemeFacts, theme: Theme) -> [String] {
        guard facts.count > 0 else { return ["No facts."] }
        var lines = ["| Fact | County | Quantity | Object | Sentence | Article | Source |", "| ---: | --- | --- | --- | --- | --- | --- |"]
        for fact in facts.first {
            guard let source = shown[fact.id] else { continue }
            let quantity = MarkdownText.escape(source.surface) + (fact.isRate ? " (rate)" : "")
            lines.append("| \(fact.id) | \(MarkdownText.escape(fact.county)) | \(quantity) | \(MarkdownText.escape(fact.object)) | "
                + "\(MarkdownText.marking(source.sentence, span: source.spanInSentence)) | \(MarkdownText.escape(source.headline)) | "
                + "\(MarkdownText.escape(source.location)) |")
        }
        if facts.count > Self.supportingFactLimit {
            lines += ["", "\(facts.count - Self.supportingFactLimit) more facts are about this theme: "
                + "`tally facts --theme \(theme.id)` lists them all."]
        }
        return lines
    }

    // MARK: Charts

    func chart(for theme: Theme) -> BarChart {
        chart(title: theme.name, indicators: Indicator.all.filter { $0.themes.contains(theme.id) })
    }

    func volunteersChart() -> BarChart {
        chart(title: "志愿者人数 by county", indicators: [Indicator.named("volunteers")!])
    }

    /// One panel per indicator, all over the same counties (those with data in any panel), `NaN` where one has none.
    private func chart(title: String, indicators: [Indicator]) -> BarChart {
        let cells = aggregates.totals.filter { cell in indicators.contains { $0.id == cell.indicator } }
        let counties = Aggregator.counties(ofNames: cells.map(\.county))
        return BarChart(title: title, panels: indicators.map { indicator in
            BarChart.Panel(title: indicator.label, axisLabel: indicator.unit.rawValue, bars: counties.map { county in
                let cell = cells.first { $0.indicator == indicator.id && $0.county == county }
                return BarChart.Bar(label: county, value: cell?.estimate.plotted, text: cell?.estimate.formatted ?? "no data")
            })
        })
    }

    // MARK: Helpers

    private func ranking(_ indicator: Indicator) -> [Aggregate] {
        aggregates.totals.filter { $0.indicator == indicator.id }.sorted {
            $0.estimate.plotted != $1.estimate.plotted ? $0.estimate.plotted > $1.estimate.plotted
                : Aggregator.countyOrder($0.county, $1.county)
        }
    }

    private func change(from before: Estimate, to now: Estimate) -> String {
        let delta = now.plotted - before.plotted
        let sign = delta > 0 ? "+" : (delta < 0 ? "-" : "±")
        let exact = before.qualifier == .exact && now.qualifier == .exact
        return (exact ? "" : "≈ ") + sign + Estimate.format(abs(delta))
    }

    private func ids(_ factIDs: [Int64]) -> String { factIDs.map(String.init).joined(separator: ", ") }

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
